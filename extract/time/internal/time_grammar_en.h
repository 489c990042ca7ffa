// The English time grammar's parser: a recursive-descent matcher over the
// tokens of one passage. Split over time_grammar_en.cc (calendar dates,
// parts of periods, ranges, the scan loop) and time_grammar_en_relative.cc
// (expressions relative to the document date, durations, ages, sets).
//
// Each Parse* method tries to match at token `i`; on success it fills its
// output, sets `*next` to the first token after the match and returns true.
// One parser serves one Scan call; not thread-safe, cheap to construct.
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_GRAMMAR_EN_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_GRAMMAR_EN_H_

#include <optional>
#include <string_view>
#include <vector>

#include "extract/time/internal/time_parser_base.h"
#include "extract/time/internal/time_tokens.h"
#include "extract/time/internal/time_value.h"
#include "extract/time/time_grammar.h"

namespace dossier::internal {

class EnglishTimeParser final : public TimeParserBase {
 public:
  using TimeParserBase::TimeParserBase;

  // Appends every match, left to right, longest first.
  void ScanAll(std::vector<RawTime>* out) const { ScanLongest(*this, out); }

  // The scan's entry points (TimeParserBase::ScanLongest).
  // Whether any rule can match at token i: a number, a punctuation mark that
  // is no separator, or an IsEnglishTimeStartWord(). REQUIRES: i < size.
  bool MayStart(size_t i) const;
  bool ParseRange(size_t i, RawTime* t, size_t* next) const;
  bool ParseSingle(size_t i, RawTime* t, size_t* next) const;
  bool ParseDuration(size_t i, RawTime* t, size_t* next) const;

 private:
  // Pieces.
  bool ParseMonth(size_t i, bool strict, int* month, size_t* next) const;
  bool ParseDayNumber(size_t i, int* day, size_t* next) const;  // "23", "23rd", "fifth"
  bool ParseYearNumber(size_t i, int* year, size_t* next) const;
  bool ParseCount(size_t i, int* count, size_t* next) const;  // "six", "18", "twenty-four"
  bool ParsePart(size_t i, TimePart* part, size_t* next) const;

  // Calendar expressions (time_grammar_en.cc).
  bool ParseDate(size_t i, DateValue* v, size_t* next) const;  // with parts
  // Days of one month: "5-7 August", "August 5-7, 1999", "from 5 to 7 August";
  // `parts` gets the token ranges of the two ends ("5" and "7 August").
  struct DayRangeParts {
    size_t first = 0, first_end = 0, second = 0, second_end = 0;
  };
  bool ParseDayRange(size_t i, DateValue* a, DateValue* b, DayRangeParts* parts,
                     size_t* next) const;
  bool ParseDateUncached(size_t i, DateValue* v, size_t* next) const;
  bool ParseBaseDate(size_t i, DateValue* v, size_t* next) const;
  bool ParseNumericDate(size_t i, DateValue* v, size_t* next) const;
  bool ParseMonthFirst(size_t i, DateValue* v, size_t* next) const;
  bool ParseDayFirst(size_t i, DateValue* v, size_t* next) const;
  bool ParseSeasonDate(size_t i, DateValue* v, size_t* next) const;
  bool ParseDecadeOrCentury(size_t i, DateValue* v, size_t* next) const;
  bool ParseStandaloneYear(size_t i, DateValue* v, size_t* next) const;

  // Relative expressions, durations, ages, sets (time_grammar_en_relative.cc).
  bool ParseRelative(size_t i, DateValue* v, size_t* next) const;
  bool ParseShifted(size_t i, DateValue* v, size_t* next) const;  // "two years ago"
  bool ParseQuarter(size_t i, DateValue* v, size_t* next) const;
  bool ParseWeekday(size_t i, DateValue* v, size_t* next) const;
  bool LooksFuture(size_t i) const;  // tense cue before token i
  // Financial references: "the quarter", "the latest quarter", "the
  // year-earlier period"; "a year ago" at quarter granularity.
  bool ParseFiscal(size_t i, DateValue* v, size_t* next) const;
  // Whether the passage speaks of quarters ("quarter", "quarterly"): its
  // comparisons ("a year earlier") are then quarters. Cached per parser.
  bool QuarterContext() const;
  // The quarter a report at token i is about: the anchor's quarter when the
  // sentence looks ahead, else the last one that has ended. REQUIRES: anchor_.
  DateValue ReportedQuarter(size_t i) const;
  // Named dates: holidays ("Christmas Day 1998", "last Thanksgiving") and
  // years in words ("nineteen ninety-six", "the year two thousand").
  bool ParseHoliday(size_t i, DateValue* v, size_t* next) const;
  bool ParseYearInWords(size_t i, DateValue* v, size_t* next) const;

  mutable int quarter_context_ = -1;  // QuarterContext(): -1 not known yet
  mutable DateMemo last_date_;        // ParseDate()'s last answer (pure in its token)
};

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_GRAMMAR_EN_H_

// The Russian time grammar's parser: a recursive-descent matcher over the
// tokens of one passage, on the shared TimeParserBase. Split over
// time_grammar_ru.cc (calendar dates, parts of periods, ranges) and
// time_grammar_ru_relative.cc (expressions relative to the document date,
// durations, ages, sets). Words are matched in every case through
// time_lexicon_ru.h; prepositions ("в", "с", "по") stay outside a date's
// span, as English "in" does, except in ranges and open periods.
//
// Each Parse* method tries to match at token `i`; on success it fills its
// output, sets `*next` to the first token after the match and returns true.
// One parser serves one Scan call; not thread-safe, cheap to construct.
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_GRAMMAR_RU_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_GRAMMAR_RU_H_

#include <optional>
#include <string_view>
#include <vector>

#include "extract/time/internal/time_parser_base.h"

namespace dossier::internal {

class RussianTimeParser final : public TimeParserBase {
 public:
  using TimeParserBase::TimeParserBase;

  // Appends every match, left to right, longest first.
  void ScanAll(std::vector<RawTime>* out) const { ScanLongest(*this, out); }

  // The scan's entry points (TimeParserBase::ScanLongest). MayStart: a
  // number, a punctuation mark that is no separator, or an
  // IsRussianTimeStartWord() (a preposition only before another such token).
  bool MayStart(size_t i) const;
  bool ParseRange(size_t i, RawTime* t, size_t* next) const;
  bool ParseSingle(size_t i, RawTime* t, size_t* next) const;
  bool ParseDuration(size_t i, RawTime* t, size_t* next) const;

 private:
  // Pieces.
  bool CyrillicCapital(size_t i) const;  // token i starts with a capital А-Я
  // A glued "-" and case ending after a number: "2005-м", "90-х", "4-го";
  // `*ending` is the ending word.
  bool OrdinalEnding(size_t i, std::string_view* ending, size_t* next) const;
  // "год" in any case, "гг", "г" (with its period).
  bool YearWord(size_t i, size_t* next) const;
  // A year 1000-2199 with its ending or year word ("1968 года", "2005-м",
  // "1999г."); `*marked` says whether one was there.
  bool ParseYearNumber(size_t i, int* year, bool* marked, size_t* next) const;
  bool ParseMonth(size_t i, int* month, size_t* next) const;    // any case, or "янв."
  bool ParseDayNumber(size_t i, int* day, size_t* next) const;  // "4", "4-го"
  bool ParseCount(size_t i, int* count, size_t* next) const;    // "3", "трёх"
  // "в конце", "начала", "во второй половине": the part and the first token
  // of its period.
  bool ParsePart(size_t i, TimePart* part, size_t* next) const;

  // Calendar expressions (time_grammar_ru.cc).
  bool ParseDate(size_t i, DateValue* v, size_t* next) const;  // cached, with parts
  bool ParseDateUncached(size_t i, DateValue* v, size_t* next) const;
  bool ParseBaseDate(size_t i, DateValue* v, size_t* next) const;
  bool ParseDayFirst(size_t i, DateValue* v, size_t* next) const;  // "4 марта 1968 года"
  bool ParseMonthYear(size_t i, DateValue* v, size_t* next) const;  // "мае 1999 года", "в мае"
  bool ParseSeasonDate(size_t i, DateValue* v, size_t* next) const;  // "летом 1999 года"
  bool ParseDecade(size_t i, DateValue* v, size_t* next) const;  // "1990-х", "девяностые"
  bool ParseCentury(size_t i, DateValue* v, size_t* next) const;  // "XX век", "20-го века"
  bool ParseYear(size_t i, DateValue* v, size_t* next) const;     // "1999 года", "в 1999"
  // "5–7 марта 1999 года", "с 5 по 7 марта": days of one month.
  bool ParseDayRange(size_t i, RawTime* t, size_t* next) const;

  // Relative expressions, durations (time_grammar_ru_relative.cc).
  bool ParseRelative(size_t i, DateValue* v, size_t* next) const;
  bool ParseShiftedByAdjective(size_t i, DateValue* v, size_t* next) const;  // "прошлом году"
  bool ParseShifted(size_t i, DateValue* v, size_t* next) const;  // "3 года назад"
  bool ParseQuarter(size_t i, DateValue* v, size_t* next) const;  // "во втором квартале 2015"

  mutable DateMemo last_date_;  // ParseDate()'s last answer (pure in its token)
};

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_GRAMMAR_RU_H_

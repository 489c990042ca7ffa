// What every language's time parser shares: token tests over one passage,
// numeric dates ("23.11.1961", "1961-11-23"), ranges whose year is written
// once, and the scan loop that keeps the longest match at each token.
//
// A parser serves one Scan call; not thread-safe, cheap to construct.
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_PARSER_BASE_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_PARSER_BASE_H_

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/time/internal/time_tokens.h"
#include "extract/time/internal/time_value.h"
#include "extract/time/internal/time_word_table.h"
#include "extract/time/time_grammar.h"

namespace dossier::internal {

class TimeParserBase {
 public:
  TimeParserBase(std::string_view text, const std::vector<TimeToken>& tokens,
                 std::optional<CivilDate> anchor)
      : text_(text), toks_(tokens), anchor_(anchor) {}

  // Appends the longest match of `parser` at each token where
  // parser.MayStart(i), left to right: ranges, single dates, durations.
  template <class Parser>
  static void ScanLongest(const Parser& parser, std::vector<RawTime>* out) {
    const size_t n = parser.toks_.size();
    size_t i = 0;
    while (i < n) {
      if (!parser.MayStart(i)) {
        ++i;
        continue;
      }
      RawTime best;
      size_t best_next = 0;
      RawTime t;
      size_t next = 0;
      if (parser.ParseRange(i, &t, &next) && next > best_next) best = t, best_next = next;
      t = {};
      if (parser.ParseSingle(i, &t, &next) && next > best_next) best = t, best_next = next;
      t = {};
      if (parser.ParseDuration(i, &t, &next) && next > best_next) best = t, best_next = next;
      if (best_next > i) {
        out->push_back(best);
        i = best_next;
      } else {
        ++i;
      }
    }
  }

 protected:
  // Token tests; all false past the end.
  bool Word(size_t i, std::string_view w) const {
    return i < toks_.size() && toks_[i].kind == TimeTokenKind::kWord && SameWord(toks_[i].lower, w);
  }
  bool Punct(size_t i, std::string_view p) const {
    return i < toks_.size() && toks_[i].kind == TimeTokenKind::kPunct && toks_[i].lower == p;
  }
  // A number token without thousands groups.
  bool Number(size_t i) const {
    return i < toks_.size() && toks_[i].kind == TimeTokenKind::kNumber && !toks_[i].grouped &&
           toks_[i].value >= 0;
  }
  bool IsWord(size_t i) const { return i < toks_.size() && toks_[i].kind == TimeTokenKind::kWord; }
  bool Glued(size_t i) const { return i < toks_.size() && i > 0 && !toks_[i].space_before; }
  bool AnyWord(size_t i, std::initializer_list<std::string_view> words) const {
    for (std::string_view w : words) {
      if (Word(i, w)) return true;
    }
    return false;
  }
  template <size_t N>
  bool AnyWord(size_t i, const std::string_view (&words)[N]) const {
    for (std::string_view w : words) {
      if (Word(i, w)) return true;
    }
    return false;
  }
  Span SpanOf(size_t first, size_t next) const {
    return Span{toks_[first].start, toks_[next - 1].end};
  }

  // "1961-11-23", and "23.11.1961", "23/11/1961", "31-10-74" with agreeing
  // separators, day first; with `slash_month_first` a slashed date is month
  // first ("11/23/1961") unless its first number cannot be a month.
  bool ParseNumericDate(size_t i, bool slash_month_first, DateValue* v, size_t* next) const;

  // Fills `t` as the single date `v` over tokens [i, next).
  void FillSingle(const DateValue& v, size_t i, size_t next, RawTime* t) const;

  // Fills `t` as a duration, age or set of `count` units over tokens [first,
  // end) ("P3Y"; decades and centuries in years) and sets *next = end.
  // Returns true.
  bool FillDuration(TimeKind kind, int count, TimeUnit unit, size_t first, size_t end, RawTime* t,
                    size_t* next) const;

  // A quarter named without its year is the latest one that has begun by
  // the document date: sets v's year and marks it relative. No-op without
  // a document date.
  void QuarterOfAnchor(DateValue* v) const;

  // The named month, season or weekday (1-7) `shift` steps from the document
  // date ("last June" -1, "this summer" 0, "next Friday" +1), and the unit
  // containing the document date moved by `shift` ("last year"); unresolved
  // without a document date.
  DateValue MonthShifted(int month, int shift) const;
  DateValue SeasonShifted(int season, int shift) const;
  DateValue WeekdayShifted(int weekday, int shift) const;
  DateValue UnitShifted(TimeUnit unit, int shift) const;

  // The ordinal of a century written as a Roman numeral ("XX", "ХХ") or a
  // number of one or two digits at token i; 0 otherwise.
  int CenturyOrdinal(size_t i) const;

  // Sets t's kind, range, ends and their spans. For a closed range a year
  // written once serves both ends ("from January to November 2007"; a first
  // month after the second is the year before).
  static void FillRange(RangeKind kind, const DateValue& a, Span a_span, const DateValue& b,
                        Span b_span, RawTime* t);

  // A parser's last answer for the date at one token (the scan asks for it
  // from several rules: a range's first end, then a single date).
  struct DateMemo {
    size_t token = static_cast<size_t>(-1);
    bool found = false;
    DateValue value;
    size_t next = 0;
    // Copies the answer out; returns whether a date was found.
    bool Get(DateValue* v, size_t* out_next) const {
      if (!found) return false;
      *v = value;
      *out_next = next;
      return true;
    }
  };

  std::string_view text_;
  const std::vector<TimeToken>& toks_;
  std::optional<CivilDate> anchor_;
};

// A TimeGrammar that runs `Parser` (a TimeParserBase with ScanAll) over
// each passage.
template <class Parser>
class ParserGrammar final : public TimeGrammar {
 public:
  void Scan(std::string_view text, const std::vector<TimeToken>& tokens,
            std::optional<CivilDate> anchor, std::vector<RawTime>* out) const override {
    Parser(text, tokens, anchor).ScanAll(out);
  }
};

// A value resolved against the document date.
inline DateValue Relative(DateValue v) {
  v.relative = true;
  return v;
}

// A relative value of `unit` left unresolved (no document date).
inline DateValue Unresolved(TimeUnit unit) {
  DateValue v;
  v.unit = unit;
  v.relative = true;
  v.unresolved = true;
  return v;
}

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_PARSER_BASE_H_

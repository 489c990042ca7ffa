// Time and money extraction: every date, period, duration and amount of money
// in a NormalizedDocument, with its byte span and a normalized value (see
// ../shared/contract/extract-json.md, fields `times` and `money`).
//
// Dates become inclusive ISO intervals ("in 1979" is 1979-01-01..1979-12-31,
// "since June 1999" is 1999-06-01..open). Expressions relative to the
// document ("last June", "two years ago") are resolved against the document
// date when one is given, else keep their precision with open ends. A date
// without a year takes the year of the narrative around it (an explicit year
// earlier in the same passage), else the document date's year, else stays
// unresolved. Durations and ages are listed with kind "duration"/"age" and no
// interval. Passages whose duplicate_of is set are skipped.
//
// Grammars are per language (time_grammar.h, money_grammar.h: English,
// Russian, Kazakh). Each passage is read in the document's language unless
// its own letters show another one (ReadingLanguage in time_grammar.h);
// languages without a grammar are read with the English one.
//
// Thread-safe (pure functions over immutable grammar tables).
//
//   std::optional<CivilDate> date = ParseDocumentDate(source.published);
//   TimeMoneyResult found = ExtractTimesAndMoney(document, date);
//   for (const TimeMention& t : found.times) Print(t.text, t.from, t.to);
#ifndef DOSSIER_EXTRACT_TIME_TIME_MONEY_H_
#define DOSSIER_EXTRACT_TIME_TIME_MONEY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/time/time_civil.h"
#include "text/document.h"

namespace dossier {

// "date" (a point or period on the calendar, "set" (a recurrence: "every
// year"), "duration" ("for six months") or "age" ("a 52-year-old").
enum class TimeKind { kDate, kDuration, kAge, kSet };
std::string_view TimeKindName(TimeKind kind);

// One TIMEX3-style component of a time expression: a range "from 1997 to
// 1999" has two, each without its preposition.
struct TimexPart {
  Span span;
  std::string value;  // TIMEX3 value: "1999", "1999-08-05", "1999-SU", "199X", "P6M"
};

struct TimeMention {
  Span span;         // the whole expression, prepositions of ranges included
  std::string text;  // document.text bytes of span
  TimeKind kind = TimeKind::kDate;
  std::optional<std::string> from;  // inclusive ISO date; empty: open or unknown
  std::optional<std::string> to;    // inclusive ISO date
  std::string precision;            // day | month | season | year | decade | century
  std::string timex;                // TIMEX3 value of the whole ("1992/1999" for ranges)
  std::vector<TimexPart> parts;     // one per calendar component (or the duration)
};

struct MoneyMention {
  Span span;
  std::string text;
  std::optional<double> amount;      // in units of currency; empty when vague
  std::optional<double> amount_max;  // upper end of a range ("$5-6 billion")
  bool lower_bound = false;          // "millions of dollars": amount is a lower bound
  std::string currency;              // ISO 4217: USD, EUR, GBP, RUB, KZT, CHF, ...
  std::optional<std::string> per;    // day | week | month | year
};

struct TimeMoneyResult {
  std::vector<TimeMention> times;  // in document order, not overlapping
  std::vector<MoneyMention> money;
};

// Finds times and money in every passage of `doc` that is not a duplicate.
// Offsets are UTF-8 byte offsets into doc.text. Relative dates resolve
// against `document_date`, or without one against the document's dateline
// (dateline.h) when it has one.
TimeMoneyResult ExtractTimesAndMoney(const NormalizedDocument& doc,
                                     std::optional<CivilDate> document_date);

// The same over a bare text in `language` ("en", "ru", ...), as one passage.
TimeMoneyResult ExtractTimesAndMoneyFromText(std::string_view text, std::string_view language,
                                             std::optional<CivilDate> document_date);

// The document date from ParsedSource::published (ISO 8601 date or
// date-time); empty when the text is empty or holds no valid date.
std::optional<CivilDate> ParseDocumentDate(std::string_view published);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TIME_TIME_MONEY_H_

#include "extract/time/time_money.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "extract/time/dateline.h"
#include "extract/time/internal/time_tokens.h"
#include "extract/time/internal/time_value.h"
#include "extract/time/money_grammar.h"
#include "extract/time/time_grammar.h"
#include "text/language.h"

namespace dossier {
namespace {

using internal::DateValue;
using internal::TimeUnit;

// Years of the narrative: the last explicit year seen in this passage (with
// the offset where its mention ended) and in the document so far.
struct Narrative {
  int passage_year = 0;
  uint32_t passage_year_end = 0;
  int document_year = 0;
  int passage = -1;  // the index of the passage being read
  // The last date the text narrated (a stated date of a year, month or day,
  // or one resolved from it), and the passage that stated it.
  std::optional<DateValue> last_date;
  int last_date_passage = -1;
};

// "Two years later", "the following year": `v` moved from the date the
// text narrated last, when the passage or the one before stated one of a
// unit at least as fine as v's; false (v left as the grammar read it,
// against the document date) otherwise.
bool ShiftFromNarratedDate(DateValue* v, const Narrative& narrative) {
  if (v->narrated_shift == 0 || !narrative.last_date ||
      narrative.passage - narrative.last_date_passage > 1) {
    return false;
  }
  const DateValue& last = *narrative.last_date;
  DateValue base;
  base.unit = v->unit;
  base.year = last.year;
  if (v->unit == TimeUnit::kMonth || v->unit == TimeUnit::kDay) {
    if (last.month == 0) return false;
    base.month = last.month;
  }
  if (v->unit == TimeUnit::kDay) {
    if (last.unit != TimeUnit::kDay) return false;
    base.day = last.day;
  } else if (v->unit != TimeUnit::kYear && v->unit != TimeUnit::kMonth) {
    return false;
  }
  *v = internal::ShiftUnit(base, v->narrated_shift);
  return true;
}

bool NeedsYear(const DateValue& v) {
  return v.year == 0 && !v.unresolved && v.ref == internal::TimeRef::kNone &&
         (v.unit == TimeUnit::kDay || v.unit == TimeUnit::kMonth || v.unit == TimeUnit::kSeason ||
          v.unit == TimeUnit::kQuarter);
}

// Whether text[from, to) ends a sentence: a ".", "!" or "?" followed by a
// space and a capital letter, a digit or an opening quote.
bool CrossesSentence(std::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i + 2 < to && i + 2 < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && (text[i + 1] == ' ' || text[i + 1] == '\n')) {
      const auto next = static_cast<unsigned char>(text[i + 2]);
      if ((next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') || next == '"' ||
          next >= 0x80) {
        return true;
      }
    }
  }
  return false;
}

// Gives a date without a year (at text offset `at`) a year. With a document
// date (news), the date's own year, or the year before when that would put
// it more than half a year after the document date; a year named earlier in
// the same sentence wins ("in 1999, and in December"). Without one
// (biographies, profiles), the narrative's year: the passage's, else the
// document's. Else the date stays without a year.
void FillYear(DateValue* v, std::string_view text, uint32_t at, const Narrative& narrative,
              std::optional<CivilDate> anchor) {
  if (!NeedsYear(*v)) return;
  const bool same_sentence =
      narrative.passage_year != 0 && !CrossesSentence(text, narrative.passage_year_end, at);
  if (narrative.passage_year != 0 && (!anchor || same_sentence)) {
    v->year = narrative.passage_year;
  } else if (anchor) {
    v->year = anchor->year;
    const int month = v->unit == TimeUnit::kMonth || v->unit == TimeUnit::kDay ? v->month
                      : v->unit == TimeUnit::kSeason                           ? v->season * 3
                                                                               : v->quarter * 3 - 2;
    if (month - anchor->month > 6) --v->year;
  } else if (narrative.document_year != 0) {
    v->year = narrative.document_year;
  }
}

void Remember(const DateValue& v, uint32_t end, Narrative* narrative) {
  if (v.year != 0 && !v.relative && v.ref == internal::TimeRef::kNone &&
      v.unit != TimeUnit::kDecade && v.unit != TimeUnit::kCentury) {
    narrative->passage_year = narrative->document_year = v.year;
    narrative->passage_year_end = end;
    if (v.unit == TimeUnit::kYear || v.unit == TimeUnit::kMonth || v.unit == TimeUnit::kDay) {
      narrative->last_date = v;
      narrative->last_date_passage = narrative->passage;
    }
  }
}

std::optional<std::string> Iso(const std::optional<CivilDate>& date) {
  if (!date) return std::nullopt;
  return FormatIsoDate(*date);
}

TimeMention ToMention(const RawTime& raw, std::string_view text, Narrative* narrative,
                      std::optional<CivilDate> anchor) {
  TimeMention m;
  m.span = Span{raw.start, raw.end};
  m.text = std::string(text.substr(raw.start, raw.end - raw.start));
  m.kind = raw.kind;
  if (raw.kind != TimeKind::kDate) {
    m.precision = std::string(internal::PrecisionName(raw.duration_unit));
    m.timex = raw.duration;
    m.parts.push_back(TimexPart{raw.first_span, raw.duration});
    return m;
  }
  DateValue first = raw.first;
  DateValue second = raw.second;
  if (raw.range == RangeKind::kSingle) ShiftFromNarratedDate(&first, *narrative);
  FillYear(&first, text, raw.start, *narrative, anchor);
  if (raw.range == RangeKind::kClosed) FillYear(&second, text, raw.start, *narrative, anchor);
  Remember(first, raw.end, narrative);
  if (raw.range == RangeKind::kClosed) Remember(second, raw.end, narrative);
  internal::DateInterval a = internal::ResolveInterval(first, anchor);
  if (raw.range == RangeKind::kClosed && raw.first.year == 0 && first.year != 0 &&
      second.year != 0) {
    // Two yearless ends filled on their own can cross ("from January to
    // November" read in February): the range ends at its second end, so the
    // first takes that end's year, or the year before.
    const internal::DateInterval b = internal::ResolveInterval(second, anchor);
    for (int year : {second.year, second.year - 1}) {
      if (!a.from || !b.to || *a.from <= *b.to) break;
      first.year = year;
      a = internal::ResolveInterval(first, anchor);
    }
  }
  m.precision = std::string(internal::PrecisionName(first.unit));
  const std::string first_timex = internal::TimexValue(first);
  m.parts.push_back(TimexPart{raw.first_span, first_timex});
  switch (raw.range) {
    case RangeKind::kSingle:
      m.from = Iso(a.from), m.to = Iso(a.to);
      m.timex = first_timex;
      break;
    case RangeKind::kSince:
      m.from = Iso(a.from);
      m.timex = first_timex + "/";
      break;
    case RangeKind::kUntil:
      m.to = Iso(a.to);
      m.timex = "/" + first_timex;
      break;
    case RangeKind::kClosed: {
      const internal::DateInterval b = internal::ResolveInterval(second, anchor);
      if (a.from && b.to && *a.from > *b.to) {
        // The text names its ends in reverse ("from 2007 to 2004"): no
        // interval is stated; the expression and its parts stay.
        m.from.reset(), m.to.reset();
      } else {
        m.from = Iso(a.from), m.to = Iso(b.to);
      }
      const std::string second_timex = internal::TimexValue(second);
      m.parts.push_back(TimexPart{raw.second_span, second_timex});
      m.timex = first_timex + "/" + second_timex;
      // The coarser end sets the precision: "from 1998 to the summer of 1999" is "year".
      if (static_cast<int>(second.unit) > static_cast<int>(first.unit)) {
        m.precision = std::string(internal::PrecisionName(second.unit));
      }
      break;
    }
  }
  return m;
}

bool Overlaps(const Span& a, const Span& b) { return a.start < b.end && b.start < a.end; }

void ScanPassage(std::string_view text, Span passage, std::string_view language,
                 std::optional<CivilDate> anchor, Narrative* narrative, TimeMoneyResult* out) {
  std::string lowered;
  const std::vector<internal::TimeToken> tokens = internal::TokenizeForTime(
      text.substr(passage.start, passage.size()), passage.start, &lowered);
  const size_t money_begin = out->money.size();
  MoneyGrammarFor(language).Scan(text, tokens, &out->money);
  for (size_t i = money_begin; i < out->money.size(); ++i) {
    MoneyMention& m = out->money[i];
    m.text = std::string(text.substr(m.span.start, m.span.size()));
  }
  std::vector<RawTime> raw;
  TimeGrammarFor(language).Scan(text, tokens, anchor, &raw);
  narrative->passage_year = 0;
  ++narrative->passage;
  for (const RawTime& r : raw) {
    const Span span{r.start, r.end};
    // Money wins over time: "$50,000 a month" holds no time expression.
    const bool in_money =
        std::any_of(out->money.begin() + static_cast<std::ptrdiff_t>(money_begin), out->money.end(),
                    [&](const MoneyMention& m) { return Overlaps(m.span, span); });
    if (in_money) continue;
    out->times.push_back(ToMention(r, text, narrative, anchor));
  }
}

}  // namespace

std::string_view TimeKindName(TimeKind kind) {
  switch (kind) {
    case TimeKind::kDate:
      return "date";
    case TimeKind::kDuration:
      return "duration";
    case TimeKind::kAge:
      return "age";
    case TimeKind::kSet:
      return "set";
  }
  return "date";
}

TimeMoneyResult ExtractTimesAndMoney(const NormalizedDocument& doc,
                                     std::optional<CivilDate> document_date) {
  TimeMoneyResult out;
  Narrative narrative;
  // A news text without a date in its metadata may state one in its dateline.
  if (!document_date) document_date = DatelineDate(doc);
  for (const Passage& passage : doc.passages) {
    if (passage.span.end > doc.text.size() || passage.span.start > passage.span.end) continue;
    if (!PassageIsRead(doc, passage)) continue;
    // Each passage in the language its own letters show, where they show one
    // the document's language does not read (a Russian paragraph quoted in an
    // English article).
    const std::string_view language = ReadingLanguage(doc.language, PassageLanguage(doc, passage));
    ScanPassage(doc.text, passage.span, language, document_date, &narrative, &out);
  }
  return out;
}

TimeMoneyResult ExtractTimesAndMoneyFromText(std::string_view text, std::string_view language,
                                             std::optional<CivilDate> document_date) {
  TimeMoneyResult out;
  Narrative narrative;
  ScanPassage(text, Span{0, static_cast<uint32_t>(text.size())}, language, document_date,
              &narrative, &out);
  return out;
}

std::optional<CivilDate> ParseDocumentDate(std::string_view published) {
  if (published.empty()) return std::nullopt;
  StatusOr<CivilDate> date = ParseIsoDate(published);
  if (!date.ok()) return std::nullopt;
  return *date;
}

}  // namespace dossier

// The interface a language's time grammar implements, and the raw matches it
// returns. The language-neutral core (time_money.cc) tokenizes each passage
// (internal/time_tokens.h), asks the grammar for matches, fills in missing
// years from the narrative and turns values into intervals
// (internal/time_value.h). A second language is one more implementation in
// its own file (time_grammar_ru.cc), registered in TimeGrammarFor.
//
// Implementations are immutable after construction and thread-safe.
#ifndef DOSSIER_EXTRACT_TIME_TIME_GRAMMAR_H_
#define DOSSIER_EXTRACT_TIME_TIME_GRAMMAR_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/time/internal/time_tokens.h"
#include "extract/time/internal/time_value.h"
#include "extract/time/time_money.h"

namespace dossier {

// How the components of a match combine.
enum class RangeKind {
  kSingle,  // one value: "in May 1999"
  kClosed,  // first..second: "from 1997 to 1999", "1992-1999"
  kSince,   // first..open: "since June 1999", "from the end of May 1999"
  kUntil,   // open..first: "until 2004", "by the mid-2000s"
};

struct RawTime {
  uint32_t start = 0;  // byte span of the whole match
  uint32_t end = 0;
  TimeKind kind = TimeKind::kDate;
  RangeKind range = RangeKind::kSingle;
  internal::DateValue first;   // kDate only
  Span first_span;             // the first component without prepositions
  internal::DateValue second;  // kClosed only
  Span second_span;
  std::string duration;  // kDuration, kAge, kSet: TIMEX3 value ("P6M", "P52Y")
  internal::TimeUnit duration_unit = internal::TimeUnit::kDay;
};

class TimeGrammar {
 public:
  virtual ~TimeGrammar() = default;

  // Appends the time expressions among `tokens` (one passage of `text`;
  // token offsets index `text`) to `out`, in order and not overlapping.
  // Relative expressions are resolved against `anchor` when it is set, else
  // marked unresolved. Dates without a year keep year 0 for the core.
  virtual void Scan(std::string_view text, const std::vector<internal::TimeToken>& tokens,
                    std::optional<CivilDate> anchor, std::vector<RawTime>* out) const = 0;
};

// The grammar for `language`; the English grammar for languages without one
// (time_grammars.cc holds the table of languages).
const TimeGrammar& TimeGrammarFor(std::string_view language);

// The language to read a passage in, given its document's language and the
// passage's own as text/language.h detects it: the document's when the
// passage's is "und", the same, or one a passage of the document's language
// is also detected as (a Kazakh passage without Kazakh-only letters reads as
// "ru"); else the passage's. The result views a static string.
std::string_view ReadingLanguage(std::string_view document_language,
                                 std::string_view passage_language);

// The English grammar (time_grammar_en.cc).
const TimeGrammar& EnglishTimeGrammar();

// The Russian grammar (time_grammar_ru.cc).
const TimeGrammar& RussianTimeGrammar();

// The Kazakh grammar (time_grammar_kk.cc); it reads Russian quoted in Kazakh
// passages with the Russian grammar.
const TimeGrammar& KazakhTimeGrammar();

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TIME_TIME_GRAMMAR_H_

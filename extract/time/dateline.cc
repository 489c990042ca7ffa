#include "extract/time/dateline.h"

#include <string_view>

#include "extract/time/time_money.h"
#include "text/internal/chars.h"
#include "text/language.h"

namespace dossier {
namespace {

constexpr size_t kMostDatelineOffset = 400;
constexpr size_t kMostPlaceBytes = 64;
constexpr int kMostPlaceWords = 4;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// Whether `word` opens with a capital letter of any script.
bool Capitalized(std::string_view word) {
  if (word.empty()) return false;
  char32_t cp = 0;
  text_internal::DecodeAt(word, 0, &cp);
  return text_internal::IsUpper(cp);
}

// Whether `before`, the passage's text before the date, is nothing or a
// place the story was filed from: capitalized words then a comma or dash.
bool PlaceOrNothing(std::string_view before) {
  before = Trimmed(before);
  if (before.empty()) return true;
  if (before.size() > kMostPlaceBytes) return false;
  if (before.back() == ',') {
    before.remove_suffix(1);
  } else if (before.ends_with("\u2014") || before.ends_with("\u2013")) {
    before.remove_suffix(3);
  } else if (before.back() == '-') {
    before.remove_suffix(1);
  } else {
    return false;
  }
  int words = 0;
  for (std::string_view rest = Trimmed(before); !rest.empty();) {
    const size_t end = rest.find(' ');
    const std::string_view word = rest.substr(0, end);
    if (!Capitalized(word) || ++words > kMostPlaceWords) return false;
    if (end == std::string_view::npos) break;
    rest = Trimmed(rest.substr(end));
  }
  return words > 0;
}

// Whether `after`, the passage's text after the date, is nothing or opens
// with what ends a dateline.
bool EndsDateline(std::string_view after) {
  after = Trimmed(after);
  if (after.empty()) return true;
  for (std::string_view mark : {".", "-", "\u2014", "\u2013", "(", "|", "/"}) {
    if (after.starts_with(mark)) return true;
  }
  return false;
}

}  // namespace

std::optional<CivilDate> DatelineDate(const NormalizedDocument& doc) {
  int passages = 0;
  for (const Passage& passage : doc.passages) {
    if (passage.span.start >= kMostDatelineOffset || passages == 2) break;
    if (passage.span.end > doc.text.size() || passage.span.start > passage.span.end) continue;
    if (!PassageIsRead(doc, passage)) continue;
    ++passages;
    const std::string_view text =
        std::string_view(doc.text).substr(passage.span.start, passage.span.size());
    const std::string_view language = PassageLanguage(doc, passage);
    for (const TimeMention& t : ExtractTimesAndMoneyFromText(text, language, std::nullopt).times) {
      if (passage.span.start + t.span.start >= kMostDatelineOffset) break;
      if (t.kind != TimeKind::kDate || t.precision != "day" || !t.from || t.from != t.to) continue;
      if (!PlaceOrNothing(text.substr(0, t.span.start)) || !EndsDateline(text.substr(t.span.end))) {
        continue;
      }
      StatusOr<CivilDate> date = ParseIsoDate(*t.from);
      if (date.ok()) return *date;
    }
  }
  return std::nullopt;
}

}  // namespace dossier

#include "resolve/internal/name_words.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/utf8.h"
#include "resolve/transliterate.h"

namespace dossier::internal {
namespace {

bool IsSeparator(char32_t cp) {
  switch (cp) {
    case U',':
    case U';':
    case U'(':
    case U')':
    case U'[':
    case U']':
    case U'"':
    case U'\'':
    case U'«':
    case U'»':
    case U'“':
    case U'”':
    case U'„':
    case U'/':
    case U'·':
    case U'・':
    case U'|':
    case U':':
    case U'‘':
    case U'’':
      return true;
    default:
      return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xA0;
  }
}

bool IsTitle(std::string_view skeleton) {
  static constexpr std::string_view kTitles[] = {
      "mr",           "mrs",       "ms",        "miss",       "dr",       "prof",
      "sir",          "president", "prezident", "presidente", "presiden", "predsjednik",
      "presedintele", "prasident", "gospodin",  "gospoja",    "mister",   "madam",
      "senator",      "minister",  "general",   "judge",      "akim",     "deputi",
      "rezident",     "elnok",     "sheikh",    "hon",
  };
  return std::find(std::begin(kTitles), std::end(kTitles), skeleton) != std::end(kTitles);
}

bool IsParticle(std::string_view written) {
  static constexpr std::string_view kParticles[] = {
      "van", "von", "de", "der", "den", "di",   "da",  "del", "della", "du",  "la",
      "le",  "al",  "el", "bin", "ibn", "bint", "ben", "abu", "dos",   "das", "ter",
  };
  return std::find(std::begin(kParticles), std::end(kParticles), written) != std::end(kParticles);
}

// Adds one whitespace-delimited piece: "I.A." is two initials, "A." one,
// "Yu." one, anything else one word.
void AddPiece(std::string_view piece, NameWords* out) {
  // Strip combining marks (Влади́мир) and trailing dots; split on inner dots.
  std::vector<std::string> segments(1);
  bool had_dot = false;
  int letters = 0, upper = 0;
  for (size_t pos = 0; pos < piece.size();) {
    char32_t cp;
    int n = DecodeUtf8(piece, pos, &cp);
    if (n == 0) {
      ++pos;
      continue;
    }
    pos += n;
    if (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY) ==
        U_NON_SPACING_MARK) {
      continue;
    }
    if (cp == U'.') {
      had_dot = true;
      if (!segments.back().empty()) segments.emplace_back();
      continue;
    }
    if (u_isalpha(static_cast<UChar32>(cp))) {
      ++letters;
      if (u_isupper(static_cast<UChar32>(cp))) ++upper;
    }
    AppendUtf8(cp, &segments.back());
  }
  if (segments.back().empty()) segments.pop_back();
  if (segments.empty() || letters == 0) return;
  auto letter_count = [](std::string_view s) {
    int count = 0;
    for (size_t pos = 0; pos < s.size();) {
      char32_t cp;
      int n = DecodeUtf8(s, pos, &cp);
      if (n == 0) return 99;
      pos += n;
      if (u_isalpha(static_cast<UChar32>(cp))) ++count;
    }
    return count;
  };
  const bool all_short = std::all_of(segments.begin(), segments.end(),
                                     [&](const std::string& s) { return letter_count(s) <= 2; });
  std::string joined;
  for (const std::string& s : segments) joined += s;
  const bool title = IsTitle(NameSkeleton(joined));
  const bool initials = !title && ((had_dot && all_short) ||
                                   (segments.size() == 1 && letter_count(segments[0]) == 1));
  if (initials) {
    for (std::string& s : segments) {
      NameWord w;
      w.skeleton = NameSkeleton(s);
      w.written = std::move(s);
      w.kind = NameWord::kInitial;
      out->words.push_back(std::move(w));
    }
    return;
  }
  NameWord w;
  for (size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) w.written += '.';
    w.written += segments[i];
  }
  w.skeleton = NameSkeleton(w.written);
  w.all_caps = letters >= 2 && upper == letters;
  if (IsParticle(w.written)) {
    w.kind = NameWord::kParticle;
  } else if (IsTitle(w.skeleton)) {
    w.kind = NameWord::kTitle;
  }
  out->words.push_back(std::move(w));
}

}  // namespace

NameWords SplitNameWords(std::string_view text) {
  NameWords out;
  size_t start = 0;
  bool comma_seen = false;
  auto flush = [&](size_t end) {
    if (end > start) AddPiece(text.substr(start, end - start), &out);
  };
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp;
    int n = DecodeUtf8(text, pos, &cp);
    if (n == 0) n = 1, cp = 0;
    if (IsSeparator(cp)) {
      flush(pos);
      if (cp == U',' && !comma_seen && !out.words.empty()) {
        comma_seen = true;
        out.comma_after = static_cast<int>(out.words.size()) - 1;
      }
      start = pos + n;
    }
    pos += n;
  }
  flush(text.size());
  if (out.comma_after >= static_cast<int>(out.words.size()) - 1) out.comma_after = -1;
  return out;
}

}  // namespace dossier::internal

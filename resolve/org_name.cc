#include "resolve/org_name.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "base/utf8.h"
#include "extract/countries/countries.h"
#include "resolve/transliterate.h"

namespace dossier {
namespace {

struct Phrase {
  std::string_view words;  // space-separated, any script
  std::string_view canonical;
};

// Legal forms, longest phrases first within a family does not matter: the
// matcher tries the longest phrase at each position.
constexpr Phrase kLegalForms[] = {
    {"LLP", "LLP"},
    {"TOO", "LLP"},
    {"ТОО", "LLP"},
    {"ЖШС", "LLP"},
    {"limited liability partnership", "LLP"},
    {"товарищество с ограниченной ответственностью", "LLP"},
    {"tovarishchestvo s ogranichennoy otvetstvennostyu", "LLP"},
    {"жауапкершілігі шектеулі серіктестік", "LLP"},
    {"JSC", "JSC"},
    {"AO", "JSC"},
    {"АО", "JSC"},
    {"АҚ", "JSC"},
    {"OAO", "JSC"},
    {"ОАО", "JSC"},
    {"ZAO", "JSC"},
    {"ЗАО", "JSC"},
    {"PAO", "JSC"},
    {"ПАО", "JSC"},
    {"OJSC", "JSC"},
    {"CJSC", "JSC"},
    {"PJSC", "JSC"},
    {"NAO", "JSC"},
    {"НАО", "JSC"},
    {"AAT", "JSC"},
    {"joint stock company", "JSC"},
    {"jointstock company", "JSC"},
    {"open joint stock company", "JSC"},
    {"closed joint stock company", "JSC"},
    {"public joint stock company", "JSC"},
    {"non-commercial joint stock company", "JSC"},
    {"акционерное общество", "JSC"},
    {"открытое акционерное общество", "JSC"},
    {"закрытое акционерное общество", "JSC"},
    {"публичное акционерное общество", "JSC"},
    {"акционерлік қоғам", "JSC"},
    {"aktsionernoe obshchestvo", "JSC"},
    {"LLC", "LLC"},
    {"OOO", "LLC"},
    {"ООО", "LLC"},
    {"limited liability company", "LLC"},
    {"общество с ограниченной ответственностью", "LLC"},
    {"obshchestvo s ogranichennoy otvetstvennostyu", "LLC"},
    {"Ltd", "Ltd"},
    {"limited", "Ltd"},
    {"Inc", "Inc"},
    {"incorporated", "Inc"},
    {"Corp", "Corp"},
    {"corporation", "Corp"},
    {"Co", "Co"},
    {"company", "Co"},
    {"GmbH", "GmbH"},
    {"AG", "AG"},
    {"KG", "KG"},
    {"SA", "SA"},
    {"SARL", "SARL"},
    {"SAS", "SAS"},
    {"BV", "BV"},
    {"NV", "NV"},
    {"PLC", "PLC"},
    {"SpA", "SpA"},
    {"SRL", "SRL"},
    {"Sp z oo", "Sp. z o.o."},
    {"spolka z ograniczona odpowiedzialnoscia", "Sp. z o.o."},
    {"AB", "AB"},
    {"Oy", "Oy"},
    {"ApS", "ApS"},
    {"ИП", "IP"},
    {"individual entrepreneur", "IP"},
    {"индивидуальный предприниматель", "IP"},
    {"РГП", "RSE"},
    {"RGP", "RSE"},
    {"ГУП", "SUE"},
    {"ФГУП", "SUE"},
    {"МУП", "SUE"},
};

// Generic words and their translations, mapped to one concept word.
constexpr Phrase kConcepts[] = {
    {"telefabrika", "telefactory"},
    {"telefactory", "telefactory"},
    {"tv factory", "telefactory"},
    {"tele factory", "telefactory"},
    {"television factory", "telefactory"},
    {"телефабрика", "telefactory"},
    {"television", "television"},
    {"televidenie", "television"},
    {"телевидение", "television"},
    {"tv", "television"},
    {"тв", "television"},
    {"teledidar", "television"},
    {"radio", "radio"},
    {"радио", "radio"},
    {"bank", "bank"},
    {"банк", "bank"},
    {"banki", "bank"},
    {"group", "group"},
    {"gruppa", "group"},
    {"группа", "group"},
    {"tobi", "group"},
    {"channel", "channel"},
    {"kanal", "channel"},
    {"канал", "channel"},
    {"arnasy", "channel"},
    {"commercial", "commercial"},
    {"kommercheskiy", "commercial"},
    {"коммерческий", "commercial"},
    {"коммерческое", "commercial"},
    {"national", "national"},
    {"natsionalnyy", "national"},
    {"национальный", "national"},
    {"национальная", "national"},
    {"национальной", "national"},
    {"национального", "national"},
    {"ұлттық", "national"},
    {"ulttyq", "national"},
    {"committee", "committee"},
    {"komitet", "committee"},
    {"комитет", "committee"},
    {"комитета", "committee"},
    {"комитеті", "committee"},
    {"security", "security"},
    {"безопасность", "security"},
    {"безопасности", "security"},
    {"қауіпсіздік", "security"},
    {"қауіпсіздігі", "security"},
    {"media", "media"},
    {"медиа", "media"},
    {"oil", "oil"},
    {"neft", "oil"},
    {"нефть", "oil"},
    {"мунай", "oil"},
    {"мұнай", "oil"},
    {"gas", "gas"},
    {"gaz", "gas"},
    {"газ", "gas"},
    {"holding", "holding"},
    {"kholding", "holding"},
    {"холдинг", "holding"},
    {"investment", "investment"},
    {"investments", "investment"},
    {"invest", "investment"},
    {"инвест", "investment"},
    {"international", "international"},
    {"mezhdunarodnyy", "international"},
    {"международный", "international"},
    {"fund", "fund"},
    {"fond", "fund"},
    {"фонд", "fund"},
    {"қоры", "fund"},
    {"agency", "agency"},
    {"agentstvo", "agency"},
    {"агентство", "agency"},
    {"news", "news"},
    {"novosti", "news"},
    {"новости", "news"},
    {"europe", "europe"},
    {"evropa", "europe"},
    {"европа", "europe"},
    {"plus", "plus"},
    {"плюс", "plus"},
};

constexpr std::string_view kStopWords[] = {
    "of", "and", "the", "for", "i",  "v",   "na",  "po", "de",
    "du", "des", "la",  "le",  "et", "und", "fur", "&",
};

// Lower-case Latin letters and digits of one word.
std::string LatinLower(std::string_view word) {
  std::string out;
  for (char ch : ToLatin(word)) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out.push_back(ch);
  }
  return out;
}

bool IsWordChar(char32_t cp) {
  return u_isalnum(static_cast<UChar32>(cp)) || cp == U'.' || cp == U'-' || cp == U'&' ||
         u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY) ==
             U_NON_SPACING_MARK;
}

// Splits into words; dots are dropped ("L.X.C." -> "LXC", "o.o." -> "oo"),
// hyphens split ("Fourty-four" -> two words). Each word carries its
// LatinLower() key.
struct OrgWord {
  std::string written;
  std::string key;
  size_t start = 0, end = 0;
};

std::vector<OrgWord> SplitOrgWords(std::string_view text) {
  std::vector<OrgWord> words;
  OrgWord cur;
  bool in_word = false;
  auto flush = [&](size_t end) {
    if (in_word) {
      cur.end = end;
      cur.key = LatinLower(cur.written);
      if (!cur.key.empty() || cur.written == "&") words.push_back(cur);
    }
    cur = OrgWord();
    in_word = false;
  };
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp;
    int n = DecodeUtf8(text, pos, &cp);
    if (n == 0) n = 1, cp = U' ';
    if (IsWordChar(cp) && cp != U'-') {
      if (!in_word) {
        in_word = true;
        cur.start = pos;
      }
      if (cp != U'.' && u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY) !=
                            U_NON_SPACING_MARK) {
        AppendUtf8(cp, &cur.written);
      }
    } else {
      flush(pos);
    }
    pos += n;
  }
  flush(text.size());
  return words;
}

// Whether every scan of a text decodes byte `c` as itself and ends a word
// there: an ASCII byte that is no word character (a hyphen splits words).
bool EndsOrgWord(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x80) return false;
  const bool alnum = (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
  return !alnum && c != '.' && c != '&';
}

// The last words of SplitOrgWords(text.substr(0, end)), with their offsets
// in `text`: at least the last `at_least` of them (all when there are fewer),
// split from a window before `end` instead of from the start of the text, so
// that each bracket of a document costs what lies near it.
// REQUIRES: end == text.size() or EndsOrgWord(text[end]).
std::vector<OrgWord> WordsBefore(std::string_view text, size_t end, size_t at_least) {
  for (size_t window = 256;; window *= 2) {
    size_t from = end > window ? end - window : 0;
    // A scan from a byte that ends a word goes on as the scan from the start.
    while (from > 0 && !EndsOrgWord(text[from])) --from;
    std::vector<OrgWord> words = SplitOrgWords(text.substr(from, end - from));
    if (words.size() >= at_least || from == 0) {
      for (OrgWord& w : words) w.start += from, w.end += from;
      return words;
    }
  }
}

// Phrase tables keyed by the LatinLower() keys of their words.
struct PhraseTable {
  std::map<std::vector<std::string>, std::string> phrases;
  size_t longest = 0;
};

PhraseTable BuildTable(const Phrase* begin, const Phrase* end) {
  PhraseTable table;
  for (const Phrase* p = begin; p != end; ++p) {
    std::vector<std::string> keys;
    for (const OrgWord& w : SplitOrgWords(p->words)) keys.push_back(w.key);
    table.longest = std::max(table.longest, keys.size());
    table.phrases.emplace(std::move(keys), std::string(p->canonical));
  }
  return table;
}

const PhraseTable& LegalForms() {
  static const PhraseTable table = BuildTable(std::begin(kLegalForms), std::end(kLegalForms));
  return table;
}

const PhraseTable& Concepts() {
  static const PhraseTable table = BuildTable(std::begin(kConcepts), std::end(kConcepts));
  return table;
}

// The length of the longest phrase of `table` starting at words[i], 0 if
// none; its canonical form in *canonical.
size_t MatchPhrase(const PhraseTable& table, const std::vector<OrgWord>& words, size_t i,
                   std::string* canonical) {
  for (size_t len = std::min(table.longest, words.size() - i); len > 0; --len) {
    std::vector<std::string> keys;
    for (size_t k = i; k < i + len; ++k) keys.push_back(words[k].key);
    auto it = table.phrases.find(keys);
    if (it != table.phrases.end()) {
      *canonical = it->second;
      return len;
    }
  }
  return 0;
}

// The length of the longest run of words from words[i] that names a
// country, by a name in any language and case ("the Republic of Kazakhstan",
// "Казахстана", "UK"; extract/countries/countries.h), 0 if none; the
// country's concept (its English name in LatinLower: "kazakhstan",
// "unitedkingdom") in *canonical.
size_t MatchCountry(const std::vector<OrgWord>& words, size_t i, std::string* canonical) {
  constexpr size_t kLongest = 6;
  // A country's name opens with a capital, or with "the" ("of the Russian
  // Federation").
  char32_t first = 0;
  if (DecodeUtf8(words[i].written, 0, &first) == 0 ||
      (!u_isupper(static_cast<UChar32>(first)) && words[i].key != "the")) {
    return 0;
  }
  for (size_t len = std::min(kLongest, words.size() - i); len > 0; --len) {
    std::string phrase;
    for (size_t k = i; k < i + len; ++k) phrase += (k > i ? " " : "") + words[k].written;
    const CountryMatch country = FindCountry(phrase);
    if (country) {
      *canonical = LatinLower(country.country->english);
      return len;
    }
  }
  return 0;
}

bool IsStopWord(std::string_view key) {
  return std::find(std::begin(kStopWords), std::end(kStopWords), key) != std::end(kStopWords);
}

// The significant words of an expansion: no legal forms, no stop words.
std::vector<OrgWord> SignificantWords(std::string_view expansion) {
  std::vector<OrgWord> words = SplitOrgWords(expansion);
  std::vector<OrgWord> out;
  for (size_t i = 0; i < words.size();) {
    std::string canonical;
    if (size_t len = MatchPhrase(LegalForms(), words, i, &canonical); len > 0) {
      i += len;
      continue;
    }
    if (!IsStopWord(words[i].key)) out.push_back(words[i]);
    ++i;
  }
  return out;
}

}  // namespace

bool LooksLikeAcronym(std::string_view word) {
  int letters = 0, upper = 0;
  for (size_t pos = 0; pos < word.size();) {
    char32_t cp;
    int n = DecodeUtf8(word, pos, &cp);
    if (n == 0) return false;
    pos += n;
    if (u_isalpha(static_cast<UChar32>(cp))) {
      ++letters;
      if (u_isupper(static_cast<UChar32>(cp))) ++upper;
    } else if (cp != U'.') {
      return false;
    }
  }
  return letters >= 2 && letters <= 8 && upper == letters;
}

std::string CanonicalLegalForm(std::string_view words) {
  std::vector<OrgWord> split = SplitOrgWords(words);
  if (split.empty()) return "";
  std::string canonical;
  return MatchPhrase(LegalForms(), split, 0, &canonical) == split.size() ? canonical : "";
}

OrgName ParseOrgName(std::string_view text) {
  OrgName org;
  std::vector<OrgWord> words = SplitOrgWords(text);
  for (size_t i = 0; i < words.size();) {
    std::string canonical;
    if (size_t len = MatchPhrase(LegalForms(), words, i, &canonical); len > 0) {
      // A lone "Co"/"company" after other words is a legal form; "AO" as the
      // only word is a name.
      if (words.size() > len) {
        if (org.legal_form.empty()) org.legal_form = canonical;
        i += len;
        continue;
      }
    }
    size_t len = MatchCountry(words, i, &canonical);
    if (len == 0) len = MatchPhrase(Concepts(), words, i, &canonical);
    if (len > 0) {
      org.core_words.push_back(canonical);
      std::string written;
      for (size_t k = i; k < i + len; ++k) written += (k > i ? " " : "") + words[k].written;
      org.core_written.push_back(std::move(written));
      i += len;
      continue;
    }
    if (words[i].written != "&") {
      org.core_words.push_back(words[i].key);
      org.core_written.push_back(words[i].written);
    }
    ++i;
  }
  for (const std::string& w : org.core_words) org.core_skeletons.push_back(NameSkeleton(w));
  return org;
}

bool IsAcronymOf(std::string_view acronym, std::string_view expansion) {
  std::string letters;
  for (size_t pos = 0; pos < acronym.size();) {
    char32_t cp;
    int n = DecodeUtf8(acronym, pos, &cp);
    if (n == 0) return false;
    pos += n;
    if (cp == U'.') continue;
    if (!u_isalpha(static_cast<UChar32>(cp))) return false;
    std::string one;
    AppendUtf8(cp, &one);
    const std::string skeleton = NameSkeleton(one);
    if (skeleton.empty()) return false;
    letters += skeleton[0];
  }
  if (letters.size() < 2) return false;
  const std::vector<OrgWord> words = SignificantWords(expansion);
  if (words.size() != letters.size()) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string skeleton = NameSkeleton(words[i].written);
    if (skeleton.empty()) return false;
    char a = letters[i], b = skeleton[0];
    auto fold = [](char c) { return c == 'c' || c == 'q' ? 'k' : c == 'j' ? 'i' : c; };
    if (fold(a) != fold(b)) return false;
  }
  return true;
}

std::vector<AcronymDefinition> FindAcronymDefinitions(std::string_view text) {
  std::vector<AcronymDefinition> found;
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    if (inside.find('(') != std::string_view::npos) continue;
    std::vector<OrgWord> before = WordsBefore(text, open, 1);
    if (before.empty()) continue;
    // "KTK (JSC "Commercial Television Channel")", or with more said after a
    // comma: "KTK (JSC "Commercial Television Channel", one of the ...)".
    const OrgWord& last = before.back();
    const bool adjacent = text.substr(last.end, open - last.end).find_first_not_of(" \t\"«»") ==
                          std::string_view::npos;
    const std::string_view named = inside.substr(0, inside.find_first_of(",;"));
    if (adjacent && LooksLikeAcronym(last.written) && IsAcronymOf(last.written, named)) {
      found.push_back({last.written, std::string(named), last.start, close + 1});
      continue;
    }
    // "Commercial Television Channel (KTK)": the shortest run of words before
    // the bracket that the acronym abbreviates.
    std::string_view trimmed = inside;
    while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '"')) {
      trimmed.remove_prefix(1);
    }
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '"')) {
      trimmed.remove_suffix(1);
    }
    if (!LooksLikeAcronym(trimmed)) continue;
    const size_t wanted = trimmed.size() + 4;
    if (before.size() < wanted) before = WordsBefore(text, open, wanted);
    const size_t most = std::min(before.size(), wanted);
    const size_t last_end = before.back().end;
    for (size_t count = 2; count <= most; ++count) {
      const OrgWord& first = before[before.size() - count];
      std::string_view expansion = text.substr(first.start, last_end - first.start);
      if (IsAcronymOf(trimmed, expansion)) {
        found.push_back({std::string(trimmed), std::string(expansion), first.start, close + 1});
        break;
      }
    }
  }
  return found;
}

}  // namespace dossier

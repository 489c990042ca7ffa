#include "resolve/internal/link_unit_info.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>
#include <utility>

#include "base/utf8.h"
#include "resolve/org_name.h"
#include "resolve/person_name.h"
#include "resolve/transliterate.h"

namespace dossier::internal {

char TypeLetter(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return 'P';
    case EntityType::kOrganization:
      return 'O';
    case EntityType::kLocation:
      return 'L';
    case EntityType::kOther:
      return 'X';
  }
  return 'X';
}

std::vector<std::string> WordSkeletons(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  const auto flush = [&](size_t end) {
    if (end > start) {
      std::string skeleton = NameSkeleton(text.substr(start, end - start));
      if (!skeleton.empty()) out.push_back(std::move(skeleton));
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    // ASCII separators end a word; every non-ASCII byte is part of a letter
    // (NameSkeleton drops what is not one).
    const bool separator = c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                         (c >= '0' && c <= '9') || c == '\'');
    if (separator) {
      flush(i);
      start = i + 1;
    }
  }
  flush(text.size());
  return out;
}

std::string JoinSorted(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

namespace {

// The consonants of a skeleton, the blocking key of one word: spellings that
// differ in vowels ("igilmanov" / "igelmanov") share it.
std::string Consonants(std::string_view skeleton) {
  std::string out;
  for (char c : skeleton) {
    if (c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y') out.push_back(c);
  }
  return out.size() >= 2 ? out : std::string(skeleton);
}

bool LooksLikePersonName(std::string_view name) {
  const PersonName parsed = ParsePersonName(name);
  if (parsed.surname.empty() || parsed.given.empty() || !parsed.initials.empty()) return false;
  if (!IsKnownGivenName(parsed.given.front())) return false;
  return ParseOrgName(name).legal_form.empty() && WordSkeletons(name).size() <= 4;
}

void AddBlockKeys(const PreparedName& prepared, char letter, std::set<std::string>* word_keys,
                  std::set<std::string>* pair_keys) {
  const std::vector<PreparedName::Word>& words = prepared.words();
  for (const PreparedName::Word& word : words) {
    if (word.role == PreparedName::Word::kInitial || word.skeleton.size() < 3) continue;
    const std::string key = std::string(1, letter) + Consonants(word.skeleton);
    word_keys->insert(key);
    if (letter != 'P') {
      pair_keys->insert(key);
      continue;
    }
    for (const PreparedName::Word& other : words) {
      if (&other == &word || other.role == PreparedName::Word::kInitial || other.skeleton.empty()) {
        continue;
      }
      pair_keys->insert(key + "|" + other.skeleton.substr(0, 1));
    }
  }
}

// Whether `name` opens with a capital letter of any script.
bool StartsWithCapital(std::string_view name) {
  char32_t cp = 0;
  return DecodeUtf8(name, 0, &cp) > 0 && u_isupper(static_cast<UChar32>(cp));
}

bool IsPartialPerson(const PersonName& parsed) {
  return parsed.surname.empty() || parsed.given.empty();
}

}  // namespace

UnitInfo DescribeUnit(const LinkUnit& unit) {
  UnitInfo info;
  info.key = NameKey(unit.name, unit.type);
  info.prepared = PreparedName(unit.name, unit.type);
  info.word_skeletons = WordSkeletons(unit.name);
  const char letter = TypeLetter(unit.type);
  if (unit.type == EntityType::kPerson) {
    const PersonName parsed = ParsePersonName(unit.name);
    info.partial = IsPartialPerson(parsed);
    info.has_surname = !parsed.surname.empty();
    info.surname_skeleton = NameSkeleton(parsed.surname);
  }
  std::set<std::string> word_keys;
  std::set<std::string> pair_keys;
  AddBlockKeys(info.prepared, letter, &word_keys, &pair_keys);
  if (unit.type != EntityType::kPerson && LooksLikePersonName(unit.name)) {
    info.person_like = true;
    info.as_person = PreparedName(unit.name, EntityType::kPerson);
    AddBlockKeys(info.as_person, TypeLetter(EntityType::kPerson), &word_keys, &pair_keys);
  }
  info.word_keys.assign(word_keys.begin(), word_keys.end());
  info.pair_keys.assign(pair_keys.begin(), pair_keys.end());
  info.description = unit.type == EntityType::kOther && !StartsWithCapital(unit.name);
  info.stated_acronyms = StatedAcronymKeys(unit);
  return info;
}

LinkBlocking BlockingOf(const UnitInfo& info) {
  LinkBlocking out{.keys = info.word_keys, .full = !info.partial};
  out.keys.insert(out.keys.end(), info.pair_keys.begin(), info.pair_keys.end());
  std::sort(out.keys.begin(), out.keys.end());
  out.keys.erase(std::unique(out.keys.begin(), out.keys.end()), out.keys.end());
  return out;
}

}  // namespace dossier::internal

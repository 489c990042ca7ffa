// PreparedName: a name parsed once for many comparisons (name_match.h),
// with its words' roles and the readings of where a person's family name is.
#include <algorithm>
#include <cctype>

#include "base/ascii.h"
#include "resolve/internal/given_names.h"
#include "resolve/internal/name_conventions.h"
#include "resolve/internal/name_words.h"
#include "resolve/name_match.h"
#include "resolve/org_name.h"
#include "resolve/person_name.h"
#include "resolve/transliterate.h"

namespace dossier {

namespace {

std::string WrittenLatin(std::string_view written) {
  std::string out;
  // ASCII needs no romanization (the common case, and ToLatin is not free).
  const bool ascii = std::all_of(written.begin(), written.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  for (char c : ascii ? std::string(written) : ToLatin(written)) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower >= 'a' && lower <= 'z') out += lower;
  }
  return out;
}

// The flags of `word` that the comparison reads for every pair.
void SetWordFlags(PreparedName::Word* word) {
  word->cyrillic = DetectScript(word->written) == Script::kCyrillic;
  word->east_asian_family = internal::IsEastAsianFamilyName(word->skeleton);
  word->listed_given_name =
      internal::LookUpGivenName(word->skeleton) != internal::ListedGender::kNotListed;
  word->given_name_id = internal::GivenNameId(word->skeleton);
  // German writes the Cyrillic zh as sch: Schanna is Zhanna, not a slip of
  // Anna.
  if (word->given_name_id == 0 && word->latin.rfind("sch", 0) == 0) {
    word->given_name_id = internal::GivenNameId(NameSkeleton("zh" + word->latin.substr(3)));
  }
  word->latin_listed_given_name =
      internal::LookUpGivenName(word->latin) != internal::ListedGender::kNotListed;
  word->syllables = internal::IsRomanizedSyllables(word->latin);
}

}  // namespace

PreparedName::PreparedName(std::string_view name, EntityType type) : text_(name), type_(type) {
  if (type == EntityType::kPerson) {
    const PersonName parsed = ParsePersonName(name);
    // Words in written order with their roles.
    const internal::NameWords split = internal::SplitPersonWords(name);
    bool surname_seen = false, patronymic_seen = false;
    std::vector<std::string_view> other_surnames(parsed.other_surnames.begin(),
                                                 parsed.other_surnames.end());
    int full_count = 0, surname_at = -1;
    std::vector<uint8_t> block;           // full-word positions of the other surnames
    std::vector<bool> east_asian_family;  // per full word: NameWord::family_name
    // An Arabic name: an article, a nasab or a kunya.
    bool arabic = false;
    for (const internal::NameWord& w : split.words) {
      const std::string lower =
          w.kind == internal::NameWord::kParticle ? AsciiLower(w.written) : "";
      arabic = arabic || w.article || w.father_name || lower == "bin" || lower == "ibn" ||
               lower == "bint" || lower == "abu" || lower == "umm";
    }
    for (const internal::NameWord& w : split.words) {
      if (w.kind == internal::NameWord::kTitle || w.kind == internal::NameWord::kParticle) {
        continue;
      }
      if (w.skeleton.empty()) continue;
      Word word{w.written, w.skeleton, WrittenLatin(w.written), Word::kGiven};
      word.romanized =
          DetectScript(w.written) == Script::kLatin &&
          (arabic || internal::IsEastAsianFamilyName(w.skeleton) || HasSurnameEnding(w.written));
      if (w.kind == internal::NameWord::kInitial) {
        word.role = Word::kInitial;
      } else if (!surname_seen && w.written == parsed.surname) {
        word.role = Word::kSurname;
        surname_seen = true;
        surname_at = full_count;
      } else if (!patronymic_seen && w.written == parsed.patronymic) {
        word.role = Word::kPatronymic;
        patronymic_seen = true;
      } else if (auto it = std::find(other_surnames.begin(), other_surnames.end(), w.written);
                 it != other_surnames.end()) {
        // A later word of a comma block is the family name when it carries
        // the Arabic article (KHALED AL-NOURI); in GARCIA LOPEZ the first is.
        other_surnames.erase(it);
        word.role = Word::kOtherSurname;
        if (w.article) block.push_back(static_cast<uint8_t>(full_count));
      }
      if (word.role != Word::kPatronymic && word.role != Word::kInitial) {
        ++full_count;
        east_asian_family.push_back(w.family_name);
      }
      words_.push_back(std::move(word));
    }
    order_uncertain_ = parsed.order == NameOrder::kUncertain;
    int penultimate = -1;  // full-word position of a Spanish first surname
    // The readings of the family name: the parse's; every word of a comma
    // block; the other end when the order is uncertain; the first of two
    // surnames (Spanish: "Maria Garcia Lopez" is Señora Garcia) in a Latin
    // name of three full words or more without a patronymic.
    if (surname_at >= 0 && full_count <= 255) {
      auto add = [&](int at) {
        if (std::find(readings_.begin(), readings_.end(), at) == readings_.end()) {
          readings_.push_back(static_cast<uint8_t>(at));
        }
      };
      // An East Asian family name at one end and none at the other decides
      // an uncertain order ("Zhang Haitao" is never Mr Haitao) unless it is
      // also a Western given name (Kim Basinger, Lee Marvin).
      const int other_end = surname_at == 0 ? full_count - 1 : 0;
      static const std::string kGivenToo[] = {internal::PersonWordKey("Kim"),
                                              internal::PersonWordKey("Lee")};
      auto decides = [&](int at, const Word& w) {
        return east_asian_family[at] &&
               !east_asian_family[at == surname_at ? other_end : surname_at] &&
               std::find(std::begin(kGivenToo), std::end(kGivenToo), w.skeleton) ==
                   std::end(kGivenToo);
      };
      int east_asian_at = -1;
      if (order_uncertain_ && full_count == 2) {
        int at = 0;
        for (const Word& w : words_) {
          if (w.role == Word::kPatronymic || w.role == Word::kInitial) continue;
          if (decides(at, w)) east_asian_at = at;
          ++at;
        }
      }
      add(east_asian_at >= 0 ? east_asian_at : surname_at);
      for (uint8_t at : block) add(at);
      if (order_uncertain_ && full_count >= 2 && east_asian_at < 0) add(other_end);
      if (block.empty() && parsed.other_surnames.empty() && full_count >= 3 &&
          parsed.patronymic.empty() && parsed.order != NameOrder::kSurnameFirst &&
          parsed.script == Script::kLatin) {
        penultimate = full_count - 2;
      }
      // Not a given name of our list ("Michael Alan Clark" has a middle
      // name), nor a Slavic surname ("Nursultan Nazarbayev Foundation").
      std::string_view last_full;
      for (const Word& w : words_) {
        if (w.role != Word::kPatronymic && w.role != Word::kInitial) last_full = w.skeleton;
      }
      int at = 0;
      for (const Word& w : words_) {
        if (w.role == Word::kPatronymic || w.role == Word::kInitial) continue;
        // A Spanish surname may end as a Slavic one does (Medina, Molina).
        if (at++ == penultimate &&
            internal::LookUpGivenName(w.skeleton) == internal::ListedGender::kNotListed &&
            (!HasSurnameEnding(w.written) || internal::IsHispanicSurname(w.skeleton))) {
          add(penultimate);
          // A Spanish family name before the last word: read with the last
          // word as the family name, it is no middle name to leave out.
          if (internal::IsHispanicSurname(w.skeleton) || internal::IsHispanicSurname(last_full)) {
            first_surname_at_ = static_cast<int8_t>(penultimate);
          }
        }
      }
    }
    alternatives_ = parsed.surname_alternatives;
    for (const std::string& alt : alternatives_)
      alternative_skeletons_.push_back(internal::PersonWordKey(alt));
  } else {
    const OrgName org = ParseOrgName(name);
    legal_form_ = type == EntityType::kOrganization ? org.legal_form : "";
    for (size_t i = 0; i < org.core_words.size(); ++i) {
      if (org.core_skeletons[i].empty()) continue;
      words_.push_back({org.core_written[i], org.core_skeletons[i],
                        WrittenLatin(org.core_written[i]), Word::kCore});
    }
  }
  for (Word& word : words_) SetWordFlags(&word);
}

}  // namespace dossier

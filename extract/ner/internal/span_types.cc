#include "extract/ner/internal/span_types.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/ner/internal/ner_lexicon.h"

namespace dossier::internal {
namespace {

bool In(std::span<const std::string_view> sorted, std::string_view key) {
  return std::binary_search(sorted.begin(), sorted.end(), key);
}

bool HasHead(const std::vector<std::string_view>& words, const TypedSpan& span,
             const RetypeWords& lists) {
  for (int i = span.begin; i < span.end; ++i) {
    const std::string word = FoldedWord(words[i]);
    if (In(lists.organization_heads, word)) return true;
    if (span.type != EntityType::kPerson && In(lists.organization_heads_not_of_persons, word) &&
        (span.type != EntityType::kLocation || !In(lists.place_heads, word))) {
      return true;
    }
  }
  return false;
}

// The folded word at `i`, or "" outside the sentence.
std::string FoldedAt(const std::vector<std::string_view>& words, int i) {
  return i >= 0 && i < static_cast<int>(words.size()) ? FoldedWord(words[i]) : std::string();
}

// A role noun with its "ex-" prefix dropped ("ex-premier").
bool IsPersonRole(std::string_view folded, const RetypeWords& lists) {
  if (folded.starts_with("ex-")) folded.remove_prefix(3);
  return In(lists.person_roles, folded) || In(lists.kinship, folded);
}

}  // namespace

bool AfterKinship(const std::vector<std::string_view>& words, int begin, const RetypeWords& lists) {
  const int kin = begin > 0 && words[begin - 1] == "," ? begin - 2 : begin - 1;
  return In(lists.kinship, FoldedAt(words, kin));
}

namespace {

// "Ilyas, the son of": a comma, at most one determiner or "former", a role.
bool BeforeRoleApposition(const std::vector<std::string_view>& words, int end,
                          const RetypeWords& lists) {
  if (FoldedAt(words, end) != ",") return false;
  int i = end + 1;
  if (In(lists.apposition_openers, FoldedAt(words, i))) ++i;
  if (FoldedAt(words, i) == "-") ++i;
  return IsPersonRole(FoldedAt(words, i), lists);
}

// A surname of the region by its ending, "-in" and "-ina" aside (Berlin,
// Medina, Пекин are places as often).
bool HasSurnameEnding(std::string_view word) {
  const std::string key = FoldedWord(word);
  if (((LexiconFlags(word) | CyrillicLexiconFlags(word, key)) & kRegionSurname) == 0) return false;
  for (std::string_view place_like : {"in", "ina", "ин", "ина", "ине", "ину"}) {
    if (key.ends_with(place_like)) return false;
  }
  return true;
}

// True when a span of `type` sits right before or after `span`, joined to it
// by a conjunction or a comma, with "the" allowed after the join ("Deutsche
// Welle and the BBC").
bool ListedBeside(const std::vector<std::string_view>& words, const std::vector<TypedSpan>& spans,
                  const TypedSpan& span, EntityType type, const RetypeWords& lists) {
  auto joins = [&](int from, int to) {  // the words [from, to) join two names
    if (to - from == 2 && FoldedAt(words, to - 1) == "the") --to;
    if (to - from != 1) return false;
    const std::string word = FoldedAt(words, from);
    return word == "," || In(lists.conjunctions, word);
  };
  for (const TypedSpan& other : spans) {
    if (other.type != type || &other == &span) continue;
    if (other.end < span.begin && joins(other.end, span.begin)) return true;
    if (span.end < other.begin && joins(span.end, other.begin)) return true;
  }
  return false;
}

// True when the span opens with a patronymic and the word before it is a
// capitalized name not in another span: the given name the tagger left out.
bool NameStartsBefore(const std::vector<std::string_view>& words,
                      const std::vector<TypedSpan>& spans, const TypedSpan& span) {
  if ((LexiconFlags(words[span.begin]) & kPatronymic) == 0) return false;
  for (const TypedSpan& other : spans) {
    if (other.begin < span.begin && other.end >= span.begin) return false;
  }
  const std::string_view before = words[span.begin - 1];
  return StartsWithCapital(before) && (LexiconFlags(before) & (kPatronymic | kPersonCue)) == 0;
}

// The folded words [begin, end) in sorted order, joined by spaces: one key
// for "Telefabrika Dala" and "Dala Telefabrika".
std::string WordSetKey(const std::vector<std::string_view>& words, int begin, int end) {
  std::vector<std::string> folded;
  for (int i = begin; i < end; ++i) folded.push_back(FoldedWord(words[i]));
  std::sort(folded.begin(), folded.end());
  std::string key;
  for (const std::string& word : folded) {
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

// A one-word span of 2 to 6 capital Latin or Cyrillic letters.
bool IsAcronym(const std::vector<std::string_view>& words, const TypedSpan& span) {
  if (span.end - span.begin != 1) return false;
  std::string_view word = words[span.begin];
  int letters = 0;
  while (!word.empty()) {
    const int length = CapitalLetterLength(word);
    if (length == 0) return false;
    word.remove_prefix(length);
    ++letters;
  }
  return letters >= 2 && letters <= 6;
}

// True when an organization span opens within four words after a "(" right
// after `span`.
bool ExpandedByOrganization(const std::vector<std::string_view>& words,
                            const std::vector<TypedSpan>& spans, const TypedSpan& span) {
  if (FoldedAt(words, span.end) != "(") return false;
  for (const TypedSpan& other : spans) {
    if (other.type == EntityType::kOrganization && other.begin > span.end &&
        other.begin <= span.end + 4) {
      return true;
    }
  }
  return false;
}

// True when word `i` opens a sentence or a clause after a colon, an opening
// quote, bracket or dash ("PENCE: Well, look").
bool OpensSentence(const std::vector<std::string_view>& words, int i) {
  if (i == 0) return true;
  static constexpr std::string_view kOpeners[] = {
      ":", "\"", "'", "''", "``", "(", "-", "--", "\u201c", "\u2018", "\u2014", "\u2013", "\u00ab"};
  for (std::string_view opener : kOpeners) {
    if (words[i - 1] == opener) return true;
  }
  return false;
}

// Whether a sentence of the document has `folded` (case folded) capitalized
// within it, not opening it. Asked only for the rare common-word candidate,
// so a scan rather than an index built for every document.
bool CapitalizedInsideASentence(const std::vector<std::vector<std::string_view>>& sentences,
                                const std::string& folded) {
  for (const std::vector<std::string_view>& words : sentences) {
    for (int i = 0; i < static_cast<int>(words.size()); ++i) {
      if (words[i].size() == folded.size() && StartsWithCapital(words[i]) &&
          !OpensSentence(words, i) && FoldedWord(words[i]) == folded) {
        return true;
      }
    }
  }
  return false;
}

// Whether the word is written in Latin letters (an ASCII first byte).
bool IsLatin(std::string_view word) {
  return !word.empty() && static_cast<unsigned char>(word[0]) < 0x80;
}

// True when every word of the span is Latin and none is known to name
// people: a given name or surname of our lexicon, a proper noun of the
// dictionary, a word of another person's name in the document (`person_word_names` counts the
// distinct person names of 2+ words each folded word is in).
bool NoWordNamesPeople(const std::vector<std::string_view>& words, const TypedSpan& span,
                       const std::unordered_map<std::string, int>& person_word_names,
                       const RetypeWords& lists) {
  if (lists.proper_noun == nullptr) return false;
  for (int i = span.begin; i < span.end; ++i) {
    // The dictionary asked is English: another script's word is not judged.
    if (!IsLatin(words[i])) return false;
    const std::string key = FoldedWord(words[i]);
    if ((LexiconFlags(words[i]) & (kGivenName | kRegionSurname | kPatronymic)) != 0 ||
        lists.proper_noun(words[i])) {
      return false;
    }
    const auto spans = person_word_names.find(key);
    if (spans != person_word_names.end() && spans->second > 1) return false;
  }
  return true;
}

// True when a Latin "person" of 2+ words stands alone as a person's name
// beside an organization named for it: the document uses its last word alone
// as a person ("Chopin" beside "Fryderyk Chopin Institute"), or a word of it
// is known to name people, and none is a common word only ("Johnson
// Controls" beside "Johnson Controls Inc" is the company).
bool StandsAsPersonName(const std::vector<std::string_view>& words, const TypedSpan& span,
                        const std::unordered_set<std::string>& lone_persons,
                        const std::unordered_map<std::string, int>& person_word_names,
                        const RetypeWords& lists) {
  if (span.type != EntityType::kPerson || span.end - span.begin < 2 ||
      lists.proper_noun == nullptr) {
    return false;
  }
  for (int i = span.begin; i < span.end; ++i) {
    if (!IsLatin(words[i])) return false;
    if (lists.only_common_word != nullptr && lists.only_common_word(words[i])) return false;
  }
  return lone_persons.contains(FoldedWord(words[span.end - 1])) ||
         !NoWordNamesPeople(words, span, person_word_names, lists);
}

constexpr int kInsideOrganization = 1;
constexpr int kInsideOtherType = 2;

// The word without a plural's "s" ("Khrapunovs", "Kazakhs"); "" when it is
// not such a plural.
std::string Singular(std::string_view word) {
  if (word.size() < 4 || !word.ends_with('s') || word.ends_with("ss")) return {};
  return FoldedWord(word.substr(0, word.size() - 1));
}

// True when the word right before the span is an organization cue, or a
// verb whose object is an organization before a "person".
bool AfterCue(const std::vector<std::string_view>& words, const TypedSpan& span,
              const RetypeWords& lists) {
  const int before = span.begin - 1;
  if (before < 0) return false;
  const std::string word = FoldedWord(words[before]);
  return In(lists.organization_cues, word) ||
         (span.type == EntityType::kPerson && In(lists.organization_objects_of, word));
}

// The sorted union of one list of every language.
std::span<const std::string_view> Merged(std::span<const std::string_view> RetypeWords::*list,
                                         std::vector<std::string_view>* storage) {
  for (const RetypeWords* language : {&EnglishRetypeWords(), &RussianRetypeWords()}) {
    storage->insert(storage->end(), (language->*list).begin(), (language->*list).end());
  }
  std::sort(storage->begin(), storage->end());
  storage->erase(std::unique(storage->begin(), storage->end()), storage->end());
  return *storage;
}

}  // namespace

const RetypeWords& AllRetypeWords() {
  struct MergedWords {
    std::array<std::vector<std::string_view>, 16> storage;
    RetypeWords words;
  };
  static const MergedWords* const kMerged = [] {
    auto* merged = new MergedWords;
    int next = 0;
    for (std::span<const std::string_view> RetypeWords::*list :
         {&RetypeWords::organization_heads, &RetypeWords::organization_heads_not_of_persons,
          &RetypeWords::organization_cues, &RetypeWords::organization_objects_of,
          &RetypeWords::kinship, &RetypeWords::sentence_adverbs, &RetypeWords::sentence_openers,
          &RetypeWords::person_roles, &RetypeWords::titles, &RetypeWords::portfolio_offices,
          &RetypeWords::organization_roles, &RetypeWords::conjunctions,
          &RetypeWords::apposition_openers, &RetypeWords::place_heads,
          &RetypeWords::bare_designators, &RetypeWords::law_heads}) {
      merged->words.*list = Merged(list, &merged->storage[next++]);
    }
    merged->words.only_common_word = EnglishRetypeWords().only_common_word;
    merged->words.proper_noun = EnglishRetypeWords().proper_noun;
    return merged;
  }();
  return kMerged->words;
}

void RetypeSpansByDocument(const std::vector<std::vector<std::string_view>>& sentences,
                           const RetypeWords& lists, std::vector<std::vector<TypedSpan>>* tagged) {
  // (1) Heads and cues; what they show to be organizations, by whole name and
  // by leading words when what follows is heads only ("Khabar" of "Khabar
  // TV"); the words of persons' full names. An organization the tagger alone
  // saw is not evidence (it may be wrong, and would spread).
  std::unordered_set<std::string> organizations;  // whole names
  std::unordered_set<std::string> stems;          // their leading words
  std::unordered_set<std::string> person_words;   // words of persons' names of 2+ words
  std::unordered_set<std::string> person_names;   // persons' names of 2+ words
  std::unordered_set<std::string> surnames;       // last words of persons' names of 2+ words
  std::unordered_set<std::string> others;         // one-word spans of type other ("Kazakh")
  std::unordered_set<std::string> lone_persons;   // one-word person spans
  // Latin names inside sentences (not opening one), by the types they have
  // there: kInsideOrganization, kInsideOtherType or both.
  std::unordered_map<std::string, int> inside_types;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::vector<std::string_view>& words = sentences[k];
    for (TypedSpan& span : (*tagged)[k]) {
      const bool evidence = HasHead(words, span, lists) || AfterCue(words, span, lists);
      if (evidence) span.type = EntityType::kOrganization;
      if (span.type == EntityType::kPerson && span.end - span.begin >= 2) {
        for (int i = span.begin; i < span.end; ++i) {
          person_words.insert(FoldedWord(words[i]));
        }
        person_names.insert(FoldedWords(words, span.begin, span.end));
        surnames.insert(FoldedWord(words[span.end - 1]));
      }
      if (!OpensSentence(words, span.begin) && IsLatin(words[span.begin])) {
        inside_types[FoldedWords(words, span.begin, span.end)] |=
            span.type == EntityType::kOrganization ? kInsideOrganization : kInsideOtherType;
      }
      if (span.type == EntityType::kPerson && span.end - span.begin == 1) {
        lone_persons.insert(FoldedWord(words[span.begin]));
      }
      if (span.type == EntityType::kOther && span.end - span.begin == 1) {
        others.insert(FoldedWord(words[span.begin]));
      }
      if (!evidence) continue;
      organizations.insert(FoldedWords(words, span.begin, span.end));
      int stem_begin = span.begin;
      int stem_end = span.end;
      while (stem_end > stem_begin + 1 &&
             In(lists.organization_heads, FoldedWord(words[stem_end - 1]))) {
        --stem_end;
      }
      while (stem_begin + 1 < stem_end &&
             In(lists.organization_heads, FoldedWord(words[stem_begin]))) {
        ++stem_begin;
      }
      if (stem_end - stem_begin < span.end - span.begin) {
        stems.insert(WordSetKey(words, stem_begin, stem_end));
      }
    }
  }
  std::unordered_map<std::string, int> person_word_names;  // how many of those have each word
  for (const std::string& name : person_names) {
    for (size_t begin = 0; begin < name.size();) {
      const size_t end = std::min(name.find(' ', begin), name.size());
      ++person_word_names[name.substr(begin, end - begin)];
      begin = end + 1;
    }
  }
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::vector<std::string_view>& words = sentences[k];
    std::vector<TypedSpan>& spans = (*tagged)[k];
    for (TypedSpan& span : spans) {
      // (2) The document's organizations.
      // Leading words turn only a "person" the document names in no full
      // name: "Khabar" of "Khabar TV", not "Trump" of "Trump Foundation"
      // beside "Donald Trump", nor the place "New York" of "New York Times".
      const std::string key = FoldedWords(words, span.begin, span.end);
      const bool stem_of_organization =
          (span.type == EntityType::kPerson ||
           (span.type == EntityType::kOther && span.end - span.begin >= 2)) &&
          stems.contains(WordSetKey(words, span.begin, span.end)) && !person_words.contains(key) &&
          !StandsAsPersonName(words, span, lone_persons, person_word_names, lists);
      if (span.type != EntityType::kOrganization &&
          (organizations.contains(key) || stem_of_organization)) {
        span.type = EntityType::kOrganization;
      }
      // (2b) "Kazatomprom said ...": a Latin "person" opening its sentence
      // that the document types only as an organization inside its
      // sentences (a place stays: "NEW YORK" of a dateline beside the team).
      if (span.type == EntityType::kPerson && OpensSentence(words, span.begin) &&
          IsLatin(words[span.begin]) && !person_words.contains(key)) {
        const auto inside = inside_types.find(key);
        if (inside != inside_types.end() && inside->second == kInsideOrganization) {
          span.type = EntityType::kOrganization;
        }
      }
      // (3) "his father, Marat", "her daughter Leila", "Ilyas, the son of
      // ...", "Kazhegeldin and Ablyazov": a one-word name a person's role or
      // a person's name sits beside.
      if (span.type != EntityType::kPerson && span.end - span.begin == 1) {
        if (AfterKinship(words, span.begin, lists) ||
            BeforeRoleApposition(words, span.end, lists) ||
            (HasSurnameEnding(words[span.begin]) &&
             ListedBeside(words, spans, span, EntityType::kPerson, lists))) {
          span.type = EntityType::kPerson;
        }
      }
      // (3b) "KTK (JSC "Commercial Television Channel" ...)": an acronym
      // the organization after it in brackets expands.
      if (span.type != EntityType::kOrganization && IsAcronym(words, span) &&
          ExpandedByOrganization(words, spans, span)) {
        span.type = EntityType::kOrganization;
      }
      // (5) Portfolios, organizations' roles, affairs and titles.
      if (span.type == EntityType::kPerson && FoldedAt(words, span.begin - 1) == "of" &&
          In(lists.portfolio_offices, FoldedAt(words, span.begin - 2))) {
        span.type = EntityType::kOrganization;
      }
      if (span.type != EntityType::kOrganization && FoldedAt(words, span.begin - 1) == "of" &&
          In(lists.organization_roles, FoldedAt(words, span.begin - 2))) {
        span.type = EntityType::kOrganization;
      }
      if (span.end - span.begin == 1 && span.type == EntityType::kPerson) {
        const std::string word = FoldedWord(words[span.begin]);
        if (word.size() >= 7 && word.ends_with("gate")) span.type = EntityType::kOther;
      }
      if (span.type == EntityType::kPerson && span.end - span.begin >= 2 &&
          In(lists.titles, FoldedWord(words[span.begin]))) {
        ++span.begin;
      }
      // (6) The given name a patronymic follows ("Arman Bolatovich
      // Tulegenov" opening a sentence, tagged from its second word).
      if (span.type == EntityType::kPerson && span.begin > 0 &&
          NameStartsBefore(words, spans, span)) {
        --span.begin;
      }
      // (7) Laws and treaties.
      if (span.end - span.begin >= 2 && In(lists.law_heads, FoldedWord(words[span.end - 1]))) {
        span.type = EntityType::kOther;
      }
      // (8) A family and a people by the singular the document uses.
      if (span.end - span.begin == 1 && span.type != EntityType::kOrganization) {
        const std::string singular = Singular(words[span.begin]);
        if (!singular.empty() && surnames.contains(singular)) span.type = EntityType::kPerson;
        if (!singular.empty() && others.contains(singular)) span.type = EntityType::kOther;
      }
    }
    // (9) A name no one is known by, listed with an organization (judged
    // after every span of the sentence has its type).
    for (TypedSpan& span : spans) {
      if (span.type == EntityType::kPerson && span.end - span.begin >= 2 &&
          ListedBeside(words, spans, span, EntityType::kOrganization, lists) &&
          NoWordNamesPeople(words, span, person_word_names, lists)) {
        span.type = EntityType::kOrganization;
      }
    }
    // (11) "Born in 1950, she ...": a participle or function word opening
    // the sentence starts no name, unless the document capitalizes it inside
    // a sentence too ("Max Born").
    for (TypedSpan& span : spans) {
      if (OpensSentence(words, span.begin) &&
          In(lists.sentence_openers, FoldedWord(words[span.begin])) &&
          !CapitalizedInsideASentence(sentences, FoldedWord(words[span.begin]))) {
        ++span.begin;
      }
    }
    // (4) "Moreover, ..." is no one, nor "Details ..." or "Says ...": a
    // common word opening its sentence that the document never capitalizes
    // inside one nor uses in a full name.
    std::erase_if(spans, [&](const TypedSpan& span) {
      if (span.begin == span.end) return true;  // (11) nothing left
      // (10) "LLP", "FM": no name alone.
      if (span.end - span.begin == 1 && In(lists.bare_designators, FoldedWord(words[span.begin]))) {
        return true;
      }
      if (span.type != EntityType::kPerson || span.end - span.begin != 1 ||
          !OpensSentence(words, span.begin)) {
        return false;
      }
      const std::string word = FoldedWord(words[span.begin]);
      if (In(lists.sentence_adverbs, word)) return true;
      return lists.only_common_word != nullptr && !person_words.contains(word) &&
             (LexiconFlags(words[span.begin]) & kGivenName) == 0 &&
             lists.only_common_word(words[span.begin]) &&
             !CapitalizedInsideASentence(sentences, word);
    });
  }
}

}  // namespace dossier::internal

#include "extract/ner/entities.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "base/ascii.h"
#include "extract/ner/document_rules.h"
#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/internal/span_types.h"
#include "extract/ner/kazakh_cases.h"
#include "extract/ner/name_forms_ru.h"
#include "extract/ner/ner_features.h"
#include "extract/ner/ner_gazetteer.h"
#include "extract/ner/ner_tagger.h"
#include "extract/ner/organization_forms_ru.h"
#include "extract/ner/place_forms.h"
#include "text/language.h"

namespace dossier {
namespace {

// Strips a trailing "'s" / "’s" (the tokenizer keeps it inside the word, the
// CoNLL training data splits it off).
std::string_view StripPossessive(std::string_view w) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix) {
      return w.substr(0, w.size() - suffix.size());
    }
  }
  return w;
}

bool IsCapitalizedWord(std::string_view w) {
  return internal::StartsWithCapital(w) && !internal::IsInitials(w);
}

// The name whose relative the kinship word before the one-word name at
// `begin` names: "Seitov" of "Seitov's father, Marat"; "" when a pronoun
// or nothing names it ("his son Michael").
std::string_view KinPossessor(const std::vector<std::string_view>& words, int begin) {
  const int kin = begin > 0 && words[begin - 1] == "," ? begin - 2 : begin - 1;
  int p = kin - 1;
  if (p >= 0 && (words[p] == "'s" || words[p] == "\xE2\x80\x99s")) --p;
  if (p < 0 || !IsCapitalizedWord(words[p])) return {};
  const std::string lower = internal::FoldedWord(words[p]);
  for (std::string_view pronoun : {"his", "her", "their", "its", "my", "our", "your", "его", "её",
                                   "ее", "их", "оның", "олардың"}) {
    if (lower == pronoun) return {};
  }
  return words[p];
}

// One capital letter, Latin or Cyrillic.
bool IsCapitalLetter(std::string_view w) {
  return !w.empty() && static_cast<size_t>(internal::CapitalLetterLength(w)) == w.size();
}

// A person's name split into full parts and initials ("I.P." gives 'i', 'p').
// Each part is the set of its forms: the lower-cased word, and for a
// Cyrillic word every nominative it may be an inflection of
// (name_forms_ru.h), so "Лужкова" and "Лужков" are one part.
using NamePart = std::vector<std::string>;
struct NameParts {
  std::vector<NamePart> parts;  // words that are not initials
  std::string initials;         // lower-cased initial letters
};

NamePart PartOf(std::string_view word) {
  NamePart part{AsciiLower(word)};
  for (NameReading& reading : CyrillicNameReadings(word)) {
    if (std::find(part.begin(), part.end(), reading.lemma) == part.end()) {
      part.push_back(std::move(reading.lemma));
    }
  }
  return part;
}

bool SamePart(const NamePart& a, const NamePart& b) {
  for (const std::string& form : a) {
    if (std::find(b.begin(), b.end(), form) != b.end()) return true;
  }
  return false;
}

NameParts SplitName(std::span<const std::string_view> words) {
  NameParts name;
  for (std::string_view w : words) {
    if (internal::IsInitials(w)) {
      for (char c : w) {
        if (c != '.') name.initials += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      }
    } else if (!w.empty() && (static_cast<unsigned char>(w[0]) >= 0x80 ||
                              std::isalpha(static_cast<unsigned char>(w[0])))) {
      name.parts.push_back(PartOf(w));
    }
  }
  return name;
}

// The size SplitName(words) gives a name: two for a full part, one for an
// initial, without reading the parts' forms.
size_t NameSize(std::span<const std::string_view> words) {
  size_t size = 0;
  for (std::string_view w : words) {
    if (internal::IsInitials(w)) {
      size +=
          static_cast<size_t>(std::count_if(w.begin(), w.end(), [](char c) { return c != '.'; }));
    } else if (!w.empty() && (static_cast<unsigned char>(w[0]) >= 0x80 ||
                              std::isalpha(static_cast<unsigned char>(w[0])))) {
      size += 2;
    }
  }
  return size;
}

bool Contains(const std::vector<NamePart>& parts, const NamePart& part) {
  return std::any_of(parts.begin(), parts.end(),
                     [&](const NamePart& p) { return SamePart(p, part); });
}

// Whether `small` can be a shorter form of `big`: all its parts are in big,
// and each of its initials starts a part of big that small lacks or is one of
// big's initials.
bool ShorterForm(const NameParts& small, const NameParts& big) {
  if (small.parts.empty()) return false;
  for (const NamePart& p : small.parts) {
    if (!Contains(big.parts, p)) return false;
  }
  for (char initial : small.initials) {
    bool found = big.initials.find(initial) != std::string::npos;
    for (const NamePart& p : big.parts) {
      found |= !Contains(small.parts, p) && !p[0].empty() && p[0][0] == initial;
    }
    if (!found) return false;
  }
  return true;
}

// Initials bind to the name they stand beside: a person mention grows over
// adjacent initials ("I.P. Yegarmin", "Igilmanov I.A."), and initials beside
// a capitalized word that is not a person make it one.
void AttachInitials(const std::vector<std::string_view>& words, std::vector<TypedSpan>* spans) {
  const int n = static_cast<int>(words.size());
  std::vector<int> owner(n, -1);
  for (int k = 0; k < static_cast<int>(spans->size()); ++k) {
    for (int t = (*spans)[k].begin; t < (*spans)[k].end; ++t) owner[t] = k;
  }
  for (int t = 0; t < n; ++t) {
    if (!internal::IsInitials(words[t]) || owner[t] >= 0) continue;
    int target = -1;
    if (t + 1 < n && IsCapitalizedWord(words[t + 1])) {
      target = t + 1;
    } else if (t > 0 && IsCapitalizedWord(words[t - 1])) {
      target = t - 1;
    }
    if (target < 0) continue;
    int k = owner[target];
    if (k < 0) {
      spans->push_back({target, target + 1, EntityType::kPerson});
      k = static_cast<int>(spans->size()) - 1;
    } else if ((*spans)[k].end - (*spans)[k].begin > 1 && (*spans)[k].type != EntityType::kPerson) {
      continue;  // a longer organization or place name keeps its type
    }
    TypedSpan& span = (*spans)[k];
    span.type = EntityType::kPerson;
    span.begin = std::min(span.begin, t);
    span.end = std::max(span.end, t + 1);
    for (int u = span.begin; u < span.end; ++u) owner[u] = k;
  }
  std::sort(spans->begin(), spans->end(),
            [](const TypedSpan& a, const TypedSpan& b) { return a.begin < b.begin; });
}

// Kazakh writes a country's case on its name ("Австрияға", to Austria),
// which the gazetteer's keys do not strip: a one-word person span that is
// a country or region of the gazetteer with a Kazakh case ending is the
// place. Countries and regions only: a city's name can be a surname.
void RetypeKazakhCasesOfCountries(const std::vector<std::string_view>& words,
                                  const NerGazetteer& gazetteer, std::vector<TypedSpan>* spans) {
  constexpr int kOneWordPhrase = 3;  // NerGazetteer::Match's position of a one-word phrase
  for (TypedSpan& span : *spans) {
    if (span.type != EntityType::kPerson || span.end - span.begin != 1) continue;
    for (std::string_view place : KazakhPlaceStems(words[span.begin])) {
      const int mark = gazetteer.Match({place})[0];
      const int kind = mark / 4;
      if (mark % 4 == kOneWordPhrase && (kind == static_cast<int>(GazetteerKind::kCountry) ||
                                         kind == static_cast<int>(GazetteerKind::kRegion))) {
        span.type = EntityType::kLocation;
        break;
      }
    }
  }
}

// "Дочь Назарбаева Дарига", "сын Токтомушева Данияр", "жена Даулетова
// Айгуль Даулетова": after a kinship word, a person whose first word reads
// as the genitive of a man's surname is two people, the anchor in the
// genitive and the relative: two words, or three when the third is the
// family's surname again. A patronymic keeps the name whole ("жена Иванова
// Анна Петровна" is the wife's full name, surname first).
void SplitKinshipGenitives(const std::vector<std::string_view>& words,
                           std::vector<TypedSpan>* spans) {
  auto no_patronymic = [&](std::string_view word) {
    for (const NameReading& r : CyrillicNameReadings(word)) {
      if (r.lemma.find("вич") != std::string::npos || r.lemma.find("вна") != std::string::npos) {
        return false;
      }
    }
    return true;
  };
  std::vector<TypedSpan> split;
  for (const TypedSpan& span : *spans) {
    bool genitive = false;
    const int size = span.end - span.begin;
    if (span.type == EntityType::kPerson && (size == 2 || size == 3) &&
        internal::AfterKinship(words, span.begin, internal::AllRetypeWords())) {
      const std::string_view first = words[span.begin];
      std::string_view surname;  // the man's surname the first word is a genitive of
      for (const NameReading& r : CyrillicNameReadings(first)) {
        if (r.gender == NameGender::kMasculine && r.lemma != first && first.ends_with("а") &&
            first.size() > r.lemma.size()) {
          genitive = true;
          surname = first.substr(0, r.lemma.size());
        }
      }
      genitive &= no_patronymic(words[span.begin + 1]);
      if (size == 3)
        genitive &= no_patronymic(words[span.end - 1]) && words[span.end - 1].starts_with(surname);
    }
    if (!genitive) {
      split.push_back(span);
      continue;
    }
    split.push_back({span.begin, span.begin + 1, span.type});
    split.push_back({span.begin + 1, span.end, span.type});
  }
  *spans = std::move(split);
}

// Russian and Kazakh write the names of companies, media and parties in
// guillemets and after a designator: «Дала Медиа», ТОО «Ертис Медиа»,
// компания «Кызыл Медиа Групп». A person span so enclosed, or right after a
// Cyrillic organization word, is an organization (people's names are not
// written so; an English text rarely uses guillemets).
void RetypeQuotedPersons(const std::vector<std::string_view>& words,
                         std::vector<TypedSpan>* spans) {
  const int n = static_cast<int>(words.size());
  auto is = [&](int t, std::string_view a, std::string_view b) {
    return t >= 0 && t < n && (words[t] == a || words[t] == b);
  };
  auto org_word = [&](int t) {
    if (t < 0 || t >= n) return false;
    const std::string key = internal::FoldedWord(words[t]);
    return (internal::CyrillicLexiconFlags(words[t], key) & internal::kOrgDesignator) != 0;
  };
  auto is_mark = [&](int t) { return is(t, "«", "„") || is(t, "»", "“"); };
  for (size_t k = 0; k < spans->size(); ++k) {
    TypedSpan& span = (*spans)[k];
    if (span.type != EntityType::kPerson) continue;
    // The guillemets around the span, a few words away at most.
    int open = span.begin - 1, close = span.end;
    while (open >= 0 && span.begin - open <= 4 && !is_mark(open)) --open;
    while (close < n && close - span.end < 4 && !is_mark(close)) ++close;
    const bool quoted = is(open, "«", "„") && is(close, "»", "“");
    const int before = (quoted ? open : span.begin) - 1;
    if (!quoted && !org_word(before)) continue;
    span.type = EntityType::kOrganization;
    if (!quoted) continue;
    // The whole quoted name, unless another span lies inside the marks.
    const bool alone = (k == 0 || (*spans)[k - 1].end <= open) &&
                       (k + 1 == spans->size() || (*spans)[k + 1].begin >= close);
    if (alone) span.begin = open + 1, span.end = close;
  }
}

// The space-separated words of `text`.
std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    const size_t end = std::min(text.find(' ', i), text.size());
    if (end > i) words.push_back(text.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

struct Group {
  Entity entity;
  NameParts name;  // of the fullest mention
  size_t name_size = 0;
  std::string key;  // other than persons: what the mentions of one entity share
};

// The key that joins the mentions of an entity other than a person: the
// text, in ASCII small letters, a Russian organization's in the nominative
// ("Генеральной прокуратуры" joins "Генеральная прокуратура").
std::string GroupKey(EntityType type, std::string_view text, std::string_view language) {
  if (type == EntityType::kOrganization && language == "ru") {
    if (std::string nominative = RussianOrganizationNominative(SplitWords(text));
        !nominative.empty()) {
      return AsciiLower(nominative);
    }
  }
  return AsciiLower(text);
}

}  // namespace

// `model_of` gives the model that tags the sentences of passage p.
std::vector<Entity> ExtractEntitiesWith(const NormalizedDocument& doc,
                                        const std::function<const NerModel*(int)>& model_of) {
  const std::string_view text = doc.text;
  // Per sentence: its words (possessive stripped) and their byte ranges.
  std::vector<std::vector<std::string_view>> sentences;
  std::vector<std::vector<Span>> sentence_spans;
  std::vector<const NerModel*> sentence_model;
  for (int p = 0; p < static_cast<int>(doc.passages.size()); ++p) {
    const Passage& passage = doc.passages[p];
    if (!PassageIsRead(doc, passage)) continue;
    const NerModel* passage_model = model_of(p);
    for (int s = passage.first_sentence; s < passage.first_sentence + passage.sentence_count; ++s) {
      if (s < 0 || s >= static_cast<int>(doc.sentences.size())) break;
      const Span range = doc.sentences[s];
      auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), range.start,
                                 [](const Token& t, uint32_t pos) { return t.span.start < pos; });
      std::vector<std::string_view> words;
      std::vector<Span> spans;
      for (; it != doc.tokens.end() && it->span.end <= range.end; ++it) {
        Span span = it->span;
        // The tokenizer splits "I.P." into letters and periods; CoNLL keeps
        // initials whole, so rejoin them: letter, ".", letter, "." ...
        while (IsCapitalLetter(text.substr(it->span.start, it->span.size())) &&
               it + 1 != doc.tokens.end() && (it + 1)->span.start == it->span.end &&
               (it + 1)->span.end <= range.end && text[(it + 1)->span.start] == '.' &&
               (it + 1)->span.size() == 1) {
          ++it;
          span.end = it->span.end;
          if (it + 1 == doc.tokens.end() || (it + 1)->span.start != span.end) break;
          if (!IsCapitalLetter(text.substr((it + 1)->span.start, (it + 1)->span.size()))) break;
          ++it;
          span.end = it->span.end;
        }
        const std::string_view word = StripPossessive(text.substr(span.start, span.size()));
        words.push_back(word);
        spans.push_back({span.start, span.start + static_cast<uint32_t>(word.size())});
      }
      if (!words.empty()) {
        sentences.push_back(std::move(words));
        sentence_spans.push_back(std::move(spans));
        sentence_model.push_back(passage_model);
      }
    }
  }
  // The sentences of each model are one document for its tagger (the
  // document-level hints stay within a language).
  std::vector<std::vector<TypedSpan>> tagged(sentences.size());
  std::vector<const NerModel*> models = sentence_model;
  std::sort(models.begin(), models.end());
  models.erase(std::unique(models.begin(), models.end()), models.end());
  if (models.size() == 1) {
    // One language: the document's sentences as they are.
    NerTagger tagger(models.front());
    tagged = tagger.TagDocument(sentences);
  } else {
    for (const NerModel* model : models) {
      std::vector<std::vector<std::string_view>> words_of_sentences;
      std::vector<size_t> index;
      for (size_t k = 0; k < sentences.size(); ++k) {
        if (sentence_model[k] != model) continue;
        words_of_sentences.push_back(sentences[k]);
        index.push_back(k);
      }
      NerTagger tagger(model);
      std::vector<std::vector<TypedSpan>> spans = tagger.TagDocument(words_of_sentences);
      for (size_t k = 0; k < index.size(); ++k) tagged[index[k]] = std::move(spans[k]);
    }
  }
  CorrectSpansByDocument(sentences, &tagged);

  std::vector<Group> groups;
  for (size_t index = 0; index < sentences.size(); ++index) {
    const std::vector<std::string_view>& sentence = sentences[index];
    const std::vector<Span>& word_spans = sentence_spans[index];
    std::vector<TypedSpan>& spans = tagged[index];
    AttachInitials(sentence, &spans);
    RetypeQuotedPersons(sentence, &spans);
    if (doc.language == "kk") {
      RetypeKazakhCasesOfCountries(sentence, sentence_model[index]->gazetteer(), &spans);
    }
    if (doc.language == "ru") SplitKinshipGenitives(sentence, &spans);
    for (const TypedSpan& span : spans) {
      const std::span<const std::string_view> words(sentence.data() + span.begin,
                                                    static_cast<size_t>(span.end - span.begin));
      EntityMention mention;
      mention.span = {word_spans[span.begin].start, word_spans[span.end - 1].end};
      mention.text = std::string(text.substr(mention.span.start, mention.span.size()));
      // The name parts of a person or a one-word name are compared with
      // persons' below; of any other, only the size counts.
      const NameParts name =
          span.type == EntityType::kPerson || words.size() == 1 ? SplitName(words) : NameParts();
      const size_t size = NameSize(words);
      const bool kin_name =
          span.type == EntityType::kPerson && words.size() == 1 &&
          internal::AfterKinship(sentence, span.begin, internal::AllRetypeWords());
      const std::string_view possessor = kin_name ? KinPossessor(sentence, span.begin) : "";
      const std::optional<NamePart> possessor_part =
          possessor.empty() ? std::nullopt
                            : std::optional<NamePart>(SplitName({&possessor, 1}).parts.front());
      const std::string key = span.type == EntityType::kPerson
                                  ? std::string()
                                  : GroupKey(span.type, mention.text, doc.language);
      Group* target = nullptr;
      for (auto g = groups.rbegin(); g != groups.rend() && target == nullptr; ++g) {
        if (g->entity.type == EntityType::kPerson) {
          const bool person_match = span.type == EntityType::kPerson &&
                                    (ShorterForm(name, g->name) || ShorterForm(g->name, name));
          const bool one_word_match =
              words.size() == 1 && name.parts.size() == 1 && Contains(g->name.parts, name.parts[0]);
          // "Seitov's father, Marat" names a relative of Seitov, not the
          // Marat Zhakenov of the paragraph before: a given name after a
          // named person's kinship word joins no fuller name without that
          // person's name ("his son Michael" may be "Michael I").
          const bool other_family = possessor_part &&
                                    (g->name.parts.size() > 1 || !g->name.initials.empty()) &&
                                    !Contains(g->name.parts, *possessor_part);
          if ((person_match || one_word_match) && !other_family) target = &*g;
        } else if (g->entity.type == span.type && g->key == key) {
          target = &*g;
        }
      }
      if (target == nullptr) {
        groups.emplace_back();
        target = &groups.back();
        target->entity.id = "e" + std::to_string(groups.size());
        target->entity.type = span.type;
        target->key = key;
      }
      if (size > target->name_size || target->entity.mentions.empty()) {
        target->name = name;
        target->name_size = size;
        target->entity.name = mention.text;
      } else if (target->entity.type == EntityType::kPerson && span.type == EntityType::kPerson) {
        // Keep parts learned from shorter forms (an initial's full word stays unknown).
        for (const NamePart& p : name.parts) {
          if (!Contains(target->name.parts, p)) target->name.parts.push_back(p);
        }
      }
      target->entity.mentions.push_back(std::move(mention));
    }
  }
  std::vector<Entity> entities;
  for (Group& g : groups) {
    auto add_alias = [&](const std::string& alias) {
      if (alias != g.entity.name && std::find(g.entity.aliases.begin(), g.entity.aliases.end(),
                                              alias) == g.entity.aliases.end()) {
        g.entity.aliases.push_back(alias);
      }
    };
    // Names the entity `form`, the name written so far kept as an alias.
    auto rename = [&](std::string form) {
      std::erase(g.entity.aliases, form);
      std::string written = std::exchange(g.entity.name, std::move(form));
      add_alias(written);
    };
    for (const EntityMention& m : g.entity.mentions) add_alias(m.text);
    // A person's Russian or Kazakh name also in the nominative ("Юрия
    // Лужкова" gives "Юрий Лужков"), so that linking across documents and
    // scripts meets the form other sources write; a person written only in
    // oblique cases is named by the nominative when it is certain
    // (name_forms_ru.h), the mentions' text untouched.
    if (g.entity.type == EntityType::kPerson) {
      std::vector<std::vector<std::string_view>> mention_words;
      for (const EntityMention& m : g.entity.mentions) {
        mention_words.push_back(SplitWords(m.text));
        for (const std::string& form : CyrillicNameLemmaForms(mention_words.back()))
          add_alias(form);
      }
      if (std::string nominative = CyrillicNominativeName(SplitWords(g.entity.name), mention_words);
          !nominative.empty()) {
        rename(std::move(nominative));
      }
    }
    // A Russian organization written in another case is named by its
    // nominative ("Генеральной прокуратуры": "Генеральная прокуратура";
    // organization_forms_ru.h).
    if (g.entity.type == EntityType::kOrganization && doc.language == "ru") {
      if (std::string nominative = RussianOrganizationNominative(SplitWords(g.entity.name));
          !nominative.empty()) {
        rename(std::move(nominative));
      }
    }
    // A place's too ("Женеве" gives "Женева"; place_forms.h), which also
    // names the place when the name chosen is a form in another case: the
    // place is "Литва", written "Литваға".
    if (g.entity.type == EntityType::kLocation) {
      std::set<std::string_view> asked;  // each spelling once: a dictionary lookup takes a lock
      std::string name_form;
      for (const EntityMention& m : g.entity.mentions) {
        if (!asked.insert(m.text).second) continue;
        if (std::string form = PlaceDictionaryForm(m.text, doc.language); !form.empty()) {
          if (m.text == g.entity.name) name_form = form;
          add_alias(form);
        }
      }
      if (!name_form.empty()) rename(std::move(name_form));
    }
    entities.push_back(std::move(g.entity));
  }
  return entities;
}

std::vector<Entity> ExtractEntities(const NormalizedDocument& doc, const NerModel& model) {
  return ExtractEntitiesWith(doc, [&](int) { return &model; });
}

std::vector<Entity> ExtractEntities(const NormalizedDocument& doc, const NerModels& models) {
  const NerModel* document_model = models.For(doc.language);
  if (document_model == nullptr) return {};
  return ExtractEntitiesWith(doc, [&](int p) {
    // A passage in another language Dossier reads (an English quotation in
    // a Russian article) is tagged with that language's model; a passage too
    // short to tell keeps the document's.
    const std::string_view language = PassageLanguage(doc, doc.passages[p]);
    if (language == doc.language) return document_model;
    const NerModel* model = models.For(language);
    return model != nullptr ? model : document_model;
  });
}

}  // namespace dossier

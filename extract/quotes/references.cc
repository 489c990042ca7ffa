#include "extract/quotes/references.h"

#include <algorithm>
#include <map>
#include <string>

#include "extract/ner/kazakh_cases.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_names.h"
#include "extract/quotes/internal/quote_text.h"

namespace dossier {
namespace {

using internal::EqualsAsciiCaseless;
using internal::Gender;

constexpr uint32_t kPronounWindow = 2500;   // bytes back a pronoun looks for its antecedent
constexpr uint32_t kSalienceWindow = 4000;  // bytes back a bare description looks
constexpr uint32_t kDocumentWindow = 6000;  // bytes back "the statement" looks for its author
constexpr int kGenderUnknown = 0, kMale = 1, kFemale = 2;

int GenderCode(Gender gender) {
  switch (gender) {
    case Gender::kMale:
      return kMale;
    case Gender::kFemale:
      return kFemale;
    default:
      return kGenderUnknown;
  }
}

bool IsPerson(const Entity& e) { return e.type == EntityType::kPerson; }
bool IsOrganization(const Entity& e) { return e.type == EntityType::kOrganization; }

}  // namespace

ReferenceResolver::ReferenceResolver(const internal::QuoteContext& context,
                                     const std::vector<Entity>& entities)
    : context_(context),
      entities_(entities),
      gender_(entities.size(), kGenderUnknown),
      roles_(entities.size()) {
  for (size_t e = 0; e < entities.size(); ++e) TakeIn(e);
  std::stable_sort(anchors_.begin(), anchors_.end(),
                   [](const Anchor& a, const Anchor& b) { return a.at < b.at; });
}

bool ReferenceResolver::PronounFits(Span pronoun, int entity) const {
  const internal::PronounKind kind = context_.lexicon().ThirdPersonPronoun(context_.Text(pronoun));
  if (entity < 0 || kind == internal::PronounKind::kNone) return false;
  if (kind == internal::PronounKind::kPlural) return !IsPerson(entities_[entity]);
  if (!IsPerson(entities_[entity])) return false;
  if (kind == internal::PronounKind::kEither) return true;
  const int wanted = kind == internal::PronounKind::kMale ? kMale : kFemale;
  return gender_[entity] == kGenderUnknown || gender_[entity] == wanted;
}

bool ReferenceResolver::GenderFits(int entity, Gender gender) const {
  if (entity < 0 || gender == Gender::kUnknown || !IsPerson(entities_[entity])) return true;
  return gender_[entity] == kGenderUnknown || gender_[entity] == GenderCode(gender);
}

void ReferenceResolver::AddEntity() {
  gender_.push_back(kGenderUnknown);
  roles_.emplace_back();
  TakeIn(entities_.size() - 1);
  std::stable_sort(anchors_.begin(), anchors_.end(),
                   [](const Anchor& a, const Anchor& b) { return a.at < b.at; });
}

void ReferenceResolver::TakeIn(size_t e) {
  const internal::QuoteContext& context = context_;
  const internal::QuoteLexicon& lexicon = context.lexicon();
  const std::string_view text = context.doc().text;
  {
    const Entity& entity = entities_[e];
    if (IsPerson(entity)) {
      gender_[e] = GenderCode(lexicon.NameGender(internal::Words(entity.name)));
      for (size_t a = 0; a < entity.aliases.size() && gender_[e] == kGenderUnknown; ++a) {
        gender_[e] = GenderCode(lexicon.NameGender(internal::Words(entity.aliases[a])));
      }
    }
    for (const EntityMention& m : entity.mentions) {
      if (context.InQuote(m.span.start) || context.InSkipped(m.span.start)) continue;
      anchors_.push_back({m.span.start, static_cast<int>(e)});
      if (!IsPerson(entity)) continue;
      // Words before the mention in its sentence ("former mayor of Almaty,",
      // "Political analyst", "Mr.") and the apposition after it.
      const int sentence = context.SentenceAt(m.span.start);
      const uint32_t sentence_start =
          sentence >= 0 ? context.doc().sentences[sentence].start : m.span.start;
      const uint32_t from = std::max(sentence_start, m.span.start > 80 ? m.span.start - 80 : 0);
      std::vector<std::string_view> before =
          internal::Words(text.substr(from, m.span.start - from));
      for (size_t i = before.size() > 6 ? before.size() - 6 : 0; i < before.size(); ++i) {
        roles_[e].push_back(internal::LowerWord(before[i]));
        // The noun right before the name: "Mrs. Clinton", "his wife Melania".
        if (gender_[e] == kGenderUnknown && i + 1 == before.size()) {
          gender_[e] = GenderCode(lexicon.PersonNounGender(before[i]));
        }
      }
      size_t after = m.span.end;
      if (after + 1 < text.size() && (text[after] == ',' || text[after] == '(' ||
                                      (text[after] == ' ' && text[after + 1] == '('))) {
        size_t stop = text.find_first_of(",.;)\n", after + 2);
        if (stop == std::string_view::npos) stop = text.size();
        stop = std::min(stop, after + 120);
        // The head of the apposition: the first lower-case word after the
        // determiners and names ("Nancy Hale, Trump's former wife,").
        bool head_seen = false;
        for (std::string_view w : internal::Words(text.substr(after, stop - after))) {
          roles_[e].push_back(internal::LowerWord(w));
          if (head_seen || internal::StartsUpper(w) || lexicon.IsDeterminer(w)) continue;
          head_seen = true;
          if (gender_[e] == kGenderUnknown) gender_[e] = GenderCode(lexicon.PersonNounGender(w));
        }
      }
    }
  }
}

void ReferenceResolver::Note(Span span, int entity) {
  if (entity < 0) return;
  // A person of unknown gender that "he" or "she" referred to has it now.
  const internal::PronounKind kind = context_.lexicon().ThirdPersonPronoun(context_.Text(span));
  if (gender_[entity] == kGenderUnknown && IsPerson(entities_[entity])) {
    if (kind == internal::PronounKind::kMale) gender_[entity] = kMale;
    if (kind == internal::PronounKind::kFemale) gender_[entity] = kFemale;
  }
  Anchor anchor{span.start, entity};
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), anchor,
                             [](const Anchor& a, const Anchor& b) { return a.at < b.at; });
  anchors_.insert(it, anchor);
}

int ReferenceResolver::ResolvePronoun(Span pronoun, int previous_speaker) const {
  const internal::PronounKind kind = context_.lexicon().ThirdPersonPronoun(context_.Text(pronoun));
  if (kind == internal::PronounKind::kNone) return -1;
  const uint32_t at = pronoun.start;
  auto it = std::lower_bound(anchors_.begin(), anchors_.end(), at,
                             [](const Anchor& a, uint32_t o) { return a.at < o; });
  if (kind == internal::PronounKind::kPlural) {
    // "they" for an organization mentioned in this sentence or the one before.
    int sentence = context_.SentenceAt(at);
    if (sentence < 0) return -1;
    uint32_t floor = context_.doc().sentences[std::max(0, sentence - 1)].start;
    while (it != anchors_.begin()) {
      --it;
      if (it->at < floor) break;
      if (IsPerson(entities_[it->entity])) return -1;  // a person nearer: unsure
      if (IsOrganization(entities_[it->entity])) return it->entity;
    }
    return -1;
  }
  // kEither ("ол") fits a person of either gender.
  const int wanted = kind == internal::PronounKind::kMale     ? kMale
                     : kind == internal::PronounKind::kFemale ? kFemale
                                                              : kGenderUnknown;
  const int sentence = context_.SentenceAt(at);
  const uint32_t recent_floor = sentence > 1 ? context_.doc().sentences[sentence - 2].start : 0;
  std::map<int, double> score;
  bool first = true;
  while (it != anchors_.begin()) {
    --it;
    if (at - it->at > kPronounWindow) break;
    const int e = it->entity;
    if (!IsPerson(entities_[e])) continue;
    const int g = gender_[e];
    if (g != kGenderUnknown && wanted != kGenderUnknown && g != wanted) continue;
    if (!score.count(e))
      score[e] = (wanted != kGenderUnknown && g == wanted ? 1.0 : 0.0) +
                 (e == previous_speaker ? 3.0 : 0.0);
    if (first) score[e] += 2.0;
    first = false;
    score[e] += 0.5;
    // The subject of a recent sentence.
    const int s = context_.SentenceAt(it->at);
    if (it->at >= recent_floor && s >= 0 && context_.doc().sentences[s].start == it->at) {
      score[e] += 1.5;
    }
  }
  int best = -1;
  double best_score = -1, second = -1;
  for (auto [e, value] : score) {
    if (value > best_score) {
      second = best_score;
      best = e;
      best_score = value;
    } else if (value > second) {
      second = value;
    }
  }
  return best_score > second ? best : -1;
}

bool ReferenceResolver::PossessorOfAnother(Span mention) const {
  const std::string_view text = context_.doc().text;
  // Kazakh: a name in the genitive before a noun with the possessive ending
  // ("Дәулетовтың әйелі Айгүл", "Тулегеновтың адвокаты").
  const std::string_view name = text.substr(mention.start, mention.size());
  for (const KazakhCaseEnding& ending : KazakhCaseEndings()) {
    if (ending.of != KazakhCase::kGenitive || !name.ends_with(ending.text)) continue;
    const int t = context_.FirstTokenAtOrAfter(mention.end);
    if (t >= context_.token_count() || context_.token(t).kind != TokenKind::kWord) return false;
    // A lower-case noun ("әйелі", "адвокаты"), not another name.
    const std::string_view noun = context_.TokenText(t);
    return internal::LowerWord(noun) == noun && (noun.ends_with("ы") || noun.ends_with("і"));
  }
  uint32_t after = mention.end;
  for (std::string_view mark : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (text.substr(after, mark.size()) == mark) after += static_cast<uint32_t>(mark.size());
  }
  if (after == mention.end) return false;
  const int t = context_.FirstTokenAtOrAfter(after);
  if (t >= context_.token_count() || context_.token(t).kind != TokenKind::kWord) return false;
  const std::string noun = internal::LowerWord(context_.TokenText(t));
  return context_.lexicon().IsPersonNoun(noun) && !context_.lexicon().IsSpokesNoun(noun);
}

int ReferenceResolver::ResolveName(Span phrase) const {
  // Capitalized words the tagger missed, matched to a person's name parts.
  std::vector<std::string_view> words = internal::Words(context_.Text(phrase));
  for (size_t w = words.size(); w-- > 0;) {
    if (!internal::StartsUpper(words[w]) || context_.lexicon().IsDeterminer(words[w])) continue;
    if (words[w].size() < 3) continue;
    const int best = internal::BestPersonForName(entities_, words[w], -1, context_.lexicon());
    if (best >= 0) return best;
  }
  return -1;
}

int ReferenceResolver::ResolveDescription(const std::vector<Span>& words, uint32_t at,
                                          int previous_speaker) const {
  std::vector<std::string> content;
  std::string head;
  for (Span w : words) {
    std::string lower = internal::LowerWord(context_.Text(w));
    if (context_.lexicon().IsDeterminer(lower) || lower == "of" || lower == "from" ||
        lower == "for") {
      continue;
    }
    content.push_back(lower);
    if (head.empty() && context_.lexicon().IsPersonNoun(lower)) head = lower;
  }
  if (head.empty()) return -1;
  // A role the text gave someone: "the former mayor of Almaty, Viktor Khrapunov".
  int best = -1, best_score = 0;
  uint32_t best_at = 0;
  for (size_t e = 0; e < entities_.size(); ++e) {
    const std::vector<std::string>& roles = roles_[e];
    if (std::find(roles.begin(), roles.end(), head) == roles.end()) continue;
    int score = 0;
    for (const std::string& word : content) {
      score += std::find(roles.begin(), roles.end(), word) != roles.end();
    }
    uint32_t last = 0;
    for (const Anchor& a : anchors_) {
      if (a.entity == static_cast<int>(e) && a.at < at) last = a.at;
    }
    if (score > best_score || (score == best_score && last > best_at)) {
      best = static_cast<int>(e);
      best_score = score;
      best_at = last;
    }
  }
  if (best >= 0) return best;
  // No role in the text: the person who just spoke, or the most mentioned
  // person nearby.
  if (previous_speaker >= 0 && IsPerson(entities_[previous_speaker])) return previous_speaker;
  std::map<int, int> counts;
  for (const Anchor& a : anchors_) {
    if (a.at < at && at - a.at <= kSalienceWindow && IsPerson(entities_[a.entity])) {
      ++counts[a.entity];
    }
  }
  int top = -1, top_count = 0, second_count = 0;
  for (auto [entity, count] : counts) {
    if (count > top_count) {
      second_count = top_count;
      top = entity;
      top_count = count;
    } else if (count > second_count) {
      second_count = count;
    }
  }
  return top_count > second_count ? top : -1;
}

int ReferenceResolver::ResolveGroup(const std::vector<Span>& words, uint32_t at) const {
  for (size_t w = words.size(); w-- > 0;) {
    std::string_view word = context_.Text(words[w]);
    if (context_.lexicon().IsDeterminer(word) || word.size() < 4) continue;
    int best = -1;
    uint32_t best_at = 0;
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (IsPerson(entities_[e])) continue;
      bool named = false;
      for (std::string_view part : internal::Words(entities_[e].name)) {
        named |= EqualsAsciiCaseless(part, word);
      }
      if (!named) continue;
      uint32_t last = 0;
      for (const Anchor& a : anchors_) {
        if (a.entity == static_cast<int>(e) && a.at < at) last = a.at;
      }
      if (best < 0 || last > best_at) {
        best = static_cast<int>(e);
        best_at = last;
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

int ReferenceResolver::ResolveRelative(Span relative) const {
  // "Sen. Marco Rubio of Florida, who mused …": the nearest person or
  // organization before the comma that opens the relative clause, in the
  // same sentence and close to it.
  constexpr uint32_t kMostAntecedentBytes = 60;
  const std::string_view text = context_.doc().text;
  uint32_t before = relative.start;
  before = static_cast<uint32_t>(internal::SkipSpacesBack(text, before, 0));
  if (before == 0) return -1;
  // Without a comma, only a name right before it ("Rikkie Wells who
  // tweeted"), not a noun after a name ("a Lincoln impersonator who").
  const bool comma = text[before - 1] == ',';
  const int sentence = context_.SentenceAt(relative.start);
  const uint32_t floor = sentence >= 0 ? context_.doc().sentences[sentence].start : 0;
  auto it = std::lower_bound(anchors_.begin(), anchors_.end(), relative.start,
                             [](const Anchor& a, uint32_t o) { return a.at < o; });
  while (it != anchors_.begin()) {
    --it;
    if (it->at < floor || relative.start - it->at > kMostAntecedentBytes) break;
    const Entity& e = entities_[it->entity];
    if (!IsPerson(e) && !IsOrganization(e)) continue;
    if (comma) return it->entity;
    for (const EntityMention& m : e.mentions) {
      if (m.span.start == it->at && m.span.end == before) return it->entity;
    }
    return -1;
  }
  return -1;
}

int ReferenceResolver::ResolveDocument(std::string_view noun, uint32_t at) const {
  const std::string_view text = context_.doc().text;
  const uint32_t floor = at > kDocumentWindow ? at - kDocumentWindow : 0;
  // Mentions (outside quotations) in [from, to), in order.
  auto mentions_in = [&](uint32_t from, uint32_t to) {
    std::vector<Anchor> found;
    for (const Anchor& a : anchors_) {
      if (a.at >= from && a.at < to) found.push_back(a);
    }
    return found;
  };
  const int own_sentence = context_.SentenceAt(at);
  const std::string lower_noun = internal::LowerWord(noun);
  // The noun in any case ("Statement of Dala Media Group" as a heading),
  // word by word back from `at`.
  for (int t = context_.FirstTokenAtOrAfter(at) - 1; t >= 0; --t) {
    const Span word = context_.token(t).span;
    if (word.start < floor) break;
    if (context_.token(t).kind != TokenKind::kWord || word.size() != noun.size() ||
        internal::LowerWord(context_.Text(word)) != lower_noun) {
      continue;
    }
    const uint32_t h = word.start;
    if (context_.InQuote(h) || context_.InSkipped(h)) continue;
    const int sentence = context_.SentenceAt(h);
    if (sentence < 0 || sentence == own_sentence) continue;
    const Span s = context_.doc().sentences[sentence];
    // "signed by Lira Baiseitova"
    size_t signed_by = text.substr(s.start, s.size()).find("signed by");
    if (signed_by != std::string_view::npos) {
      for (const Anchor& a : mentions_in(s.start + static_cast<uint32_t>(signed_by), s.end)) {
        if (IsPerson(entities_[a.entity])) return a.entity;
      }
    }
    std::vector<Anchor> in_sentence = mentions_in(s.start, s.end);
    // "Medetbekov's statement": the mention just before the noun.
    for (const Anchor& a : in_sentence) {
      for (const EntityMention& m : entities_[a.entity].mentions) {
        if (m.span.start == a.at && h >= m.span.end && h - m.span.end <= 4) return a.entity;
      }
    }
    if (!in_sentence.empty()) return in_sentence.front().entity;
    // "The statement on this occasion…": who the sentence before was about.
    if (sentence > 0) {
      const Span previous = context_.doc().sentences[sentence - 1];
      for (const Anchor& a : mentions_in(previous.start, previous.end)) {
        if (!IsPerson(entities_[a.entity]) && entities_[a.entity].type != EntityType::kLocation) {
          return a.entity;
        }
      }
    }
    return -1;
  }
  return -1;
}

int ReferenceResolver::Resolve(Span phrase, int previous_speaker, PhraseKind* kind, Span* head,
                               bool subject_last) const {
  PhraseKind unused_kind;
  Span unused_head;
  if (kind == nullptr) kind = &unused_kind;
  if (head == nullptr) head = &unused_head;
  *kind = PhraseKind::kNone;
  *head = {};
  std::vector<Span> words;
  for (int t = context_.FirstTokenAtOrAfter(phrase.start);
       t < context_.token_count() && context_.token(t).span.end <= phrase.end; ++t) {
    if (context_.token(t).kind == TokenKind::kWord) words.push_back(context_.token(t).span);
  }
  // "But he", "though she", "Recently she", "As X wrote": the words before
  // the subject.
  while (words.size() > 1 &&
         (context_.lexicon().IsClauseOpener(context_.Text(words[0])) ||
          context_.lexicon().IsCueFiller(internal::LowerWord(context_.Text(words[0]))))) {
    words.erase(words.begin());
  }
  if (words.empty()) return -1;
  // "Conceding that … he", "Asked which …, he demurred": a subject pronoun
  // closing the phrase, or with one lower-case word (its verb) after it, is
  // the subject when no person is named in the phrase.
  if (words.size() > 1) {
    const size_t last = words.size() - 1;
    size_t pronoun = words.size();
    if (context_.lexicon().IsSubjectPronoun(context_.Text(words[last]))) {
      pronoun = last;
    } else if (context_.lexicon().IsSubjectPronoun(context_.Text(words[last - 1])) &&
               !internal::StartsUpper(context_.Text(words[last]))) {
      pronoun = last - 1;
    }
    bool named = false;
    for (const Entity& e : entities_) {
      for (const EntityMention& m : e.mentions) {
        named |= IsPerson(e) && m.span.start >= phrase.start && m.span.end <= phrase.end;
      }
    }
    if (pronoun < words.size() && !named) words = {words[pronoun]};
  }
  phrase.start = words[0].start;
  // "X, who said", "from Rikkie Wells who tweeted": the relative pronoun
  // right before the verb.
  if (context_.lexicon().IsRelativePronoun(context_.Text(words.back()))) {
    const int antecedent = ResolveRelative(words.back());
    if (antecedent >= 0 || words.size() == 1) {
      *kind = PhraseKind::kRelative;
      *head = words.back();
      return antecedent;
    }
  }
  // Tagged mentions inside the phrase.
  struct Found {
    Span span;
    int entity;
  };
  std::vector<Found> found;
  for (size_t e = 0; e < entities_.size(); ++e) {
    for (const EntityMention& m : entities_[e].mentions) {
      if (m.span.start >= phrase.start && m.span.end <= phrase.end) {
        found.push_back({m.span, static_cast<int>(e)});
      }
    }
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.span.start < b.span.start; });
  const std::string first = internal::LowerWord(context_.Text(words[0]));
  const size_t noun_index = context_.lexicon().IsDeterminer(first) && words.size() > 1 ? 1 : 0;
  const std::string noun = internal::LowerWord(context_.Text(words[noun_index]));
  // "a spokesman for the Clinton campaign": the principal speaks.
  if (context_.lexicon().IsSpokesNoun(noun) && !found.empty()) {
    *kind = PhraseKind::kName;
    *head = found.front().span;
    return found.front().entity;
  }
  const bool starts_with_description =
      context_.lexicon().IsDeterminer(first) &&
      (context_.lexicon().IsPersonNoun(noun) || context_.lexicon().IsGroupNoun(noun) ||
       context_.lexicon().IsDocumentNoun(noun));
  if (!starts_with_description) {
    if (subject_last) {
      // Drop the persons before the last one that follows no stop word.
      for (size_t f = found.size(); f-- > 1;) {
        const int before = context_.FirstTokenAtOrAfter(found[f].span.start) - 1;
        const bool after_stop =
            before >= 0 && context_.token(before).kind == TokenKind::kWord &&
            context_.lexicon().StopsPhrase(internal::LowerWord(context_.TokenText(before)));
        if (IsPerson(entities_[found[f].entity]) && !after_stop) {
          found.erase(found.begin(), found.begin() + static_cast<long>(f));
          break;
        }
      }
    }
    for (const Found& f : found) {
      // A common word the tagger took for a name ("More recently, …").
      const bool common = context_.Text(f.span).find(' ') == std::string_view::npos &&
                          (context_.lexicon().NeverAName(context_.Text(f.span)) ||
                           internal::LoneCommonWord(context_, f.span));
      if (IsPerson(entities_[f.entity]) && !common && !PossessorOfAnother(f.span)) {
        *kind = PhraseKind::kName;
        *head = f.span;
        // "Igilmanov" tagged apart from "Ismail Igilmanov": the full name wins.
        return internal::BestPersonForName(entities_, context_.Text(f.span), f.entity,
                                           context_.lexicon());
      }
    }
    // An organization opening the phrase, after its article: "the New York
    // Times reported".
    if (!found.empty() &&
        (found.front().span.start == words[0].start ||
         found.front().span.start == words[noun_index].start) &&
        entities_[found.front().entity].type != EntityType::kLocation) {
      *kind = PhraseKind::kName;
      *head = found.front().span;
      return found.front().entity;
    }
  }
  if (context_.lexicon().ThirdPersonPronoun(first) != internal::PronounKind::kNone) {
    *kind = PhraseKind::kPronoun;
    *head = words[0];
    return ResolvePronoun(words[0], previous_speaker);
  }
  if (!starts_with_description) {
    int e = ResolveName(phrase);
    if (e >= 0) {
      *kind = PhraseKind::kName;
      *head = phrase;
      return e;
    }
  }
  // Descriptions: the words up to a preposition or comma.
  std::vector<Span> description;
  for (Span w : words) {
    std::string lower = internal::LowerWord(context_.Text(w));
    if (!description.empty() &&
        (lower == "who" || lower == "which" || lower == "in" || lower == "at" || lower == "on")) {
      break;
    }
    description.push_back(w);
  }
  const Span description_span{description.front().start, description.back().end};
  for (Span w : description) {
    if (context_.lexicon().IsDocumentNoun(context_.Text(w)) &&
        context_.lexicon().IsDeterminer(first)) {
      *kind = PhraseKind::kDocument;
      *head = description_span;
      return ResolveDocument(context_.Text(w), phrase.start);
    }
  }
  for (Span w : description) {
    std::string lower = internal::LowerWord(context_.Text(w));
    if (context_.lexicon().IsPersonNoun(lower)) {
      *kind = PhraseKind::kDescription;
      *head = description_span;
      return ResolveDescription(description, phrase.start, previous_speaker);
    }
    if (context_.lexicon().IsGroupNoun(lower)) {
      *kind = PhraseKind::kGroup;
      *head = description_span;
      return ResolveGroup(description, phrase.start);
    }
  }
  return -1;
}

}  // namespace dossier

// Entities the quotation extractor adds for speakers the tagger missed
// (quote_new_entities.h).
#include "extract/quotes/internal/quote_new_entities.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_names.h"
#include "extract/quotes/internal/quote_text.h"

namespace dossier::internal {
namespace {

// Adds to `person` (a new entity named in a cue, one mention) the other
// places the text writes its full name or its surname ("Melanne Verveer" ...
// "Verveer said"), where no entity of `entities` has a mention already.
void AddLaterMentions(const NormalizedDocument& doc, const internal::QuoteContext& context,
                      const std::vector<Entity>& entities, Entity* person) {
  const std::vector<std::string_view> parts = internal::Words(person->name);
  if (parts.empty()) return;
  const std::string_view surname = parts.back();
  if (surname.size() < 3) return;
  const Span first = person->mentions.front().span;
  auto taken = [&](Span span) {
    if (span.start < first.end && first.start < span.end) return true;
    for (const Entity& e : entities) {
      for (const EntityMention& m : e.mentions) {
        if (span.start < m.span.end && m.span.start < span.end) return true;
      }
    }
    return false;
  };
  for (int t = 0; t < context.token_count(); ++t) {
    if (context.token(t).kind != TokenKind::kWord) continue;
    // The surname as written, or in another case where names inflect
    // ("Тулегенова" of "Тулегенов").
    const std::string_view word = context.TokenText(t);
    if (word != surname && (!context.lexicon().SameNameWord(word, surname) ||
                            internal::QuoteLexicon::ExactNameWord(word, surname))) {
      continue;
    }
    // The surname alone, or the end of the full name written again.
    Span span = context.token(t).span;
    const int opening = t - static_cast<int>(parts.size()) + 1;
    if (parts.size() > 1 && opening >= 0 &&
        context.Text({context.token(opening).span.start, span.end}) == person->name) {
      span.start = context.token(opening).span.start;
    } else if (t > 0 && context.token(t - 1).kind == TokenKind::kWord &&
               internal::StartsUpper(context.TokenText(t - 1)) &&
               !context.lexicon().IsPersonTitle(context.TokenText(t - 1))) {
      continue;  // another name ending in the same word ("Bill Clinton" for "Clinton")
    }
    if (taken(span)) continue;
    person->mentions.push_back({span, doc.text.substr(span.start, span.size())});
  }
  std::sort(
      person->mentions.begin(), person->mentions.end(),
      [](const EntityMention& a, const EntityMention& b) { return a.span.start < b.span.start; });
}

// The id after the highest "eN" of `entities`, for an entity the quotes add.
std::string NextEntityId(const std::vector<Entity>& entities) {
  int last = 0;
  for (const Entity& e : entities) {
    if (e.id.size() > 1 && e.id[0] == 'e') last = std::max(last, std::atoi(e.id.c_str() + 1));
  }
  return "e" + std::to_string(last + 1);
}

// The id of an entity the quotes made for an unnamed source whose
// description ends in `head` ("the source" after "a source close to the
// campaign"), or -1. Those entities are OTHER and come after `first_new`.
int UnnamedSourceWithHead(const std::vector<Entity>& entities, size_t first_new,
                          std::string_view head) {
  for (size_t e = entities.size(); e-- > first_new;) {
    if (entities[e].type != EntityType::kOther) continue;
    const std::vector<std::string_view> words = internal::Words(entities[e].name);
    if (!words.empty() && internal::LowerWord(words.back()) == internal::LowerWord(head)) {
      return static_cast<int>(e);
    }
  }
  return -1;
}

}  // namespace

// The person a name phrase of a cue means when the resolver found nobody:
// an entity tagged inside the name as something other than a place ("Gov.
// Kasich" tagged OTHER), a person whose name the name fits, or else a new
// person appended to `entities`. -1 when the phrase is not a name. A
// known person whose gender contradicts `gender` (the cue verb's:
// "сказала") is not taken: "Назарбаева" after "сказала" is a new woman,
// not Nursultan Nazarbayev in the genitive.
int SpeakerByName(const NormalizedDocument& doc, const internal::QuoteContext& context, Span phrase,
                  std::vector<Entity>* entities, ReferenceResolver* resolver, Span* head,
                  internal::Gender gender) {
  const Span name = internal::PersonNameIn(context, phrase);
  if (name.size() == 0) return -1;
  for (size_t e = 0; e < entities->size(); ++e) {
    for (const EntityMention& m : (*entities)[e].mentions) {
      if (m.span.start < name.end && name.start < m.span.end) {
        if ((*entities)[e].type == EntityType::kLocation) return -1;
        *head = m.span;
        return static_cast<int>(e);
      }
    }
  }
  *head = name;
  const std::string text = doc.text.substr(name.start, name.size());
  const int known = internal::BestPersonForName(*entities, text, -1, context.lexicon());
  if (known >= 0 && resolver->GenderFits(known, gender)) return known;
  Entity person;
  person.id = NextEntityId(*entities);
  person.type = EntityType::kPerson;
  person.name = text;
  person.mentions.push_back({name, text});
  AddLaterMentions(doc, context, *entities, &person);
  entities->push_back(std::move(person));
  resolver->AddEntity();
  return static_cast<int>(entities->size()) - 1;
}

// The organization (or gathering) a definite description of a cue means
// when no entity matched it ("the ministry", "China's foreign ministry",
// "the crowd"): a new ORGANIZATION (OTHER for a crowd) entity appended to
// `entities`, whose mention is the description. -1 when `description` is
// not definite, has no institution or crowd noun, or is long.
int SpeakerByDescription(const NormalizedDocument& doc, const internal::QuoteContext& context,
                         Span description, std::vector<Entity>* entities,
                         ReferenceResolver* resolver) {
  constexpr size_t kMostDescriptionWords = 5;
  const std::vector<std::string_view> words = internal::Words(context.Text(description));
  if (words.empty()) return -1;
  const std::string_view first = words.front();
  const bool definite = internal::EqualsAsciiCaseless(first, "the") || first.ends_with("'s") ||
                        first.ends_with("\u2019s");
  // A bare plural names a crowd too: "Demonstrators said", not "Officials said".
  const bool bare_crowd = context.lexicon().IsCrowdNoun(first);
  if (!definite && !bare_crowd) return -1;
  // The head: the first institution or crowd noun ("the White House", "the
  // campaign of the senator"); the description ends there.
  bool crowd = bare_crowd, institution = false;
  size_t head = 0;
  for (size_t w = bare_crowd ? 0 : 1; w < words.size() && !crowd && !institution; ++w) {
    crowd = context.lexicon().IsCrowdNoun(words[w]);
    institution = context.lexicon().IsInstitutionNoun(words[w]);
    head = w;
  }
  if ((!crowd && !institution) || head >= kMostDescriptionWords) return -1;
  description.end =
      description.start + static_cast<uint32_t>(words[head].data() + words[head].size() -
                                                context.Text(description).data());
  Entity group;
  group.id = NextEntityId(*entities);
  group.type = crowd ? EntityType::kOther : EntityType::kOrganization;
  const std::string text = doc.text.substr(description.start, description.size());
  // The name without its article: "foreign ministry", "China's foreign ministry".
  group.name = definite && internal::EqualsAsciiCaseless(first, "the")
                   ? std::string(context.Text(description).substr(words[1].data() - first.data()))
                   : text;
  group.mentions.push_back({description, text});
  entities->push_back(std::move(group));
  resolver->AddEntity();
  return static_cast<int>(entities->size()) - 1;
}

// An unnamed source or a document speaking, when nothing in the text names
// who it is: "a source close to the campaign", "one user", "another
// supporter" (someone new: a new OTHER entity), "the source", "the ad's
// narrator", "the memo" (the unnamed source or document the text spoke of
// before with the same noun, else a new one). The entity's mention is the
// description cut after its head noun, which *said gets (a later "the
// source" is a reference to the earlier one). -1 for anything else: a
// definite description of a person ("the businessman") is never an unnamed
// source.
int UnnamedSource(const NormalizedDocument& doc, const internal::QuoteContext& context, Span phrase,
                  size_t first_new, std::vector<Entity>* entities, ReferenceResolver* resolver,
                  Span* said) {
  constexpr size_t kMostWords = 5;
  const internal::QuoteLexicon& lexicon = context.lexicon();
  const std::string_view text = context.Text(phrase);
  const std::vector<std::string_view> words = internal::Words(text);
  if (words.empty()) return -1;
  const std::string_view first = words.front();
  const bool indefinite = lexicon.IsIndefinite(first);
  const bool definite = !indefinite && (lexicon.IsDeterminer(first) || first.ends_with("'s") ||
                                        first.ends_with("\u2019s"));
  size_t head = words.size();
  // "Another said", "One wrote": the indefinite alone is the someone.
  if (words.size() == 1 && indefinite && first.size() > 2) head = 0;
  for (size_t w = indefinite || definite ? 1 : 0;
       head == words.size() && w < words.size() && w < kMostWords; ++w) {
    if (internal::StartsUpper(words[w]) && w + 1 < words.size()) continue;  // "one Democrat ..."
    if (lexicon.StopsPhrase(words[w])) break;
    const bool anonymous = lexicon.IsAnonymousNoun(words[w]) || lexicon.IsSpokesNoun(words[w]);
    const bool person = lexicon.IsPersonNoun(words[w]);
    const bool document = lexicon.IsDocumentNoun(words[w]);
    if ((indefinite && (anonymous || person)) || (definite && (anonymous || document)) ||
        (!indefinite && !definite && w == 0 && anonymous && !internal::StartsUpper(first))) {
      head = w;
      break;
    }
    if (person || document) return -1;
  }
  if (head == words.size()) return -1;
  const Span span{
      phrase.start,
      phrase.start + static_cast<uint32_t>(words[head].data() + words[head].size() - text.data())};
  *said = span;
  if (!indefinite) {
    const int known = UnnamedSourceWithHead(*entities, first_new, words[head]);
    if (known >= 0) return known;
  }
  Entity source;
  source.id = NextEntityId(*entities);
  source.type = EntityType::kOther;
  const std::string mention = doc.text.substr(span.start, span.size());
  // The name without a definite article: "memo", "ad's narrator", "a source".
  source.name = definite && internal::EqualsAsciiCaseless(first, "the") && head > 0
                    ? std::string(context.Text(span).substr(words[1].data() - first.data()))
                    : mention;
  source.mentions.push_back({span, mention});
  entities->push_back(std::move(source));
  resolver->AddEntity();
  return static_cast<int>(entities->size()) - 1;
}

// True when entity `e` is an unnamed person the quotes made ("a source",
// "the spokesman"), whom "it" never continues.
bool IsUnnamedPerson(const internal::QuoteContext& context, const std::vector<Entity>& entities,
                     size_t first_new, int e) {
  if (static_cast<size_t>(e) < first_new || entities[e].type != EntityType::kOther) return false;
  const std::vector<std::string_view> words = internal::Words(entities[e].name);
  return words.empty() || !context.lexicon().IsDocumentNoun(words.back());
}

// The narrator of a first-person text, the speaker of `"…," I said`: one
// OTHER entity "narrator" per document, made at its first cue; `narrator`
// keeps its index between calls (-1 before the first).
int Narrator(const NormalizedDocument& doc, Span pronoun, std::vector<Entity>* entities,
             ReferenceResolver* resolver, int* narrator) {
  if (*narrator >= 0) return *narrator;
  Entity person;
  person.id = NextEntityId(*entities);
  person.type = EntityType::kOther;
  person.name = "narrator";
  person.mentions.push_back({pronoun, doc.text.substr(pronoun.start, pronoun.size())});
  entities->push_back(std::move(person));
  resolver->AddEntity();
  *narrator = static_cast<int>(entities->size()) - 1;
  return *narrator;
}

// The thing "it" speaks for in a cue (`At the bottom it reads, "…"`, `It
// stated that …`): the last document described ("the email") or
// organization named in the sentence before "it" or in its own sentence up
// to it. A document becomes an unnamed source (UnnamedSource). -1 when
// neither is named, or a person is named after them.
int ItAntecedent(const NormalizedDocument& doc, const internal::QuoteContext& context, Span it,
                 size_t first_new, std::vector<Entity>* entities, ReferenceResolver* resolver) {
  const int sentence = context.SentenceAt(it.start);
  if (sentence < 0) return -1;
  const uint32_t from = doc.sentences[std::max(0, sentence - 1)].start;
  int found = -1;
  Span document;
  uint32_t found_at = 0;
  for (int t = context.FirstTokenAtOrAfter(from);
       t < context.token_count() && context.token(t).span.start < it.start; ++t) {
    const Span span = context.token(t).span;
    if (context.InQuote(span.start) || context.token(t).kind != TokenKind::kWord) continue;
    if (t > 0 && context.lexicon().IsDocumentNoun(context.TokenText(t)) &&
        context.token(t - 1).kind == TokenKind::kWord &&
        context.lexicon().IsDeterminer(context.TokenText(t - 1)) &&
        !context.lexicon().IsIndefinite(context.TokenText(t - 1))) {
      document = {context.token(t - 1).span.start, span.end};
      found = -1;
      found_at = span.start;
    }
  }
  for (size_t e = 0; e < entities->size(); ++e) {
    for (const EntityMention& m : (*entities)[e].mentions) {
      if (m.span.start < from || m.span.end > it.start || context.InQuote(m.span.start)) continue;
      if (m.span.start < found_at) continue;
      const EntityType type = (*entities)[e].type;
      if (type == EntityType::kLocation) continue;
      found = type == EntityType::kOrganization ? static_cast<int>(e) : -2;
      found_at = m.span.start;
      document = {};
    }
  }
  if (found >= 0) return found;
  if (found == -2 || document.size() == 0) return -1;
  Span unused;
  return UnnamedSource(doc, context, document, first_new, entities, resolver, &unused);
}

// The capitalized words right before the comma that opens a relative
// clause (`from Mike Lee, who declared`): the antecedent of `relative`
// when the tagger did not tag it; empty when there are none.
Span NameBeforeRelative(const internal::QuoteContext& context, Span relative) {
  int t = context.FirstTokenAtOrAfter(relative.start) - 1;
  if (t < 1 || context.TokenText(t) != ",") return {};
  int first = t;
  while (first > 0 && context.token(first - 1).kind == TokenKind::kWord &&
         internal::StartsUpper(context.TokenText(first - 1))) {
    --first;
  }
  if (first == t) return {};
  return {context.token(first).span.start, context.token(t - 1).span.end};
}

// The word "it" closing `phrase`, the subject right before the cue verb
// ("it added", "At the bottom it reads"); empty when the phrase ends
// otherwise.
Span ItAtEnd(const internal::QuoteContext& context, Span phrase) {
  const int last = context.FirstTokenAtOrAfter(phrase.end) - 1;
  if (last < 0 || context.token(last).span.end != phrase.end ||
      context.token(last).span.start < phrase.start ||
      !internal::EqualsAsciiCaseless(context.TokenText(last), "it")) {
    return {};
  }
  return context.token(last).span;
}

}  // namespace dossier::internal

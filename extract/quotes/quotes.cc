#include "extract/quotes/quotes.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "extract/quotes/internal/quote_context.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_names.h"
#include "extract/quotes/internal/quote_text.h"
#include "extract/quotes/quote_scanner.h"
#include "extract/quotes/references.h"
#include "extract/quotes/speakers.h"
#include "text/language.h"

namespace dossier {
namespace {

// A duplicate passage or one in a language we do not read (text/language.h).
bool InSkippedPassage(const NormalizedDocument& doc, uint32_t offset) {
  for (const Passage& p : doc.passages) {
    if (offset >= p.span.start && offset < p.span.end) return !PassageIsRead(doc, p);
  }
  return false;
}

Span Outer(const ScannedQuote& q) {
  uint32_t end = q.close_mark.size() > 0 ? q.close_mark.end : q.parts.back().end;
  return {q.open_mark.start, end};
}

// Only spaces and punctuation in text[from, to).
bool OnlyPunctuation(std::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to;) {
    uint32_t length = 1;
    if (internal::IsLetterOrDigit(internal::CodePointAt(text, i, &length))) return false;
    i += length;
  }
  return true;
}

// Joins the quotation continued after its cue ("…," he said. "…") into the
// one before: the cue of the first ends where the second opens.
void MergeContinuations(std::string_view text, const internal::QuoteContext& context,
                        std::vector<ScannedQuote>* quotes, std::vector<QuoteCue>* cues) {
  for (size_t i = 0; i + 1 < quotes->size();) {
    ScannedQuote& a = (*quotes)[i];
    ScannedQuote& b = (*quotes)[i + 1];
    const QuoteCue& cue = (*cues)[i];
    const uint32_t cue_end = std::max(cue.cue.end, cue.speaker.end);
    const bool joins =
        cue.position == CuePosition::kAfter && (*cues)[i + 1].position != CuePosition::kAfter &&
        (*cues)[i + 1].position != CuePosition::kInside &&
        context.PassageAt(a.open_mark.start) == context.PassageAt(b.open_mark.start) &&
        cue_end <= b.open_mark.start && OnlyPunctuation(text, cue_end, b.open_mark.start);
    if (!joins) {
      ++i;
      continue;
    }
    a.parts.insert(a.parts.end(), b.parts.begin(), b.parts.end());
    a.close_mark = b.close_mark;
    quotes->erase(quotes->begin() + i + 1);
    cues->erase(cues->begin() + i + 1);
  }
}

// Cuts `cut` (a cue inside the quotation) out of its parts.
std::vector<Span> CutParts(std::string_view text, const std::vector<Span>& parts, Span cut) {
  if (cut.size() == 0) return parts;
  std::vector<Span> out;
  for (Span part : parts) {
    if (cut.start >= part.end || cut.end <= part.start) {
      out.push_back(part);
      continue;
    }
    Span left{part.start, cut.start}, right{cut.end, part.end};
    while (left.end > left.start &&
           internal::IsSpace(static_cast<unsigned char>(text[left.end - 1])))
      --left.end;
    while (right.start < right.end &&
           internal::IsSpace(static_cast<unsigned char>(text[right.start])))
      ++right.start;
    if (left.size() > 0) out.push_back(left);
    if (right.size() > 0) out.push_back(right);
  }
  return out;
}

// True when the quotation opens its passage (only marks, dashes or spaces before).
bool OpensPassage(const internal::QuoteContext& context, const ScannedQuote& q) {
  const int passage = context.PassageAt(q.open_mark.start);
  if (passage < 0) return false;
  return OnlyPunctuation(context.doc().text, context.doc().passages[passage].span.start,
                         q.open_mark.start);
}

// Non-duplicate passages strictly between passages a and b.
int PassagesBetween(const NormalizedDocument& doc, int a, int b) {
  int count = 0;
  for (int p = a + 1; p < b; ++p) count += !doc.passages[p].duplicate_of.has_value();
  return count;
}

void AddReference(const NormalizedDocument& doc, Span span, Entity* entity) {
  for (const EntityMention& m : entity->references) {
    if (m.span == span) return;
  }
  for (const EntityMention& m : entity->mentions) {
    if (m.span.start <= span.start && span.end <= m.span.end) return;  // a mention already
  }
  entity->references.push_back({span, doc.text.substr(span.start, span.size())});
}

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

// The person an interview is with: a person entity named in the document's
// first heading ("Интервью: Арман Тулегенов о радио «Сарыарка»"); -1 when
// the document opens otherwise.
int Interviewee(const NormalizedDocument& doc, const std::vector<Entity>& entities) {
  for (const Passage& p : doc.passages) {
    if (p.kind != PassageKind::kHeading) return -1;
    for (size_t e = 0; e < entities.size(); ++e) {
      if (entities[e].type != EntityType::kPerson) continue;
      for (const EntityMention& m : entities[e].mentions) {
        if (m.span.start >= p.span.start && m.span.end <= p.span.end) return static_cast<int>(e);
      }
    }
  }
  return -1;
}

// True when the quotation ends in a question mark: an interviewer's question.
bool IsQuestion(std::string_view text, const ScannedQuote& q) {
  return internal::CodePointBefore(text, q.parts.back().end) == '?';
}

// Interview answers with no cue of their own: dash-dialogue lines that are
// no questions, in a document where some question has no cue (the
// interviewer's). Their speaker is the interviewee: the person of the first
// heading, else the one person the answers with cues name.
void AttributeAnswers(const NormalizedDocument& doc, const std::vector<ScannedQuote>& scanned,
                      const std::vector<QuoteCue>& cues, const std::vector<size_t>& source,
                      const std::vector<Entity>& entities, std::vector<Quote>* out) {
  // The answers: out[j] comes from scanned[source[j]].
  auto no_cue_dash = [&](size_t j) {
    return scanned[source[j]].dash && cues[source[j]].position == CuePosition::kNone;
  };
  bool interview = false;
  for (size_t j = 0; j < out->size(); ++j) {
    interview |= no_cue_dash(j) && IsQuestion(doc.text, scanned[source[j]]);
  }
  if (!interview) return;
  int interviewee = Interviewee(doc, entities);
  if (interviewee < 0) {
    for (size_t j = 0; j < out->size(); ++j) {
      if (!scanned[source[j]].dash || (*out)[j].speaker.empty()) continue;
      int e = -1;
      for (size_t k = 0; k < entities.size(); ++k) {
        if (entities[k].id == (*out)[j].speaker) e = static_cast<int>(k);
      }
      if (e < 0 || entities[e].type != EntityType::kPerson) continue;
      if (interviewee >= 0 && interviewee != e) return;  // two voices: unsure
      interviewee = e;
    }
  }
  if (interviewee < 0) return;
  for (size_t j = 0; j < out->size(); ++j) {
    if (no_cue_dash(j) && !IsQuestion(doc.text, scanned[source[j]])) {
      (*out)[j].speaker = entities[interviewee].id;
    }
  }
}

// The id after the highest "eN" of `entities`, for an entity the quotes add.
std::string NextEntityId(const std::vector<Entity>& entities) {
  int last = 0;
  for (const Entity& e : entities) {
    if (e.id.size() > 1 && e.id[0] == 'e') last = std::max(last, std::atoi(e.id.c_str() + 1));
  }
  return "e" + std::to_string(last + 1);
}

// The person a name phrase of a cue means when the resolver found nobody:
// an entity tagged inside the name as something other than a place ("Gov.
// Kasich" tagged OTHER), a person whose name the name fits, or else a new
// person appended to `entities`. -1 when the phrase is not a name. A
// known person whose gender contradicts `gender` (the cue verb's:
// "сказала") is not taken: "Назарбаева" after "сказала" is a new woman,
// not Nursultan Nazarbayev in the genitive.
int SpeakerByName(const NormalizedDocument& doc, const internal::QuoteContext& context, Span phrase,
                  std::vector<Entity>* entities, ReferenceResolver* resolver, Span* head,
                  internal::Gender gender = internal::Gender::kUnknown) {
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

// Who a pronoun of a cue means when the resolver could not tell ("he" with
// no person of known gender near): the subject of the sentence before (a
// name, "Cruz openly admitted …"), or the speaker of the quotation before,
// whose quotation ended at `previous_end`. When both fit and differ, the
// one met last in the text: the subject when its sentence comes after that
// quotation ("Martha Allen criticized the laws. "…" she said."), else the
// previous speaker.
int PronounFallback(const NormalizedDocument& doc, const internal::QuoteContext& context,
                    Span pronoun, int previous_speaker, uint32_t previous_end,
                    std::vector<Entity>* entities, ReferenceResolver* resolver) {
  int subject = -1;
  uint32_t subject_at = 0;
  for (int s = context.SentenceAt(pronoun.start) - 1, tries = 0; s >= 0 && tries < 3;
       --s, ++tries) {
    const Span sentence = doc.sentences[s];
    if (context.InQuote(sentence.start) || context.InSkipped(sentence.start)) continue;
    const Span phrase = SentenceSubjectAt(context, s);
    if (phrase.size() == 0) break;
    subject_at = phrase.start;
    PhraseKind kind = PhraseKind::kNone;
    subject = resolver->Resolve(phrase, previous_speaker, &kind);
    if (subject < 0 && kind != PhraseKind::kPronoun) {
      Span head;
      subject = SpeakerByName(doc, context, phrase, entities, resolver, &head);
    }
    break;
  }
  if (subject >= 0 && !resolver->PronounFits(pronoun, subject)) subject = -1;
  const int previous = previous_speaker >= 0 && resolver->PronounFits(pronoun, previous_speaker)
                           ? previous_speaker
                           : -1;
  if (subject >= 0 && previous >= 0 && subject != previous) {
    return subject_at > previous_end ? subject : previous;
  }
  return subject >= 0 ? subject : previous;
}

}  // namespace

std::vector<Quote> ExtractQuotes(const NormalizedDocument& doc, std::vector<Entity>* entities) {
  std::vector<Entity> none;
  if (entities == nullptr) entities = &none;
  std::vector<ScannedQuote> quotes;
  for (ScannedQuote& q : ScanQuotations(doc.text, doc.language)) {
    if (q.speech && !InSkippedPassage(doc, q.open_mark.start)) quotes.push_back(std::move(q));
  }
  std::vector<Span> quoted;
  for (const ScannedQuote& q : quotes) quoted.push_back(Outer(q));
  const internal::QuoteContext context(doc, quoted);
  std::vector<QuoteCue> cues;
  for (const ScannedQuote& q : quotes) cues.push_back(FindQuoteCue(context, q));
  MergeContinuations(doc.text, context, &quotes, &cues);

  ReferenceResolver resolver(context, *entities);
  const size_t first_new = entities->size();  // entities from here on are the quotes' own
  int narrator = -1;
  std::vector<Quote> out;
  std::vector<size_t> source;  // out[j] comes from quotes[source[j]]
  int previous_speaker = -1;
  int previous_passage = -1;
  uint32_t previous_end = 0;  // where the quotation of previous_speaker ends
  for (size_t i = 0; i < quotes.size(); ++i) {
    const ScannedQuote& scanned = quotes[i];
    const QuoteCue& cue = cues[i];
    Quote quote;
    quote.parts = CutParts(doc.text, scanned.parts, cue.cut);
    if (quote.parts.empty()) continue;
    quote.span = {quote.parts.front().start, quote.parts.back().end};
    quote.passage = context.PassageAt(quote.span.start);
    for (size_t p = 0; p < quote.parts.size(); ++p) {
      if (p > 0) {
        const bool same_passage =
            context.PassageAt(quote.parts[p].start) == context.PassageAt(quote.parts[p - 1].start);
        quote.text += same_passage ? " " : "\n";
      }
      quote.text += doc.text.substr(quote.parts[p].start, quote.parts[p].size());
    }
    if (cue.cue.size() > 0) {
      quote.cue = doc.text.substr(cue.cue.start, cue.cue.size());
      quote.cue_span = cue.cue;
    }
    int speaker = -1;
    if (cue.speaker.size() > 0) {
      PhraseKind kind = PhraseKind::kNone;
      Span head;
      const bool subject_last =
          context.lexicon().SubjectNearVerb() && cue.position == CuePosition::kBefore;
      speaker = resolver.Resolve(cue.speaker, previous_speaker, &kind, &head, subject_last);
      // The cue verb's gender ("сказала") rules out a person of the other.
      const std::vector<std::string_view> cue_words = internal::Words(context.Text(cue.cue));
      const internal::Gender cue_gender = cue_words.empty()
                                              ? internal::Gender::kUnknown
                                              : context.lexicon().CueVerbGender(cue_words.front());
      if (speaker >= 0 && kind == PhraseKind::kName && !resolver.GenderFits(speaker, cue_gender)) {
        speaker = -1;
      }
      if (speaker < 0 && kind == PhraseKind::kPronoun) {
        speaker = PronounFallback(doc, context, head, previous_speaker, previous_end, entities,
                                  &resolver);
      } else if (speaker < 0 && (kind == PhraseKind::kNone || kind == PhraseKind::kName)) {
        speaker = SpeakerByName(doc, context, cue.speaker, entities, &resolver, &head, cue_gender);
        if (speaker >= 0) kind = PhraseKind::kName;
      } else if (speaker < 0 && kind == PhraseKind::kGroup) {
        speaker = SpeakerByDescription(doc, context, head, entities, &resolver);
        if (speaker >= 0) kind = PhraseKind::kName;
      }
      if (speaker < 0 && kind == PhraseKind::kRelative) {
        // "from Mike Lee, who declared": the name before the clause.
        const Span name = NameBeforeRelative(context, head);
        Span unused;
        if (name.size() > 0) {
          speaker = SpeakerByName(doc, context, name, entities, &resolver, &unused, cue_gender);
        }
      }
      if (speaker < 0 && kind != PhraseKind::kPronoun && kind != PhraseKind::kRelative) {
        const std::vector<std::string_view> words = internal::Words(context.Text(cue.speaker));
        if (!words.empty() && context.lexicon().IsFirstPersonPronoun(words[0])) {
          speaker = Narrator(doc, cue.speaker, entities, &resolver, &narrator);
          kind = PhraseKind::kName;
          head = cue.speaker;
        } else {
          Span said;
          speaker = UnnamedSource(doc, context, cue.speaker, first_new, entities, &resolver, &said);
          if (speaker >= 0) {
            head = said;
            // A mention when new, else a reference to the source met before.
            kind = (*entities)[speaker].mentions.back().span == said ? PhraseKind::kName
                                                                     : PhraseKind::kDescription;
          }
        }
      }
      const Span it = ItAtEnd(context, cue.speaker);
      if (speaker < 0 && it.size() > 0) {
        // `"…" it added.` after `the Times wrote`: the organization or the
        // document goes on; else what the sentence before names.
        const bool goes_on = previous_speaker >= 0 &&
                             (*entities)[previous_speaker].type != EntityType::kPerson &&
                             (*entities)[previous_speaker].type != EntityType::kLocation &&
                             !IsUnnamedPerson(context, *entities, first_new, previous_speaker);
        speaker = goes_on ? previous_speaker
                          : ItAntecedent(doc, context, it, first_new, entities, &resolver);
        kind = PhraseKind::kPronoun;
        head = it;
      }
      if (speaker >= 0) {
        quote.speaker_span = head;
        if (kind != PhraseKind::kName) AddReference(doc, head, &(*entities)[speaker]);
        resolver.Note(head, speaker);
      }
    } else if (cue.position == CuePosition::kNone && previous_speaker >= 0 && !scanned.dash &&
               (quote.passage == previous_passage ||
                (OpensPassage(context, scanned) && quote.passage > previous_passage &&
                 PassagesBetween(doc, previous_passage, quote.passage) == 0))) {
      speaker = previous_speaker;  // the same speaker goes on
    }
    if (cue.addressee.size() > 0) {
      quote.addressee = doc.text.substr(cue.addressee.start, cue.addressee.size());
      for (const Entity& e : *entities) {
        for (const EntityMention& m : e.mentions) {
          if (m.span.start >= cue.addressee.start && m.span.end <= cue.addressee.end) {
            quote.addressee_entity = e.id;
          }
        }
      }
    }
    if (speaker >= 0) quote.speaker = (*entities)[speaker].id;
    previous_speaker = speaker;
    previous_passage = context.PassageAt(scanned.parts.back().start);
    previous_end = scanned.parts.back().end;
    out.push_back(std::move(quote));
    source.push_back(i);
  }
  AttributeAnswers(doc, quotes, cues, source, *entities, &out);

  // Pronouns in the narration (outside quotations and duplicates).
  for (int t = 0; t < context.token_count(); ++t) {
    const Token& token = context.token(t);
    if (token.kind != TokenKind::kWord) continue;
    const internal::PronounKind kind = context.lexicon().ThirdPersonPronoun(context.TokenText(t));
    if (kind == internal::PronounKind::kNone || kind == internal::PronounKind::kPlural) continue;
    if (context.InQuote(token.span.start) || context.InSkipped(token.span.start)) continue;
    bool known = false;
    for (const Entity& e : *entities) {
      for (const EntityMention& m : e.references) known |= m.span == token.span;
    }
    if (known) continue;
    const int entity = resolver.ResolvePronoun(token.span);
    if (entity < 0) continue;
    AddReference(doc, token.span, &(*entities)[entity]);
    resolver.Note(token.span, entity);
  }
  for (Entity& e : *entities) {
    std::sort(
        e.references.begin(), e.references.end(),
        [](const EntityMention& a, const EntityMention& b) { return a.span.start < b.span.start; });
  }
  return out;
}

}  // namespace dossier

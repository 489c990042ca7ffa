#include "extract/quotes/quotes.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "extract/quotes/internal/quote_context.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_names.h"
#include "extract/quotes/internal/quote_new_entities.h"
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
    left.end = static_cast<uint32_t>(internal::SkipSpacesBack(text, left.end, left.start));
    right.start = static_cast<uint32_t>(internal::SkipSpaces(text, right.start, right.end));
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
      subject = internal::SpeakerByName(doc, context, phrase, entities, resolver, &head);
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
        speaker = internal::SpeakerByName(doc, context, cue.speaker, entities, &resolver, &head,
                                          cue_gender);
        if (speaker >= 0) kind = PhraseKind::kName;
      } else if (speaker < 0 && kind == PhraseKind::kGroup) {
        speaker = internal::SpeakerByDescription(doc, context, head, entities, &resolver);
        if (speaker >= 0) kind = PhraseKind::kName;
      }
      if (speaker < 0 && kind == PhraseKind::kRelative) {
        // "from Mike Lee, who declared": the name before the clause.
        const Span name = internal::NameBeforeRelative(context, head);
        Span unused;
        if (name.size() > 0) {
          speaker =
              internal::SpeakerByName(doc, context, name, entities, &resolver, &unused, cue_gender);
        }
      }
      if (speaker < 0 && kind != PhraseKind::kPronoun && kind != PhraseKind::kRelative) {
        const std::vector<std::string_view> words = internal::Words(context.Text(cue.speaker));
        if (!words.empty() && context.lexicon().IsFirstPersonPronoun(words[0])) {
          speaker = internal::Narrator(doc, cue.speaker, entities, &resolver, &narrator);
          kind = PhraseKind::kName;
          head = cue.speaker;
        } else {
          Span said;
          speaker = internal::UnnamedSource(doc, context, cue.speaker, first_new, entities,
                                            &resolver, &said);
          if (speaker >= 0) {
            head = said;
            // A mention when new, else a reference to the source met before.
            kind = (*entities)[speaker].mentions.back().span == said ? PhraseKind::kName
                                                                     : PhraseKind::kDescription;
          }
        }
      }
      const Span it = internal::ItAtEnd(context, cue.speaker);
      if (speaker < 0 && it.size() > 0) {
        // `"…" it added.` after `the Times wrote`: the organization or the
        // document goes on; else what the sentence before names.
        const bool goes_on =
            previous_speaker >= 0 && (*entities)[previous_speaker].type != EntityType::kPerson &&
            (*entities)[previous_speaker].type != EntityType::kLocation &&
            !internal::IsUnnamedPerson(context, *entities, first_new, previous_speaker);
        speaker = goes_on
                      ? previous_speaker
                      : internal::ItAntecedent(doc, context, it, first_new, entities, &resolver);
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

// References: which entity a pronoun ("he", "her"), a description ("the
// businessman", "the former mayor", "the head of the bureau"), a document
// ("the statement", "the release") or an untagged name ("Medetbekov" when
// the tagger missed it) means.
//
// What the resolver uses from the document:
//  - gender, from given names ("Serik" male, "Lira" female), patronymics
//    (-ovich / -ovna) and surname endings (-ova / -eva / -ina feminine, -ov /
//    -ev / -in masculine);
//  - roles, from appositions and titles around each person's mentions
//    ("Ismail Igilmanov, General Director of Europe Plus Kazakhstan" makes
//    him "the general director"; "the former mayor of Almaty, Viktor
//    Khrapunov"; "Political analyst Aigul Omarova");
//  - recency: mentions and references already resolved, outside quotations,
//    the nearest compatible one winning; for descriptions without a role in
//    the text, the speaker of the quotation before (the businessman who just
//    spoke) or else the most mentioned person;
//  - documents: the last sentence before naming the same document says who
//    made it ("a press release signed by Lira Baiseitova", "Medetbekov said
//    in a statement").
// When nothing fits, or two candidates fit equally, the answer is "unknown".
//
//   ReferenceResolver resolver(context, entities);
//   int e = resolver.Resolve(phrase, previous_speaker);  // index or -1
//   resolver.Note(phrase, e);  // later pronouns may now refer to it
//
// Thread-compatible; views `context` and `entities`, which must outlive it.
#ifndef DOSSIER_EXTRACT_QUOTES_REFERENCES_H_
#define DOSSIER_EXTRACT_QUOTES_REFERENCES_H_

#include <vector>

#include "extract/ner/entities.h"
#include "extract/quotes/internal/quote_context.h"
#include "extract/quotes/internal/quote_lexicon.h"

namespace dossier {

// What a speaker phrase is: a name, a third-person pronoun, a description
// of a person ("the businessman"), a document ("the statement"), a group
// ("the ministry"), or a relative pronoun ("who", in "Mike Lee, who said").
enum class PhraseKind { kNone, kName, kPronoun, kDescription, kDocument, kGroup, kRelative };

class ReferenceResolver {
 public:
  ReferenceResolver(const internal::QuoteContext& context, const std::vector<Entity>& entities);

  // Returns the index into `entities` of what `phrase` (a span of the text,
  // usually a speaker phrase) refers to, or -1. `previous_speaker` (an entity
  // index or -1) is the speaker of the quotation before, a candidate for
  // descriptions. *kind, when not null, gets the kind of phrase read, and
  // *head the words that refer (the pronoun, "the businessman", the name).
  // With `subject_last`, of several persons named in the phrase the last
  // one after no stop word (preposition, conjunction) is taken, not the
  // first: the subject right before its verb where the language puts it
  // there ("после поездки Медведева премьер Японии Кан заявил").
  int Resolve(Span phrase, int previous_speaker, PhraseKind* kind = nullptr, Span* head = nullptr,
              bool subject_last = false) const;

  // Resolves a third-person pronoun at `pronoun`: among the persons named in
  // the window before it whose gender fits, the best by recency, being the
  // subject of a recent sentence, the number of mentions and being
  // `previous_speaker`; -1 when none fits or two score the same.
  int ResolvePronoun(Span pronoun, int previous_speaker = -1) const;

  // True when the gender of entity `entity` (an index) does not contradict
  // the pronoun at `pronoun` ("he" and a person known to be female do).
  bool PronounFits(Span pronoun, int entity) const;

  // True unless entity `entity` is a person known to be of the other gender
  // than `gender` (kUnknown fits everyone).
  bool GenderFits(int entity, internal::Gender gender) const;

  // Records that `span` refers to entity `entity`, for the recency of later
  // resolutions.
  void Note(Span span, int entity);

  // Takes in the entity appended to `entities` after construction (a person
  // the tagger missed, named in a cue): its gender and mentions.
  // REQUIRES: entities.size() is one more than at the last call.
  void AddEntity();

 private:
  struct Anchor {
    uint32_t at;
    int entity;
  };
  // Whether the person mentioned at `mention` is named as the possessor of
  // another person: "Mamay's lawyer" (not "Mamay's spokesman", who speaks
  // for Mamay).
  bool PossessorOfAnother(Span mention) const;
  int ResolveName(Span phrase) const;
  int ResolveDescription(const std::vector<Span>& words, uint32_t at, int previous_speaker) const;
  int ResolveDocument(std::string_view noun, uint32_t at) const;
  int ResolveGroup(const std::vector<Span>& words, uint32_t at) const;
  int ResolveRelative(Span relative) const;

  void TakeIn(size_t e);

  const internal::QuoteContext& context_;
  const std::vector<Entity>& entities_;
  std::vector<int> gender_;                      // per entity: 0 unknown, 1 male, 2 female
  std::vector<std::vector<std::string>> roles_;  // per entity: lower-case words around its mentions
  std::vector<Anchor> anchors_;                  // mentions and notes outside quotations, by offset
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_QUOTES_REFERENCES_H_

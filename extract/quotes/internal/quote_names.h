// Person names in the phrases that name a speaker: the name inside a phrase
// ("Gov. Jerry Brown" -> "Jerry Brown", "Smith, a spokesman" -> "Smith"),
// whether a short form fits a fuller one ("Igilmanov I.A." and "Igilmanov"
// fit "Ismail Igilmanov"; "Bill Clinton" does not fit "Hillary Clinton"),
// and which of several persons sharing a surname a short form means.
//
//   Span name = PersonNameIn(context, cue.speaker);
//   int e = BestPersonForName(entities, context.Text(name), -1);
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_NAMES_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_NAMES_H_

#include <string_view>
#include <vector>

#include "extract/ner/entities.h"
#include "extract/quotes/internal/quote_context.h"
#include "extract/quotes/internal/quote_lexicon.h"

namespace dossier::internal {

// Returns the person name in `phrase`: the capitalized words after its last
// title ("Former Arkansas Gov. Mike Huckabee" -> "Mike Huckabee"), or, with
// no title, the whole phrase when every word of it is capitalized; the
// phrase is cut at its first comma or parenthesis. Returns an empty span
// when the phrase is not a name: a pronoun, a determiner, a noun of the
// lexicon ("Democrats", "Officials"), an acronym ("CNN"), a word the
// document also writes in lower case ("Holding", "More"), a word alone that
// the language's rules say names no one alone (QuoteLexicon::MayNameAlone),
// or more than four name words.
Span PersonNameIn(const QuoteContext& context, Span phrase);

// True when the word at `word` (a capitalized word standing alone as a
// name) is a common word of the language (QuoteLexicon::OnlyACommonWord:
// "Details" of "Details aside, …") that the document never writes inside
// a longer name (right after a capitalized word or a title: "Mike Pence",
// "Gov. Pence" keep "Pence" a name) nor right before or after a cue verb
// ("Sweeny said").
bool LoneCommonWord(const QuoteContext& context, Span word);

// True when every word of `name` longer than one letter appears in `fuller`
// and its first initial ("I." of "I.A.") starts a word of `fuller`, ignoring
// case (later initials are patronymics, often not written out).
// "Igilmanov I.A." fits "Ismail Igilmanov"; "Bill Clinton" does not fit
// "Hillary Clinton". With `inflected`, a word may also be another case of
// the word of `fuller` by lexicon.SameNameWord ("Назарбаева" fits
// "Нурсултан Назарбаев").
bool NameFits(std::string_view name, std::string_view fuller,
              const QuoteLexicon& lexicon = EnglishQuoteLexicon(), bool inflected = false);

// The number of words of `name` that are more than initials ("Ismail
// Igilmanov" 2, "Igilmanov I.A." 1).
int FullWords(std::string_view name);

// Returns the person entity of `entities` that the short name `name` means:
// among the persons whose name it fits, the one with the most full words,
// then the most mentions; -1 when none fits or the best two tie. `current`
// (an index or -1), the entity the tagger gave the mention, is kept unless
// a fuller name wins. Names fitting word for word win; only when none does
// are inflected forms tried ("Назарбаева" is Dariga Nazarbayeva's name as
// written before it is the genitive of "Назарбаев").
int BestPersonForName(const std::vector<Entity>& entities, std::string_view name, int current,
                      const QuoteLexicon& lexicon = EnglishQuoteLexicon());

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_NAMES_H_

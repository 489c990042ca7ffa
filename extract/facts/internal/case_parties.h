// The parties of a court case a document names, so that "the claimant" and
// "the defendant" (истец, ответчик; талапкер, жауапкер) mean someone: "the
// claim of A. Tulegenov against Dala Media Group", "Tulegenov v. Dala
// Media", "по иску Тулегенова к компании «Дала Медиа»". (Kazakh names the
// parties by the same nouns; its "X-тың Y-ға қарсы талабы" is not read yet.)
//
// Internal to extract/facts*.cc. Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_CASE_PARTIES_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_CASE_PARTIES_H_

#include <string_view>
#include <vector>

#include "text/document.h"

namespace dossier::internal {

struct CaseParties {
  int claimant = -1;  // entity index, -1 when the document names none
  int defendant = -1;
};

// A mention as the parties are read from: its span and entity index, in
// text order.
struct PartyMention {
  Span span;
  int entity;
};

// The first case the text states between two consecutive mentions.
CaseParties FindCaseParties(std::string_view text, const std::vector<PartyMention>& mentions);

// Which party a noun names (lower case, any case form): "claimant",
// "plaintiff", "applicant", "истец", "истца", "талапкер" -> the claimant;
// "defendant", "respondent", "ответчик", "жауапкер" -> the defendant; -1
// for other words or when the document names no such party.
int PartyNamed(const CaseParties& parties, std::string_view word);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_CASE_PARTIES_H_

#include "extract/facts/internal/case_parties.h"

#include <string>

#include "extract/facts/internal/fact_lexicon_ru.h"
#include "extract/quotes/internal/quote_lexicon.h"

namespace dossier::internal {
namespace {

// The last word of `text` (lower case), spaces and quotation marks skipped.
std::string LastWord(std::string_view text) {
  size_t end = text.find_last_not_of(" \n\t\"«»“”");
  if (end == std::string_view::npos) return {};
  const size_t start = text.find_last_of(" \n\t\"«»“”(", end);
  const size_t from = start == std::string_view::npos ? 0 : start + 1;
  return LowerWord(text.substr(from, end + 1 - from));
}

}  // namespace

CaseParties FindCaseParties(std::string_view text, const std::vector<PartyMention>& mentions) {
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    const Span a = mentions[i].span;
    const Span b = mentions[i + 1].span;
    if (b.start < a.end || b.start - a.end > 40 || mentions[i].entity == mentions[i + 1].entity) {
      continue;
    }
    const std::string between = LowerWord(text.substr(a.end, b.start - a.end));
    const std::string before =
        LastWord(text.substr(a.start > 40 ? a.start - 40 : 0, a.start > 40 ? 40 : a.start));
    // "X v. Y", "X vs. Y", "X против Y" (a case's title).
    const bool versus = between == " v. " || between == " vs. " || between == " vs " ||
                        between == " v " || between == " против ";
    // "the claim of X against Y", "lawsuit by X against Y", "иск(у) X к
    // (компании) Y".
    const bool claim = (OneOf(before, {"of", "by"}) && between.starts_with(" against ")) ||
                       (OneOf(before, {"иск", "иску", "иска", "иском", "заявлению", "жалобе"}) &&
                        between.starts_with(" к "));
    if (versus || claim) return {mentions[i].entity, mentions[i + 1].entity};
  }
  return {};
}

int PartyNamed(const CaseParties& parties, std::string_view word) {
  if (OneOf(word, {"claimant", "plaintiff", "applicant", "истец", "истца", "истцу", "истцом",
                   "заявитель", "талапкер", "талапкердің"})) {
    return parties.claimant;
  }
  if (OneOf(word, {"defendant", "respondent", "ответчик", "ответчика", "ответчику", "ответчиком",
                   "жауапкер", "жауапкердің"})) {
    return parties.defendant;
  }
  return -1;
}

}  // namespace dossier::internal

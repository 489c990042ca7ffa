// An organization's name taken apart: its legal form, normalized across
// languages, and the words that name it, with generic words mapped to one
// concept across translations.
//
// "LLP Telefabrika Dala", "ТОО «Телефабрика Дала»", "Dala TV Factory" and
// "Telefactory Dala LLP" all give core words {dala, telefactory} (sorted) and
// legal form "LLP". Legal forms recognized: LLP/TOO/ТОО/ЖШС, JSC/AO/АО/АҚ/
// OAO/ОАО/ZAO/ЗАО/PAO/ПАО/OJSC/CJSC/PJSC, LLC/OOO/ООО, Ltd, Inc, Corp, GmbH,
// AG, SA, SARL, BV, NV, PLC, Sp. z o.o., "Joint Stock Company", ...
//
// Thread-safe (pure functions; tables are immutable).
//
//   OrgName o = ParseOrgName("JSC \"Commercial Television Channel\"");
//   // o.legal_form == "JSC", o.core_words == {"commercial", "television", "channel"}
//   IsAcronymOf("KTK", "JSC \"Commercial Television Channel\"")  // true
#ifndef DOSSIER_RESOLVE_ORG_NAME_H_
#define DOSSIER_RESOLVE_ORG_NAME_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct OrgName {
  std::string legal_form;  // canonical: "LLP", "JSC", "LLC", "GmbH", ...; "" when none
  // The naming words in the order written: lowercased Latin (ToLatin), quotes
  // and punctuation dropped, generic words replaced by their concept
  // ("telefabrika", "tv factory" -> "telefactory"), dotted acronyms joined
  // ("L.X.C." -> "lxc").
  std::vector<std::string> core_words;
  // The core words as written (a concept's words joined by a space), same order.
  std::vector<std::string> core_written;
  // NameSkeleton() of each core word, same order.
  std::vector<std::string> core_skeletons;
  bool operator==(const OrgName&) const = default;
};

// Parses an organization name; legal forms anywhere in it are removed from the
// core words (one is kept in `legal_form`, the first found).
OrgName ParseOrgName(std::string_view text);

// The canonical legal form of `words` ("ТОО", "too", "ЖШС" -> "LLP"; "Open
// Joint Stock Company" -> "JSC"), or "" when they are not one.
std::string CanonicalLegalForm(std::string_view words);

// Whether `word` reads as an acronym: 2 to 8 letters of any script, all
// capitals, dots allowed ("KNB", "ҚТК", "U.K.").
bool LooksLikeAcronym(std::string_view word);

// Whether `acronym` (one word of 2+ letters, any script, dots allowed) is made
// of the initial letters of the significant words of `expansion` (legal forms
// and "of", "and", "the", "и", ... skipped), compared after transliteration:
// "KTK" vs "Commercial Television Channel" and "ҚТК" vs "Kazakh Television
// Channel" are; "KTK" vs "Kazakh Radio" is not.
bool IsAcronymOf(std::string_view acronym, std::string_view expansion);

// A definition the text itself states: "KTK (JSC "Commercial Television
// Channel")" (what follows a comma in the bracket is a remark, not the name)
// or "Commercial Television Channel (KTK)".
struct AcronymDefinition {
  std::string acronym;
  std::string expansion;  // as written, legal form and quotes included
  size_t start = 0;       // byte span of the whole "X (Y)" in the text
  size_t end = 0;
  bool operator==(const AcronymDefinition&) const = default;
};

// Finds every "X (Y)" in `text` where one side is an acronym of the other
// (IsAcronymOf); the spans index `text`.
std::vector<AcronymDefinition> FindAcronymDefinitions(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_ORG_NAME_H_

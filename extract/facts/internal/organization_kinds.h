// Kinds of organization that news names by a common noun instead of the
// name ("the station", "радиостанцией", "радиостанцияны", "the bank"), in
// English, Russian and Kazakh, and the kinds an organization entity is
// known by in its document: the words of its names ("Radio Saryarka", "Hit
// FM", "Nurbank") and the noun written right before or after a mention
// ("радио «Сарыарка»", "«Сарыарқа» радиосының", "the newspaper Caravan").
//
// A description and an entity agree when the entity is known by the
// description's kind; "the company" (and "компания", "компаниясы") also
// means any business: a station, a channel, a newspaper, an agency, a bank.
//
// Internal to extract/facts*.cc. Thread-safe (pure functions over immutable
// tables).
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_ORGANIZATION_KINDS_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_ORGANIZATION_KINDS_H_

#include <cstdint>
#include <string_view>

namespace dossier::internal {

enum class OrganizationKind : uint8_t {
  kNone,
  kRadio,
  kTelevision,
  kNewspaper,
  kAgency,
  kBank,
  kParty,
  kCompany,
  kSchool,
  kCourt,
  kMinistry,
};

// A set of kinds, one bit per OrganizationKind.
using OrganizationKinds = uint32_t;

constexpr OrganizationKinds KindBit(OrganizationKind kind) {
  return kind == OrganizationKind::kNone ? 0u : 1u << static_cast<unsigned>(kind);
}

// The kind `word` (lower case, as LowerWord gives it) names in any case
// form: "station", "stations", "радиостанцию", "станцией", "радиосының",
// "компаниясы"; kNone for other words. Name words count too: "fm" is a
// radio, "tv" a channel, "llp" / "тоо" a company.
OrganizationKind OrganizationKindOfWord(std::string_view word);

// Whether an organization known by `kinds` may be what a description of
// `kind` means.
bool KindsAgree(OrganizationKinds kinds, OrganizationKind kind);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_ORGANIZATION_KINDS_H_

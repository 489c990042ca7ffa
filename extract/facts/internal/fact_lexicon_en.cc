#include "extract/facts/internal/fact_lexicon_en.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace dossier::internal {
namespace {

constexpr std::string_view kPositionHeads[] = {"president",
                                               "chairman",
                                               "chairwoman",
                                               "chairperson",
                                               "chair",
                                               "director",
                                               "ceo",
                                               "cfo",
                                               "coo",
                                               "head",
                                               "leader",
                                               "editor",
                                               "editor-in-chief",
                                               "manager",
                                               "mayor",
                                               "akim",
                                               "governor",
                                               "minister",
                                               "premier",
                                               "ambassador",
                                               "senator",
                                               "deputy",
                                               "secretary",
                                               "secretary-general",
                                               "spokesman",
                                               "spokeswoman",
                                               "spokesperson",
                                               "adviser",
                                               "advisor",
                                               "coordinator",
                                               "engineer",
                                               "economist",
                                               "officer",
                                               "prosecutor",
                                               "judge",
                                               "chancellor",
                                               "rector",
                                               "dean",
                                               "principal",
                                               "commander",
                                               "chief",
                                               "treasurer",
                                               "accountant",
                                               "trustee",
                                               "ombudsman",
                                               "commissioner",
                                               "administrator",
                                               "representative",
                                               "envoy",
                                               "consul",
                                               "professor",
                                               "lecturer",
                                               "correspondent",
                                               "producer",
                                               "presenter",
                                               "anchor",
                                               "chairmen",
                                               "directors",
                                               "ministers",
                                               "deputies",
                                               "advisers",
                                               "ambassadors",
                                               "heads",
                                               "leaders",
                                               "vice-president",
                                               "vice-chairman",
                                               "director-general",
                                               "co-chairman",
                                               "executive",
                                               "superintendent",
                                               "inspector",
                                               "auditor",
                                               "attorney-general",
                                               "controller",
                                               "curator"};

constexpr std::string_view kFounderHeads[] = {"founder",  "co-founder", "cofounder",
                                              "founders", "creator",    "co-founders"};
constexpr std::string_view kOwnerHeads[] = {
    "owner", "co-owner", "owners", "shareholder", "beneficiary", "proprietor", "stakeholder"};
// Members of a band or a team: "the guitarist of the Bee Gees", "a
// midfielder for FC Kairat", "Bee Gees drummer X".
constexpr std::string_view kMemberHeads[] = {"member",     "members",  "guitarist",   "bassist",
                                             "drummer",    "vocalist", "keyboardist", "frontman",
                                             "midfielder", "defender", "striker",     "goalkeeper",
                                             "winger",     "bandmate", "captain"};
// Staff of a newspaper, an agency or a firm: "New York Times columnist X",
// "NASA astronaut X", "a reporter for Reuters".
constexpr std::string_view kEmployeeHeads[] = {"employee",   "employees", "staffer",     "worker",
                                               "columnist",  "reporter",  "journalist",  "analyst",
                                               "researcher", "astronaut", "photographer"};
constexpr std::string_view kAssociateHeads[] = {"associate", "associates", "ally",    "allies",
                                                "confidant", "confidante", "partner", "partners"};

constexpr std::string_view kRoleModifiers[] = {
    "former",    "ex",        "then",      "late",        "current",       "incumbent",
    "acting",    "interim",   "first",     "deputy",      "vice",          "co",
    "chief",     "senior",    "executive", "general",     "managing",      "honorary",
    "founding",  "political", "financial", "technical",   "commercial",    "creative",
    "artistic",  "editorial", "regional",  "national",    "international", "assistant",
    "associate", "business",  "board",     "supervisory", "sole",          "long-time",
    "longtime",  "permanent", "principal", "press",       "prime",         "foreign",
    "defense",   "defence",   "finance",   "interior",    "justice",       "lead"};

constexpr std::string_view kTenseModifiers[] = {"former", "ex",      "then",
                                                "late",   "current", "incumbent"};

constexpr std::pair<std::string_view, FamilyRelation> kFamilyWords[] = {
    {"wife", FamilyRelation::kSpouse},
    {"wives", FamilyRelation::kSpouse},
    {"husband", FamilyRelation::kSpouse},
    {"husbands", FamilyRelation::kSpouse},
    {"spouse", FamilyRelation::kSpouse},
    {"widow", FamilyRelation::kSpouse},
    {"widower", FamilyRelation::kSpouse},
    {"ex-wife", FamilyRelation::kFormerSpouse},
    {"ex-husband", FamilyRelation::kFormerSpouse},
    {"ex-spouse", FamilyRelation::kFormerSpouse},
    {"ex-wives", FamilyRelation::kFormerSpouse},
    {"son", FamilyRelation::kChild},
    {"sons", FamilyRelation::kChild},
    {"daughter", FamilyRelation::kChild},
    {"daughters", FamilyRelation::kChild},
    {"child", FamilyRelation::kChild},
    {"children", FamilyRelation::kChild},
    {"stepson", FamilyRelation::kChild},
    {"stepdaughter", FamilyRelation::kChild},
    {"father", FamilyRelation::kParent},
    {"mother", FamilyRelation::kParent},
    {"parent", FamilyRelation::kParent},
    {"parents", FamilyRelation::kParent},
    {"stepfather", FamilyRelation::kParent},
    {"stepmother", FamilyRelation::kParent},
    {"dad", FamilyRelation::kParent},
    {"mom", FamilyRelation::kParent},
    {"mum", FamilyRelation::kParent},
    {"brother", FamilyRelation::kSibling},
    {"brothers", FamilyRelation::kSibling},
    {"sister", FamilyRelation::kSibling},
    {"sisters", FamilyRelation::kSibling},
    {"sibling", FamilyRelation::kSibling},
    {"siblings", FamilyRelation::kSibling},
    {"half-brother", FamilyRelation::kSibling},
    {"half-sister", FamilyRelation::kSibling},
    {"twin", FamilyRelation::kSibling},
    {"stepbrother", FamilyRelation::kSibling},
    {"stepsister", FamilyRelation::kSibling},
};

// Ties of kin beyond the nuclear family, plural and singular, with the
// relation as the contract names it (the singular).
constexpr std::pair<std::string_view, std::string_view> kRelatedTies[] = {
    {"son-in-law", "son-in-law"},
    {"sons-in-law", "son-in-law"},
    {"daughter-in-law", "daughter-in-law"},
    {"father-in-law", "father-in-law"},
    {"mother-in-law", "mother-in-law"},
    {"brother-in-law", "brother-in-law"},
    {"brothers-in-law", "brother-in-law"},
    {"sister-in-law", "sister-in-law"},
    {"nephew", "nephew"},
    {"nephews", "nephew"},
    {"niece", "niece"},
    {"nieces", "niece"},
    {"cousin", "cousin"},
    {"cousins", "cousin"},
    {"uncle", "uncle"},
    {"aunt", "aunt"},
    {"grandson", "grandson"},
    {"grandsons", "grandson"},
    {"granddaughter", "granddaughter"},
    {"grandchild", "grandchild"},
    {"grandchildren", "grandchild"},
    {"grandfather", "grandfather"},
    {"grandmother", "grandmother"},
    {"in-law", "in-law"},
    {"in-laws", "in-law"},
};

constexpr std::string_view kInstitutionWords[] = {
    "school",       "university", "institute",    "academy",   "college",     "lyceum",
    "gymnasium",    "faculty",    "conservatory", "seminary",  "polytechnic", "conservatoire",
    "universities", "schools",    "courses",      "department"};

constexpr std::string_view kDegreeWords[] = {
    "degree",   "degrees",    "diploma",  "doctorate", "phd", "ph.d.", "ba",          "b.a.", "bs",
    "bsc",      "ma",         "m.a.",     "msc",       "mba", "bfa",   "mfa",         "llb",  "llm",
    "bachelor", "bachelor's", "master's", "md",        "jd",  "dphil", "habilitation"};

constexpr std::string_view kReportingVerbs[] = {
    "said",      "says",       "say",       "noted",      "notes",     "told",     "tells",
    "stated",    "states",     "claimed",   "claims",     "explained", "explains", "added",
    "adds",      "clarified",  "clarifies", "specified",  "specifies", "wrote",    "writes",
    "reported",  "reports",    "alleged",   "alleges",    "insisted",  "insists",  "argued",
    "argues",    "confirmed",  "confirms",  "recalled",   "recalls",   "informed", "concluded",
    "admitted",  "admits",     "asserted",  "asserts",    "declared",  "declares", "testified",
    "testifies", "emphasized", "stressed",  "maintained", "maintains", "announced"};

constexpr std::string_view kMoveVerbs[] = {
    "moved",     "move",      "moves",       "moving",     "relocated", "relocate",
    "relocates", "emigrated", "emigrate",    "emigrates",  "fled",      "flee",
    "flees",     "fleeing",   "escaped",     "escape",     "defected",  "defect",
    "returned",  "return",    "returns",     "immigrated", "immigrate", "settled",
    "settle",    "settles",   "transferred", "resettled",  "migrated",  "exiled"};

constexpr std::string_view kResideVerbs[] = {
    "lives",    "lived",    "live",      "living", "resides", "resided",  "reside",
    "residing", "resident", "residents", "stays",  "based",   "domiciled"};

constexpr std::string_view kThirdPerson[] = {"he",  "she",  "him",     "her",
                                             "his", "hers", "himself", "herself"};
constexpr std::string_view kFirstPerson[] = {"i", "me", "my", "mine", "myself"};

constexpr std::string_view kPrepositions[] = {
    "of",    "from",    "with",    "by",      "to",      "for",   "in",   "at",
    "on",    "about",   "against", "into",    "onto",    "under", "over", "between",
    "among", "through", "toward",  "towards", "without", "via"};

constexpr std::string_view kNominative[] = {"i", "he", "she", "we", "they"};

constexpr std::string_view kAuxiliaries[] = {
    "is",    "was",  "were", "are",   "am",    "be",     "been", "being", "has",
    "have",  "had",  "will", "would", "shall", "should", "can",  "could", "may",
    "might", "must", "did",  "does",  "do",    "not",    "n't"};

constexpr std::string_view kAdverbs[] = {"also",  "later", "then",    "never",      "still",
                                         "once",  "first", "already", "now",        "soon",
                                         "again", "ever",  "just",    "reportedly", "allegedly",
                                         "since", "long",  "even",    "often",      "together"};

constexpr std::string_view kOrganizationNouns[] = {
    "company",     "bank",        "firm",       "agency",      "channel", "station",
    "newspaper",   "party",       "holding",    "fund",        "group",   "group's",
    "concern",     "corporation", "foundation", "network",     "airline", "insurer",
    "broadcaster", "publisher",   "startup",    "organization"};

}  // namespace

bool IsOrganizationNoun(std::string_view word) { return InList<kOrganizationNouns>(word); }

bool IsNominativePronoun(std::string_view word) { return InList<kNominative>(word); }

bool IsAuxiliary(std::string_view word) { return InList<kAuxiliaries>(word); }

bool IsAdverb(std::string_view word) {
  if (word.size() > 4 && word.substr(word.size() - 2) == "ly" && word != "family" &&
      word != "ally" && word != "assembly" && word != "italy" && word != "july") {
    return true;
  }
  return InList<kAdverbs>(word);
}

std::optional<RoleKind> RoleHead(std::string_view word) {
  if (InList<kPositionHeads>(word)) return RoleKind::kPosition;
  if (InList<kFounderHeads>(word)) return RoleKind::kFounder;
  if (InList<kOwnerHeads>(word)) return RoleKind::kOwner;
  if (InList<kMemberHeads>(word)) return RoleKind::kMember;
  if (InList<kEmployeeHeads>(word)) return RoleKind::kEmployee;
  if (InList<kAssociateHeads>(word)) return RoleKind::kAssociate;
  // "ex-premier", "co-chair": a hyphenated prefix on a known head.
  for (std::string_view prefix : {"ex-", "co-", "vice-"}) {
    if (word.size() > prefix.size() && word.substr(0, prefix.size()) == prefix) {
      return RoleHead(word.substr(prefix.size()));
    }
  }
  return std::nullopt;
}

bool IsRoleModifier(std::string_view word) { return InList<kRoleModifiers>(word); }

bool IsTenseModifier(std::string_view word) { return InList<kTenseModifiers>(word); }

std::optional<FamilyRelation> FamilyWord(std::string_view word) {
  for (const auto& [name, relation] : kFamilyWords) {
    if (name == word) return relation;
  }
  return std::nullopt;
}

std::string_view RelatedTie(std::string_view word) {
  for (const auto& [name, relation] : kRelatedTies) {
    if (name == word) return relation;
  }
  return {};
}

bool IsInstitutionWord(std::string_view word) { return InList<kInstitutionWords>(word); }

bool IsDegreeWord(std::string_view word) { return InList<kDegreeWords>(word); }

bool IsReportingVerb(std::string_view word) { return InList<kReportingVerbs>(word); }

bool IsMoveVerb(std::string_view word) { return InList<kMoveVerbs>(word); }

bool IsResideVerb(std::string_view word) { return InList<kResideVerbs>(word); }

bool IsThirdPersonPronoun(std::string_view word) { return InList<kThirdPerson>(word); }

bool IsFirstPersonPronoun(std::string_view word) { return InList<kFirstPerson>(word); }

bool IsPreposition(std::string_view word) { return InList<kPrepositions>(word); }

}  // namespace dossier::internal

// English words of the span type rules (span_types.h), case folded and sorted.
#include <array>
#include <string_view>

#include "extract/ner/internal/span_types.h"
#include "extract/ner/word_dictionary.h"

namespace dossier::internal {
namespace {

constexpr std::array<std::string_view, 30> kOrganizationHeads = {
    "academy",    "agency",     "airlines",  "association", "bureau",   "channel",
    "commission", "committee",  "company",   "corporation", "council",  "department",
    "fm",         "foundation", "gazette",   "herald",      "inc",      "institute",
    "jsc",        "llc",        "llp",       "ltd",         "ministry", "newspaper",
    "plc",        "radio",      "telegraph", "television",  "tv",       "university"};

// Also surnames ("Emily Post", "Margaret Court"): heads of non-person spans only.
constexpr std::array<std::string_view, 15> kOrganizationHeadsNotOfPersons = {
    "bank",    "center", "centre", "college", "court", "daily", "fund", "group",
    "holding", "media",  "news",   "party",   "post",  "press", "times"};

constexpr std::array<std::string_view, 17> kOrganizationCues = {
    "agency", "bank",    "broadcaster", "channel",   "company", "daily",
    "firm",   "group",   "magazine",    "newspaper", "outlet",  "party",
    "portal", "station", "tabloid",     "website",   "weekly"};

constexpr std::array<std::string_view, 3> kOrganizationObjectsOf = {"co-founded", "cofounded",
                                                                    "founded"};

constexpr std::array<std::string_view, 22> kKinship = {
    "aunt",        "brother",     "cousin",   "daughter",   "father",     "granddaughter",
    "grandfather", "grandmother", "grandson", "husband",    "mother",     "nephew",
    "niece",       "sister",      "son",      "son-in-law", "stepfather", "stepmother",
    "uncle",       "widow",       "widower",  "wife"};

constexpr std::array<std::string_view, 24> kSentenceAdverbs = {
    "additionally", "also",         "although",    "besides",   "consequently", "furthermore",
    "hence",        "however",      "indeed",      "instead",   "likewise",     "meanwhile",
    "moreover",     "nevertheless", "nonetheless", "otherwise", "similarly",    "subsequently",
    "thereafter",   "therefore",    "though",      "thus",      "whereas",      "yet"};

// Participles and function words opening sentences ("Born in 1950, she ...").
constexpr std::array<std::string_view, 25> kSentenceOpeners = {
    "according", "after",   "although", "appointed", "based",   "before",      "being",
    "born",      "despite", "during",   "educated",  "elected", "established", "following",
    "founded",   "having",  "located",  "raised",    "since",   "situated",    "unlike",
    "upon",      "when",    "while",    "whilst"};

constexpr std::array<std::string_view, 24> kPersonRoles = {
    "activist",   "ambassador",      "banker",     "businessman", "chairman", "chairwoman",
    "co-founder", "daughter-in-law", "director",   "founder",     "governor", "journalist",
    "lawyer",     "leader",          "mayor",      "minister",    "oligarch", "owner",
    "premier",    "president",       "prosecutor", "senator",     "singer",   "spokesman"};

constexpr std::array<std::string_view, 14> kTitles = {
    "ambassador", "chairman", "colonel", "general", "governor",  "judge",   "mayor",
    "minister",   "mr",       "mrs",     "premier", "president", "senator", "sheikh"};

constexpr std::array<std::string_view, 6> kPortfolioOffices = {
    "commissioner", "department", "minister", "ministry", "secretariat", "secretary"};

constexpr std::array<std::string_view, 10> kOrganizationRoles = {
    "ceo",      "chairman",  "chairperson", "chairwoman", "co-founder",
    "co-owner", "cofounder", "founder",     "owner",      "shareholder"};

constexpr std::array<std::string_view, 2> kConjunctions = {"and", "or"};

constexpr std::array<std::string_view, 5> kAppositionOpeners = {"a", "an", "ex", "former", "the"};

constexpr std::array<std::string_view, 3> kPlaceHeads = {"bank", "center", "centre"};

constexpr std::array<std::string_view, 8> kBareDesignators = {"fm",  "inc", "jsc", "llc",
                                                              "llp", "ltd", "plc", "tv"};

constexpr std::array<std::string_view, 4> kLawHeads = {"act", "amendment", "statute", "treaty"};

}  // namespace

const RetypeWords& EnglishRetypeWords() {
  static const RetypeWords kWords = {
      .organization_heads = kOrganizationHeads,
      .organization_heads_not_of_persons = kOrganizationHeadsNotOfPersons,
      .organization_cues = kOrganizationCues,
      .organization_objects_of = kOrganizationObjectsOf,
      .kinship = kKinship,
      .sentence_adverbs = kSentenceAdverbs,
      .sentence_openers = kSentenceOpeners,
      .person_roles = kPersonRoles,
      .titles = kTitles,
      .portfolio_offices = kPortfolioOffices,
      .organization_roles = kOrganizationRoles,
      .conjunctions = kConjunctions,
      .apposition_openers = kAppositionOpeners,
      .place_heads = kPlaceHeads,
      .bare_designators = kBareDesignators,
      .law_heads = kLawHeads,
      .only_common_word = OnlyACommonEnglishWord,
      .proper_noun = AProperNounInEnglish};
  return kWords;
}

}  // namespace dossier::internal

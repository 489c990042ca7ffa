// What linking derives from one unit's name alone (resolve/link_entities.h):
// its matching key, its prepared forms for CompareNames, whether it is a
// partial name, and its blocking keys. Shared by LinkEntities and the name
// cache (resolve/link_name_cache.h), so that a name is prepared once.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_RESOLVE_INTERNAL_LINK_UNIT_INFO_H_
#define DOSSIER_RESOLVE_INTERNAL_LINK_UNIT_INFO_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner/ner_tags.h"
#include "resolve/link_entities.h"
#include "resolve/name_match.h"

namespace dossier::internal {

// What linking knows about one unit.
struct UnitInfo {
  std::string key;
  PreparedName prepared;
  bool partial = false;      // persons: no full given name or no surname
  bool has_surname = false;  // persons: the name has a surname
  // Blocking keys: type letter + consonants of each full word (word_keys);
  // for persons, pair_keys also add the first letter of another word, so
  // that namesakes of one surname or given name do not all meet.
  std::vector<std::string> word_keys;
  std::vector<std::string> pair_keys;
  std::string surname_skeleton;  // persons: for rule 2
  std::vector<std::string> word_skeletons;
  // Other types: the name reads as a person's (a known given name and a
  // surname, no legal form), so the tagger probably mistyped it; it is then
  // compared with persons too, as `as_person`.
  bool person_like = false;
  PreparedName as_person;
  // Other things named by a description, not a name ("narrator", "a
  // friend", "the memo": quotation sources the tagger did not see): they
  // belong to their source and never join another's.
  bool description = false;
  // Organizations: the keys of the acronyms its source states for it ("KNB"
  // of "National Security Committee (KNB)", an alias of the unit).
  std::vector<std::string> stated_acronyms;
  // Its number in the LinkNameCache that keeps it (from 1; 0 outside one):
  // LinkVerdicts keys pairs of names by it.
  uint32_t id = 0;
};

// Describes `unit`: what follows from its type, name and (organizations) the
// acronyms among its aliases; nothing else of the unit is read.
UnitInfo DescribeUnit(const LinkUnit& unit);

// The blocking keys of a described name (LinkBlockingOf).
LinkBlocking BlockingOf(const UnitInfo& info);

// The letter of a type in keys and ids: 'P', 'O', 'L', 'X'.
char TypeLetter(EntityType type);

// Skeletons of the letter runs of `text` (initials included), in order.
std::vector<std::string> WordSkeletons(std::string_view text);

// `words` sorted and joined with spaces.
std::string JoinSorted(std::vector<std::string> words);

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_LINK_UNIT_INFO_H_

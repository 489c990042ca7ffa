// Entity types and tag schemes of the named-entity tagger.
//
// The tagger predicts BILOU tags (Begin, Inside, Last, Outside, Unit) over the
// four CoNLL types; CoNLL files carry BIO (IOB2) or IOB1 tags. This file maps
// both schemes to typed token spans and back.
//
// Tag indices: 0 is O; 1 + 4 * type + {0: B, 1: I, 2: L, 3: U}.
//
//   std::vector<TypedSpan> spans = SpansFromBio({"B-PER", "I-PER", "O"});
//   // spans == {{0, 2, EntityType::kPerson}}
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_NER_NER_TAGS_H_
#define DOSSIER_EXTRACT_NER_NER_TAGS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

enum class EntityType { kPerson = 0, kOrganization = 1, kLocation = 2, kOther = 3 };
inline constexpr int kNumEntityTypes = 4;
inline constexpr int kNumNerTags = 1 + 4 * kNumEntityTypes;  // 17
inline constexpr int kOutsideTag = 0;

enum class BilouPart { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };

// A typed entity over tokens [begin, end) of one sentence.
struct TypedSpan {
  int begin = 0;
  int end = 0;
  EntityType type = EntityType::kPerson;
  bool operator==(const TypedSpan&) const = default;
};

// "PER", "ORG", "LOC", "MISC": the CoNLL names.
std::string_view ConllTypeName(EntityType type);
// The inverse of ConllTypeName(); nullopt for anything else.
std::optional<EntityType> ParseConllType(std::string_view name);
// "PERSON", "ORGANIZATION", "LOCATION", "OTHER": the names of the JSON contract.
std::string_view ContractTypeName(EntityType type);
// The inverse of ContractTypeName(); nullopt for anything else.
std::optional<EntityType> ParseContractType(std::string_view name);

// Returns the BILOU tag index for `part` of an entity of `type`.
int BilouTag(EntityType type, BilouPart part);
// REQUIRES: tag in (0, kNumNerTags).
EntityType TagType(int tag);
BilouPart TagPart(int tag);
// "O", "B-PER", "U-LOC", ...: for diagnostics and tests.
std::string BilouTagName(int tag);

// Whether BILOU tag `next` may follow `prev`; prev == -1 is the sentence start
// and next == -1 the sentence end.
bool BilouTransitionAllowed(int prev, int next);

// Returns the entities of a BIO/IOB1 tag column under the rules of conlleval:
// a chunk starts at B-X, at I-X after O or after a chunk of another type, and
// ends before O, B-*, or a tag of another type. Tags that are neither "O" nor
// "B-T"/"I-T" with a known type T count as O.
std::vector<TypedSpan> SpansFromBio(const std::vector<std::string>& tags);

// Returns the entities of a BILOU tag sequence, read leniently: B or U always
// opens an entity; I or L continue one of the same type and L or U close it;
// an I or L that continues nothing opens one. So a sequence that breaks the
// BILOU grammar (only a greedy decoder would produce one) still yields spans.
std::vector<TypedSpan> SpansFromBilou(const std::vector<int>& tags);

// Returns `n` BILOU tags encoding `spans`. REQUIRES: spans disjoint, in [0, n).
std::vector<int> BilouFromSpans(const std::vector<TypedSpan>& spans, int n);

// Returns `n` BIO (IOB2) tag strings encoding `spans`. REQUIRES: as above.
std::vector<std::string> BioFromSpans(const std::vector<TypedSpan>& spans, int n);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NER_TAGS_H_

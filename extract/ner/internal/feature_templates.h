// The tagger's feature templates and how one feature becomes a weight row.
//
// A feature is a template and up to three value parts; its row is the FNV-1a
// hash of the template id and the parts joined by '|' (an empty part after
// the first is left out, separator included), spread by Mix64 and masked to
// the model's hash bits. Both hashes are persisted through the model files:
// never change them. Thread-safe (constants and pure functions).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_FEATURE_TEMPLATES_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_FEATURE_TEMPLATES_H_

#include <cstdint>
#include <string_view>

#include "base/hash.h"
#include "extract/ner/internal/fnv.h"

namespace dossier::internal {

enum Template : uint8_t {
  kBias,
  kWord,
  kKey,
  kKeyPrev1,
  kKeyNext1,
  kKeyPrev2,
  kKeyNext2,
  kBigramPrev,
  kBigramNext,
  kPrefix,
  kSuffix,
  kShape,
  kShapePrev,
  kShapeNext,
  kShapeTrigram,
  kCap,
  kPosition,
  kClusterFine,
  kClusterCoarse,
  kClusterPrev,
  kClusterNext,
  kLex,
  kLexPrev,
  kLexNext,
  kDoc,
  kWordPrev,
  kWordNext,
  kCluster2,
  kCaseSentence,
  kStacked,
  kStackedPrev,
  kStackedNext,
  kGazetteer,
  kGazetteerPrev,
  kGazetteerNext,
  kNumTemplates
};

// Template names as FeatureNames() prints them ("lw-1|lw" is the bigram).
inline constexpr std::string_view kTemplateNames[kNumTemplates] = {
    "bias", "w",    "lw",   "lw-1", "lw+1",  "lw-2",  "lw+2", "lw-1|lw", "lw|lw+1",
    "p",    "s",    "sh",   "sh-1", "sh+1",  "sh3",   "cap",  "pos",     "cf",
    "cc",   "cf-1", "cf+1", "lex",  "lex-1", "lex+1", "doc",  "w-1",     "w+1",
    "c2",   "case", "st",   "st-1", "st+1",  "gz",    "gz-1", "gz+1"};

// The hash state after template `t` and the first part `a`.
inline uint64_t FeatureStart(Template t, std::string_view a) {
  return FnvBytes((kFnvOffset ^ t) * kFnvPrime, a);
}

// Continues a feature's hash state with a further part (nothing when empty).
inline uint64_t FeatureContinue(uint64_t h, std::string_view part) {
  return part.empty() ? h : FnvBytes((h ^ '|') * kFnvPrime, part);
}

// The unmasked row of a feature whose hash state is `h`.
inline uint32_t FeatureRow(uint64_t h) { return static_cast<uint32_t>(Mix64(h)); }

// The unmasked row of feature (t, a, b, c).
inline uint32_t FeatureRow(Template t, std::string_view a, std::string_view b = {},
                           std::string_view c = {}) {
  return FeatureRow(FeatureContinue(FeatureContinue(FeatureStart(t, a), b), c));
}

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_FEATURE_TEMPLATES_H_

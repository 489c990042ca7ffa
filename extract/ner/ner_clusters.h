// Word clusters learned from unlabeled text by our own tool: each word of the
// vocabulary gets a fine and a coarse cluster id, so that words used in
// similar contexts ("Almaty", "Tashkent", "Moscow") share a feature even when
// only some of them were ever seen labelled.
//
// Method (deterministic, no randomness): each word occurring at least
// `min_count` times is described by the positive pointwise mutual
// information of its left and right neighbours among the `context_words`
// most frequent words (plus sentence boundaries); the vectors are normalized
// and grouped by spherical k-means, once with `fine_clusters` and once with
// `coarse_clusters` centroids, each seeded with the vectors of the most
// frequent words. Words are keyed by NerWordKey() (ASCII lower case, digits
// folded to '0').
//
//   WordClusters clusters = BuildWordClusters(sentences, ClusterOptions());
//   if (const WordCluster* c = clusters.Find("almaty")) use(c->fine);
//
// Thread-safe for concurrent Find() once built.
#ifndef DOSSIER_EXTRACT_NER_NER_CLUSTERS_H_
#define DOSSIER_EXTRACT_NER_NER_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dossier {

struct WordCluster {
  uint16_t fine = 0;
  uint16_t coarse = 0;
};

struct ClusterOptions {
  int min_count = 3;         // rarer words get no cluster; lower = more words, noisier vectors
  int context_words = 400;   // context dimensions per side; more = sharper, slower
  int fine_clusters = 600;   // granularity of the fine ids
  int coarse_clusters = 50;  // granularity of the coarse ids
  int iterations = 12;       // k-means rounds; assignments usually settle in under 10
};

// Returns the clustering key of a word: ASCII letters lower-cased, ASCII
// digits replaced by '0', other bytes unchanged.
std::string NerWordKey(std::string_view word);

class WordClusters {
 public:
  // Returns the clusters of `key` (a NerWordKey()), or nullptr when unknown.
  const WordCluster* Find(std::string_view key) const;
  void Add(std::string key, WordCluster cluster);
  size_t size() const { return entries_.size(); }
  bool operator==(const WordClusters& other) const;
  // Entries sorted by key: for writing a model file deterministically.
  std::vector<std::pair<std::string, WordCluster>> SortedEntries() const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, WordCluster, Hash, std::equal_to<>> entries_;
};

// Clusters the words of `sentences` (each a list of words as written).
WordClusters BuildWordClusters(const std::vector<std::vector<std::string>>& sentences,
                               const ClusterOptions& options);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NER_CLUSTERS_H_

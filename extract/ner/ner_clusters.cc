#include "extract/ner/ner_clusters.h"

#include <algorithm>
#include <cmath>

namespace dossier {
namespace {

struct SparseVector {
  std::vector<int> dims;
  std::vector<float> values;
};

// Spherical k-means over L2-normalized sparse vectors; returns each vector's
// cluster. Centroid j starts as vector j (the vectors come most frequent first).
std::vector<uint16_t> SphericalKMeans(const std::vector<SparseVector>& vectors, int dims, int k,
                                      int iterations) {
  const int n = static_cast<int>(vectors.size());
  k = std::min(k, n);
  std::vector<float> centroids(static_cast<size_t>(k) * dims, 0.0f);
  for (int j = 0; j < k; ++j) {
    for (size_t e = 0; e < vectors[j].dims.size(); ++e) {
      centroids[static_cast<size_t>(j) * dims + vectors[j].dims[e]] = vectors[j].values[e];
    }
  }
  std::vector<uint16_t> assignment(n, 0);
  for (int round = 0; round < iterations; ++round) {
    bool changed = false;
    for (int i = 0; i < n; ++i) {
      int best = 0;
      float best_score = -1e30f;
      for (int j = 0; j < k; ++j) {
        const float* c = &centroids[static_cast<size_t>(j) * dims];
        float score = 0;
        for (size_t e = 0; e < vectors[i].dims.size(); ++e) {
          score += c[vectors[i].dims[e]] * vectors[i].values[e];
        }
        if (score > best_score) {
          best_score = score;
          best = j;
        }
      }
      if (assignment[i] != best || round == 0) changed = true;
      assignment[i] = static_cast<uint16_t>(best);
    }
    if (!changed) break;
    std::fill(centroids.begin(), centroids.end(), 0.0f);
    for (int i = 0; i < n; ++i) {
      float* c = &centroids[static_cast<size_t>(assignment[i]) * dims];
      for (size_t e = 0; e < vectors[i].dims.size(); ++e) {
        c[vectors[i].dims[e]] += vectors[i].values[e];
      }
    }
    for (int j = 0; j < k; ++j) {
      float* c = &centroids[static_cast<size_t>(j) * dims];
      double norm = 0;
      for (int d = 0; d < dims; ++d) norm += double(c[d]) * c[d];
      if (norm == 0) continue;  // an empty cluster keeps a zero centroid
      const float inv = static_cast<float>(1.0 / std::sqrt(norm));
      for (int d = 0; d < dims; ++d) c[d] *= inv;
    }
  }
  return assignment;
}

}  // namespace

std::string NerWordKey(std::string_view word) {
  std::string key(word);
  for (char& ch : key) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch >= '0' && ch <= '9') ch = '0';
  }
  return key;
}

const WordCluster* WordClusters::Find(std::string_view key) const {
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second;
}

void WordClusters::Add(std::string key, WordCluster cluster) { entries_[std::move(key)] = cluster; }

bool WordClusters::operator==(const WordClusters& other) const {
  if (entries_.size() != other.entries_.size()) return false;
  for (const auto& [key, cluster] : entries_) {
    const WordCluster* found = other.Find(key);
    if (found == nullptr || found->fine != cluster.fine || found->coarse != cluster.coarse) {
      return false;
    }
  }
  return true;
}

std::vector<std::pair<std::string, WordCluster>> WordClusters::SortedEntries() const {
  std::vector<std::pair<std::string, WordCluster>> sorted(entries_.begin(), entries_.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return sorted;
}

WordClusters BuildWordClusters(const std::vector<std::vector<std::string>>& sentences,
                               const ClusterOptions& options) {
  // Vocabulary, most frequent first (ties by key, for determinism).
  std::unordered_map<std::string, int> counts;
  for (const auto& sentence : sentences) {
    for (const std::string& word : sentence) ++counts[NerWordKey(word)];
  }
  std::vector<std::pair<std::string, int>> vocab;
  for (auto& [key, count] : counts) {
    if (count >= options.min_count) vocab.emplace_back(key, count);
  }
  std::sort(vocab.begin(), vocab.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  WordClusters clusters;
  if (vocab.empty()) return clusters;
  std::unordered_map<std::string, int> index;
  for (size_t i = 0; i < vocab.size(); ++i) index[vocab[i].first] = static_cast<int>(i);

  // Context ids: 0 = sentence boundary, 1..C = the most frequent words.
  const int contexts = std::min<int>(options.context_words, static_cast<int>(vocab.size())) + 1;
  const int dims = 2 * contexts;  // left contexts, then right contexts
  std::vector<std::unordered_map<int, float>> cooc(vocab.size());
  std::vector<double> context_totals(dims, 0.0);
  double total = 0;
  std::vector<int> ids;
  for (const auto& sentence : sentences) {
    ids.clear();
    for (const std::string& word : sentence) {
      auto it = index.find(NerWordKey(word));
      ids.push_back(it == index.end() ? -1 : it->second);
    }
    for (size_t t = 0; t < ids.size(); ++t) {
      if (ids[t] < 0) continue;
      auto context_of = [&](long pos) {
        if (pos < 0 || pos >= static_cast<long>(ids.size())) return 0;
        const int id = ids[pos];
        return id >= 0 && id + 1 < contexts ? id + 1 : -1;
      };
      const int left = context_of(static_cast<long>(t) - 1);
      const int right = context_of(static_cast<long>(t) + 1);
      if (left >= 0) {
        cooc[ids[t]][left] += 1;
        context_totals[left] += 1;
        total += 1;
      }
      if (right >= 0) {
        cooc[ids[t]][contexts + right] += 1;
        context_totals[contexts + right] += 1;
        total += 1;
      }
    }
  }

  std::vector<SparseVector> vectors(vocab.size());
  for (size_t w = 0; w < vocab.size(); ++w) {
    double word_total = 0;
    for (const auto& [dim, c] : cooc[w]) word_total += c;
    std::vector<std::pair<int, float>> entries;
    for (const auto& [dim, c] : cooc[w]) {
      const double pmi = std::log(c * total / (word_total * context_totals[dim]));
      if (pmi > 0) entries.emplace_back(dim, static_cast<float>(pmi));
    }
    std::sort(entries.begin(), entries.end());
    double norm = 0;
    for (const auto& e : entries) norm += double(e.second) * e.second;
    const float inv = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
    for (const auto& e : entries) {
      vectors[w].dims.push_back(e.first);
      vectors[w].values.push_back(e.second * inv);
    }
  }
  const std::vector<uint16_t> fine =
      SphericalKMeans(vectors, dims, options.fine_clusters, options.iterations);
  const std::vector<uint16_t> coarse =
      SphericalKMeans(vectors, dims, options.coarse_clusters, options.iterations);
  for (size_t w = 0; w < vocab.size(); ++w) {
    clusters.Add(vocab[w].first, WordCluster{fine[w], coarse[w]});
  }
  return clusters;
}

}  // namespace dossier

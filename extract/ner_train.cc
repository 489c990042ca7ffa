#include "extract/ner_train.h"

#include <chrono>
#include <cstdio>
#include <string_view>

#include "extract/ner_decode.h"
#include "extract/ner_features.h"
#include "extract/ner_score.h"
#include "extract/ner_tags.h"

namespace dossier {
namespace {

constexpr int kT = kNumNerTags;

// Every sentence of a data set with its features precomputed.
struct FeaturedSet {
  std::vector<uint32_t> rows;            // all feature rows, sentence after sentence
  std::vector<uint32_t> token_start;     // per token (global index): first row; plus one end entry
  std::vector<uint32_t> sentence_start;  // per sentence: first global token; plus end
  std::vector<int> gold;                 // BILOU tag per global token
};

FeaturedSet Featurize(const std::vector<ConllDocument>& docs, NerFeatureExtractor& extractor) {
  FeaturedSet set;
  NerFeatures features;
  std::vector<std::string_view> words;
  for (const ConllDocument& doc : docs) {
    NerDocumentContext context;
    for (const ConllSentence& s : doc.sentences) {
      words.assign(s.words.begin(), s.words.end());
      context.AddSentence(words);
    }
    for (const ConllSentence& s : doc.sentences) {
      words.assign(s.words.begin(), s.words.end());
      extractor.Extract(words, context, &features);
      set.sentence_start.push_back(static_cast<uint32_t>(set.gold.size()));
      const uint32_t base = static_cast<uint32_t>(set.rows.size());
      for (size_t t = 0; t < words.size(); ++t)
        set.token_start.push_back(base + features.starts[t]);
      set.rows.insert(set.rows.end(), features.rows.begin(), features.rows.end());
      const std::vector<int> tags =
          BilouFromSpans(SpansFromBio(s.gold), static_cast<int>(s.words.size()));
      set.gold.insert(set.gold.end(), tags.begin(), tags.end());
    }
  }
  set.sentence_start.push_back(static_cast<uint32_t>(set.gold.size()));
  set.token_start.push_back(static_cast<uint32_t>(set.rows.size()));
  return set;
}

void Emissions(const FeaturedSet& set, uint32_t first, uint32_t last,
               const std::vector<float>& weights, std::vector<float>* out) {
  out->assign(static_cast<size_t>(last - first) * kT, 0.0f);
  for (uint32_t tok = first; tok < last; ++tok) {
    float* e = &(*out)[static_cast<size_t>(tok - first) * kT];
    for (uint32_t f = set.token_start[tok]; f < set.token_start[tok + 1]; ++f) {
      const float* row = &weights[static_cast<size_t>(set.rows[f]) * kT];
      for (int k = 0; k < kT; ++k) e[k] += row[k];
    }
  }
}

// Weights and transitions with the running sums that averaging needs:
// average = w - sum / c, where sum accumulates c * delta.
struct Parameters {
  std::vector<float> w, w_sum;
  NerTransitions tr, tr_sum;

  void UpdateRow(uint32_t row, int tag, float delta, float c) {
    w[size_t{row} * kT + tag] += delta;
    w_sum[size_t{row} * kT + tag] += c * delta;
  }
  static void Bump(float* value, float* sum, float delta, float c) {
    *value += delta;
    *sum += c * delta;
  }
  void Average(float c, std::vector<float>* w_avg, NerTransitions* tr_avg) const {
    w_avg->resize(w.size());
    for (size_t i = 0; i < w.size(); ++i) (*w_avg)[i] = w[i] - w_sum[i] / c;
    for (int i = 0; i < kT; ++i) {
      tr_avg->start[i] = tr.start[i] - tr_sum.start[i] / c;
      tr_avg->end[i] = tr.end[i] - tr_sum.end[i] / c;
    }
    for (int i = 0; i < kT * kT; ++i) tr_avg->pair[i] = tr.pair[i] - tr_sum.pair[i] / c;
  }
};

double DevF1(const FeaturedSet& dev, const std::vector<float>& weights, const NerTransitions& tr) {
  NerScorer scorer;
  ViterbiDecoder decoder;
  std::vector<float> emissions;
  std::vector<int> predicted;
  for (size_t s = 0; s + 1 < dev.sentence_start.size(); ++s) {
    const uint32_t first = dev.sentence_start[s], last = dev.sentence_start[s + 1];
    Emissions(dev, first, last, weights, &emissions);
    decoder.Decode(emissions.data(), static_cast<int>(last - first), tr, &predicted);
    const std::vector<int> gold(dev.gold.begin() + first, dev.gold.begin() + last);
    scorer.AddSentence(SpansFromBilou(gold), SpansFromBilou(predicted),
                       static_cast<int>(last - first));
  }
  return scorer.Scores().overall.f1();
}

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace

StatusOr<NerModel> TrainNer(const std::vector<ConllDocument>& train,
                            const std::vector<ConllDocument>& dev, const NerTrainOptions& options,
                            std::ostream* log) {
  if (options.epochs < 1) return InvalidArgumentError("epochs must be at least 1");
  if (options.hash_bits < 12 || options.hash_bits > 24) {
    return InvalidArgumentError("hash_bits must be in 12..24");
  }
  const auto started = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  // Clusters from the words of train and dev, labels unused.
  std::vector<std::vector<std::string>> unlabeled;
  for (const auto* docs : {&train, &dev}) {
    for (const ConllDocument& doc : *docs) {
      for (const ConllSentence& s : doc.sentences) unlabeled.push_back(s.words);
    }
  }
  WordClusters clusters = BuildWordClusters(unlabeled, options.clusters);
  unlabeled.clear();
  if (log) *log << "clusters: " << clusters.size() << " words (" << seconds() << " s)\n";

  NerFeatureExtractor extractor(&clusters, options.hash_bits);
  const FeaturedSet train_set = Featurize(train, extractor);
  const FeaturedSet dev_set = Featurize(dev, extractor);
  const size_t sentences = train_set.sentence_start.size() - 1;
  if (sentences == 0) return InvalidArgumentError("training data has no sentence");
  if (log) {
    *log << "features: " << train_set.gold.size() << " training tokens, " << train_set.rows.size()
         << " feature occurrences (" << seconds() << " s)\n";
  }

  Parameters p;
  const size_t size = (size_t{1} << options.hash_bits) * kT;
  p.w.assign(size, 0.0f);
  p.w_sum.assign(size, 0.0f);
  std::vector<float> w_avg, best_w;
  NerTransitions tr_avg, best_tr;
  double best_f1 = -1;
  int best_epoch = 0;
  std::vector<uint32_t> order(sentences);
  for (size_t i = 0; i < sentences; ++i) order[i] = static_cast<uint32_t>(i);
  uint64_t rng = options.seed;
  ViterbiDecoder decoder;
  std::vector<float> emissions;
  std::vector<int> predicted;
  float c = 1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = sentences; i > 1; --i) {
      std::swap(order[i - 1], order[SplitMix64(&rng) % i]);
    }
    int mistakes = 0;
    for (uint32_t s : order) {
      const uint32_t first = train_set.sentence_start[s], last = train_set.sentence_start[s + 1];
      const int n = static_cast<int>(last - first);
      Emissions(train_set, first, last, p.w, &emissions);
      decoder.Decode(emissions.data(), n, p.tr, &predicted);
      const int* gold = &train_set.gold[first];
      bool wrong = false;
      for (int t = 0; t < n; ++t) {
        if (predicted[t] == gold[t]) continue;
        wrong = true;
        for (uint32_t f = train_set.token_start[first + t];
             f < train_set.token_start[first + t + 1]; ++f) {
          p.UpdateRow(train_set.rows[f], gold[t], 1, c);
          p.UpdateRow(train_set.rows[f], predicted[t], -1, c);
        }
      }
      if (wrong) {
        ++mistakes;
        Parameters::Bump(&p.tr.start[gold[0]], &p.tr_sum.start[gold[0]], 1, c);
        Parameters::Bump(&p.tr.start[predicted[0]], &p.tr_sum.start[predicted[0]], -1, c);
        Parameters::Bump(&p.tr.end[gold[n - 1]], &p.tr_sum.end[gold[n - 1]], 1, c);
        Parameters::Bump(&p.tr.end[predicted[n - 1]], &p.tr_sum.end[predicted[n - 1]], -1, c);
        for (int t = 1; t < n; ++t) {
          const int g = gold[t - 1] * kT + gold[t];
          const int q = predicted[t - 1] * kT + predicted[t];
          if (g == q) continue;
          Parameters::Bump(&p.tr.pair[g], &p.tr_sum.pair[g], 1, c);
          Parameters::Bump(&p.tr.pair[q], &p.tr_sum.pair[q], -1, c);
        }
      }
      c += 1;
    }
    p.Average(c, &w_avg, &tr_avg);
    const double f1 = dev_set.gold.empty() ? 0 : DevF1(dev_set, w_avg, tr_avg);
    if (log) {
      char line[160];
      std::snprintf(line, sizeof(line),
                    "epoch %d: %d of %zu sentences wrong, dev F1 %.2f (%.1f s)\n", epoch, mistakes,
                    sentences, f1, seconds());
      *log << line;
    }
    if (f1 > best_f1 || dev_set.gold.empty()) {
      best_f1 = f1;
      best_epoch = epoch;
      best_w.swap(w_avg);
      best_tr = tr_avg;
    }
  }
  char description[512];
  std::snprintf(description, sizeof(description),
                "Dossier NER: averaged structured perceptron, BILOU, Viterbi; %s; hash_bits %d, "
                "epochs %d, seed %llu, best epoch %d, dev F1 %.2f, clusters %zu words",
                options.data_note.empty() ? "data unspecified" : options.data_note.c_str(),
                options.hash_bits, options.epochs, static_cast<unsigned long long>(options.seed),
                best_epoch, best_f1, clusters.size());
  return NerModel::FromFloatWeights(options.hash_bits, best_w, best_tr, std::move(clusters),
                                    description);
}

}  // namespace dossier

#include "extract/train/ner_train.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "extract/eval/ner_score.h"
#include "extract/ner/ner_decode.h"
#include "extract/ner/ner_features.h"
#include "extract/ner/ner_tags.h"

namespace dossier {
namespace {

constexpr int kT = kNumNerTags;

// Every sentence of a data set with its features precomputed.
struct FeaturedSet {
  std::vector<uint32_t> rows;            // all feature rows, sentence after sentence
  std::vector<uint32_t> token_start;     // per token (global index): first row; plus one end entry
  std::vector<uint32_t> sentence_start;  // per sentence: first global token; plus end
  std::vector<uint32_t> document_start;  // per document: first sentence; plus end
  std::vector<int> gold;                 // BILOU tag per global token
};

// Entity spans per sentence, sentences in data set order.
using SentenceSpans = std::vector<std::vector<TypedSpan>>;

// Featurizes `docs`; with `first_stage` (spans per sentence, in order), the
// features of a second stage, which sees the first stage's predictions.
FeaturedSet Featurize(const std::vector<ConllDocument>& docs, NerFeatureExtractor& extractor,
                      const SentenceSpans* first_stage = nullptr) {
  FeaturedSet set;
  NerFeatures features;
  std::vector<std::string_view> words;
  size_t sentence_index = 0;
  for (const ConllDocument& doc : docs) {
    set.document_start.push_back(static_cast<uint32_t>(set.sentence_start.size()));
    NerDocumentContext context;
    for (const ConllSentence& s : doc.sentences) {
      words.assign(s.words.begin(), s.words.end());
      context.AddSentence(words);
    }
    if (first_stage != nullptr) {
      for (const ConllSentence& s : doc.sentences) {
        words.assign(s.words.begin(), s.words.end());
        context.AddPredictions(words, (*first_stage)[sentence_index++]);
      }
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
  set.document_start.push_back(static_cast<uint32_t>(set.sentence_start.size() - 1));
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

// The averaged weights of one stage and how they scored.
struct Stage {
  std::vector<float> weights;
  NerTransitions transitions;
  int best_epoch = 0;
  double dev_f1 = 0;
};

// Trains one stage on the sentences of `train` in `sentences` for `epochs`
// epochs; with a non-empty `dev`, keeps the epoch that scores best on it,
// else the last. `label` prefixes the log lines.
Stage TrainStage(const FeaturedSet& train, std::vector<uint32_t> sentences, const FeaturedSet& dev,
                 int epochs, uint64_t seed, int hash_bits, const char* label, std::ostream* log,
                 const std::function<double()>& seconds) {
  Parameters p;
  const size_t size = (size_t{1} << hash_bits) * kT;
  p.w.assign(size, 0.0f);
  p.w_sum.assign(size, 0.0f);
  Stage best;
  best.dev_f1 = -1;
  std::vector<float> w_avg;
  NerTransitions tr_avg;
  uint64_t rng = seed;
  ViterbiDecoder decoder;
  std::vector<float> emissions;
  std::vector<int> predicted;
  float c = 1;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    for (size_t i = sentences.size(); i > 1; --i) {
      std::swap(sentences[i - 1], sentences[SplitMix64(&rng) % i]);
    }
    int mistakes = 0;
    for (uint32_t s : sentences) {
      const uint32_t first = train.sentence_start[s], last = train.sentence_start[s + 1];
      const int n = static_cast<int>(last - first);
      Emissions(train, first, last, p.w, &emissions);
      decoder.Decode(emissions.data(), n, p.tr, &predicted);
      const int* gold = &train.gold[first];
      bool wrong = false;
      for (int t = 0; t < n; ++t) {
        if (predicted[t] == gold[t]) continue;
        wrong = true;
        for (uint32_t f = train.token_start[first + t]; f < train.token_start[first + t + 1]; ++f) {
          p.UpdateRow(train.rows[f], gold[t], 1, c);
          p.UpdateRow(train.rows[f], predicted[t], -1, c);
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
    const bool score = !dev.gold.empty();
    if (!score && epoch < epochs) continue;
    p.Average(c, &w_avg, &tr_avg);
    const double f1 = score ? DevF1(dev, w_avg, tr_avg) : 0;
    if (log) {
      char line[200];
      std::snprintf(line, sizeof(line),
                    "%s epoch %d: %d of %zu sentences wrong, dev F1 %.2f (%.1f s)\n", label, epoch,
                    mistakes, sentences.size(), f1, seconds());
      *log << line;
    }
    if (f1 > best.dev_f1 || !score) {
      best.dev_f1 = f1;
      best.best_epoch = epoch;
      best.weights.swap(w_avg);
      best.transitions = tr_avg;
    }
  }
  return best;
}

// The spans `stage` predicts for sentences [first, last) of `set`, appended
// to *out at their sentence indices (out sized to the set's sentences).
void PredictSentences(const FeaturedSet& set, const Stage& stage, uint32_t first, uint32_t last,
                      SentenceSpans* out) {
  ViterbiDecoder decoder;
  std::vector<float> emissions;
  std::vector<int> predicted;
  for (uint32_t s = first; s < last; ++s) {
    const uint32_t begin = set.sentence_start[s], end = set.sentence_start[s + 1];
    Emissions(set, begin, end, stage.weights, &emissions);
    decoder.Decode(emissions.data(), static_cast<int>(end - begin), stage.transitions, &predicted);
    (*out)[s] = SpansFromBilou(predicted);
  }
}

std::string Describe(const NerTrainOptions& options, const Stage& first, const Stage* second,
                     size_t cluster_words) {
  char text[512];
  std::snprintf(text, sizeof(text),
                "Dossier NER: averaged structured perceptron, BILOU, Viterbi; %s; hash_bits %d, "
                "epochs %d, seed %llu; stage 1 best epoch %d, dev F1 %.2f",
                options.data_note.empty() ? "data unspecified" : options.data_note.c_str(),
                options.hash_bits, options.epochs, static_cast<unsigned long long>(options.seed),
                first.best_epoch, first.dev_f1);
  std::string description = text;
  if (second != nullptr) {
    std::snprintf(text, sizeof(text),
                  "; stage 2 (%d-fold jackknifed stage-1 predictions) best epoch %d, dev F1 %.2f",
                  options.folds, second->best_epoch, second->dev_f1);
    description += text;
  }
  description += "; clusters " + std::to_string(cluster_words) + " words; gazetteer " +
                 std::to_string(options.gazetteer.size()) + " phrases";
  return description;
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
  const std::function<double()> seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  // Clusters from the words of train and dev, labels unused.
  std::vector<std::vector<std::string>> unlabeled;
  for (const auto* docs : {&train, &dev}) {
    for (const ConllDocument& doc : *docs) {
      for (const ConllSentence& s : doc.sentences) unlabeled.push_back(s.words);
    }
  }
  unlabeled.insert(unlabeled.end(), options.unlabeled.begin(), options.unlabeled.end());
  WordClusters clusters = BuildWordClusters(unlabeled, options.clusters);
  unlabeled.clear();
  if (log) *log << "clusters: " << clusters.size() << " words (" << seconds() << " s)\n";

  NerFeatureExtractor extractor(&clusters, options.hash_bits, &options.gazetteer);
  const FeaturedSet train_set = Featurize(train, extractor);
  const FeaturedSet dev_set = Featurize(dev, extractor);
  const size_t sentences = train_set.sentence_start.size() - 1;
  if (sentences == 0) return InvalidArgumentError("training data has no sentence");
  if (log) {
    *log << "features: " << train_set.gold.size() << " training tokens, " << train_set.rows.size()
         << " feature occurrences (" << seconds() << " s)\n";
  }

  std::vector<uint32_t> all(sentences);
  for (size_t i = 0; i < sentences; ++i) all[i] = static_cast<uint32_t>(i);
  const Stage first = TrainStage(train_set, all, dev_set, options.epochs, options.seed,
                                 options.hash_bits, "stage 1", log, seconds);
  if (options.folds < 2) {
    const std::string description = Describe(options, first, nullptr, clusters.size());
    NerModel model = NerModel::FromFloatWeights(options.hash_bits, first.weights, first.transitions,
                                                std::move(clusters), description);
    model.set_gazetteer(options.gazetteer);
    return model;
  }

  // Jackknifed first-stage predictions on the training data: each fold of
  // documents is tagged by a first stage trained on the other folds, so the
  // second stage learns from predictions as good (and as wrong) as the
  // first stage's on unseen text. Dev is tagged by the full first stage.
  SentenceSpans train_predicted(sentences), dev_predicted(dev_set.sentence_start.size() - 1);
  const size_t documents = train_set.document_start.size() - 1;
  for (int fold = 0; fold < options.folds; ++fold) {
    std::vector<uint32_t> in_fold;
    for (size_t d = 0; d < documents; ++d) {
      if (static_cast<int>(d % options.folds) == fold) continue;
      for (uint32_t s = train_set.document_start[d]; s < train_set.document_start[d + 1]; ++s) {
        in_fold.push_back(s);
      }
    }
    char label[32];
    std::snprintf(label, sizeof(label), "fold %d", fold + 1);
    const Stage held_out =
        TrainStage(train_set, in_fold, FeaturedSet(), first.best_epoch, options.seed + 1 + fold,
                   options.hash_bits, label, log, seconds);
    for (size_t d = fold; d < documents; d += options.folds) {
      PredictSentences(train_set, held_out, train_set.document_start[d],
                       train_set.document_start[d + 1], &train_predicted);
    }
  }
  PredictSentences(dev_set, first, 0, static_cast<uint32_t>(dev_predicted.size()), &dev_predicted);

  const FeaturedSet train_second = Featurize(train, extractor, &train_predicted);
  const FeaturedSet dev_second = Featurize(dev, extractor, &dev_predicted);
  const Stage second = TrainStage(train_second, all, dev_second, options.epochs, options.seed,
                                  options.hash_bits, "stage 2", log, seconds);
  const std::string description = Describe(options, first, &second, clusters.size());
  NerModel model = NerModel::FromFloatWeights(options.hash_bits, first.weights, first.transitions,
                                              clusters, description);
  model.set_gazetteer(options.gazetteer);
  NerModel second_model =
      NerModel::FromFloatWeights(options.hash_bits, second.weights, second.transitions,
                                 std::move(clusters), description + " (second stage)");
  second_model.set_gazetteer(options.gazetteer);
  model.set_second_stage(std::move(second_model));
  return model;
}

}  // namespace dossier

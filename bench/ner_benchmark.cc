// Tagging throughput of the named-entity tagger on CoNLL++ test sentences
// (../shared/datasets/conll2003pp/conllpp_test.txt, read at run time, never
// copied) with the shipped model (models/ner-en.bin). Reports tokens/s on one
// thread. The compromise npm peer (bench/peers/compromise/) tags the same
// text; see docs/ner.md for the commands and figures.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "extract/ner_conll.h"
#include "extract/ner_model.h"
#include "extract/ner_tagger.h"

namespace dossier {
namespace {

const std::string kRoot = DOSSIER_SOURCE_DIR;

void BM_NerTagConllTest(benchmark::State& state) {
  StatusOr<NerModel> model = NerModel::Load(kRoot + "/models/ner-en.bin");
  StatusOr<std::vector<ConllDocument>> docs =
      ReadConllFile(kRoot + "/../shared/datasets/conll2003pp/conllpp_test.txt");
  if (!model.ok() || !docs.ok()) {
    state.SkipWithError("models/ner-en.bin or ../shared/datasets/conll2003pp absent");
    return;
  }
  // Words and document contexts are prepared outside the timed loop.
  std::vector<std::vector<std::vector<std::string_view>>> sentences(docs->size());
  std::vector<NerDocumentContext> contexts(docs->size());
  int64_t tokens = 0;
  for (size_t d = 0; d < docs->size(); ++d) {
    for (const ConllSentence& s : (*docs)[d].sentences) {
      sentences[d].emplace_back(s.words.begin(), s.words.end());
      contexts[d].AddSentence(sentences[d].back());
      tokens += static_cast<int64_t>(s.words.size());
    }
  }
  NerTagger tagger(&*model);
  std::vector<int> tags;
  for (auto _ : state) {
    for (size_t d = 0; d < sentences.size(); ++d) {
      for (const auto& words : sentences[d]) {
        tagger.Tag(words, contexts[d], &tags);
        benchmark::DoNotOptimize(tags.data());
      }
    }
  }
  state.SetItemsProcessed(state.iterations() * tokens);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerTagConllTest)->Unit(benchmark::kMillisecond);

void BM_NerModelLoad(benchmark::State& state) {
  for (auto _ : state) {
    StatusOr<NerModel> model = NerModel::Load(kRoot + "/models/ner-en.bin");
    if (!model.ok()) {
      state.SkipWithError("models/ner-en.bin absent");
      return;
    }
    benchmark::DoNotOptimize(model->scale());
  }
}
BENCHMARK(BM_NerModelLoad)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();

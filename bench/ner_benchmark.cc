// Tagging throughput of the named-entity tagger on CoNLL++ test sentences
// (../shared/datasets/conll2003pp/conllpp_test.txt, read at run time, never
// copied) with the shipped model (models/ner-en.bin). Reports tokens/s on one
// thread. The compromise npm peer (bench/peers/compromise/) tags the same
// text; see docs/ner.md for the commands and figures.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

#include "extract/eval/ner_conll.h"
#include "extract/ner/ner_model.h"
#include "extract/ner/ner_tagger.h"

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
  // Words are prepared outside the timed loop; document contexts (and, for a
  // two-stage model, both passes) inside, as TagDocument does them.
  std::vector<std::vector<std::vector<std::string_view>>> sentences(docs->size());
  int64_t tokens = 0;
  for (size_t d = 0; d < docs->size(); ++d) {
    for (const ConllSentence& s : (*docs)[d].sentences) {
      sentences[d].emplace_back(s.words.begin(), s.words.end());
      tokens += static_cast<int64_t>(s.words.size());
    }
  }
  NerTagger tagger(&*model);
  for (auto _ : state) {
    for (const auto& document : sentences) {
      const std::vector<std::vector<TypedSpan>> spans = tagger.TagDocument(document);
      benchmark::DoNotOptimize(spans.data());
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

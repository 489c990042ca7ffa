// Throughput of the time and money extractor on English text, beside
// chrono-node (bench/peers/chrono) on the same file, and on Russian text:
// bench/run_time_money.sh runs them in one go. The English text comes from
// $DOSSIER_TIME_TEXT, the Russian from $DOSSIER_TIME_TEXT_RU; each line is a
// paragraph, scanned as one passage, as chrono-node's runner does.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/time/time_money.h"

namespace dossier {
namespace {

struct Text {
  std::string bytes;
  std::vector<std::string_view> paragraphs;
  std::string error;
};

// The paragraphs of the file $variable names.
Text* ReadText(const char* variable) {
  auto* out = new Text;
  const char* path = std::getenv(variable);
  if (path == nullptr) {
    out->error = std::string("set ") + variable + " to a text file (bench/run_time_money.sh does)";
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  out->bytes = buffer.str();
  if (out->bytes.empty()) out->error = std::string(path) + ": empty or unreadable";
  std::string_view rest = out->bytes;
  while (!rest.empty()) {
    const size_t line_end = rest.find('\n');
    const std::string_view line = rest.substr(0, line_end);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) out->paragraphs.push_back(line);
    if (line_end == std::string_view::npos) break;
    rest.remove_prefix(line_end + 1);
  }
  return out;
}

// Every paragraph of `text` as one passage in `language`.
void RunExtraction(benchmark::State& state, const Text& text, std::string_view language) {
  if (!text.error.empty()) {
    state.SkipWithError(text.error.c_str());
    return;
  }
  const CivilDate reference{2013, 2, 12};  // the same reference date as the chrono-node runner
  size_t times = 0;
  size_t money = 0;
  for (auto _ : state) {
    times = money = 0;
    for (std::string_view paragraph : text.paragraphs) {
      const TimeMoneyResult found = ExtractTimesAndMoneyFromText(paragraph, language, reference);
      times += found.times.size();
      money += found.money.size();
    }
    benchmark::DoNotOptimize(times);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.bytes.size()));
  state.counters["times"] = static_cast<double>(times);
  state.counters["money"] = static_cast<double>(money);
  state.counters["paragraphs"] = static_cast<double>(text.paragraphs.size());
}

void BM_ExtractTimesAndMoney(benchmark::State& state) {
  static const Text* text = ReadText("DOSSIER_TIME_TEXT");
  RunExtraction(state, *text, "en");
}
BENCHMARK(BM_ExtractTimesAndMoney)->Unit(benchmark::kMillisecond);

void BM_ExtractTimesAndMoneyRussian(benchmark::State& state) {
  static const Text* text = ReadText("DOSSIER_TIME_TEXT_RU");
  RunExtraction(state, *text, "ru");
}
BENCHMARK(BM_ExtractTimesAndMoneyRussian)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();

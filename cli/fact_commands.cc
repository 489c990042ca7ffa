#include "cli/fact_commands.h"

#include <fmt/core.h>

#include <memory>
#include <utility>
#include <vector>

#include "cli/ner_commands.h"
#include "extract/eval/fact_eval.h"
#include "extract/eval/fact_eval_factrueval.h"
#include "pipeline/ingest_pipeline.h"
#include "pipeline/run_extractors.h"

namespace dossier::cli {
namespace {

void PrintRow(const std::string& name, const FamilyScore& s) {
  fmt::print("{:<14} {:>6} {:>6} {:>7.3f} {:>9} {:>6} {:>9.3f} {:>12}\n", name, s.gold, s.found,
             s.Recall(), s.predicted, s.predicted_right, s.Precision(), s.unannotated);
}

}  // namespace

int RunEvalFacts(const std::string& file, bool verbose) {
  StatusOr<std::vector<RelationDocument>> docs =
      IsFactRuEvalFolder(file) ? ReadFactRuEvalFacts(file) : ReadReDocRed(file);
  if (!docs.ok()) {
    fmt::print(stderr, "dossier: {}\n", docs.status().message());
    return 1;
  }
  std::unique_ptr<NerModels> models = LoadShippedNerModelsOrReport();
  if (models == nullptr) return 1;
  const Pipeline pipeline(PipelineOptions{}, nullptr);
  FactEvalScores scores;
  for (size_t i = 0; i < docs->size(); ++i) {
    const RelationDocument& doc = (*docs)[i];
    StatusOr<ProcessedSource> processed =
        pipeline.ProcessUnmarked(fmt::format("{}#{}.txt", file, i), doc.text, "");
    if (!processed.ok()) {
      fmt::print(stderr, "dossier: {}\n", processed.status().message());
      continue;
    }
    const DocumentExtraction found =
        RunExtractors(processed->document, ExtractionOptions{.ner_models = models.get()});
    FactEvalNotes notes;
    ScoreRelationDocument(doc, NamedFactsOf(found.facts, found.entities), &scores,
                          verbose ? &notes : nullptr);
    if (verbose && (!notes.missed.empty() || !notes.wrong.empty())) {
      fmt::print("== {} {}\n", i, doc.title);
      for (const std::string& m : notes.missed) fmt::print("MISSED {}\n", m);
      for (const std::string& w : notes.wrong) fmt::print("WRONG  {}\n", w);
    }
  }
  fmt::print("documents {}\n", scores.documents);
  fmt::print("{:<14} {:>6} {:>6} {:>7} {:>9} {:>6} {:>9} {:>12}\n", "family", "gold", "found",
             "recall", "predicted", "right", "precision", "unannotated");
  for (const auto& [family, s] : scores.families) PrintRow(family, s);
  PrintRow("all", scores.Total());
  FactEvalScores without_citizenship = scores;
  without_citizenship.families.erase("citizen_of");
  PrintRow("all but citizen", without_citizenship.Total());
  return 0;
}

}  // namespace dossier::cli

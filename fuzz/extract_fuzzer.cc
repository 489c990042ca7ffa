// libFuzzer target for the extractors: arbitrary bytes read as a text file,
// normalized and segmented, duplicates marked, then every extractor run
// (entities with the shipped model, times, money, quotations, facts, then
// one entity per person across spellings: RunExtractors) and the result
// turned into the contract's JSON and read back.
//
// Beyond "no crash, no sanitizer report", checks that every span lies inside
// the text and that speakers, subjects and object ids name entities of the
// document; aborts otherwise.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "extract/extraction_json.h"
#include "extract/ner/ner_models.h"
#include "ingest/reader.h"
#include "pipeline/run_extractors.h"
#include "text/dedupe.h"
#include "text/document_builder.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

const dossier::NerModels* Models() {
  static const dossier::NerModels* models = [] {
    dossier::StatusOr<dossier::NerModels> loaded = dossier::LoadNerModels(
        std::string(DOSSIER_SOURCE_DIR) + "/models", dossier::ShippedNerLanguages());
    Check(loaded.ok());
    return new dossier::NerModels(std::move(*loaded));
  }();
  return models;
}

void CheckSpan(dossier::Span span, size_t size) {
  Check(span.start <= span.end && span.end <= size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dossier::ReadOptions options;
  options.max_bytes = 64 << 10;
  dossier::StatusOr<dossier::ParsedSource> parsed =
      dossier::ReadSource("input.txt", bytes, options);
  if (!parsed.ok()) return 0;
  dossier::NormalizedDocument document = dossier::BuildDocument(*parsed);
  dossier::MarkInternalDuplicates(&document, dossier::DedupeOptions());
  dossier::ExtractionOptions extraction_options;
  extraction_options.ner_models = Models();
  extraction_options.document_date = dossier::CivilDate{2013, 2, 12};
  const dossier::DocumentExtraction found = dossier::RunExtractors(document, extraction_options);

  const size_t text_size = document.text.size();
  std::set<std::string> ids;
  for (const dossier::Entity& entity : found.entities) {
    Check(ids.insert(entity.id).second);
    for (const dossier::EntityMention& m : entity.mentions) CheckSpan(m.span, text_size);
    for (const dossier::EntityMention& m : entity.references) CheckSpan(m.span, text_size);
  }
  auto known = [&](const std::string& id) { return id.empty() || ids.count(id) > 0; };
  for (const dossier::TimeMention& t : found.times) CheckSpan(t.span, text_size);
  for (const dossier::MoneyMention& m : found.money) CheckSpan(m.span, text_size);
  for (const dossier::Quote& q : found.quotes) {
    CheckSpan(q.span, text_size);
    for (dossier::Span part : q.parts) CheckSpan(part, text_size);
    Check(known(q.speaker) && known(q.addressee_entity));
  }
  for (const dossier::Fact& f : found.facts) {
    CheckSpan(f.evidence, text_size);
    Check(!f.subject.empty() && known(f.subject) && known(f.according_to));
    if (f.object_is_entity) Check(known(f.object));
  }
  Check(dossier::ExtractionFromJson(dossier::ExtractionToJson(found)).ok());
  return 0;
}

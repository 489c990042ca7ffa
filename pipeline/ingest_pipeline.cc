#include "pipeline/ingest_pipeline.h"

#include <cassert>
#include <utility>

#include "base/sha256.h"
#include "extract/extraction_json.h"
#include "pipeline/in_flight_duplicates.h"
#include "pipeline/input_files.h"
#include "pipeline/run_extractors.h"
#include "text/document_builder.h"

namespace dossier {

std::string ExtractionJsonText(const DocumentExtraction& extraction) {
  return ExtractionToJsonText(extraction);
}

std::vector<SourceEntity> SourceEntitiesOf(const DocumentExtraction& extraction) {
  std::vector<SourceEntity> out;
  out.reserve(extraction.entities.size());
  for (const Entity& entity : extraction.entities) {
    out.push_back(SourceEntity{.local_id = entity.id,
                               .type = entity.type,
                               .name = entity.name,
                               .aliases = entity.aliases,
                               .mentions = static_cast<int>(entity.mentions.size())});
  }
  return out;
}

void ExtractInto(const NerModels* ner_models, ProcessedSource* processed) {
  const ExtractionOptions options{.ner_models = ner_models,
                                  .document_date = ParseDocumentDate(processed->parsed.published)};
  const DocumentExtraction extraction = RunExtractors(processed->document, options);
  processed->extraction_json = ExtractionJsonText(extraction);
  processed->entities = SourceEntitiesOf(extraction);
}

SourceToStore ToStore(const ProcessedSource& processed) {
  return SourceToStore{.sha256 = processed.sha256,
                       .path = processed.path,
                       .raw = processed.raw,
                       .kind = std::string(SourceKindName(processed.parsed.kind)),
                       .encoding = processed.parsed.encoding,
                       .title = processed.parsed.title,
                       .url = processed.parsed.url,
                       .published = processed.parsed.published,
                       .document = &processed.document,
                       .fingerprints = &processed.fingerprints,
                       .extraction_json = processed.extraction_json,
                       .extractor_version = kExtractorVersion,
                       .entities = &processed.entities};
}

StatusOr<IngestOutcome> StoreProcessed(EvidenceStore* store, const ProcessedSource& processed) {
  IngestOutcome outcome;
  outcome.bytes = processed.raw.size();
  StatusOr<int64_t> id = store->AddSource(ToStore(processed));
  if (!id.ok()) {
    if (id.status().code() == StatusCode::kAlreadyExists) {
      outcome.result = IngestResult::kAlreadyStored;
      return outcome;
    }
    return id.status().WithPrefix(processed.path);
  }
  outcome.source_id = *id;
  outcome.passages = static_cast<int>(processed.document.passages.size());
  outcome.duplicates = CountDuplicates(processed.document);
  return outcome;
}

StatusOr<ProcessedSource> Pipeline::Process(std::string path, std::string bytes) const {
  std::string sha256 = Sha256Hex(bytes);
  ASSIGN_OR_RETURN(ProcessedSource out,
                   ProcessUnmarked(std::move(path), std::move(bytes), std::move(sha256)));
  RETURN_IF_ERROR(MarkStored(&out));
  return out;
}

Status Pipeline::MarkStored(ProcessedSource* processed) const {
  if (store_ == nullptr) return Status::Ok();
  InFlightDuplicates stored_only(options_.dedupe);
  return stored_only.Mark(store_, processed->path, &processed->document, processed->fingerprints);
}

StatusOr<ProcessedSource> Pipeline::ProcessUnmarked(std::string path, std::string bytes,
                                                    std::string sha256) const {
  ProcessedSource out;
  out.path = std::move(path);
  out.raw = std::move(bytes);
  out.sha256 = std::move(sha256);
  ASSIGN_OR_RETURN(out.parsed, ReadSource(out.path, out.raw, options_.read));
  out.document = BuildDocument(out.parsed);
  if (out.document.passages.empty()) {
    return InvalidArgumentError(out.path + ": no text found");
  }
  if (out.parsed.title.empty() && out.document.passages.front().kind == PassageKind::kHeading) {
    // Plain text names no title: its leading heading is the best one.
    const Span span = out.document.passages.front().span;
    out.parsed.title = out.document.text.substr(span.start, span.size());
  }
  out.fingerprints = MarkInternalDuplicates(&out.document, options_.dedupe);
  return out;
}

StatusOr<ProcessedSource> Pipeline::ProcessFile(const std::string& path) const {
  ASSIGN_OR_RETURN(std::string bytes, ReadInputFile(path, options_.read.max_bytes));
  return Process(path, std::move(bytes));
}

StatusOr<IngestOutcome> Pipeline::IngestFile(const std::string& path) {
  ASSIGN_OR_RETURN(std::string bytes, ReadInputFile(path, options_.read.max_bytes));
  return IngestBytes(path, std::move(bytes));
}

StatusOr<IngestOutcome> Pipeline::IngestBytes(std::string path, std::string bytes) {
  assert(store_ != nullptr);
  std::string sha256 = Sha256Hex(bytes);
  ASSIGN_OR_RETURN(bool known, store_->HasSource(sha256));
  if (known) {
    return IngestOutcome{.result = IngestResult::kAlreadyStored, .bytes = bytes.size()};
  }
  ASSIGN_OR_RETURN(ProcessedSource processed,
                   ProcessUnmarked(std::move(path), std::move(bytes), std::move(sha256)));
  RETURN_IF_ERROR(MarkStored(&processed));
  ExtractInto(options_.ner_models, &processed);
  return StoreRemarking(&processed);
}

StatusOr<IngestOutcome> Pipeline::StoreRemarking(ProcessedSource* processed) const {
  // Each retry means another writer stored a passage of this document in
  // the moment since it was marked; a few in a row are already unlikely.
  constexpr int kMaxRetries = 8;
  for (int retry = 0;; ++retry) {
    StatusOr<IngestOutcome> outcome = StoreProcessed(store_, *processed);
    if (outcome.ok() || outcome.status().code() != StatusCode::kAborted || retry == kMaxRetries) {
      return outcome;
    }
    ClearStoredMarks(&processed->document);
    RETURN_IF_ERROR(MarkStored(processed));
    ExtractInto(options_.ner_models, processed);
  }
}

}  // namespace dossier

#include "cli/document_json.h"

#include <nlohmann/json.hpp>
#include <string>

#include "cli/ner_commands.h"
#include "extract/document_extraction.h"
#include "extract/extraction_json.h"
#include "pipeline/run_extractors.h"
#include "text/language.h"

namespace dossier::cli {
namespace {

using nlohmann::json;

json OrNull(std::string_view value) {
  return value.empty() ? json(nullptr) : json(std::string(value));
}

json PassageJson(const NormalizedDocument& document, int index) {
  const Passage& passage = document.passages[index];
  json out = {
      {"index", index},
      {"start", passage.span.start},
      {"end", passage.span.end},
      {"kind", std::string(PassageKindName(passage.kind))},
      {"section",
       passage.section >= 0 ? OrNull(document.sections[passage.section].title) : json(nullptr)},
      {"duplicate_of", nullptr},
      // The language the passage is read in; one we do not read marks a
      // passage that adds nothing to the extraction lists.
      {"language", std::string(PassageLanguage(document, passage))},
  };
  json sentences = json::array();
  for (int s = passage.first_sentence; s < passage.first_sentence + passage.sentence_count; ++s) {
    sentences.push_back({document.sentences[s].start, document.sentences[s].end});
  }
  out["sentences"] = std::move(sentences);
  if (passage.duplicate_of.has_value()) {
    const DuplicateRef& ref = *passage.duplicate_of;
    out["duplicate_of"] = ref.passage_index;
    out["duplicate_exact"] = ref.exact;
    out["duplicate_similarity"] = ref.similarity;
    if (!ref.source_sha256.empty()) {
      out["duplicate_source"] = ref.source_sha256;
      out["duplicate_source_id"] = ref.source_id;
    }
  }
  return out;
}

}  // namespace

json DocumentJson(const DocumentView& view, const NerModels* ner_models) {
  const NormalizedDocument& document = *view.document;
  json doc = {
      {"sha256", std::string(view.sha256)},
      {"path", std::string(view.path)},
      {"title", OrNull(view.title)},
      {"language", document.language},
      {"text", document.text},
      {"kind", std::string(view.kind)},
      {"encoding", std::string(view.encoding)},
      {"url", OrNull(view.url)},
      {"published", OrNull(view.published)},
      {"bytes", view.bytes},
  };
  if (view.source_id != 0) doc["source_id"] = view.source_id;

  json passages = json::array();
  for (int i = 0; i < static_cast<int>(document.passages.size()); ++i) {
    passages.push_back(PassageJson(document, i));
  }
  json sections = json::array();
  for (const Section& section : document.sections) {
    sections.push_back({{"title", section.title},
                        {"level", section.level},
                        {"heading_passage", section.heading_passage}});
  }
  // Times are anchored at the publication date when it is known. Without a
  // model there are no entities, so no speakers or facts about them either.
  ExtractionOptions options;
  options.ner_models = ner_models;
  options.document_date = ParseDocumentDate(view.published);
  json out = ExtractionToJson(RunExtractors(document, options));
  out["document"] = std::move(doc);
  out["passages"] = std::move(passages);
  out["sections"] = std::move(sections);
  return out;
}

std::string ToJsonText(const json& value, int indent) {
  return value.dump(indent, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

}  // namespace dossier::cli

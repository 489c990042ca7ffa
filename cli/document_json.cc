#include "cli/document_json.h"

#include <nlohmann/json.hpp>
#include <string>

#include "cli/ner_commands.h"
#include "extract/document_extraction.h"
#include "extract/extraction_json.h"
#include "extract/extraction_json_writer.h"
#include "pipeline/run_extractors.h"
#include "text/language.h"

namespace dossier::cli {
namespace {

using nlohmann::json;

// The writers below put the keys of each object in byte order, as
// nlohmann::json keeps them.
void WriteDocument(const DocumentView& view, JsonWriter* w) {
  const NormalizedDocument& document = *view.document;
  w->BeginObject();
  w->Key("bytes"), w->Uint(view.bytes);
  w->Key("encoding"), w->String(view.encoding);
  w->Key("kind"), w->String(view.kind);
  w->Key("language"), w->String(document.language);
  w->Key("path"), w->String(view.path);
  w->Key("published"), w->StringOrNull(view.published);
  w->Key("sha256"), w->String(view.sha256);
  if (view.source_id != 0) w->Key("source_id"), w->Int(view.source_id);
  w->Key("text"), w->String(document.text);
  w->Key("title"), w->StringOrNull(view.title);
  w->Key("url"), w->StringOrNull(view.url);
  w->EndObject();
}

// Passage `duplicate_of` is the index of the passage repeated, else null.
void WritePassage(const NormalizedDocument& document, int index, JsonWriter* w) {
  const Passage& passage = document.passages[index];
  const DuplicateRef* ref = passage.duplicate_of ? &*passage.duplicate_of : nullptr;
  w->BeginObject();
  if (ref != nullptr) w->Key("duplicate_exact"), w->Bool(ref->exact);
  w->Key("duplicate_of");
  if (ref != nullptr) {
    w->Int(ref->passage_index);
    w->Key("duplicate_similarity"), w->Double(ref->similarity);
    if (!ref->source_sha256.empty()) {
      w->Key("duplicate_source"), w->String(ref->source_sha256);
      w->Key("duplicate_source_id"), w->Int(ref->source_id);
    }
  } else {
    w->Null();
  }
  w->Key("end"), w->Uint(passage.span.end);
  w->Key("index"), w->Int(index);
  w->Key("kind"), w->String(PassageKindName(passage.kind));
  // The language the passage is read in; one we do not read marks a
  // passage that adds nothing to the extraction lists.
  w->Key("language"), w->String(PassageLanguage(document, passage));
  w->Key("section");
  if (passage.section >= 0) {
    w->StringOrNull(document.sections[passage.section].title);
  } else {
    w->Null();
  }
  w->Key("sentences");
  w->BeginArray();
  for (int s = passage.first_sentence; s < passage.first_sentence + passage.sentence_count; ++s) {
    w->BeginArray();
    w->Uint(document.sentences[s].start);
    w->Uint(document.sentences[s].end);
    w->EndArray();
  }
  w->EndArray();
  w->Key("start"), w->Uint(passage.span.start);
  w->EndObject();
}

void WriteSections(const NormalizedDocument& document, JsonWriter* w) {
  w->BeginArray();
  for (const Section& section : document.sections) {
    w->BeginObject();
    w->Key("heading_passage"), w->Int(section.heading_passage);
    w->Key("level"), w->Int(section.level);
    w->Key("title"), w->String(section.title);
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace

std::string DocumentJsonText(const DocumentView& view, const NerModels* ner_models, int indent) {
  const NormalizedDocument& document = *view.document;
  // Times are anchored at the publication date when it is known. Without a
  // model there are no entities, so no speakers or facts about them either.
  ExtractionOptions options;
  options.ner_models = ner_models;
  options.document_date = ParseDocumentDate(view.published);
  const DocumentExtraction extraction = RunExtractors(document, options);

  std::string text;
  JsonWriter w(&text, indent);
  w.BeginObject();
  w.Key("document"), WriteDocument(view, &w);
  for (ExtractionList list :
       {ExtractionList::kEntities, ExtractionList::kFacts, ExtractionList::kMoney}) {
    w.Key(ExtractionListName(list)), WriteExtractionList(extraction, list, &w);
  }
  w.Key("passages");
  w.BeginArray();
  for (int i = 0; i < static_cast<int>(document.passages.size()); ++i) {
    WritePassage(document, i, &w);
  }
  w.EndArray();
  w.Key("quotes"), WriteExtractionList(extraction, ExtractionList::kQuotes, &w);
  w.Key("sections"), WriteSections(document, &w);
  w.Key("times"), WriteExtractionList(extraction, ExtractionList::kTimes, &w);
  w.EndObject();
  return text;
}

json DocumentJson(const DocumentView& view, const NerModels* ner_models) {
  return json::parse(DocumentJsonText(view, ner_models));
}

std::string ToJsonText(const json& value, int indent) {
  return value.dump(indent, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

}  // namespace dossier::cli

// The write side of the JSON API: screening (reads, but takes a body),
// judgments with undo, and uploads into the store.
#include <nlohmann/json.hpp>

#include "dossier/store_screening.h"
#include "pipeline/entity_linking.h"
#include "pipeline/ingest_pipeline.h"
#include "server/workbench.h"
#include "web/api_json.h"

namespace dossier::server {
namespace {

constexpr size_t kMostScreenedNames = 10000;

// The JSON object of a POST body, or the error to answer with.
StatusOr<nlohmann::json> ParseObject(const HttpRequest& request) {
  nlohmann::json body = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return InvalidArgumentError("the body is not valid JSON");
  if (!body.is_object()) return InvalidArgumentError("the body must be a JSON object");
  return body;
}

// The string field `name` of `body`, "" when absent; an error when it is
// there and not a string.
StatusOr<std::string> StringField(const nlohmann::json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::string();
  if (!it->is_string()) return InvalidArgumentError(std::string(name) + " must be a string");
  return it->get<std::string>();
}

// The file name an upload is stored under: "upload/" and the name's last
// part, with bytes that could mislead a reader or a shell replaced.
std::string UploadPath(std::string_view filename) {
  const size_t slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename = filename.substr(slash + 1);
  std::string name;
  for (char c : filename) name += static_cast<unsigned char>(c) < 0x20 ? '_' : c;
  if (name.empty() || name == "." || name == "..") name = "unnamed";
  return "upload/" + name;
}

}  // namespace

HttpResponse Workbench::Screen(const HttpRequest& request) {
  StatusOr<nlohmann::json> body = ParseObject(request);
  if (!body.ok()) return ErrorResponse(body.status());
  std::vector<ListedName> queries;
  if (const auto names = body->find("names"); names != body->end()) {
    if (!names->is_array()) return JsonError(400, "screen: names must be a list of strings");
    for (const nlohmann::json& name : *names) {
      if (!name.is_string()) return JsonError(400, "screen: names must be a list of strings");
      if (name.get<std::string>().empty()) continue;
      ListedName query;
      query.name = name.get<std::string>();
      queries.push_back(std::move(query));
    }
  }
  StatusOr<std::string> list = StringField(*body, "list");
  if (!list.ok()) return ErrorResponse(list.status());
  if (!list->empty()) {
    StatusOr<std::vector<ListedName>> parsed = ParseNameList(*list, "list");
    if (!parsed.ok()) return ErrorResponse(parsed.status());
    for (ListedName& query : *parsed) queries.push_back(std::move(query));
  }
  if (queries.empty()) return JsonError(400, "screen: give names or a list");
  if (queries.size() > kMostScreenedNames) {
    return JsonError(413,
                     "screen: at most " + std::to_string(kMostScreenedNames) + " names a request");
  }
  ScreeningOptions options;
  if (const auto threshold = body->find("threshold"); threshold != body->end()) {
    if (!threshold->is_number() || *threshold < 0 || *threshold > 1) {
      return JsonError(400, "screen: threshold must be a number from 0 to 1");
    }
    options.threshold = threshold->get<double>();
  }

  StatusOr<std::shared_ptr<const CorpusSnapshot>> corpus = view_->CurrentCorpus();
  if (!corpus.ok()) return ErrorResponse(corpus.status());
  StatusOr<CorpusScreening> screening = view_->WithStore<CorpusScreening>(
      [&](EvidenceStore& store) { return CorpusScreening::Load(&store, (*corpus)->corpus); });
  if (!screening.ok()) return ErrorResponse(screening.status());
  nlohmann::json out = nlohmann::json::array();
  for (const ListedName& query : queries) {
    nlohmann::json matches = nlohmann::json::array();
    for (const ScreeningHit& hit : screening->Query(query, options)) {
      const LinkedEntity& entity = screening->entity(hit.record);
      matches.push_back(web::ScreenMatchJson(hit, entity.id, entity.name));
    }
    out.push_back({{"query", query.name}, {"matches", std::move(matches)}});
  }
  return JsonText(200, out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

HttpResponse Workbench::Judge(const HttpRequest& request) {
  StatusOr<nlohmann::json> body = ParseObject(request);
  if (!body.ok()) return ErrorResponse(body.status());
  StatusOr<std::string> action = StringField(*body, "action");
  StatusOr<std::string> entity = StringField(*body, "entity");
  StatusOr<std::string> other = StringField(*body, "other");
  StatusOr<std::string> note = StringField(*body, "note");
  for (const Status& status : {action.status(), entity.status(), other.status(), note.status()}) {
    if (!status.ok()) return ErrorResponse(status);
  }
  const bool pair = *action == "merge" || *action == "not_same";
  if (*action != "merge" && *action != "not_same" && *action != "split" && *action != "undo") {
    return JsonError(400, "judgment: action must be merge, split, not_same or undo");
  }
  if (*action != "undo" && entity->empty()) return JsonError(400, "judgment: give the entity");
  if (pair && other->empty()) return JsonError(400, "judgment: give the other entity");
  int64_t undone = 0;
  if (*action == "undo") {
    const auto id = body->find("judgment");
    if (id == body->end() || !id->is_number_integer()) {
      return JsonError(400, "judgment: undo needs the judgment's id (a number)");
    }
    undone = id->get<int64_t>();
  }

  std::lock_guard<std::mutex> lock(write_mu_);
  std::unique_ptr<EvidenceStore> store = options_.open_writer();
  if (store == nullptr) return JsonError(500, "internal error");
  StatusOr<RelinkSummary> done =
      *action == "merge"      ? MergeEntities(store.get(), *entity, *other, *note)
      : *action == "split"    ? SplitEntity(store.get(), *entity, *note)
      : *action == "not_same" ? SeparateEntities(store.get(), *entity, *other, *note)
                              : UndoJudgment(store.get(), undone, *note);
  view_->Invalidate();
  if (!done.ok()) return ErrorResponse(done.status());
  StatusOr<std::vector<EntityJudgment>> judgments = store->ListJudgments();
  std::vector<std::string> named = {*entity};
  if (!other->empty()) named.push_back(*other);
  StatusOr<std::vector<LinkedEntity>> entities = store->GetLinkedEntities(named);
  if (!judgments.ok() || !entities.ok() || judgments->empty())
    return JsonError(500, "internal error");

  // The entity to open now: the one entity or other is part of after the judgment.
  nlohmann::json result = {{"action", *action},
                           {"judgment", judgments->back().id},
                           {"message", judgments->back().note},
                           {"undoable", *action == "merge" || *action == "split"},
                           {"entities", done->entities}};
  for (const std::string* id : {&*entity, &*other}) {
    for (const LinkedEntity& linked : *entities) {
      if (!id->empty() && linked.id == *id && !result.contains("entity")) {
        result["entity"] = linked.id;
        result["name"] = linked.name;
      }
    }
  }
  return JsonText(200, result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

HttpResponse Workbench::Ingest(const HttpRequest& request) {
  if (request.files.empty()) {
    return JsonError(400, "ingest: send the files as multipart/form-data");
  }
  std::lock_guard<std::mutex> lock(write_mu_);
  if (models_ == nullptr) {
    if (!options_.load_models) return JsonError(500, "internal error");
    StatusOr<NerModels> models = options_.load_models();
    if (!models.ok()) return JsonError(500, "internal error");
    models_ = std::make_unique<NerModels>(std::move(models).value());
  }
  std::unique_ptr<EvidenceStore> store = options_.open_writer();
  if (store == nullptr) return JsonError(500, "internal error");
  PipelineOptions pipeline_options;
  pipeline_options.read.max_bytes = options_.max_file_bytes;
  pipeline_options.ner_models = models_.get();
  Pipeline pipeline(pipeline_options, store.get());
  int stored = 0, already = 0, failed = 0;
  nlohmann::json errors = nlohmann::json::array();
  for (const UploadedFile& file : request.files) {
    const std::string path = UploadPath(file.filename);
    if (file.content.size() > options_.max_file_bytes) {
      ++failed;
      errors.push_back(path + ": larger than " + std::to_string(options_.max_file_bytes) +
                       " bytes");
      continue;
    }
    StatusOr<IngestOutcome> outcome = pipeline.IngestBytes(path, file.content);
    if (!outcome.ok()) {
      ++failed;
      errors.push_back(Redacted(outcome.status().message()));
    } else if (outcome->result == IngestResult::kAlreadyStored) {
      ++already;
    } else {
      ++stored;
    }
  }
  nlohmann::json result = {{"files", request.files.size()},
                           {"stored", stored},
                           {"already_stored", already},
                           {"failed", failed},
                           {"errors", std::move(errors)}};
  if (stored > 0) {
    StatusOr<RelinkSummary> linked = LinkNewEntities(store.get());
    if (!linked.ok()) return ErrorResponse(linked.status());
    result["entities"] = linked->entities;
  }
  view_->Invalidate();
  return JsonText(failed > 0 && stored + already == 0 ? 422 : 200,
                  result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace dossier::server

// Workbench: the handlers of `dossier serve`, as one function from our
// request to our response (http_types.h): the pages (web/pages.h), the JSON
// API (docs/api.md) and the assets. The HTTP library and the access checks
// (access_guard.h) sit in front of it in http_server.h.
// Thread-safe: reads share the StoreView; writes (judgments, uploads) take
// one writer store in turn.
//
//   Workbench workbench(options, &view);
//   HttpResponse response = workbench.Handle(request);
#ifndef DOSSIER_SERVER_WORKBENCH_H_
#define DOSSIER_SERVER_WORKBENCH_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "extract/ner/ner_models.h"
#include "server/http_types.h"
#include "server/store_view.h"

namespace dossier::server {

struct WorkbenchOptions {
  // The store's path or address as given: removed from every error message
  // (nothing names the machine's files).
  std::string db;
  // The files under /assets/ by name (our stylesheet and scripts, the npm
  // libraries); nothing else is served from disk.
  std::map<std::string, std::string> assets;
  // The largest file POST /api/ingest stores (the request as a whole is
  // limited by the HTTP server).
  uint64_t max_file_bytes = 32ull << 20;
  // Loads the named-entity models for uploads, once, on the first upload.
  std::function<StatusOr<NerModels>()> load_models;
  // Opens the store for writing (judgments, uploads); null when it cannot.
  StoreOpener open_writer;
};

class Workbench {
 public:
  Workbench(WorkbenchOptions options, StoreView* view);

  HttpResponse Handle(const HttpRequest& request);

 private:
  HttpResponse Route(const HttpRequest& request);
  HttpResponse Asset(const std::string& name) const;
  HttpResponse Page(const HttpRequest& request);
  HttpResponse Api(const HttpRequest& request);
  HttpResponse Screen(const HttpRequest& request);
  HttpResponse Judge(const HttpRequest& request);
  HttpResponse Ingest(const HttpRequest& request);
  // `message` without the store's path.
  std::string Redacted(std::string message) const;

  const WorkbenchOptions options_;
  StoreView* const view_;

  std::mutex write_mu_;                // one write at a time
  std::unique_ptr<NerModels> models_;  // GUARDED_BY(write_mu_); loaded on the first upload
};

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_WORKBENCH_H_

// dossier serve | site.

#include "cli/web_commands.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/dossier_commands.h"
#include "cli/shipped_models.h"
#include "cli/store_access.h"
#include "dossier/layout.h"
#include "server/http_server.h"
#include "web/pages.h"

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;

constexpr int kUsage = 2;
constexpr size_t kShortestToken = 16;

// The files of the web folder by name; an error naming the folder when it
// lacks one the pages load.
StatusOr<std::map<std::string, std::string>> ReadWebAssets() {
  const std::string dir = ShippedWebDir();
  std::map<std::string, std::string> assets;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    assets.emplace(entry.path().filename().string(), bytes.str());
  }
  for (const char* needed :
       {"dossier.css", "cytoscape.min.js", "graph.js", "timeline.js", "workbench.js", "site.js"}) {
    if (!assets.count(needed)) {
      return NotFoundError(dir + ": the web files are missing " + needed +
                           " (build the dossier_web_assets target, or set DOSSIER_WEB)");
    }
  }
  return assets;
}

bool IsTokenCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == '~';
}

Status WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return IoError(path.string() + ": cannot write");
  return Status::Ok();
}

// The passages the site's search page looks words up in, as a script that
// sets window.DOSSIER_INDEX (a script, not JSON, so it loads from disk too).
std::string SearchIndexScript(const Corpus& corpus) {
  nlohmann::json passages = nlohmann::json::array();
  for (int s = 0; s < static_cast<int>(corpus.sources.size()); ++s) {
    const CorpusSource& source = corpus.sources[s];
    const std::string title = SourceLabel(corpus, s);
    const NormalizedDocument& document = source.document;
    for (size_t p = 0; p < document.passages.size(); ++p) {
      const Passage& passage = document.passages[p];
      if (passage.duplicate_of || passage.span.end > document.text.size()) continue;
      passages.push_back({{"source", source.source_id},
                          {"passage", p},
                          {"title", title},
                          {"text", document.text.substr(passage.span.start, passage.span.size())}});
    }
  }
  return "window.DOSSIER_INDEX = " +
         nlohmann::json{{"passages", passages}}.dump(-1, ' ', false,
                                                     nlohmann::json::error_handler_t::replace) +
         ";\n";
}

}  // namespace

int RunServe(const ServeOptions& options) {
  server::ListenAddress address{"127.0.0.1", options.port};
  if (!options.listen.empty()) {
    StatusOr<server::ListenAddress> parsed = server::ParseListenAddress(options.listen);
    if (!parsed.ok()) {
      fmt::print(stderr, "dossier serve: {}\n", parsed.status().message());
      return kUsage;
    }
    address = *parsed;
  }
  if (address.port < 0 || address.port > 65535) {
    fmt::print(stderr, "dossier serve: --port {}: expected 0 to 65535\n", address.port);
    return kUsage;
  }
  if (!server::IsLoopback(address.host) && options.token.empty()) {
    fmt::print(stderr,
               "dossier serve: --listen {}: beyond loopback every request needs a token; give "
               "--token T ({}+ characters)\n",
               address.host, kShortestToken);
    return kUsage;
  }
  if (!options.token.empty() &&
      (options.token.size() < kShortestToken ||
       !std::all_of(options.token.begin(), options.token.end(), IsTokenCharacter))) {
    fmt::print(stderr, "dossier serve: --token: {}+ characters of A-Z a-z 0-9 - _ . ~\n",
               kShortestToken);
    return kUsage;
  }
  if (OpenStoreOrReport(options.db, /*must_exist=*/true) == nullptr) return 1;
  StatusOr<std::map<std::string, std::string>> assets = ReadWebAssets();
  if (!assets.ok()) {
    ReportError(assets.status());
    return 1;
  }

  const std::string db = options.db;
  const server::StoreOpener open = [db] { return OpenStoreOrReport(db, /*must_exist=*/true); };
  server::StoreView view(open, db);
  server::Workbench workbench({.db = db,
                               .assets = std::move(assets).value(),
                               .load_models = LoadShippedNerModels,
                               .open_writer = open},
                              &view);
  server::AccessGuard guard({.token = options.token});
  const std::string shown_host =
      address.host.find(':') != std::string::npos ? "[" + address.host + "]" : address.host;
  const Status served = server::RunHttpServer(
      {.address = address,
       .on_listening =
           [&](int port) {
             fmt::print("dossier: serving {} on http://{}:{}/\n", db, shown_host, port);
             std::fflush(stdout);
           }},
      &guard, &workbench);
  ReportError(served);
  return 1;
}

int RunSite(const SiteOptions& options) {
  if (options.out.empty()) {
    fmt::print(stderr, "dossier site: give --out DIR\n");
    return kUsage;
  }
  std::optional<Corpus> corpus = LoadCorpusOrReport(options.db);
  if (!corpus) return 1;
  std::set<std::string> pages;
  if (options.only.empty()) {
    for (const CorpusEntity& entity : corpus->entities) {
      if ((entity.type == EntityType::kPerson || entity.type == EntityType::kOrganization) &&
          !entity.members.empty()) {
        pages.insert(entity.id);
      }
    }
  }
  for (const std::string& name : options.only) {
    const CorpusEntity* entity = ResolveEntityOrReport(*corpus, name);
    if (entity == nullptr) return 1;
    pages.insert(entity->id);
  }
  StatusOr<std::map<std::string, std::string>> assets = ReadWebAssets();
  if (!assets.ok()) {
    ReportError(assets.status());
    return 1;
  }
  const fs::path out = options.out;
  std::error_code ec;
  for (const char* folder : {"entities", "sources", "assets"}) {
    fs::create_directories(out / folder, ec);
    if (ec) {
      ReportError(IoError((out / folder).string() + ": cannot create (" + ec.message() + ")"));
      return 1;
    }
  }
  using web::PageLinks;
  using web::PageMode;
  Status written = Status::Ok();
  const auto write = [&](const fs::path& path, const std::string& text) {
    if (written.ok()) written = WriteFile(path, text);
  };
  const PageLinks top = PageLinks::Site(0, &pages), below = PageLinks::Site(1, &pages);
  const CorpusFacts facts(*corpus);
  write(out / "index.html", web::RenderIndexPage(facts, top, PageMode::kSite));
  write(out / "search.html", web::RenderSearchPage("", {}, top, PageMode::kSite));
  for (const std::string& id : pages) {
    if (std::optional<std::string> page =
            web::RenderEntityPage(facts, id, below, PageMode::kSite)) {
      write(out / "entities" / PageLinks::EntityFileName(id), *page);
    }
  }
  for (const CorpusSource& source : corpus->sources) {
    if (std::optional<std::string> page =
            web::RenderSourcePage(*corpus, source.source_id, {}, below, PageMode::kSite)) {
      write(out / "sources" / (std::to_string(source.source_id) + ".html"), *page);
    }
  }
  for (const auto& [name, bytes] : *assets) {
    if (name != "workbench.js") write(out / "assets" / name, bytes);
  }
  write(out / "assets" / "search-index.js", SearchIndexScript(*corpus));
  if (!written.ok()) {
    ReportError(written);
    return 1;
  }
  fmt::print(stderr, "dossier site: {} entity pages and {} source pages in {}\n", pages.size(),
             corpus->sources.size(), out.string());
  return 0;
}

}  // namespace dossier::cli

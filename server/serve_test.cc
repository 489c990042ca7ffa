// `dossier serve` end to end: the built binary serves a store of the
// examples on a random loopback port, and the API, the pages and the
// security rules are checked over real HTTP.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/html.h"
#include "cli/testing/binary_test.h"

namespace dossier {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

namespace fs = std::filesystem;

constexpr char kToken[] = "test-token-0123456789";

// A hostile page: markup and script in its title and text.
constexpr char kHostile[] =
    "<html><head><title>Leak &lt;img src=x onerror=alert(1)&gt;</title></head><body>"
    "<p>Arman Tulegenov wrote &lt;script&gt;alert('pwned')&lt;/script&gt; on his blog in "
    "Almaty in 2021.</p></body></html>";

// A running `dossier serve`, stopped (by its pid) when destroyed.
class Server {
 public:
  Server(const std::string& binary, const std::vector<std::string>& args) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      std::vector<char*> argv{const_cast<char*>(binary.c_str()), const_cast<char*>("serve")};
      for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
      argv.push_back(nullptr);
      execv(binary.c_str(), argv.data());
      _exit(127);
    }
    close(out[1]);
    FILE* lines = fdopen(out[0], "r");
    char line[512] = {};
    if (lines != nullptr && std::fgets(line, sizeof line, lines) != nullptr) {
      const std::string text = line;
      const size_t colon = text.rfind(':');
      if (colon != std::string::npos) port_ = std::atoi(text.c_str() + colon + 1);
    }
    stdout_ = lines;
  }
  ~Server() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
    if (stdout_ != nullptr) std::fclose(stdout_);
  }
  int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  FILE* stdout_ = nullptr;
};

class ServeTest : public BinaryTest {
 protected:
  void SetUp() override {
    BinaryTest::SetUp();
    if (IsSkipped()) return;
    const std::string hostile = Write("hostile.html", kHostile);
    std::vector<std::string> ingest = {"ingest", "--db", db_, "--no-progress", hostile};
    for (const fs::directory_entry& entry :
         fs::directory_iterator(fs::path(DOSSIER_SOURCE_DIR) / "examples")) {
      if (entry.is_regular_file()) ingest.push_back(entry.path().string());
    }
    const RunResult run = Run(ingest);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    server_ =
        std::make_unique<Server>(binary_, std::vector<std::string>{"--db", db_, "--port", "0"});
    ASSERT_GT(server_->port(), 0);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_read_timeout(60, 0);
  }

  nlohmann::json GetJson(const std::string& path, int want_status = 200) {
    httplib::Result result = client_->Get(path.c_str());
    EXPECT_TRUE(result) << path;
    if (!result) return nullptr;
    EXPECT_EQ(result->status, want_status) << path << ": " << result->body;
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    return nlohmann::json::parse(result->body, nullptr, false);
  }

  httplib::Result PostJson(const std::string& path, const std::string& body,
                           const httplib::Headers& headers = {}) {
    return client_->Post(path.c_str(), headers, body, "application/json");
  }

  // The id of the one entity `q` finds.
  std::string EntityId(const std::string& q) {
    const nlohmann::json found = GetJson("/api/entities?q=" + UrlEncode(q));
    EXPECT_FALSE(found.empty()) << q;
    return found.empty() ? "" : found[0]["id"].get<std::string>();
  }

  std::unique_ptr<Server> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServeTest, SourcesSearchAndASource) {
  const nlohmann::json sources = GetJson("/api/sources");
  ASSERT_TRUE(sources.is_array());
  EXPECT_EQ(sources.size(), 11u);
  EXPECT_EQ(sources[0]["path"].get<std::string>().substr(0, 1), "/");
  const nlohmann::json one = GetJson("/api/sources/1");
  EXPECT_EQ(one["id"], 1);
  EXPECT_FALSE(one["passages"].empty());
  EXPECT_EQ(one["text"].get<std::string>().substr(0, 20),
            one["text"].get<std::string>().substr(one["passages"][0]["start"].get<int>(), 20));

  const nlohmann::json hits = GetJson("/api/search?q=radio+saryarka&limit=3");
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_THAT(hits[0]["snippet"].get<std::string>(), HasSubstr("Saryarka]"));
  EXPECT_EQ(GetJson("/api/search", 400)["error"], "search: give words as ?q=");
  EXPECT_EQ(GetJson("/api/search?q=x&limit=0", 400)["error"],
            "search: limit must be a number from 1 to 200");
  // An unknown source: 404 whose message names no file of the machine.
  const nlohmann::json missing = GetJson("/api/sources/999", 404);
  EXPECT_THAT(missing["error"].get<std::string>(), Not(HasSubstr(dir_.string())));
}

TEST_F(ServeTest, ProfileIsTheCliProfileJsonAndGraphHasTheCentre) {
  const std::string id = EntityId("Nurlan Sadykov");
  ASSERT_FALSE(id.empty());
  httplib::Result profile = client_->Get(("/api/entities/" + id).c_str());
  ASSERT_TRUE(profile);
  const RunResult cli = Run({"profile", "--db", db_, "--format", "json", id});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(profile->body, cli.out);

  const nlohmann::json graph = GetJson("/api/entities/" + id + "/graph");
  ASSERT_FALSE(graph["nodes"].empty());
  EXPECT_EQ(graph["nodes"][0]["id"], id);
  EXPECT_EQ(graph["nodes"][0]["distance"], 0);
  EXPECT_EQ(GetJson("/api/entities/P-0000000000", 404)["error"], "no entity P-0000000000");
  EXPECT_EQ(GetJson("/api/entities?type=ROBOT", 400)["error"],
            "entities: type 'ROBOT' is not PERSON, ORGANIZATION, LOCATION or OTHER");
}

TEST_F(ServeTest, PagesEscapeHostileSourcesAndCarryTheSecurityPolicy) {
  httplib::Result page = client_->Get("/sources/1");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Security-Policy"),
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'");
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_THAT(page->body, HasSubstr("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"));
  EXPECT_THAT(page->body, HasSubstr("Leak &lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_THAT(page->body, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(page->body, Not(HasSubstr("<img")));
  // The cited bytes marked, for a byte range and for a passage.
  httplib::Result marked = client_->Get("/sources/1?start=0&end=14");
  ASSERT_TRUE(marked);
  EXPECT_THAT(marked->body, HasSubstr("<mark id=\"cited\">Arman Tulegeno</mark>"));
  httplib::Result passage = client_->Get("/sources/1?passage=0");
  ASSERT_TRUE(passage);
  EXPECT_THAT(passage->body, HasSubstr("<p id=\"p0\" data-start=\"0\"><mark id=\"cited\">Arman"));
  // Every page and asset answers; unknown ones are 404 pages.
  for (const char* path :
       {"/", "/search?q=tulegenov", "/screen", "/assets/dossier.css", "/assets/cytoscape.min.js"}) {
    httplib::Result result = client_->Get(path);
    ASSERT_TRUE(result) << path;
    EXPECT_EQ(result->status, 200) << path;
  }
  httplib::Result missing = client_->Get("/entities/P-0000000000");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(ServeTest, PathTraversalFindsNothing) {
  for (const char* path : {"/assets/../../../../etc/passwd", "/assets/..%2f..%2fetc%2fpasswd",
                           "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/.hidden",
                           "/../../etc/passwd", "/api/sources/..%2f..%2fetc"}) {
    httplib::Result result = client_->Get(path);
    ASSERT_TRUE(result) << path;
    EXPECT_TRUE(result->status == 400 || result->status == 404) << path << " " << result->status;
    EXPECT_THAT(result->body, Not(HasSubstr("root:"))) << path;
  }
}

TEST_F(ServeTest, CrossSiteOversizedAndMalformedRequestsAreRefused) {
  const std::string judgment = R"({"action": "split", "entity": "P-x"})";
  httplib::Result evil = PostJson("/api/judgments", judgment, {{"Origin", "http://evil.example"}});
  ASSERT_TRUE(evil);
  EXPECT_EQ(evil->status, 403);
  EXPECT_THAT(evil->body, HasSubstr("cross-site request refused"));
  httplib::Result form = client_->Post("/api/judgments", "action=split&entity=P-x",
                                       "application/x-www-form-urlencoded");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 403);
  httplib::Result site =
      PostJson("/api/screen", R"({"names": ["a"]})", {{"Sec-Fetch-Site", "cross-site"}});
  ASSERT_TRUE(site);
  EXPECT_EQ(site->status, 403);

  httplib::Result malformed = PostJson("/api/screen", "{\"names\": [");
  ASSERT_TRUE(malformed);
  EXPECT_EQ(malformed->status, 400);
  EXPECT_EQ(nlohmann::json::parse(malformed->body)["error"], "the body is not valid JSON");
  httplib::Result wrong = PostJson("/api/screen", R"({"names": "Arman"})");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(nlohmann::json::parse(wrong->body)["error"], "screen: names must be a list of strings");

  const std::string huge(65u << 20, 'x');
  httplib::Result oversized = PostJson("/api/screen", "\"" + huge + "\"");
  ASSERT_TRUE(oversized);
  EXPECT_EQ(oversized->status, 413);

  // A request line that is not HTTP.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(server_->port()));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  const std::string garbage = "\x16\x03\x01 NOT HTTP\r\n\r\n";
  ASSERT_EQ(write(fd, garbage.data(), garbage.size()), static_cast<ssize_t>(garbage.size()));
  char reply[64] = {};
  const ssize_t got = read(fd, reply, sizeof reply - 1);
  close(fd);
  EXPECT_TRUE(got <= 0 || std::string(reply).rfind("HTTP/1.1 400", 0) == 0) << reply;

  httplib::Result put = client_->Put("/api/sources", "", "application/json");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
}

TEST_F(ServeTest, ScreenJudgeAndUndo) {
  httplib::Result screened =
      PostJson("/api/screen", R"({"names": ["Sadykov Nurlan", "Nobody Atall"]})");
  ASSERT_TRUE(screened);
  ASSERT_EQ(screened->status, 200) << screened->body;
  const nlohmann::json results = nlohmann::json::parse(screened->body);
  ASSERT_EQ(results.size(), 2u);
  ASSERT_FALSE(results[0]["matches"].empty());
  EXPECT_EQ(results[0]["matches"][0]["name"], "Нурлан Садыков");
  EXPECT_TRUE(results[1]["matches"].empty());

  const std::string a = EntityId("Arman Tulegenov");
  const std::string b = EntityId("Nurlan Sadykov");
  const size_t before = GetJson("/api/entities").size();
  httplib::Result merged = PostJson(
      "/api/judgments",
      nlohmann::json{{"action", "merge"}, {"entity", a}, {"other", b}, {"note", "test"}}.dump());
  ASSERT_TRUE(merged);
  ASSERT_EQ(merged->status, 200) << merged->body;
  const nlohmann::json done = nlohmann::json::parse(merged->body);
  EXPECT_TRUE(done["undoable"]);
  EXPECT_THAT(done["message"].get<std::string>(), HasSubstr("merge " + a + " " + b));
  EXPECT_EQ(GetJson("/api/entities").size(), before - 1);

  httplib::Result undone = PostJson(
      "/api/judgments", nlohmann::json{{"action", "undo"}, {"judgment", done["judgment"]}}.dump());
  ASSERT_TRUE(undone);
  ASSERT_EQ(undone->status, 200) << undone->body;
  EXPECT_EQ(GetJson("/api/entities").size(), before);
  EXPECT_EQ(EntityId("Arman Tulegenov"), a);
  EXPECT_EQ(EntityId("Nurlan Sadykov"), b);

  httplib::Result bad = PostJson(
      "/api/judgments", R"({"action": "merge", "entity": "P-0000000000", "other": "P-1"})");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 404);
  EXPECT_EQ(nlohmann::json::parse(bad->body)["error"],
            "no entity P-0000000000 (see `dossier entities`)");
}

TEST_F(ServeTest, UploadsAreIngestedWithTheCliErrors) {
  httplib::MultipartFormDataItems files = {
      {"files", "Serik Medetbekov was born in 1967 in Karaganda.\n", "../../new.txt", "text/plain"},
      {"files", "", "empty.txt", "text/plain"}};
  httplib::Result refused = client_->Post("/api/ingest", files);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status,
            403);  // no X-Dossier-Request header: a page of another site could send it
  httplib::Result uploaded = client_->Post("/api/ingest", {{"X-Dossier-Request", "1"}}, files);
  ASSERT_TRUE(uploaded);
  ASSERT_EQ(uploaded->status, 200) << uploaded->body;
  const nlohmann::json result = nlohmann::json::parse(uploaded->body);
  EXPECT_EQ(result["stored"], 1);
  EXPECT_EQ(result["failed"], 1);
  ASSERT_EQ(result["errors"].size(), 1u);
  EXPECT_THAT(result["errors"][0].get<std::string>(), HasSubstr("upload/empty.txt: "));
  const nlohmann::json sources = GetJson("/api/sources");
  EXPECT_EQ(sources.back()["path"], "upload/new.txt");
  EXPECT_FALSE(EntityId("Serik Medetbekov").empty());
}

TEST_F(ServeTest, BeyondLoopbackNeedsATokenAndThenEveryRequestDoes) {
  const RunResult open = Run({"serve", "--db", db_, "--listen", "0.0.0.0:0"});
  EXPECT_EQ(open.exit_code, 2);
  EXPECT_THAT(open.err, HasSubstr("beyond loopback every request needs a token"));
  const RunResult weak = Run({"serve", "--db", db_, "--listen", "0.0.0.0:0", "--token", "short"});
  EXPECT_EQ(weak.exit_code, 2);

  Server guarded(binary_, {"--db", db_, "--listen", "127.0.0.1:0", "--token", kToken});
  ASSERT_GT(guarded.port(), 0);
  httplib::Client client("127.0.0.1", guarded.port());
  httplib::Result bare = client.Get("/api/sources");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->status, 401);
  httplib::Result page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 401);
  httplib::Result bearer =
      client.Get("/api/sources", {{"Authorization", std::string("Bearer ") + kToken}});
  ASSERT_TRUE(bearer);
  EXPECT_EQ(bearer->status, 200);
  httplib::Result query = client.Get((std::string("/?token=") + kToken).c_str());
  ASSERT_TRUE(query);
  EXPECT_EQ(query->status, 303);
  EXPECT_THAT(query->get_header_value("Set-Cookie"), HasSubstr("HttpOnly; SameSite=Strict"));
}

}  // namespace
}  // namespace dossier

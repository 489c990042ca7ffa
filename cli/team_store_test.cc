// Several dossier processes on one PostgreSQL store (docs/team.md): ingests
// at once on overlapping folders, a worker killed mid-batch, a merge made
// while another process ingests, and `dossier migrate` there and back. Each
// test gets a fresh database on the scratch server (DOSSIER_TEST_POSTGRES,
// set by scripts/test); skipped without it.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/sha256.h"
#include "cli/testing/binary_test.h"
#include "store/open_store.h"
#include "store/testing/store_backends.h"

extern char** environ;

namespace dossier {
namespace {

namespace fs = std::filesystem;

// Every generated article ends with it: each store must keep one first
// occurrence of it and mark all the others.
constexpr char kBoilerplate[] =
    "This article was produced by the regional desk of the Steppe Herald and may be republished "
    "with attribution to its authors and a link to the original publication.";

constexpr const char* kWords[] = {
    "budget",   "river",    "school",    "tender",   "bridge",  "hospital", "contract", "license",
    "mining",   "railway",  "airport",   "factory",  "harvest", "drought",  "pension",  "court",
    "election", "audit",    "transport", "housing",  "grain",   "pipeline", "festival", "museum",
    "vaccine",  "treasury", "customs",   "border",   "tariff",  "coal",     "copper",   "uranium",
    "wheat",    "cattle",   "tourism",   "internet", "bank",    "loan",     "bond",     "subsidy",
    "steel",    "cement",   "textile",   "highway",  "tunnel",  "harbour",  "ferry",    "clinic"};

// Article `index`: a heading and a paragraph of words drawn by its index
// (no two alike), naming the same two people, then kBoilerplate.
std::string Article(int index) {
  uint64_t state = 0x9e3779b97f4a7c15ull * static_cast<uint64_t>(index + 1);
  const auto word = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return std::string(kWords[(state >> 33) % std::size(kWords)]);
  };
  std::string heading = "Report " + word() + " " + word() + " " + word();
  std::string body = "Serik Medetbekov met Aigerim Bekova in Astana to discuss the";
  for (int i = 0; i < 30; ++i) body += " " + word();
  return heading + "\n\n" + body + ".\n\n" + kBoilerplate + "\n";
}

// A child process running the dossier binary; output in files.
class Child {
 public:
  Child(const std::string& binary, const std::vector<std::string>& args, const fs::path& log) {
    std::vector<std::string> argv = {binary};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> pointers;
    for (std::string& arg : argv) pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    if (posix_spawn(&pid_, binary.c_str(), &actions, nullptr, pointers.data(), environ) != 0) {
      pid_ = -1;
    }
    posix_spawn_file_actions_destroy(&actions);
  }
  ~Child() {
    if (pid_ > 0 && !done_) {
      kill(pid_, SIGKILL);
      Wait();
    }
  }

  bool Running() {
    if (done_ || pid_ <= 0) return false;
    if (waitpid(pid_, &status_, WNOHANG) == pid_) done_ = true;
    return !done_;
  }
  // Returns the exit code, -1 when killed by a signal.
  int Wait() {
    if (pid_ > 0 && !done_) {
      waitpid(pid_, &status_, 0);
      done_ = true;
    }
    return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
  }
  void Kill() { kill(pid_, SIGKILL); }

 private:
  pid_t pid_ = -1;
  int status_ = 0;
  bool done_ = false;
};

class TeamStoreTest : public BinaryTest {
 protected:
  void SetUp() override {
    BinaryTest::SetUp();
    if (IsSkipped()) return;
    if (store_testing::TestPostgresUri().empty()) {
      GTEST_SKIP() << "DOSSIER_TEST_POSTGRES is not set (scripts/test sets it)";
    }
    database_ = std::make_unique<store_testing::ScratchDatabase>();
    uri_ = database_->uri();
  }

  // Writes articles [first, last) into dir_/NAME; returns the folder.
  std::string Articles(const std::string& name, int first, int last) {
    const fs::path folder = dir_ / name;
    fs::create_directories(folder);
    for (int i = first; i < last; ++i) {
      std::ofstream(folder / ("article_" + std::to_string(i) + ".txt")) << Article(i);
    }
    return folder.string();
  }

  std::unique_ptr<Child> Ingest(const std::string& folder, const std::string& log) {
    return std::make_unique<Child>(
        binary_,
        std::vector<std::string>{"ingest", "--db", uri_, "--no-progress", "--jobs", "1", folder},
        dir_ / log);
  }

  std::unique_ptr<EvidenceStore> Open() {
    StatusOr<std::unique_ptr<EvidenceStore>> store = OpenStore(uri_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  size_t SourceCount() {
    std::unique_ptr<EvidenceStore> store = Open();
    return store == nullptr ? 0 : store->ListSources()->size();
  }

  // Checks what must hold whatever the interleaving: articles [0, count)
  // stored once each, whole; one first occurrence of kBoilerplate; every
  // article in the entity of Serik Medetbekov (the last re-link saw all).
  void ExpectConsistent(int count) {
    std::unique_ptr<EvidenceStore> store = Open();
    ASSERT_NE(store, nullptr);
    StatusOr<std::vector<SourceSummary>> sources = store->ListSources();
    ASSERT_TRUE(sources.ok()) << sources.status().ToString();
    std::set<std::string> expected, stored;
    for (int i = 0; i < count; ++i) expected.insert(Sha256Hex(Article(i)));
    int duplicates = 0;
    for (const SourceSummary& source : *sources) {
      EXPECT_TRUE(stored.insert(source.sha256).second) << "stored twice: " << source.path;
      StatusOr<StoredSource> whole = store->GetSource(std::to_string(source.id));
      EXPECT_TRUE(whole.ok()) << whole.status().ToString();
      StatusOr<std::optional<StoredExtraction>> extraction = store->GetExtraction(source.id);
      EXPECT_TRUE(extraction.ok() && extraction->has_value()) << source.path;
      duplicates += source.duplicates;
    }
    EXPECT_EQ(stored, expected);
    EXPECT_EQ(duplicates, count - 1) << "each article but one repeats the boilerplate";
    StatusOr<std::vector<LinkedEntity>> people = store->ListLinkedEntities(EntityType::kPerson);
    ASSERT_TRUE(people.ok());
    const auto serik = std::find_if(people->begin(), people->end(), [](const LinkedEntity& e) {
      return e.name == "Serik Medetbekov";
    });
    ASSERT_NE(serik, people->end());
    EXPECT_EQ(serik->source_count, count);
  }

  std::string uri_;
  std::unique_ptr<store_testing::ScratchDatabase> database_;
};

TEST_F(TeamStoreTest, IngestsAtOnceOnOverlappingFoldersStoreEachFileOnce) {
  // 60 articles in three folders of 30, each overlapping the next by half;
  // plus one folder with the same bytes under other names.
  const std::string a = Articles("a", 0, 30);
  const std::string b = Articles("b", 15, 45);
  const std::string c = Articles("c", 30, 60);
  const std::string d = Articles("d", 0, 60);
  std::vector<std::unique_ptr<Child>> workers;
  for (const std::string& folder : {a, b, c, d}) {
    workers.push_back(Ingest(folder, "ingest_" + fs::path(folder).filename().string() + ".log"));
  }
  for (size_t i = 0; i < workers.size(); ++i) {
    EXPECT_EQ(workers[i]->Wait(), 0)
        << Slurp(dir_ / ("ingest_" + std::string(1, 'a' + i) + ".log"));
  }
  ExpectConsistent(60);
}

TEST_F(TeamStoreTest, KilledWorkerLeavesNothingHalfStoredAndAnotherCarriesOn) {
  const std::string folder = Articles("in", 0, 120);
  std::unique_ptr<Child> worker = Ingest(folder, "killed.log");
  // Killed as soon as its first documents are committed, well before the end.
  size_t stored = 0;
  for (int i = 0; i < 6000 && worker->Running() && stored == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    stored = SourceCount();
  }
  worker->Kill();
  EXPECT_EQ(worker->Wait(), -1) << "the worker finished before it could be killed";
  stored = SourceCount();
  EXPECT_GT(stored, 0u);
  EXPECT_LT(stored, 120u);

  std::unique_ptr<Child> next = Ingest(folder, "next.log");
  EXPECT_EQ(next->Wait(), 0) << Slurp(dir_ / "next.log");
  ExpectConsistent(120);
}

TEST_F(TeamStoreTest, MergeMadeWhileAnotherProcessIngestsIsSeen) {
  ASSERT_EQ(Ingest(Articles("first", 0, 5), "first.log")->Wait(), 0) << Slurp(dir_ / "first.log");
  std::string serik, aigerim;
  {
    std::unique_ptr<EvidenceStore> store = Open();
    ASSERT_NE(store, nullptr);
    StatusOr<std::vector<LinkedEntity>> people = store->ListLinkedEntities(EntityType::kPerson);
    ASSERT_TRUE(people.ok());
    for (const LinkedEntity& entity : *people) {
      if (entity.name == "Serik Medetbekov") serik = entity.id;
      if (entity.name == "Aigerim Bekova") aigerim = entity.id;
    }
  }
  ASSERT_FALSE(serik.empty() || aigerim.empty());

  std::unique_ptr<Child> worker = Ingest(Articles("more", 5, 100), "more.log");
  while (worker->Running() && SourceCount() == 5) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(worker->Running()) << "the ingest ended before the merge could be made";
  const RunResult merge = Run({"merge", "--db", uri_, serik, aigerim});
  EXPECT_EQ(merge.exit_code, 0) << merge.err;
  EXPECT_EQ(worker->Wait(), 0) << Slurp(dir_ / "more.log");

  ExpectConsistent(100);
  std::unique_ptr<EvidenceStore> store = Open();
  int both = 0;
  StatusOr<std::vector<LinkedEntity>> people = store->ListLinkedEntities(EntityType::kPerson);
  ASSERT_TRUE(people.ok());
  for (const LinkedEntity& entity : *people) {
    std::set<std::string> names;
    for (const LinkedEntityName& name : entity.names) names.insert(name.name);
    if (names.contains("Serik Medetbekov") && names.contains("Aigerim Bekova")) ++both;
  }
  EXPECT_EQ(both, 1) << "the merge holds after the other process's re-link";
}

TEST_F(TeamStoreTest, MigrateCopiesSqliteToPostgresAndBackByteForByte) {
  const std::string in = Articles("in", 0, 12);
  std::ofstream(fs::path(in) / "binary.txt", std::ios::binary)
      << std::string("Windows-1251 bytes: \xc4\xe0\xeb\xe0 \xec\xe5\xe4\xe8\xe0.\r\n", 32);
  ASSERT_EQ(Run({"ingest", "--db", db_, "--no-progress", in}).exit_code, 0);
  ASSERT_EQ(Run({"import", "--db", db_,
                 std::string(DOSSIER_SOURCE_DIR) + "/examples/lists/sanctions_demo.jsonl"})
                .exit_code,
            0);
  const std::string back = (dir_ / "back.db").string();
  const RunResult there = Run({"migrate", "--from", db_, "--to", uri_});
  ASSERT_EQ(there.exit_code, 0) << there.err;
  EXPECT_EQ(there.err, "migrated 13 sources, 1 lists, 0 judgments, 10 entities\n");
  const RunResult again = Run({"migrate", "--from", back, "--to", uri_});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err, "dossier: " + back + ": no such database\n");
  ASSERT_EQ(Run({"migrate", "--from", uri_, "--to", back}).exit_code, 0);
  const RunResult refused = Run({"migrate", "--from", db_, "--to", uri_});
  EXPECT_EQ(refused.err, "dossier: migrating " + db_ +
                             ": the target store is not empty (it holds sources, lists or "
                             "judgments)\n");

  for (const char* command : {"sources", "entities"}) {
    const std::string original = Run({command, "--db", db_, "--json"}).out;
    EXPECT_FALSE(original.empty());
    EXPECT_EQ(Run({command, "--db", uri_, "--json"}).out, original) << command;
    EXPECT_EQ(Run({command, "--db", back, "--json"}).out, original) << command;
  }
  std::unique_ptr<EvidenceStore> original = Open();
  StatusOr<std::unique_ptr<EvidenceStore>> sqlite = OpenStore(db_);
  ASSERT_TRUE(sqlite.ok());
  StatusOr<std::vector<SourceSummary>> sources = (*sqlite)->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 13u);
  for (const SourceSummary& source : *sources) {
    EXPECT_EQ(*original->GetRawBytes(source.id), *(*sqlite)->GetRawBytes(source.id)) << source.path;
  }
}

}  // namespace
}  // namespace dossier

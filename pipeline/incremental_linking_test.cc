// Incremental linking (LinkNewEntities, judgments) against the whole-store
// re-link: one corpus ingested in one run or in three links into the same
// entities, ids included; a judgment re-links only what it concerns and
// ends where a whole re-link ends; a store without the blocking index is
// re-linked whole once.
#include <fmt/core.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "extract/testing/shipped_model.h"
#include "pipeline/entity_linking.h"
#include "pipeline/ingest_pipeline.h"
#include "pipeline/input_files.h"
#include "store/sqlite_store.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

const std::string kExamples = std::string(DOSSIER_SOURCE_DIR) + "/examples";

// Documents that name the same people under other spellings, partial names,
// relatives and namesakes, so that later files join, split and relate
// entities of earlier ones.
constexpr const char* kDocuments[] = {
    "Igilmanov I.A. declined to comment on the audit of Dala Media.",
    "Ismail Igilmanov, the chairman of Dala Media, said the company would appeal.",
    "Dariga Nazarbayeva met Nursultan Nazarbayev in Astana on Monday.",
    "Nazarbayev spoke about the budget; Tulegenov did not attend.",
    "Arman Tulegenov left the board of Telefabrika Dala LLP in November.",
    "Исмаил Игильманов заявил, что компания подаст апелляцию.",
    "Nurlan Tulegenov said the company paid the contractor in 2018.",
    "Ismail Igelmanov and Aigerim Kassymova were seen at the Almaty court.",
    "Айгерим Касымова, адвокат истцов, сообщила о переносе заседания.",
    "Serik Medetbekov, a lawyer, said Tulegenov had resigned in 2020.",
    "Marat Zhakenov and Marat spoke to Radio Saryarka about Telefabrika Dala.",
    "Seitov refused to answer questions from the Steppe Herald.",
};

// One entity as a comparable line: its id, type and members.
std::string Describe(const LinkedEntity& entity) {
  std::string out =
      fmt::format("{} {} '{}':", entity.id, ContractTypeName(entity.type), entity.name);
  for (const EntityMemberRef& member : entity.members) {
    out += fmt::format(" {}/{}", member.source_id, member.local_id);
  }
  for (const ListEntryRef& entry : entity.list_entries) {
    out += fmt::format(" list{}/{}", entry.list_id, entry.index);
  }
  std::set<std::string> related;
  for (const EntityRelation& relation : entity.related) related.insert(relation.other_id);
  for (const std::string& other : related) out += " ~" + other;
  return out;
}

std::set<std::string> Partition(EvidenceStore* store) {
  StatusOr<std::vector<LinkedEntity>> entities = store->ListLinkedEntities(std::nullopt);
  EXPECT_TRUE(entities.ok()) << entities.status().ToString();
  std::set<std::string> out;
  for (const LinkedEntity& entity : *entities) out.insert(Describe(entity));
  return out;
}

// The lines of `a` missing from `b`, for failure messages.
std::string Missing(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::string out;
  for (const std::string& line : a) {
    if (!b.contains(line)) out += "\n  " + line;
  }
  return out;
}

class IncrementalLinkingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(ShippedNerModels(), nullptr) << ShippedNerModelError();
    dir_ = fs::temp_directory_path() /
           ("dossier_incremental_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "corpus");
    for (size_t i = 0; i < std::size(kDocuments); ++i) {
      const fs::path path = dir_ / "corpus" / fmt::format("d{:02d}.txt", i);
      std::ofstream(path, std::ios::binary) << kDocuments[i] << "\n";
    }
    files_ = ExpandInputs({kExamples, (dir_ / "corpus").string()}).files;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<EvidenceStore> Open(const std::string& name) {
    StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore((dir_ / name).string());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return std::move(*store);
  }

  // Ingests `files` and links them incrementally.
  RelinkSummary IngestAndLink(EvidenceStore* store, const std::vector<std::string>& files) {
    Pipeline pipeline({.ner_models = ShippedNerModels()}, store);
    for (const std::string& file : files) {
      StatusOr<IngestOutcome> outcome = pipeline.IngestFile(file);
      EXPECT_TRUE(outcome.ok()) << file << ": " << outcome.status().ToString();
    }
    StatusOr<RelinkSummary> linked = LinkNewEntities(store);
    EXPECT_TRUE(linked.ok()) << linked.status().ToString();
    return linked.ok() ? *linked : RelinkSummary();
  }

  // Ingests files [begin, end) and links them incrementally.
  RelinkSummary IngestRun(EvidenceStore* store, size_t begin, size_t end) {
    return IngestAndLink(store, {files_.begin() + begin, files_.begin() + end});
  }

  // Writes `texts` as files of folder `name`; returns their paths.
  std::vector<std::string> WriteCorpus(const std::string& name,
                                       const std::vector<std::string>& texts) {
    fs::create_directories(dir_ / name);
    for (size_t i = 0; i < texts.size(); ++i) {
      std::ofstream(dir_ / name / fmt::format("{:03d}.txt", i), std::ios::binary)
          << texts[i] << "\n";
    }
    return ExpandInputs({(dir_ / name).string()}).files;
  }

  // Expects the store's entities to be what a whole re-link gives.
  void ExpectAsAWholeRelink(EvidenceStore* store) {
    const std::set<std::string> incremental = Partition(store);
    StatusOr<RelinkSummary> whole = RelinkEntities(store);
    ASSERT_TRUE(whole.ok()) << whole.status().ToString();
    const std::set<std::string> relinked = Partition(store);
    EXPECT_EQ(incremental, relinked) << "only incremental:" << Missing(incremental, relinked)
                                     << "\nonly whole:" << Missing(relinked, incremental);
  }

  fs::path dir_;
  std::vector<std::string> files_;
};

TEST_F(IncrementalLinkingTest, OneRunAndThreeRunsLinkTheSame) {
  const size_t n = files_.size();
  ASSERT_GE(n, 20u);
  std::unique_ptr<EvidenceStore> once = Open("once.db");
  IngestRun(once.get(), 0, n);
  std::unique_ptr<EvidenceStore> thrice = Open("thrice.db");
  IngestRun(thrice.get(), 0, n / 3);
  IngestRun(thrice.get(), n / 3, 2 * n / 3);
  const RelinkSummary last = IngestRun(thrice.get(), 2 * n / 3, n);
  EXPECT_FALSE(last.whole);

  const std::set<std::string> one_run = Partition(once.get());
  const std::set<std::string> three_runs = Partition(thrice.get());
  EXPECT_GT(one_run.size(), 20u);
  EXPECT_EQ(one_run, three_runs) << "only in one run:" << Missing(one_run, three_runs)
                                 << "\nonly in three runs:" << Missing(three_runs, one_run);
  // And both are what a whole re-link of everything gives.
  StatusOr<RelinkSummary> whole = RelinkEntities(thrice.get());
  ASSERT_TRUE(whole.ok()) << whole.status().ToString();
  EXPECT_TRUE(whole->whole);
  EXPECT_EQ(Partition(thrice.get()), one_run);

  // The last run read its own entities and their neighbours, not the store.
  EXPECT_LT(last.units, whole->units);
  // Nothing new: nothing to link.
  StatusOr<RelinkSummary> idle = LinkNewEntities(thrice.get());
  ASSERT_TRUE(idle.ok());
  EXPECT_EQ(idle->units, 0);
  EXPECT_EQ(idle->entities, 0);
}

// Every file in a run of its own: each link reads the stored entities as
// their summaries, grows them, joins them and adds new ones.
TEST_F(IncrementalLinkingTest, OneRunPerFileLinksAsAWholeRelink) {
  std::unique_ptr<EvidenceStore> store = Open("each.db");
  for (const std::string& file : files_) EXPECT_FALSE(IngestAndLink(store.get(), {file}).whole);
  ExpectAsAWholeRelink(store.get());
}

// A partial name first, the full name it stands for in a later run: the
// stored entity of the partial name joins the full one, as in a whole link.
TEST_F(IncrementalLinkingTest, AStoredPartialNameJoinsTheFullNameThatComesLater) {
  const std::vector<std::string> files = WriteCorpus(
      "partial", {"Igilmanov I.A. declined to comment on the audit.",
                  "Ismail Igilmanov, the chairman of Dala Media, said the company would appeal.",
                  "Zhakenov refused to answer, and Zhakenov left the room.",
                  "Marat Zhakenov and Aidar Zhakenov spoke to Radio Saryarka."});
  std::unique_ptr<EvidenceStore> store = Open("partial.db");
  for (const std::string& file : files) IngestAndLink(store.get(), {file});
  const std::set<std::string> entities = Partition(store.get());
  EXPECT_NE(std::find_if(entities.begin(), entities.end(),
                         [](const std::string& line) {
                           return line.find("'Ismail Igilmanov': 1/") != std::string::npos &&
                                  line.find(" 2/") != std::string::npos;
                         }),
            entities.end())
      << Missing(entities, {});
  ExpectAsAWholeRelink(store.get());
}

// An entity named in every source is read as its few names, not its
// mentions, and new members are appended to it.
TEST_F(IncrementalLinkingTest, APopularEntityIsReadAsItsNamesNotItsMentions) {
  const char* const kWhom[] = {"the judge", "reporters", "the board", "investors", "lawyers"};
  const char* const kWhere[] = {"Almaty", "Astana", "Karaganda", "Shymkent", "Aktobe", "Taraz"};
  std::vector<std::string> stories;
  for (int i = 0; i < 30; ++i) {
    stories.push_back(fmt::format(
        "On {} March Ismail Igilmanov met {} in {}. Igilmanov said story {} was not over.",
        i % 28 + 1, kWhom[i % 5], kWhere[i % 6], i));
  }
  const std::vector<std::string> popular = WriteCorpus("popular", stories);
  const std::vector<std::string> later =
      WriteCorpus("later", {"Ismail Igilmanov and Serik Medetbekov met in Kostanay on Friday."});
  std::unique_ptr<EvidenceStore> store = Open("popular.db");
  IngestAndLink(store.get(), popular);
  const RelinkSummary last = IngestAndLink(store.get(), later);
  EXPECT_FALSE(last.whole);
  // The 60 stored units of Igilmanov are a few summary rows.
  EXPECT_LT(last.units, 10) << last.units;
  const std::set<std::string> entities = Partition(store.get());
  EXPECT_NE(std::find_if(entities.begin(), entities.end(),
                         [](const std::string& line) {
                           return line.find("'Ismail Igilmanov': 1/") != std::string::npos &&
                                  line.find(" 31/") != std::string::npos;
                         }),
            entities.end())
      << Missing(entities, {});
  ExpectAsAWholeRelink(store.get());
}

TEST_F(IncrementalLinkingTest, ListsBetweenRunsLinkAsInAWholeRelink) {
  const size_t n = files_.size();
  const std::vector<ListEntry> entries = {
      {.record_id = "1", .name = "Igilmanov, Ismail", .aliases = {"Исмаил Игильманов"}},
      {.record_id = "2", .name = "Arman Tulegenov", .date_of_birth = "1970-01-01"},
      {.record_id = "3", .name = "Aigul Omarova"},
  };
  std::unique_ptr<EvidenceStore> store = Open("lists.db");
  IngestRun(store.get(), 0, n / 2);
  ASSERT_TRUE(store->ImportList("pep", "pep.csv", entries).ok());
  StatusOr<RelinkSummary> imported = LinkNewEntities(store.get());
  ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  EXPECT_GE(imported->units, 3);
  IngestRun(store.get(), n / 2, n);
  const std::set<std::string> incremental = Partition(store.get());
  EXPECT_NE(std::find_if(incremental.begin(), incremental.end(),
                         [](const std::string& line) {
                           // The list's Igilmanov joined the documents' one.
                           return line.find("'Igilmanov, Ismail': 12/e1") != std::string::npos &&
                                  line.find("list1/0") != std::string::npos;
                         }),
            incremental.end())
      << Missing(incremental, {});
  ASSERT_TRUE(RelinkEntities(store.get()).ok());
  const std::set<std::string> whole = Partition(store.get());
  EXPECT_EQ(incremental, whole) << "only incremental:" << Missing(incremental, whole)
                                << "\nonly whole:" << Missing(whole, incremental);
}

TEST_F(IncrementalLinkingTest, JudgmentsRelinkWhatTheyConcernAsAWholeRelinkWould) {
  const size_t n = files_.size();
  std::unique_ptr<EvidenceStore> store = Open("judged.db");
  IngestRun(store.get(), 0, n);
  StatusOr<std::vector<LinkedEntity>> entities = store->ListLinkedEntities(std::nullopt);
  ASSERT_TRUE(entities.ok());
  std::map<std::string, std::string> id_of;
  for (const LinkedEntity& entity : *entities) {
    if (entity.type == EntityType::kPerson) id_of[entity.name] = entity.id;
  }
  ASSERT_TRUE(id_of.contains("Ismail Igilmanov")) << Missing(Partition(store.get()), {});
  ASSERT_TRUE(id_of.contains("Serik Medetbekov"));

  StatusOr<RelinkSummary> split = SplitEntity(store.get(), id_of["Ismail Igilmanov"]);
  ASSERT_TRUE(split.ok()) << split.status().ToString();
  EXPECT_FALSE(split->whole);
  EXPECT_LT(split->units, 100);
  std::set<std::string> after_split = Partition(store.get());
  ASSERT_TRUE(RelinkEntities(store.get()).ok());
  EXPECT_EQ(after_split, Partition(store.get()))
      << "only incremental:" << Missing(after_split, Partition(store.get()));

  StatusOr<RelinkSummary> merge =
      MergeEntities(store.get(), id_of["Ismail Igilmanov"], id_of["Serik Medetbekov"]);
  ASSERT_TRUE(merge.ok()) << merge.status().ToString();
  const std::set<std::string> after_merge = Partition(store.get());
  ASSERT_TRUE(RelinkEntities(store.get()).ok());
  EXPECT_EQ(after_merge, Partition(store.get()))
      << "only incremental:" << Missing(after_merge, Partition(store.get()));
}

TEST_F(IncrementalLinkingTest, AStoreWithoutTheIndexIsRelinkedWholeOnce) {
  std::unique_ptr<EvidenceStore> store = Open("old.db");
  IngestRun(store.get(), 0, 5);
  // Entities as a store linked before the index existed holds them.
  StatusOr<std::vector<LinkedEntity>> entities = store->ListLinkedEntities(std::nullopt);
  ASSERT_TRUE(entities.ok());
  ASSERT_TRUE(store->LinkExclusively([&] { return store->ReplaceLinkedEntities(*entities); }).ok());
  EXPECT_FALSE(*store->HasLinkIndex());
  const RelinkSummary first = IngestRun(store.get(), 5, 8);
  EXPECT_TRUE(first.whole);
  EXPECT_TRUE(*store->HasLinkIndex());
  EXPECT_FALSE(IngestRun(store.get(), 8, 10).whole);
}

}  // namespace
}  // namespace dossier

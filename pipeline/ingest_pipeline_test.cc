#include "pipeline/ingest_pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "pipeline/batch_committer.h"
#include "pipeline/input_files.h"
#include "store/sqlite_store.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

const std::string kExamples = std::string(DOSSIER_SOURCE_DIR) + "/examples";
const std::string kSeed = std::string(DOSSIER_SHARED_DIR) + "/corpus/000_1531777d1a0cdfee.txt";

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dossier_pipeline_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto store = OpenSqliteStore((dir_ / "test.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  std::string Write(const std::string& name, std::string_view bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  // Ingests every file of `folder`; returns the outcomes by file name.
  std::map<std::string, StatusOr<IngestOutcome>> IngestFolder(const std::string& folder,
                                                              PipelineOptions options = {}) {
    Pipeline pipeline(options, store_.get());
    std::map<std::string, StatusOr<IngestOutcome>> out;
    for (const std::string& file : ExpandInputs({folder}).files) {
      out.emplace(fs::path(file).filename().string(), pipeline.IngestFile(file));
    }
    return out;
  }

  fs::path dir_;
  std::unique_ptr<EvidenceStore> store_;
};

TEST_F(PipelineTest, ExamplesIngestOnceAndReingestIsANoOp) {
  auto first = IngestFolder(kExamples);
  int stored = 0;
  for (auto& [name, outcome] : first) {
    if (name == "README.md") continue;
    ASSERT_TRUE(outcome.ok()) << name << ": " << outcome.status().ToString();
    EXPECT_EQ(outcome->result, IngestResult::kStored) << name;
    ++stored;
  }
  // Every example but the README (other examples are added as features need them).
  EXPECT_EQ(stored, static_cast<int>(first.size()) - static_cast<int>(first.count("README.md")));
  EXPECT_GE(stored, 6);
  auto before = store_->ListSources();
  ASSERT_TRUE(before.ok());

  for (auto& [name, outcome] : IngestFolder(kExamples)) {
    ASSERT_TRUE(outcome.ok()) << name;
    EXPECT_EQ(outcome->result, IngestResult::kAlreadyStored) << name;
  }
  auto after = store_->ListSources();
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), before->size());
  for (size_t i = 0; i < after->size(); ++i) {
    EXPECT_EQ((*after)[i].passages, (*before)[i].passages);
    EXPECT_EQ((*after)[i].duplicates, (*before)[i].duplicates);
  }
}

TEST_F(PipelineTest, RepublishedArticleRepeatsTheFirstAcrossSources) {
  Pipeline pipeline({}, store_.get());
  auto original = pipeline.IngestFile(kExamples + "/news_steppe_herald_2019.html");
  ASSERT_TRUE(original.ok()) << original.status().ToString();
  auto copy = pipeline.ProcessFile(kExamples + "/republished_nomad_post.html");
  ASSERT_TRUE(copy.ok()) << copy.status().ToString();
  auto stored = store_->GetSource(std::to_string(original->source_id));
  ASSERT_TRUE(stored.ok());

  int cross = 0;
  for (const Passage& passage : copy->document.passages) {
    if (!passage.duplicate_of || passage.duplicate_of->source_sha256.empty()) continue;
    ++cross;
    EXPECT_EQ(passage.duplicate_of->source_sha256, stored->summary.sha256);
    EXPECT_EQ(passage.duplicate_of->source_id, original->source_id);
    ASSERT_LT(passage.duplicate_of->passage_index,
              static_cast<int>(stored->document.passages.size()));
  }
  // The quotation is repeated word for word; the paragraphs that spell the
  // name "Tuleghenov" are near duplicates.
  EXPECT_GE(cross, 4);
}

TEST_F(PipelineTest, BadInputsFailAloneAndStoreNothing) {
  Write("good.txt", "A good paragraph about a radio station.\n");
  Write("empty.txt", "");
  Write("binary.txt", std::string("\x7f"
                                  "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                  16));
  Write("broken.json", "{\"text\": \"unterminated");
  Write("large.txt", std::string(5000, 'a'));
  PipelineOptions options;
  options.read.max_bytes = 4096;
  auto outcomes = IngestFolder(dir_.string(), options);
  outcomes.erase("test.db");
  outcomes.erase("test.db-wal");
  outcomes.erase("test.db-shm");

  ASSERT_TRUE(outcomes.at("good.txt").ok());
  const std::map<std::string, StatusCode> expected = {
      {"empty.txt", StatusCode::kInvalidArgument},
      {"binary.txt", StatusCode::kInvalidArgument},
      {"broken.json", StatusCode::kInvalidArgument},
      {"large.txt", StatusCode::kResourceExhausted},
  };
  for (const auto& [name, code] : expected) {
    const Status status = outcomes.at(name).status();
    EXPECT_EQ(status.code(), code) << name << ": " << status.ToString();
    EXPECT_NE(status.message().find(name), std::string::npos) << status.message();
  }
  auto sources = store_->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ(fs::path((*sources)[0].path).filename(), "good.txt");
}

TEST_F(PipelineTest, MissingPathIsReportedByName) {
  InputList inputs = ExpandInputs({(dir_ / "nope").string(), kExamples + "/interview_ru.txt"});
  ASSERT_EQ(inputs.errors.size(), 1u);
  EXPECT_EQ(inputs.errors[0].code(), StatusCode::kNotFound);
  EXPECT_NE(inputs.errors[0].message().find("nope"), std::string::npos);
  EXPECT_EQ(inputs.files.size(), 1u);
}

TEST_F(PipelineTest, LegacyEncodedExampleIsDecoded) {
  Pipeline pipeline({}, nullptr);
  auto processed = pipeline.ProcessFile(kExamples + "/interview_ru.txt");
  ASSERT_TRUE(processed.ok()) << processed.status().ToString();
  EXPECT_EQ(processed->parsed.encoding, "windows-1251");
  EXPECT_EQ(processed->document.language, "ru");
  EXPECT_NE(processed->document.text.find("Арман Тулегенов"), std::string::npos);
}

// In the seed document every quotation and heading is pasted twice: each
// repeated block must be marked, and no first occurrence.
TEST_F(PipelineTest, SeedDocumentMarksEveryRepeatAndNoFirstOccurrence) {
  if (!fs::exists(kSeed)) GTEST_SKIP() << kSeed << " not present";
  Pipeline pipeline({}, nullptr);
  auto processed = pipeline.ProcessFile(kSeed);
  ASSERT_TRUE(processed.ok()) << processed.status().ToString();
  const NormalizedDocument& doc = processed->document;
  std::map<std::string, int> first_index;
  int repeats = 0;
  for (int i = 0; i < static_cast<int>(doc.passages.size()); ++i) {
    const Passage& passage = doc.passages[i];
    const std::string text = doc.text.substr(passage.span.start, passage.span.size());
    auto [it, inserted] = first_index.emplace(text, i);
    if (inserted) {
      EXPECT_FALSE(passage.duplicate_of.has_value())
          << "first occurrence marked: [" << i << "] " << text.substr(0, 60);
    } else {
      ++repeats;
      ASSERT_TRUE(passage.duplicate_of.has_value()) << "repeat not marked: " << text.substr(0, 60);
      EXPECT_EQ(passage.duplicate_of->passage_index, it->second);
      EXPECT_TRUE(passage.duplicate_of->exact);
    }
  }
  EXPECT_GE(repeats, 40);
  EXPECT_EQ(processed->parsed.title, "Serik Medetbekov");
}

TEST_F(PipelineTest, BatchesCommitAtTheFileLimitAndAtFinish) {
  auto reader = OpenSqliteStore((dir_ / "test.db").string());
  ASSERT_TRUE(reader.ok());
  Pipeline pipeline({}, store_.get());
  BatchCommitter batches(store_.get(), BatchLimits{.files = 2, .bytes = 1 << 30, .seconds = 1e9});
  const auto visible = [&] { return (*reader)->ListSources()->size(); };
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(batches.BeforeFile().ok());
    auto outcome = pipeline.IngestBytes("f" + std::to_string(i) + ".txt",
                                        "Paragraph number " + std::to_string(i) + ".\n");
    ASSERT_TRUE(outcome.ok()) << outcome.status().ToString();
    ASSERT_TRUE(batches.AfterFile(outcome->bytes).ok());
    EXPECT_EQ(visible(), i < 1 ? 0u : 2u) << "after file " << i;
  }
  ASSERT_TRUE(batches.Finish().ok());
  EXPECT_EQ(visible(), 3u);
  EXPECT_TRUE(batches.Finish().ok());  // nothing open: a no-op
}

}  // namespace
}  // namespace dossier

// IngestFiles: the store a parallel ingest leaves is the one a
// single-threaded ingest leaves, id for id, on a corpus whose files repeat
// each other's passages while they are in flight together.
#include "pipeline/ingest_files.h"

#include <fmt/core.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "extract/testing/shipped_model.h"
#include "pipeline/entity_linking.h"
#include "pipeline/input_files.h"
#include "pipeline/reextract.h"
#include "store/sqlite_store.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

const std::string kExamples = std::string(DOSSIER_SOURCE_DIR) + "/examples";

// Paragraphs the generated files draw from; several name the same people
// under other spellings, so that linking has work across files.
constexpr const char* kParagraphs[] = {
    "Ismail Igilmanov, the chairman of Dala Media, said on Monday that the company would appeal "
    "the ruling of the Almaty court.",
    "According to Igilmanov I.A., the audit of 2019 found no breach of the licence terms and the "
    "regulator never asked for the documents.",
    "Aigerim Kassymova, a lawyer for the plaintiffs, told reporters that the hearing was "
    "postponed until March 3, 2021 at the request of the defence.",
    "The ministry paid $ 2.5 thousand a month to the consultancy, according to documents seen by "
    "the Steppe Herald, between 2017 and 2019.",
    "\"We have nothing to hide,\" Mr. Tulegenov said in a statement published on the company "
    "website on Tuesday evening.",
    "Нурлан Тулегенов заявил, что компания выплатила 14 млн тенге подрядчику в 2018 году, и "
    "назвал обвинения клеветой.",
    "По словам Айгерим Касымовой, суд отложил заседание до 3 марта 2021 года по просьбе защиты "
    "и не объяснил причин.",
    "Radio Saryarka reported that Arman Tulegenov left the board of Telefabrika Dala LLP in "
    "November 2020 after a dispute over the budget.",
    "The prosecutor's office in Astana declined to comment on the investigation, citing the "
    "secrecy of the pre-trial proceedings.",
    "Dariga Nazarbayeva was not named in the indictment, which lists four defendants and two "
    "companies registered in Cyprus.",
};
constexpr int kParagraphCount = sizeof(kParagraphs) / sizeof(kParagraphs[0]);

// The first line where two dumps differ, with its number, or "".
std::string FirstDifference(const std::string& a, const std::string& b) {
  size_t line = 1, start = 0;
  for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    if (i >= a.size() || i >= b.size() || a[i] != b[i]) {
      const auto line_of = [&](const std::string& s) {
        return start >= s.size() ? std::string("(end)")
                                 : s.substr(start, s.find('\n', start) - start);
      };
      return fmt::format("line {}:\n  {}\n  {}", line, line_of(a), line_of(b));
    }
    if (a[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  return "";
}

class IngestFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(ShippedNerModels(), nullptr) << ShippedNerModelError();
    dir_ = fs::temp_directory_path() /
           ("dossier_ingest_files_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "corpus");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, std::string_view bytes) {
    std::ofstream(dir_ / "corpus" / name, std::ios::binary) << bytes;
  }

  // Writes files whose neighbours share paragraphs exactly and nearly (one
  // word changed), exact copies of earlier files, and files that fail.
  void WriteCorpus(int files) {
    for (int k = 0; k < files; ++k) {
      std::string text = fmt::format("Report number {}\n\n", k);
      for (int p = 0; p < 4; ++p) {
        std::string paragraph = kParagraphs[(k * 3 + p * 7 + k / 3) % kParagraphCount];
        if ((k + p) % 5 == 0) paragraph += fmt::format(" The note was filed as item {}.", k % 4);
        text += paragraph + "\n\n";
      }
      text += fmt::format("This report carries the serial {} and nothing else of note.\n", k);
      Write(fmt::format("f{:03d}.txt", k), text);
      if (k % 7 == 3) Write(fmt::format("f{:03d}_copy.txt", k), text);
    }
    Write("f005_empty.txt", "");
    Write("f011_binary.txt", std::string("\x00\x01\x02\x03 binary", 11));
  }

  // Ingests the corpus and the examples with `jobs` threads into a new store
  // and links the new entities, with the names prepared in `names` by the
  // workers when it is given; returns the store's dump.
  std::string IngestWith(int jobs, const std::string& name, std::vector<std::string>* errors,
                         LinkNameCache* names = nullptr) {
    StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore((dir_ / name).string());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    const Pipeline pipeline({.ner_models = ShippedNerModels()}, store->get());
    const std::vector<std::string> files =
        ExpandInputs({(dir_ / "corpus").string(), kExamples}).files;
    // A small batch, so that commits happen while files are in flight.
    const Status done = IngestFiles(
        pipeline, files, {.jobs = jobs, .batch = {.files = 5}, .names = names},
        [&](const std::string& path, const StatusOr<IngestOutcome>& outcome) {
          errors->push_back(fs::path(path).filename().string() + ": " +
                            (outcome.ok() ? (outcome->result == IngestResult::kStored
                                                 ? "stored " + std::to_string(outcome->source_id)
                                                 : std::string("already stored"))
                                          : outcome.status().ToString()));
        });
    EXPECT_TRUE(done.ok()) << done.ToString();
    EXPECT_TRUE(LinkNewEntities(store->get(), {.names = names}).ok());
    return Dump(store->get());
  }

  // Everything the store holds but ingest times, as text.
  static std::string Dump(EvidenceStore* store) {
    std::string out;
    StatusOr<std::vector<SourceSummary>> sources = store->ListSources();
    EXPECT_TRUE(sources.ok());
    for (const SourceSummary& s : *sources) {
      out += fmt::format("source {} {} {} '{}' {} {} {} bytes, {} passages, {} duplicates\n", s.id,
                         s.sha256, fs::path(s.path).filename().string(), s.title, s.kind,
                         s.language, s.bytes, s.passages, s.duplicates);
      StatusOr<StoredSource> stored = store->GetSource(std::to_string(s.id));
      EXPECT_TRUE(stored.ok());
      const NormalizedDocument& doc = stored->document;
      out += doc.text + "\n";
      for (const Passage& p : doc.passages) {
        out += fmt::format("  passage {}-{} section {}", p.span.start, p.span.end, p.section);
        if (p.duplicate_of.has_value()) {
          const DuplicateRef& d = *p.duplicate_of;
          out += fmt::format(" repeats {}/{} #{} exact {} similarity {}", d.source_id,
                             d.source_sha256.substr(0, 8), d.passage_index, d.exact, d.similarity);
        }
        out += "\n";
      }
      StatusOr<std::optional<StoredExtraction>> extraction = store->GetExtraction(s.id);
      EXPECT_TRUE(extraction.ok() && extraction->has_value());
      out += (*extraction)->json + "\n";
    }
    StatusOr<std::vector<SourceEntity>> entities = store->ListSourceEntities();
    EXPECT_TRUE(entities.ok());
    for (const SourceEntity& e : *entities) {
      out += fmt::format("entity {} {} '{}' x{}\n", e.source_id, e.local_id, e.name, e.mentions);
    }
    StatusOr<std::vector<LinkedEntity>> linked = store->ListLinkedEntities(std::nullopt);
    EXPECT_TRUE(linked.ok());
    for (const LinkedEntity& e : *linked) {
      out += fmt::format("linked {} '{}' {} names, keys", e.id, e.name, e.names.size());
      for (const LinkedEntityName& n : e.names) out += " " + n.key;
      out += ", members";
      for (const EntityMemberRef& m : e.members)
        out += fmt::format(" {}:{}", m.source_id, m.local_id);
      out += "\n";
    }
    return out;
  }

  fs::path dir_;
};

TEST_F(IngestFilesTest, FourJobsStoreWhatOneJobStores) {
  WriteCorpus(40);
  std::vector<std::string> one_log, four_log;
  const std::string one = IngestWith(1, "one.db", &one_log);
  // Four workers prepare the names for the link; one job links without.
  LinkNameCache names(/*threads=*/4);
  const std::string four = IngestWith(4, "four.db", &four_log, &names);
  EXPECT_GT(names.size(), 50u);
  EXPECT_EQ(one_log, four_log);
  EXPECT_EQ(FirstDifference(one, four), "");
  // The corpus did exercise what must stay in order.
  EXPECT_NE(one.find(" repeats "), std::string::npos);
  EXPECT_NE(std::find(one_log.begin(), one_log.end(), "f003_copy.txt: already stored"),
            one_log.end());
  EXPECT_NE(std::find(one_log.begin(), one_log.end(),
                      "f005_empty.txt: InvalidArgument: " +
                          (dir_ / "corpus/f005_empty.txt").string() + ": empty file"),
            one_log.end())
      << ::testing::PrintToString(one_log);
}

TEST_F(IngestFilesTest, ReingestingTheSameFilesStoresNothing) {
  WriteCorpus(12);
  std::vector<std::string> first, second;
  IngestWith(3, "store.db", &first);
  IngestWith(3, "store.db", &second);
  for (const std::string& line : second) {
    EXPECT_TRUE(line.ends_with("already stored") || line.find("Error") != std::string::npos ||
                line.find("Invalid") != std::string::npos)
        << line;
  }
}

TEST_F(IngestFilesTest, ReextractWithFourJobsReplacesWhatOneJobDoes) {
  WriteCorpus(20);
  std::vector<std::string> log;
  IngestWith(1, "a.db", &log);
  fs::copy_file(dir_ / "a.db", dir_ / "b.db");
  std::string dumps[2];
  for (int run = 0; run < 2; ++run) {
    StatusOr<std::unique_ptr<EvidenceStore>> store =
        OpenSqliteStore((dir_ / (run == 0 ? "a.db" : "b.db")).string());
    ASSERT_TRUE(store.ok());
    StatusOr<ReextractSummary> done =
        ReextractAll(store->get(), ShippedNerModels(), {.jobs = run == 0 ? 1 : 4});
    ASSERT_TRUE(done.ok()) << done.status().ToString();
    // Every stored source: the generated files (not copies nor failures) and examples/.
    StatusOr<std::vector<SourceSummary>> listed = (*store)->ListSources();
    ASSERT_TRUE(listed.ok());
    EXPECT_GE(listed->size(), 20u);
    EXPECT_EQ(done->sources, static_cast<int64_t>(listed->size()));
    dumps[run] = Dump(store->get());
  }
  EXPECT_EQ(FirstDifference(dumps[0], dumps[1]), "");
}

}  // namespace
}  // namespace dossier

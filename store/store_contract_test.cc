// The store contract: what every EvidenceStore keeps (store.h), checked
// on both backends (testing/store_backends.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/test_documents.h"
#include "store/testing/store_backends.h"

namespace dossier {
namespace {

using store_testing::Heading;
using store_testing::MakeSource;
using store_testing::Paragraph;
using store_testing::TestSource;

constexpr char kTender[] =
    "The committee met on Tuesday to review the procurement contracts signed by the regional "
    "administration during the previous fiscal year. Its members asked why three of the largest "
    "agreements had been awarded without an open tender, citing urgent needs that the documents "
    "on file did not explain.";
constexpr char kFlood[] =
    "Heavy rain flooded the lower districts of the city overnight, and rescue teams evacuated "
    "more than two hundred residents to schools and sports halls before the river crested at "
    "dawn. Officials said the damage would take weeks to assess.";
constexpr char kAkim[] =
    "Аким области Нұрлан Ержанов заявил, что строительство новой больницы будет завершено к "
    "концу года, несмотря на задержки с поставками оборудования и рост цен на материалы.";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  return text.replace(pos, from.size(), to);
}

class StoreContractTest : public store_testing::StoreTest {};
INSTANTIATE_STORE_BACKENDS(StoreContractTest);

TestSource ReportSource() {
  return MakeSource("report.txt",
                    {Paragraph("Lead paragraph before any heading. It has two."),
                     Heading(1, "Procurement"), Paragraph(kTender), Heading(2, "Flooding"),
                     Paragraph(kFlood), Paragraph(Replace(kTender, "Tuesday", "Wednesday")),
                     Paragraph(kAkim), Paragraph("READ MORE"), Paragraph("Read more.")});
}

TEST_P(StoreContractTest, RoundTripKeepsEveryStoredField) {
  const TestSource source = ReportSource();
  ASSERT_TRUE(source.document.passages[5].duplicate_of.has_value());  // near repeat of 2
  ASSERT_TRUE(source.document.passages[8].duplicate_of.has_value());  // exact repeat of 7
  const int64_t id = Add(source);
  EXPECT_EQ(id, 1);

  StatusOr<StoredSource> stored = store_->GetSource(std::to_string(id));
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  store_testing::ExpectSameDocument(stored->document, source.document);
  EXPECT_EQ(stored->summary.id, id);
  EXPECT_EQ(stored->summary.sha256, source.sha256);
  EXPECT_EQ(stored->summary.path, "report.txt");
  EXPECT_EQ(stored->summary.title, "Procurement");
  EXPECT_EQ(stored->summary.kind, "text");
  EXPECT_EQ(stored->summary.language, "en");
  EXPECT_EQ(stored->summary.bytes, source.raw.size());
  EXPECT_EQ(stored->summary.passages, 9);
  EXPECT_EQ(stored->summary.duplicates, 2);
  EXPECT_EQ(stored->summary.ingested_at.size(), 20u) << stored->summary.ingested_at;
  EXPECT_EQ(stored->summary.ingested_at.back(), 'Z');
  EXPECT_EQ(stored->encoding, "utf-8");
  EXPECT_EQ(stored->url, "https://example.org/report.txt");
  EXPECT_EQ(stored->published, "2024-03-01");

  // Offsets still address the same bytes of the raw input.
  const StoredSource& s = *stored;
  const Span akim = s.document.passages[6].span;
  EXPECT_EQ(s.document.text.substr(akim.start, akim.size()), kAkim);
  EXPECT_EQ(source.raw.substr(s.document.origin[akim.start], akim.size()), kAkim);
}

// GetSourceText: the summary, dates, text and passages GetSource gives, and
// no origin map, section, sentence or passage language.
TEST_P(StoreContractTest, SourceTextIsTheSourceWithoutWhatCitationsDoNotRead) {
  const int64_t id = Add(ReportSource());
  StatusOr<StoredSource> whole = store_->GetSource(std::to_string(id));
  ASSERT_TRUE(whole.ok()) << whole.status().ToString();
  StatusOr<StoredSource> text = store_->GetSourceText(id);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_EQ(text->summary.sha256, whole->summary.sha256);
  EXPECT_EQ(text->summary.passages, 9);
  EXPECT_EQ(text->summary.duplicates, 2);
  EXPECT_EQ(text->url, "https://example.org/report.txt");
  EXPECT_EQ(text->published, "2024-03-01");
  EXPECT_EQ(text->document.text, whole->document.text);
  EXPECT_EQ(text->document.language, "en");
  ASSERT_EQ(text->document.passages.size(), whole->document.passages.size());
  for (size_t i = 0; i < text->document.passages.size(); ++i) {
    const Passage& got = text->document.passages[i];
    const Passage& expected = whole->document.passages[i];
    EXPECT_EQ(got.span, expected.span) << i;
    EXPECT_EQ(got.section, expected.section) << i;
    EXPECT_EQ(got.duplicate_of.has_value(), expected.duplicate_of.has_value()) << i;
    if (got.duplicate_of && expected.duplicate_of) {
      EXPECT_EQ(got.duplicate_of->passage_index, expected.duplicate_of->passage_index) << i;
    }
    EXPECT_TRUE(got.language.empty()) << i;
  }
  EXPECT_TRUE(text->document.origin.empty());
  EXPECT_TRUE(text->document.sections.empty());
  EXPECT_TRUE(text->document.sentences.empty());
  EXPECT_EQ(store_->GetSourceText(id + 1).status().message(),
            name_ + ": no source " + std::to_string(id + 1));
}

TEST_P(StoreContractTest, LookupBySha256PrefixAndErrors) {
  const TestSource source = ReportSource();
  const int64_t id = Add(source);
  for (const std::string& key :
       {source.sha256, source.sha256.substr(0, 6), source.sha256.substr(0, 12)}) {
    StatusOr<StoredSource> stored = store_->GetSource(key);
    ASSERT_TRUE(stored.ok()) << key << ": " << stored.status().ToString();
    EXPECT_EQ(stored->summary.id, id);
  }
  std::string upper = source.sha256.substr(0, 10);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_TRUE(store_->GetSource(upper).ok());

  struct Row {
    std::string key;
    StatusCode code;
  };
  const Row rows[] = {
      {"2", StatusCode::kNotFound},
      {"0", StatusCode::kNotFound},
      {source.sha256[0] == '0' ? "1111111" : "0000000", StatusCode::kNotFound},
      {"abcde", StatusCode::kInvalidArgument},  // too short for a prefix
      {"xyz123", StatusCode::kInvalidArgument},
      {"", StatusCode::kInvalidArgument},
      {source.sha256 + "0", StatusCode::kInvalidArgument},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(store_->GetSource(row.key).status().code(), row.code) << "'" << row.key << "'";
  }
  EXPECT_EQ(store_->GetSource("2").status().message(), name_ + ": no source 2");
}

TEST_P(StoreContractTest, AmbiguousPrefixIsInvalidArgument) {
  // The store addresses sources by the given SHA-256; these share 7 digits.
  TestSource first = MakeSource("a.txt", {Paragraph("First.")});
  TestSource second = MakeSource("b.txt", {Paragraph("Second.")});
  first.sha256 = "abcdef0" + std::string(57, '1');
  second.sha256 = "abcdef0" + std::string(57, '2');
  Add(first);
  Add(second);
  const Status status = store_->GetSource("abcdef0").status();
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("ambiguous"), std::string::npos) << status.message();
  StatusOr<StoredSource> longer = store_->GetSource("abcdef01");
  ASSERT_TRUE(longer.ok());
  EXPECT_EQ(longer->summary.path, "a.txt");
}

TEST_P(StoreContractTest, RawBytesComeBackByteForByte) {
  TestSource source = MakeSource("binary.txt", {Paragraph("Some text.")});
  source.raw = std::string("\x00\xff\xfe raw \r\n\x00 bytes \x80", 17);
  const int64_t id = Add(source);
  StatusOr<std::string> raw = store_->GetRawBytes(id);
  ASSERT_TRUE(raw.ok()) << raw.status().ToString();
  EXPECT_EQ(*raw, source.raw);
  EXPECT_EQ(store_->GetRawBytes(id + 1).status().code(), StatusCode::kNotFound);
}

TEST_P(StoreContractTest, ReAddingTheSameBytesIsAlreadyExists) {
  const TestSource source = ReportSource();
  const int64_t id = Add(source);
  ASSERT_TRUE(store_->HasSource(source.sha256).value());
  EXPECT_FALSE(store_->HasSource(std::string(64, '0')).value());

  TestSource again = ReportSource();
  again.path = "copy-of-report.txt";
  const Status status = store_->AddSource(again.ToStore()).status();
  EXPECT_EQ(status.code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(status.message(), "copy-of-report.txt: already stored as source " + std::to_string(id) +
                                  " (" + source.sha256.substr(0, 12) + ")");

  StatusOr<std::vector<SourceSummary>> sources = store_->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ((*sources)[0].passages, 9);
  EXPECT_EQ((*sources)[0].path, "report.txt");
  EXPECT_EQ(store_->Search("procurement", 10)->size(), 3u);  // heading, paragraph, repeat: once
}

TEST_P(StoreContractTest, InvalidSourcesAreRefusedBeforeWriting) {
  TestSource source = ReportSource();
  source.fingerprints.pop_back();
  EXPECT_EQ(store_->AddSource(source.ToStore()).status().code(), StatusCode::kInvalidArgument);

  source = ReportSource();
  source.sha256 = "not-a-sha";
  EXPECT_EQ(store_->AddSource(source.ToStore()).status().code(), StatusCode::kInvalidArgument);

  source = ReportSource();
  source.document.passages[3].span.end = static_cast<uint32_t>(source.document.text.size() + 1);
  const Status status = store_->AddSource(source.ToStore()).status();
  EXPECT_EQ(status, InvalidArgumentError("report.txt: passage 3 lies outside the text"));

  source = ReportSource();
  source.document.passages[4].duplicate_of = DuplicateRef{.source_sha256 = std::string(64, 'e')};
  EXPECT_EQ(store_->AddSource(source.ToStore()).status().code(), StatusCode::kInvalidArgument);

  EXPECT_TRUE(store_->ListSources()->empty());
  EXPECT_TRUE(store_->Search("procurement", 10)->empty());
}

TEST_P(StoreContractTest, FindDuplicateAcrossSources) {
  const TestSource first = ReportSource();
  const int64_t first_id = Add(first);
  const DedupeOptions options;

  // Exact, in another case and punctuation: the first occurrence (passage 2),
  // not its near repeat (passage 5).
  StatusOr<std::optional<StoredDuplicate>> exact = store_->FindDuplicate(
      FingerprintPassage(Replace(kTender, "The committee", "THE COMMITTEE,")), options);
  ASSERT_TRUE(exact.ok()) << exact.status().ToString();
  ASSERT_TRUE(exact->has_value());
  EXPECT_EQ((*exact)->source_id, first_id);
  EXPECT_EQ((*exact)->source_sha256, first.sha256);
  EXPECT_EQ((*exact)->passage_index, 2);
  EXPECT_TRUE((*exact)->exact);
  EXPECT_EQ((*exact)->similarity, 1);

  // Near: one word changed.
  StatusOr<std::optional<StoredDuplicate>> near =
      store_->FindDuplicate(FingerprintPassage(Replace(kFlood, "overnight", "yesterday")), options);
  ASSERT_TRUE(near.ok());
  ASSERT_TRUE(near->has_value());
  EXPECT_EQ((*near)->passage_index, 4);
  EXPECT_FALSE((*near)->exact);
  EXPECT_GE((*near)->similarity, 0.8);
  EXPECT_LT((*near)->similarity, 1);

  // Short passages match only exactly; unrelated text not at all.
  EXPECT_EQ(store_->FindDuplicate(FingerprintPassage("read more!"), options)->value().passage_index,
            7);
  EXPECT_FALSE(store_->FindDuplicate(FingerprintPassage("Read more here"), options)->has_value());
  EXPECT_FALSE(
      store_
          ->FindDuplicate(FingerprintPassage("The orchestra opened its season with a programme of "
                                             "Kazakh composers and a new commission for strings."),
                          options)
          ->has_value());

  // A stricter threshold rejects the near match.
  DedupeOptions strict;
  strict.near_threshold = 0.99;
  EXPECT_FALSE(
      store_->FindDuplicate(FingerprintPassage(Replace(kFlood, "overnight", "yesterday")), strict)
          ->has_value());
}

TEST_P(StoreContractTest, CrossSourceDuplicatesRoundTripAndAreNotCandidates) {
  const TestSource first = ReportSource();
  const int64_t first_id = Add(first);

  // The pipeline marks passage 1 of the second source as a repeat of
  // passage 4 of the first, naming it by id, and passage 2 by SHA-256 only.
  TestSource second = MakeSource(
      "syndicated.txt",
      {Heading(1, "Syndicated"), Paragraph(Replace(kFlood, "overnight", "on Sunday night")),
       Paragraph(kTender), Paragraph("A closing line of the syndicated copy.")});
  second.document.passages[1].duplicate_of = DuplicateRef{.source_sha256 = first.sha256,
                                                          .source_id = first_id,
                                                          .passage_index = 4,
                                                          .exact = false,
                                                          .similarity = 0.875};
  second.document.passages[2].duplicate_of =
      DuplicateRef{.source_sha256 = first.sha256, .passage_index = 2};
  const int64_t second_id = Add(second);

  StatusOr<StoredSource> stored = store_->GetSource(std::to_string(second_id));
  ASSERT_TRUE(stored.ok());
  second.document.passages[2].duplicate_of->source_id = first_id;  // resolved from the SHA
  store_testing::ExpectSameDocument(stored->document, second.document);
  EXPECT_EQ(stored->summary.duplicates, 2);

  // The second copy of kTender is not a candidate: the first stays the answer.
  StatusOr<std::optional<StoredDuplicate>> exact =
      store_->FindDuplicate(FingerprintPassage(kTender), DedupeOptions());
  ASSERT_TRUE(exact.ok() && exact->has_value());
  EXPECT_EQ((*exact)->source_id, first_id);

  StatusOr<std::vector<SourceSummary>> sources = store_->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 2u);
  EXPECT_EQ((*sources)[0].id, first_id);
  EXPECT_EQ((*sources)[1].id, second_id);
  EXPECT_EQ((*sources)[1].path, "syndicated.txt");
  EXPECT_EQ((*sources)[1].title, "Syndicated");
  EXPECT_EQ((*sources)[1].passages, 4);
  EXPECT_EQ((*sources)[1].duplicates, 2);
}

TEST_P(StoreContractTest, ReopenedStoreSeesEverything) {
  const TestSource source = ReportSource();
  Add(source);
  store_.reset();
  std::unique_ptr<EvidenceStore> reopened = OpenAgain(/*must_exist=*/true);
  ASSERT_NE(reopened, nullptr);
  StatusOr<StoredSource> stored = reopened->GetSource(source.sha256.substr(0, 8));
  ASSERT_TRUE(stored.ok());
  store_testing::ExpectSameDocument(stored->document, source.document);
}

TEST_P(StoreContractTest, BatchedDocumentsAreWholeAndAFailedOneLeavesTheRest) {
  const TestSource first = MakeSource("first.txt", {Paragraph("The first document of the batch.")});
  const TestSource second =
      MakeSource("second.txt", {Paragraph("The second document of the batch.")});
  ASSERT_TRUE(store_->BeginBatch().ok());
  EXPECT_EQ(store_->BeginBatch().code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store_->AddSource(first.ToStore()).ok());
  EXPECT_EQ(store_->AddSource(first.ToStore()).status().code(), StatusCode::kAlreadyExists);
  ASSERT_TRUE(store_->AddSource(second.ToStore()).ok());
  EXPECT_TRUE(*store_->HasSource(second.sha256));
  EXPECT_EQ(store_->LinkExclusively([] { return Status::Ok(); }).code(),
            StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store_->CommitBatch().ok());
  EXPECT_EQ(store_->CommitBatch().code(), StatusCode::kFailedPrecondition);

  std::unique_ptr<EvidenceStore> reader = OpenAgain();
  ASSERT_NE(reader, nullptr);
  StatusOr<std::vector<SourceSummary>> sources = reader->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 2u);
  EXPECT_EQ((*sources)[0].path, "first.txt");
  EXPECT_EQ((*sources)[1].path, "second.txt");
}

// Two writers marked documents sharing a passage before either stored: the
// second to store learns it must mark again (kAborted), and then stores it
// as a repeat of the first's.
TEST_P(StoreContractTest, FirstOccurrenceStoredMeanwhileIsAborted) {
  const TestSource first = MakeSource("first.txt", {Paragraph(kTender), Paragraph(kFlood)});
  TestSource second = MakeSource("second.txt", {Paragraph(kAkim), Paragraph(kFlood)});
  std::unique_ptr<EvidenceStore> other = OpenAgain();
  ASSERT_NE(other, nullptr);
  ASSERT_TRUE(store_testing::MarkStoredDuplicates(other.get(), &second).ok());
  const int64_t first_id = Add(first);

  const Status aborted = other->AddSource(second.ToStore()).status();
  EXPECT_EQ(aborted.code(), StatusCode::kAborted) << aborted.ToString();
  EXPECT_EQ(aborted.message(), "second.txt: passage 1 repeats passage 1 of source " +
                                   std::to_string(first_id) +
                                   ", stored by another writer since it was marked; mark it again");
  EXPECT_FALSE(*other->HasSource(second.sha256));

  ASSERT_TRUE(store_testing::MarkStoredDuplicates(other.get(), &second).ok());
  ASSERT_TRUE(second.document.passages[1].duplicate_of.has_value());
  StatusOr<int64_t> stored = other->AddSource(second.ToStore());
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(store_->GetSource(std::to_string(*stored))->summary.duplicates, 1);
}

// What dossier migrate relies on: a copy keeps its first ingestion time and
// its marks as they are, and a judgment its time.
TEST_P(StoreContractTest, CopiesKeepTheirTimesAndMarks) {
  const TestSource first = MakeSource("first.txt", {Paragraph(kFlood)});
  const TestSource copy = MakeSource("copy.txt", {Paragraph(kFlood), Paragraph(kAkim)});
  Add(first);
  SourceToStore to_store = copy.ToStore();
  to_store.ingested_at = "2021-05-06T07:08:09Z";
  to_store.keep_marks = true;  // passage 0 stays a first occurrence, as in the original
  StatusOr<int64_t> id = store_->AddSource(to_store);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  StatusOr<StoredSource> stored = store_->GetSource(std::to_string(*id));
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->summary.ingested_at, "2021-05-06T07:08:09Z");
  EXPECT_EQ(stored->summary.duplicates, 0);

  StatusOr<int64_t> judgment = store_->AddJudgment({.kind = JudgmentKind::kSplit,
                                                    .keys_a = {"P:a", "P:b"},
                                                    .note = "split P-1",
                                                    .created_at = "2022-01-02T03:04:05Z"});
  ASSERT_TRUE(judgment.ok());
  EXPECT_EQ(store_->ListJudgments()->front().created_at, "2022-01-02T03:04:05Z");
}

TEST_P(StoreContractTest, LinkExclusivelyUndoesAFailedLink) {
  LinkedEntity entity{.id = "P-1", .name = "Serik Medetbekov"};
  ASSERT_TRUE(
      store_->LinkExclusively([&] { return store_->ReplaceLinkedEntities({entity}); }).ok());
  EXPECT_EQ(store_->ListLinkedEntities(std::nullopt)->size(), 1u);
  const Status failed = store_->LinkExclusively([&]() -> Status {
    RETURN_IF_ERROR(store_->ReplaceLinkedEntities({}));
    return InternalError("linking failed");
  });
  EXPECT_EQ(failed, InternalError("linking failed"));
  EXPECT_EQ(store_->ListLinkedEntities(std::nullopt)->size(), 1u);
}

// Which of the ids asked for linked entities hold: each row asks for some
// ids of the stored entities below, and gets the taken ones, each once, in
// byte order.
TEST_P(StoreContractTest, TakenEntityIdsAreTheStoredOnesAmongThoseAsked) {
  std::vector<LinkedEntity> stored;
  for (const char* id : {"P-3fa94c01d2", "P-3fa94c01d2-2", "P-3fa94c01d2-3", "O-5b1e0a77c4",
                         "X-ержанов", "P-o'brien"}) {
    stored.push_back({.id = id, .name = "Name of " + std::string(id)});
  }
  // A batch larger than one chunk of a query: every tenth id taken.
  std::vector<std::string> many, many_taken;
  for (int i = 0; i < 1000; ++i) {
    many.push_back("L-" + std::to_string(100000 + i));
    if (i % 10 == 3) {
      stored.push_back({.id = many.back(), .type = EntityType::kLocation, .name = "Place"});
      many_taken.push_back(many.back());
    }
  }
  ASSERT_TRUE(store_->LinkExclusively([&] { return store_->ReplaceLinkedEntities(stored); }).ok());

  struct Row {
    std::vector<std::string> asked;
    std::vector<std::string> taken;
  };
  const std::vector<Row> rows = {
      {{}, {}},
      {{"P-3fa94c01d2"}, {"P-3fa94c01d2"}},
      {{"P-0000000000"}, {}},
      // The base and its namesakes "-2", "-3" are taken, "-4" is free.
      {{"P-3fa94c01d2-4", "P-3fa94c01d2-3", "P-3fa94c01d2-2", "P-3fa94c01d2"},
       {"P-3fa94c01d2", "P-3fa94c01d2-2", "P-3fa94c01d2-3"}},
      // Exact ids only: no prefix, other case or other type letter.
      {{"P-3fa94c01", "P-3FA94C01D2", "O-3fa94c01d2", "P-3fa94c01d2-"}, {}},
      // Asked twice, given once.
      {{"O-5b1e0a77c4", "O-5b1e0a77c4", "O-5b1e0a77c4"}, {"O-5b1e0a77c4"}},
      // Cyrillic compares by its bytes, not case-folded.
      {{"X-ержанов", "X-Ержанов"}, {"X-ержанов"}},
      {{"P-o'brien", "P-o''brien"}, {"P-o'brien"}},
      {many, many_taken},
  };
  for (const Row& row : rows) {
    const std::string asked = row.asked.empty() ? "(none)" : row.asked.front();
    StatusOr<std::vector<std::string>> taken = store_->TakenEntityIds(row.asked);
    ASSERT_TRUE(taken.ok()) << asked << ": " << taken.status().ToString();
    EXPECT_EQ(*taken, row.taken) << asked;
  }
  // Nothing stored, nothing taken.
  ASSERT_TRUE(store_->LinkExclusively([&] { return store_->ReplaceLinkedEntities({}); }).ok());
  EXPECT_EQ(*store_->TakenEntityIds({"P-3fa94c01d2", "L-100003"}), std::vector<std::string>{});
}

}  // namespace
}  // namespace dossier

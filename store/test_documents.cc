#include "store/test_documents.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "base/sha256.h"

namespace dossier::store_testing {
namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

// Appends the sentence spans of the paragraph at [start, end) of `text`.
void SplitSentences(const std::string& text, uint32_t start, uint32_t end,
                    std::vector<Span>* sentences) {
  uint32_t sentence_start = start;
  for (uint32_t i = start; i < end; ++i) {
    if (text[i] == '.' && i + 1 < end && text[i + 1] == ' ') {
      sentences->push_back({sentence_start, i + 1});
      sentence_start = i + 2;
    }
  }
  if (sentence_start < end) sentences->push_back({sentence_start, end});
}

}  // namespace

SourceToStore TestSource::ToStore() const {
  return SourceToStore{.sha256 = sha256,
                       .path = path,
                       .raw = raw,
                       .kind = "text",
                       .encoding = "utf-8",
                       .title = title,
                       .url = "https://example.org/" + path,
                       .published = "2024-03-01",
                       .document = &document,
                       .fingerprints = &fingerprints};
}

TestSource MakeSource(std::string path, const std::vector<Block>& blocks, std::string language) {
  TestSource source;
  source.path = std::move(path);
  NormalizedDocument& doc = source.document;
  doc.language = std::move(language);
  for (const Block& block : blocks) {
    if (!doc.text.empty()) doc.text += "\n\n";
    Passage passage;
    passage.kind = block.kind;
    passage.span.start = static_cast<uint32_t>(doc.text.size());
    doc.text += block.text;
    passage.span.end = static_cast<uint32_t>(doc.text.size());
    const int index = static_cast<int>(doc.passages.size());
    if (block.kind == PassageKind::kHeading) {
      doc.sections.push_back({block.text, block.level, index});
      if (source.title.empty()) source.title = block.text;
    } else if (doc.sections.empty()) {
      doc.sections.push_back({"", 0, -1});
    }
    passage.section = static_cast<int>(doc.sections.size()) - 1;
    passage.first_sentence = static_cast<int>(doc.sentences.size());
    if (block.kind == PassageKind::kHeading) {
      doc.sentences.push_back(passage.span);
    } else {
      SplitSentences(doc.text, passage.span.start, passage.span.end, &doc.sentences);
    }
    passage.sentence_count = static_cast<int>(doc.sentences.size()) - passage.first_sentence;
    doc.passages.push_back(passage);
  }
  for (size_t i = 0; i <= doc.text.size(); ++i) {
    doc.origin.push_back(static_cast<uint32_t>(i + sizeof(kBom) - 1));
  }
  source.raw = kBom + doc.text;
  source.sha256 = Sha256Hex(source.raw);
  source.fingerprints = MarkInternalDuplicates(&doc);
  return source;
}

Status MarkStoredDuplicates(EvidenceStore* store, TestSource* source) {
  for (size_t i = 0; i < source->document.passages.size(); ++i) {
    Passage& passage = source->document.passages[i];
    if (passage.duplicate_of.has_value()) continue;
    ASSIGN_OR_RETURN(std::optional<StoredDuplicate> found,
                     store->FindDuplicate(source->fingerprints[i], DedupeOptions()));
    if (!found.has_value()) continue;
    passage.duplicate_of = DuplicateRef{.source_sha256 = found->source_sha256,
                                        .source_id = found->source_id,
                                        .passage_index = found->passage_index,
                                        .exact = found->exact,
                                        .similarity = found->similarity};
  }
  return Status::Ok();
}

void ExpectSameDocument(const NormalizedDocument& actual, const NormalizedDocument& expected) {
  EXPECT_EQ(actual.text, expected.text);
  EXPECT_EQ(actual.origin, expected.origin);
  EXPECT_EQ(actual.language, expected.language);
  EXPECT_EQ(actual.sentences, expected.sentences);
  EXPECT_TRUE(actual.tokens.empty());
  ASSERT_EQ(actual.sections.size(), expected.sections.size());
  for (size_t i = 0; i < actual.sections.size(); ++i) {
    SCOPED_TRACE("section " + std::to_string(i));
    EXPECT_EQ(actual.sections[i].title, expected.sections[i].title);
    EXPECT_EQ(actual.sections[i].level, expected.sections[i].level);
    EXPECT_EQ(actual.sections[i].heading_passage, expected.sections[i].heading_passage);
  }
  ASSERT_EQ(actual.passages.size(), expected.passages.size());
  for (size_t i = 0; i < actual.passages.size(); ++i) {
    SCOPED_TRACE("passage " + std::to_string(i));
    const Passage& a = actual.passages[i];
    const Passage& e = expected.passages[i];
    EXPECT_EQ(a.span, e.span);
    EXPECT_EQ(a.kind, e.kind);
    EXPECT_EQ(a.section, e.section);
    EXPECT_EQ(a.first_sentence, e.first_sentence);
    EXPECT_EQ(a.sentence_count, e.sentence_count);
    ASSERT_EQ(a.duplicate_of.has_value(), e.duplicate_of.has_value());
    if (!a.duplicate_of.has_value()) continue;
    EXPECT_EQ(a.duplicate_of->source_sha256, e.duplicate_of->source_sha256);
    EXPECT_EQ(a.duplicate_of->source_id, e.duplicate_of->source_id);
    EXPECT_EQ(a.duplicate_of->passage_index, e.duplicate_of->passage_index);
    EXPECT_EQ(a.duplicate_of->exact, e.duplicate_of->exact);
    EXPECT_EQ(a.duplicate_of->similarity, e.duplicate_of->similarity);
  }
}

ScratchDir::ScratchDir() {
  std::string pattern = ::testing::TempDir() + "dossier_store_XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed for " << pattern;
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code error;
  std::filesystem::remove_all(path_, error);
}

}  // namespace dossier::store_testing

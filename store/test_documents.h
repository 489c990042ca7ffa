// Test helpers for the store tests: NormalizedDocuments built by hand (the
// text stage is not involved), comparison of documents, and a scratch
// directory. Not part of the library.
#ifndef DOSSIER_STORE_TEST_DOCUMENTS_H_
#define DOSSIER_STORE_TEST_DOCUMENTS_H_

#include <string>
#include <vector>

#include "store/store.h"
#include "text/dedupe.h"
#include "text/document.h"

namespace dossier::store_testing {

struct Block {
  PassageKind kind = PassageKind::kParagraph;
  std::string text;
  int level = 0;  // headings only
};

inline Block Heading(int level, std::string text) {
  return {PassageKind::kHeading, std::move(text), level};
}
inline Block Paragraph(std::string text) { return {PassageKind::kParagraph, std::move(text), 0}; }

// A source ready for AddSource; ToStore() views its members.
struct TestSource {
  std::string path;
  std::string title;
  std::string raw;
  std::string sha256;
  NormalizedDocument document;
  std::vector<PassageFingerprint> fingerprints;

  SourceToStore ToStore() const;
};

// Builds a source whose text is the blocks joined by "\n\n" and whose raw
// bytes are that text behind a UTF-8 byte order mark (so origin[i] = i + 3).
// Headings open sections (a lead section with level 0 holds paragraphs
// before the first heading); paragraphs split into sentences after ". ";
// repeats within the source are marked by MarkInternalDuplicates.
TestSource MakeSource(std::string path, const std::vector<Block>& blocks,
                      std::string language = "en");

// Marks the passages of `source` that repeat stored ones, as the ingest
// pipeline does: every first occurrence is looked up with FindDuplicate.
Status MarkStoredDuplicates(EvidenceStore* store, TestSource* source);

// Expects field-by-field equality of what the store keeps (not tokens).
void ExpectSameDocument(const NormalizedDocument& actual, const NormalizedDocument& expected);

// A fresh directory under the test temp dir, removed with its contents.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace dossier::store_testing

#endif  // DOSSIER_STORE_TEST_DOCUMENTS_H_

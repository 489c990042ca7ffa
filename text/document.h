// NormalizedDocument: the text a source becomes after decoding, NFC
// normalization and segmentation, with every piece addressed by UTF-8 byte
// offsets into `text` and every byte of `text` traceable to the raw source.
//
// This is the unit later stages work on (extract/, store/, the JSON contract).
// Thread-compatible value type.
#ifndef DOSSIER_TEXT_DOCUMENT_H_
#define DOSSIER_TEXT_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// A half-open byte range [start, end) of NormalizedDocument::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool operator==(const Span&) const = default;
};

enum class PassageKind { kHeading, kParagraph };

// What a duplicate passage repeats. `source_sha256` is empty when the earlier
// passage is in the same document.
struct DuplicateRef {
  std::string source_sha256;
  int64_t source_id = 0;  // store id of that source; 0 within the document
  int passage_index = 0;  // index into that document's passages
  bool exact = true;      // false: a near duplicate
  double similarity = 1;  // estimated Jaccard similarity of word shingles
};

struct Section {
  std::string title;         // the heading text; "" for text before the first heading
  int level = 0;             // heading level (1-6); 0 for the untitled lead section
  int heading_passage = -1;  // index of the heading passage, -1 for the lead section
};

struct Passage {
  Span span;  // trimmed: no leading/trailing whitespace
  PassageKind kind = PassageKind::kParagraph;
  int section = -1;        // index into sections; -1 when the document has none
  int first_sentence = 0;  // index into sentences
  int sentence_count = 0;
  std::optional<DuplicateRef> duplicate_of;  // set by dedupe; a first occurrence has none
  // DetectLanguage of the passage's own text (text/language.h); "" when the
  // document was built without it (then read in the document's language).
  std::string language;
};

enum class TokenKind { kWord, kNumber, kPunctuation, kSymbol };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
};

struct NormalizedDocument {
  std::string text;              // NFC UTF-8; blocks separated by "\n\n"
  std::vector<uint32_t> origin;  // origin[i]: raw-input offset of text[i]; size text.size()+1
  std::string language;          // DetectLanguage of the whole text: "en", "ru", "kk", "und", …
  std::vector<Section> sections;
  std::vector<Passage> passages;  // in document order
  std::vector<Span> sentences;    // in document order; each inside one passage
  std::vector<Token> tokens;      // in document order; each inside one sentence
};

// "heading" or "paragraph": the name stored and printed for a passage kind.
constexpr std::string_view PassageKindName(PassageKind kind) {
  return kind == PassageKind::kHeading ? "heading" : "paragraph";
}

// Returns the number of passages marked as repeating an earlier one.
inline int CountDuplicates(const NormalizedDocument& document) {
  int count = 0;
  for (const Passage& passage : document.passages) count += passage.duplicate_of.has_value();
  return count;
}

}  // namespace dossier

#endif  // DOSSIER_TEXT_DOCUMENT_H_

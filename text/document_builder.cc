#include "text/document_builder.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "text/language.h"
#include "text/normalize.h"
#include "text/paragraphs.h"
#include "text/segment.h"

namespace dossier {
namespace {

// Level given to headings found in plain text, which carries no levels.
constexpr int kPlainHeadingLevel = 1;
// English and Russian prose average about one token per five or six bytes;
// reserving for that saves the token vector most of its regrowth.
constexpr size_t kBytesPerTokenEstimate = 5;

bool IsBlank(char c) { return c == ' ' || c == '\n'; }

// Returns `block` normalized; plain blocks are also stripped of leading and
// trailing blank space (their inner line breaks stay).
MappedText NormalizeBlock(const SourceBlock& block) {
  const bool collapse = block.kind != BlockKind::kPlain;
  MappedText text = NormalizeText(block.text, {.collapse_whitespace = collapse});
  if (collapse) return text;  // already trimmed
  size_t begin = 0;
  size_t end = text.text.size();
  while (begin < end && IsBlank(text.text[begin])) ++begin;
  while (end > begin && IsBlank(text.text[end - 1])) --end;
  if (begin == 0 && end == text.text.size()) return text;
  // Trim in place (as MappedText::Slice would, without copying the block).
  text.origin[end] = text.OriginalEnd(end);
  text.text.resize(end);
  text.origin.resize(end + 1);
  text.text.erase(0, begin);
  text.origin.erase(text.origin.begin(), text.origin.begin() + begin);
  return text;
}

// Assigns sections: every heading opens one, except a heading that repeats
// the text of the heading passage just before it, which joins its section.
// Passages before the first heading form an untitled lead section.
void AssignSections(NormalizedDocument* doc,
                    const std::vector<int>& heading_levels /* per passage */) {
  const std::string_view text = doc->text;
  auto passage_text = [&](const Passage& passage) {
    return text.substr(passage.span.start, passage.span.size());
  };
  bool has_heading = false;
  for (const Passage& passage : doc->passages) has_heading |= passage.kind == PassageKind::kHeading;
  if (!has_heading) return;
  int current = -1;
  for (size_t i = 0; i < doc->passages.size(); ++i) {
    Passage& passage = doc->passages[i];
    if (passage.kind == PassageKind::kHeading) {
      const bool repeat = i > 0 && doc->passages[i - 1].kind == PassageKind::kHeading &&
                          passage_text(doc->passages[i - 1]) == passage_text(passage);
      if (!repeat) {
        doc->sections.push_back(
            {std::string(passage_text(passage)), heading_levels[i], static_cast<int>(i)});
        current = static_cast<int>(doc->sections.size()) - 1;
      }
    } else if (current == -1) {
      doc->sections.push_back({"", 0, -1});
      current = 0;
    }
    passage.section = current;
  }
}

}  // namespace

NormalizedDocument BuildDocument(const ParsedSource& source) {
  NormalizedDocument doc;
  MappedText all;                   // the blocks joined, moved into doc once complete
  std::vector<int> heading_levels;  // per passage; 0 for paragraphs
  for (const SourceBlock& block : source.blocks) {
    MappedText part = NormalizeBlock(block);
    if (part.text.empty()) continue;
    std::vector<PlainBlock> pieces;
    if (block.kind == BlockKind::kPlain) {
      pieces = SplitPlainText(part.text);
      if (pieces.empty()) continue;
    } else {
      const PassageKind kind =
          block.kind == BlockKind::kHeading ? PassageKind::kHeading : PassageKind::kParagraph;
      pieces.push_back({Span{0, static_cast<uint32_t>(part.text.size())}, kind});
    }
    // Blocks are separated by "\n\n", which maps to the start of the next block.
    if (!all.text.empty()) all.AppendReplacement("\n\n", part.origin.front(), part.origin.front());
    const auto offset = static_cast<uint32_t>(all.text.size());
    all.Append(part);
    for (const PlainBlock& piece : pieces) {
      Passage passage;
      passage.span = {piece.span.start + offset, piece.span.end + offset};
      passage.kind = piece.kind;
      doc.passages.push_back(passage);
      int level = 0;
      if (piece.kind == PassageKind::kHeading) {
        level = block.kind == BlockKind::kHeading ? std::clamp(block.heading_level, 1, 6)
                                                  : kPlainHeadingLevel;
      }
      heading_levels.push_back(level);
    }
  }
  doc.text = std::move(all.text);
  doc.origin = std::move(all.origin);
  AssignSections(&doc, heading_levels);
  doc.tokens.reserve(doc.text.size() / kBytesPerTokenEstimate);
  for (Passage& passage : doc.passages) {
    passage.first_sentence = static_cast<int>(doc.sentences.size());
    AppendSentences(doc.text, passage.span, &doc.sentences);
    passage.sentence_count = static_cast<int>(doc.sentences.size()) - passage.first_sentence;
    for (int i = passage.first_sentence; i < static_cast<int>(doc.sentences.size()); ++i) {
      AppendTokens(doc.text, doc.sentences[i], &doc.tokens);
    }
  }
  DetectLanguages(&doc);
  return doc;
}

}  // namespace dossier

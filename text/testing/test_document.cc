#include "text/testing/test_document.h"

#include "text/language.h"
#include "text/segment.h"

namespace dossier {

NormalizedDocument MakeTestDocument(const std::string& text) {
  NormalizedDocument doc;
  doc.text = text;
  doc.language = "en";
  uint32_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    Passage passage;
    passage.span = {start, static_cast<uint32_t>(end)};
    passage.kind =
        text.compare(start, 2, "# ") == 0 ? PassageKind::kHeading : PassageKind::kParagraph;
    passage.first_sentence = static_cast<int>(doc.sentences.size());
    AppendSentences(text, passage.span, &doc.sentences);
    passage.sentence_count = static_cast<int>(doc.sentences.size()) - passage.first_sentence;
    AppendTokens(text, passage.span, &doc.tokens);
    doc.passages.push_back(passage);
    start = static_cast<uint32_t>(end) + 2;
  }
  AssignPassageLanguages(&doc);
  return doc;
}

void MarkRepeat(NormalizedDocument* doc, int index, int of) {
  DuplicateRef ref;
  ref.passage_index = of;
  doc->passages[index].duplicate_of = ref;
}

}  // namespace dossier

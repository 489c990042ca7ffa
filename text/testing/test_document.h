// Documents for the tests of the stages after text/: a NormalizedDocument
// made from plain text the way tests write it, segmented by text/ itself
// (sentences and tokens), without the normalization and paragraph rules of
// BuildDocument, so offsets in a test equal offsets in its string.
//
//   NormalizedDocument doc = MakeTestDocument("# Profile\n\nSerik was born in 1961.");
//   MarkRepeat(&doc, 1, 0);  // passage 1 repeats passage 0
#ifndef DOSSIER_TEXT_TESTING_TEST_DOCUMENT_H_
#define DOSSIER_TEXT_TESTING_TEST_DOCUMENT_H_

#include <string>

#include "text/document.h"

namespace dossier {

// One passage per "\n\n"-separated block (a block starting with "# " is a
// heading, the mark kept in the text), language "en".
NormalizedDocument MakeTestDocument(const std::string& text);

// Marks passage `index` as a repeat of passage `of` of the same document.
// REQUIRES: 0 <= of < index < passages.size().
void MarkRepeat(NormalizedDocument* doc, int index, int of);

}  // namespace dossier

#endif  // DOSSIER_TEXT_TESTING_TEST_DOCUMENT_H_

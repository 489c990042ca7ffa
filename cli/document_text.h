// The human-readable form of one document: a header with its metadata, then
// every passage in order with its index, headings marked, section changes
// shown and duplicates labelled with what they repeat.
#ifndef DOSSIER_CLI_DOCUMENT_TEXT_H_
#define DOSSIER_CLI_DOCUMENT_TEXT_H_

#include <cstdio>

#include "cli/document_view.h"

namespace dossier::cli {

void PrintDocumentText(const DocumentView& view, std::FILE* out);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_DOCUMENT_TEXT_H_

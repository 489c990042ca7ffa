// Reading and writing CoNLL-2003 style files: one token per line, columns
// separated by spaces, the word first and the gold tag (BIO or IOB1) last, a
// blank line between sentences and "-DOCSTART-" lines between documents.
//
//   ASSIGN_OR_RETURN(std::vector<ConllDocument> docs, ReadConllFile("test.txt"));
//   for (const ConllDocument& doc : docs) ...
//   WriteConll(docs, predicted, std::cout);   // each line + " " + predicted tag
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_EVAL_NER_CONLL_H_
#define DOSSIER_EXTRACT_EVAL_NER_CONLL_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dossier {

struct ConllSentence {
  std::vector<std::string> words;  // first column
  std::vector<std::string> gold;   // last column; "O" for one-column lines
  std::vector<std::string> lines;  // each token line as read, without the line end
};

struct ConllDocument {
  std::string docstart_line;  // the "-DOCSTART- ..." line, "" when the file had none
  std::vector<ConllSentence> sentences;
};

// Parses CoNLL text; `name` prefixes error messages. A file without
// "-DOCSTART-" lines is one document. Returns InvalidArgument for a line with
// an empty first column (leading space) or a NUL byte, naming the line number.
StatusOr<std::vector<ConllDocument>> ParseConll(std::string_view text, std::string_view name);

// Reads and parses a file: NotFound / IoError when it cannot be read.
StatusOr<std::vector<ConllDocument>> ReadConllFile(const std::string& path);

// Writes the documents with one predicted tag appended to each token line.
// predicted[d][s][t] is the tag of token t of sentence s of document d.
// REQUIRES: `predicted` has the shape of `docs`.
void WriteConll(const std::vector<ConllDocument>& docs,
                const std::vector<std::vector<std::vector<std::string>>>& predicted,
                std::ostream& out);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EVAL_NER_CONLL_H_

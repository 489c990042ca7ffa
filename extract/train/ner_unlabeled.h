// Unlabeled text for the word clusters of the named-entity tagger: more
// running text than the labeled training files gives more words a cluster.
//
// Reads plain text (.txt) and TimeML/XML (.tml, .xml: tags dropped) files,
// or every such file under a folder, and splits them into sentences of
// CoNLL-style tokens ("U.S." and "Smith's" → "U.S.", "Smith", "'s";
// punctuation apart). Only words feed the clusters, never labels.
//
//   ASSIGN_OR_RETURN(auto sentences, ReadUnlabeledText("../shared/datasets/polnear-dev"));
//
// Thread-safe (pure functions; they read files).
#ifndef DOSSIER_EXTRACT_TRAIN_NER_UNLABELED_H_
#define DOSSIER_EXTRACT_TRAIN_NER_UNLABELED_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dossier {

// Appends the sentences of `text` (one per line or sentence end).
void AppendUnlabeledSentences(std::string_view text,
                              std::vector<std::vector<std::string>>* sentences);

// Reads a file or, recursively and in path order, a folder. NotFound when
// `path` does not exist or holds no readable text file.
StatusOr<std::vector<std::vector<std::string>>> ReadUnlabeledText(const std::string& path);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TRAIN_NER_UNLABELED_H_

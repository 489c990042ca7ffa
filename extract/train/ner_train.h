// Training the named-entity tagger: an averaged structured perceptron
// (Collins 2002) over hashed features and BILOU tags, decoded with Viterbi.
// Word clusters are first learned from the words of the training and
// development files, without their labels. After each epoch the averaged
// weights are scored on the development set; the best epoch's weights become
// the model. A second stage (stacking) is then trained with the first
// stage's predictions across each document as extra features; on the
// training data those predictions come from a jackknife (the first stage
// retrained on the other folds of documents).
//
// Deterministic: the same data, options and seed give the same model bytes
// (the seed only orders the training sentences in each epoch).
//
//   NerTrainOptions options;
//   options.seed = 7;
//   ASSIGN_OR_RETURN(NerModel model, TrainNer(train_docs, dev_docs, options, &std::cerr));
//
// Thread-compatible (single-threaded).
#ifndef DOSSIER_EXTRACT_TRAIN_NER_TRAIN_H_
#define DOSSIER_EXTRACT_TRAIN_NER_TRAIN_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/eval/ner_conll.h"
#include "extract/ner/ner_clusters.h"
#include "extract/ner/ner_gazetteer.h"
#include "extract/ner/ner_model.h"

namespace dossier {

struct NerTrainOptions {
  int epochs = 12;     // passes over the training data; the best on dev is kept
  uint64_t seed = 1;   // orders the training sentences; same seed, same model
  int hash_bits = 20;  // 2^hash_bits weight rows: more = fewer collisions, larger file
  // Folds of the jackknife that gives the second stage its first-stage
  // predictions on the training data; below 2, no second stage is trained.
  int folds = 5;
  ClusterOptions clusters;
  NerGazetteer gazetteer;  // phrases the features look up; stored in the model
  // More running text for the word clusters (never labels); see ner_unlabeled.h.
  std::vector<std::vector<std::string>> unlabeled;
  std::string data_note;  // where the data came from; recorded in the model description
};

// Returns the trained model. `log` (may be null) receives one line per epoch.
// Errors: InvalidArgument when `train` has no sentence, or options are out of
// range (epochs < 1, hash_bits outside 12..24).
StatusOr<NerModel> TrainNer(const std::vector<ConllDocument>& train,
                            const std::vector<ConllDocument>& dev, const NerTrainOptions& options,
                            std::ostream* log);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TRAIN_NER_TRAIN_H_

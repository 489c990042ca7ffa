// The named-entity subcommands of `dossier`, as plain functions the CLI's
// main.cc wires to its parser. Each returns the process exit status: 0
// success, 1 failure (reported on stderr as one line naming the file), 2 a
// usage error.
//
//   dossier train ner --train FILE --dev FILE [--unlabeled PATH...] --out models/ner-en.bin
//                     [--seed N] [--epochs N]
//   dossier ner --conll FILE [--model FILE]    # CoNLL lines + a predicted BIO column, stdout
//   dossier eval ner FILE [--model FILE]       # precision, recall, F1 per type (conlleval)
#ifndef DOSSIER_CLI_NER_COMMANDS_H_
#define DOSSIER_CLI_NER_COMMANDS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/entities.h"
#include "extract/ner_model.h"

namespace dossier::cli {

// Trains a model on CoNLL files `train` and `dev` and writes it to `out`.
// `unlabeled` files or folders of running text (.txt, .tml) add words to the
// clusters; the gazetteer is read from Debian's iso-codes and tzdata. Progress
// goes to stderr.
int RunTrainNer(const std::string& train, const std::string& dev,
                const std::vector<std::string>& unlabeled, const std::string& out, uint64_t seed,
                int epochs);

// Tags CoNLL file `file` with the model at `model` ("" = DefaultNerModelPath())
// and prints each token line followed by the predicted BIO tag.
int RunNerConll(const std::string& model, const std::string& file);

// Tags `file` and prints conlleval-style precision, recall and F1 against
// its gold column, overall and per type, and the tagging speed on stderr.
int RunEvalNer(const std::string& model, const std::string& file);

// Returns the path of the shipped English model: the first existing of
// $DOSSIER_MODEL_DIR/ner-en.bin, <dir of the running executable>/../../models/ner-en.bin
// (build-dir/cli/dossier), <dir>/../../../models/ner-en.bin
// (build/release/cli/dossier) and ./models/ner-en.bin; the last when none exists.
std::string DefaultNerModelPath();

// Loads the model at `path`, or at DefaultNerModelPath() when `path` is "".
StatusOr<NerModel> LoadNerModel(const std::string& path);

// Loads the shipped model for `extract` and `show`; when it cannot be
// loaded, prints one line "dossier: entities not tagged: ..." on stderr and
// returns null (the entities list then stays empty, the rest still runs).
std::unique_ptr<NerModel> LoadNerModelOrWarn();

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_NER_COMMANDS_H_

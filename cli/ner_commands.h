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
#include "extract/ner/entities.h"
#include "extract/ner/ner_model.h"
#include "extract/ner/ner_models.h"

namespace dossier::cli {

// Trains a model on the corpora `train` (all of them; see
// extract/eval/ner_corpora.h for the forms) with `dev` picking the epochs, and
// writes it to `out`.
// `unlabeled` files or folders of running text (.txt, .tml) add words to the
// clusters; the gazetteer is read from Debian's iso-codes and tzdata. Progress
// goes to stderr.
int RunTrainNer(const std::vector<std::string>& train, const std::string& dev,
                const std::vector<std::string>& unlabeled, const std::string& out, uint64_t seed,
                int epochs);

// Tags CoNLL file `file` with the model at `model` ("" = the shipped English one)
// and prints each token line followed by the predicted BIO tag; with
// `document_rules`, the spans corrected by the whole document as extraction does.
int RunNerConll(const std::string& model, const std::string& file, bool document_rules);

// Tags `file` and prints conlleval-style precision, recall and F1 against
// its gold column, overall and per type, and the tagging speed on stderr;
// with `document_rules`, after the corrections extraction makes by the whole
// document (CorrectSpansByDocument).
int RunEvalNer(const std::string& model, const std::string& file, bool document_rules);

// Loads the model at `path`, or the shipped English model when `path` is ""
// (cli/shipped_models.h).
StatusOr<NerModel> LoadNerModel(const std::string& path);

// Loads every shipped model for the commands that extract (extract, show,
// ingest, reextract); when one cannot be loaded, prints one line "dossier:
// PATH: ..." on stderr and returns null: the command stops with exit 1.
std::unique_ptr<NerModels> LoadShippedNerModelsOrReport();

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_NER_COMMANDS_H_

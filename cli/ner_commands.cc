#include "cli/ner_commands.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/shipped_models.h"
#include "extract/eval/ner_conll.h"
#include "extract/eval/ner_corpora.h"
#include "extract/eval/ner_score.h"
#include "extract/ner/document_rules.h"
#include "extract/ner/ner_tagger.h"
#include "extract/train/ner_train.h"
#include "extract/train/ner_unlabeled.h"

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;

constexpr char kIsoCodesDir[] = "/usr/share/iso-codes/json";
constexpr char kZoneTable[] = "/usr/share/zoneinfo/zone1970.tab";
constexpr char kLocaleDir[] = "/usr/share/locale";

// Tags every sentence of `docs`; returns the BIO tags, shaped like `docs`,
// and adds the number of tokens tagged to *tokens.
// With `document_rules`, the spans are corrected by the whole document as
// the pipeline does (CorrectSpansByDocument).
std::vector<std::vector<std::vector<std::string>>> TagConll(const NerModel& model,
                                                            const std::vector<ConllDocument>& docs,
                                                            long* tokens,
                                                            bool document_rules = false) {
  NerTagger tagger(&model);
  std::vector<std::vector<std::vector<std::string>>> predicted(docs.size());
  std::vector<std::vector<std::string_view>> sentences;
  for (size_t d = 0; d < docs.size(); ++d) {
    sentences.clear();
    for (const ConllSentence& s : docs[d].sentences)
      sentences.emplace_back(s.words.begin(), s.words.end());
    std::vector<std::vector<TypedSpan>> spans = tagger.TagDocument(sentences);
    if (document_rules) CorrectSpansByDocument(sentences, &spans);
    for (size_t s = 0; s < sentences.size(); ++s) {
      const int n = static_cast<int>(sentences[s].size());
      predicted[d].push_back(BioFromSpans(spans[s], n));
      *tokens += n;
    }
  }
  return predicted;
}

std::string BaseName(const std::string& path) { return fs::path(path).filename().string(); }

}  // namespace

StatusOr<NerModel> LoadNerModel(const std::string& path) {
  return NerModel::Load(path.empty() ? ShippedNerModelPath("en") : path);
}

std::unique_ptr<NerModels> LoadShippedNerModelsOrReport() {
  StatusOr<NerModels> models = LoadShippedNerModels();
  if (!models.ok()) {
    std::cerr << "dossier: " << models.status().message() << "\n";
    return nullptr;
  }
  return std::make_unique<NerModels>(std::move(models).value());
}

int RunTrainNer(const std::vector<std::string>& train, const std::string& dev,
                const std::vector<std::string>& unlabeled, const std::string& out, uint64_t seed,
                int epochs) {
  if (train.empty() || out.empty()) {
    std::cerr << "dossier train ner: --train and --out are required\n";
    return 2;
  }
  std::vector<ConllDocument> train_docs;
  std::string train_names;
  for (const std::string& spec : train) {
    StatusOr<std::vector<ConllDocument>> read = ReadNerCorpus(spec);
    if (!read.ok()) {
      std::cerr << read.status().message() << "\n";
      return 1;
    }
    train_docs.insert(train_docs.end(), std::make_move_iterator(read->begin()),
                      std::make_move_iterator(read->end()));
    train_names += (train_names.empty() ? "" : " + ") + BaseName(spec);
  }
  std::vector<ConllDocument> dev_docs;
  if (!dev.empty()) {
    StatusOr<std::vector<ConllDocument>> read = ReadNerCorpus(dev);
    if (!read.ok()) {
      std::cerr << read.status().message() << "\n";
      return 1;
    }
    dev_docs = std::move(*read);
  }
  NerTrainOptions options;
  options.seed = seed;
  options.epochs = epochs;
  // The gazetteer comes from Debian's iso-codes and tzdata packages
  // (scripts/setup-deps installs them); the model file keeps a copy.
  for (const std::string& path : unlabeled) {
    StatusOr<std::vector<std::vector<std::string>>> read = ReadUnlabeledText(path);
    if (!read.ok()) {
      std::cerr << "dossier train ner: " << read.status().message() << "\n";
      return 1;
    }
    options.unlabeled.insert(options.unlabeled.end(), read->begin(), read->end());
  }
  for (Status s : {options.gazetteer.AddIsoCodes(kIsoCodesDir),
                   options.gazetteer.AddTimeZoneCities(kZoneTable)}) {
    if (!s.ok()) {
      std::cerr << "dossier train ner: " << s.message() << "\n";
      return 1;
    }
  }
  // Russian and Kazakh names of countries and regions, from iso-codes'
  // message catalogs; a language without a catalog adds nothing.
  for (const char* language : {"ru", "kk"}) {
    const std::string dir = std::string(kLocaleDir) + "/" + language + "/LC_MESSAGES/";
    for (const auto& [file, kind] : {std::pair{"iso_3166-1.mo", GazetteerKind::kCountry},
                                     std::pair{"iso_3166-2.mo", GazetteerKind::kRegion}}) {
      if (!fs::exists(dir + file)) continue;
      if (Status s = options.gazetteer.AddMessageCatalog(dir + file, kind); !s.ok()) {
        std::cerr << "dossier train ner: " << s.message() << "\n";
        return 1;
      }
    }
  }
  options.data_note = "train " + train_names + (dev.empty() ? "" : ", dev " + BaseName(dev));
  StatusOr<NerModel> model = TrainNer(train_docs, dev_docs, options, &std::cerr);
  if (!model.ok()) {
    std::cerr << train_names << ": " << model.status().message() << "\n";
    return 1;
  }
  if (Status s = model->Save(out); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 1;
  }
  std::cerr << "wrote " << out << " (" << fs::file_size(out) << " bytes): " << model->description()
            << "\n";
  return 0;
}

namespace {

// Loads the model and the CoNLL file a tagging command needs; on failure
// prints the one-line reason and returns false.
bool LoadModelAndConll(const std::string& model_path, const std::string& file,
                       std::optional<NerModel>* model, std::vector<ConllDocument>* docs) {
  StatusOr<NerModel> loaded = LoadNerModel(model_path);
  if (!loaded.ok()) {
    std::cerr << "dossier: " << loaded.status().message() << "\n";
    return false;
  }
  StatusOr<std::vector<ConllDocument>> read = ReadNerCorpus(file);
  if (!read.ok()) {
    std::cerr << "dossier: " << read.status().message() << "\n";
    return false;
  }
  model->emplace(std::move(loaded).value());
  *docs = std::move(read).value();
  return true;
}

}  // namespace

int RunNerConll(const std::string& model_path, const std::string& file, bool document_rules) {
  std::optional<NerModel> model;
  std::vector<ConllDocument> docs;
  if (!LoadModelAndConll(model_path, file, &model, &docs)) return 1;
  long tokens = 0;
  WriteConll(docs, TagConll(*model, docs, &tokens, document_rules), std::cout);
  return 0;
}

int RunEvalNer(const std::string& model_path, const std::string& file, bool document_rules) {
  std::optional<NerModel> model;
  std::vector<ConllDocument> docs;
  if (!LoadModelAndConll(model_path, file, &model, &docs)) return 1;
  long tokens = 0;
  const auto start = std::chrono::steady_clock::now();
  const auto predicted = TagConll(*model, docs, &tokens, document_rules);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  NerScorer scorer;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t s = 0; s < docs[d].sentences.size(); ++s) {
      const ConllSentence& sentence = docs[d].sentences[s];
      scorer.AddSentence(SpansFromBio(sentence.gold), SpansFromBio(predicted[d][s]),
                         static_cast<int>(sentence.words.size()));
    }
  }
  PrintNerScores(scorer.Scores(), std::cout);
  char line[128];
  std::snprintf(line, sizeof(line), "tagged %ld tokens in %.3f s (%.0f tokens/s, one thread)\n",
                tokens, seconds, seconds > 0 ? tokens / seconds : 0.0);
  std::cerr << line;
  return 0;
}

}  // namespace dossier::cli

// NerModels: the named-entity model of each language Dossier reads, and the
// choice of one for a text's language ("en", "ru", "kk", "und": see
// text/language.h). Immutable once built; thread-safe for concurrent reads.
//
//   ASSIGN_OR_RETURN(NerModels models, LoadNerModels("/usr/share/dossier/models", {"en"}));
//   const NerModel* model = models.For(doc.language);
#ifndef DOSSIER_EXTRACT_NER_NER_MODELS_H_
#define DOSSIER_EXTRACT_NER_NER_MODELS_H_

#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/ner/ner_model.h"

namespace dossier {

class NerModels {
 public:
  // Adds `model` as the model of `language`, replacing any before it.
  void Add(std::string language, NerModel model);

  // Returns the model of `language`; a language without a model of its own
  // ("und", a language not shipped) gets the English one; null when there is
  // none either. The pointer lives as long as this set.
  const NerModel* For(std::string_view language) const;

 private:
  std::map<std::string, std::unique_ptr<const NerModel>, std::less<>> models_;
};

// The languages Dossier ships a named-entity model for (models/ner-LANG.bin).
std::span<const std::string_view> ShippedNerLanguages();

// The file name of a language's model: "ner-" + language + ".bin".
std::string NerModelFileName(std::string_view language);

// Loads DIR/ner-LANG.bin for every language in `languages`. The first model
// that cannot be loaded is the error (its message starts with the file's path).
StatusOr<NerModels> LoadNerModels(const std::string& dir,
                                  std::span<const std::string_view> languages);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NER_MODELS_H_

// The models (and web files) shipped with the dossier binary, and where it
// finds them wherever it is run from. Thread-safe (pure lookups and loads).
//
// The model folder is the first of:
//   1. $DOSSIER_MODELS, when set and not empty (used as given, never skipped);
//   2. <folder of the executable>/../share/dossier/models: the installed
//      layout (`cmake --install`, the Debian package);
//   3. the source tree's models/ folder, compiled in: a binary run from its
//      build folder.
// Never the current directory.
#ifndef DOSSIER_CLI_SHIPPED_MODELS_H_
#define DOSSIER_CLI_SHIPPED_MODELS_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/ner/ner_models.h"

namespace dossier::cli {

// The model folder (see above). When neither 2 nor 3 exists, returns 2 (so
// that an error names where the models were expected).
std::string ShippedModelDir();

// The folder of the workbench's and the site's web files (stylesheet,
// scripts, npm libraries), found the same way: $DOSSIER_WEB, else
// <folder of the executable>/../share/dossier/web: the installed layout, and
// also the build folder's copy (web/CMakeLists.txt puts the files in
// <build>/share/dossier/web, which is that path for <build>/cli/dossier).
std::string ShippedWebDir();

// The path of one language's shipped model in ShippedModelDir().
std::string ShippedNerModelPath(std::string_view language);

// Loads every shipped named-entity model. A model that cannot be loaded is
// an error whose message starts with its path; commands that need entities
// report it and stop (exit 1).
StatusOr<NerModels> LoadShippedNerModels();

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_SHIPPED_MODELS_H_

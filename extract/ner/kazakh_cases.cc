#include "extract/ner/kazakh_cases.h"

namespace dossier {
namespace {

using enum KazakhCase;

constexpr KazakhCaseEnding kEndings[] = {
    {"ындағы", kLocativeAttributive, true},
    {"індегі", kLocativeAttributive, true},
    {"ндағы", kLocativeAttributive},
    {"ндегі", kLocativeAttributive},
    {"дағы", kLocativeAttributive},
    {"дегі", kLocativeAttributive},
    {"тағы", kLocativeAttributive},
    {"тегі", kLocativeAttributive},
    {"ында", kLocative, true},
    {"інде", kLocative, true},
    {"ынан", kAblative, true},
    {"інен", kAblative, true},
    {"ның", kGenitive},
    {"нің", kGenitive},
    {"дың", kGenitive},
    {"дің", kGenitive},
    {"тың", kGenitive},
    {"тің", kGenitive},
    {"нда", kLocative},
    {"нде", kLocative},
    {"нан", kAblative},
    {"нен", kAblative},
    {"дан", kAblative},
    {"ден", kAblative},
    {"тан", kAblative},
    {"тен", kAblative},
    {"мен", kInstrumental},
    {"бен", kInstrumental},
    {"пен", kInstrumental},
    {"ына", kDative, true},
    {"іне", kDative, true},
    {"да", kLocative},
    {"де", kLocative},
    {"та", kLocative},
    {"те", kLocative},
    {"ға", kDative},
    {"ге", kDative},
    {"қа", kDative},
    {"ке", kDative},
    {"на", kDative, true},
    {"не", kDative, true},
    {"ны", kAccusative},
    {"ні", kAccusative},
    {"ды", kAccusative},
    {"ді", kAccusative},
    {"ты", kAccusative},
    {"ті", kAccusative},
    {"а", kDative, true},
    {"е", kDative, true},
};

}  // namespace

std::span<const KazakhCaseEnding> KazakhCaseEndings() { return kEndings; }

bool IsKazakhPlaceEnding(std::string_view ending) {
  for (const KazakhCaseEnding& e : kEndings) {
    if (e.text == ending) {
      return !e.after_possessive && e.of != kAccusative && e.of != kInstrumental;
    }
  }
  return false;
}

std::vector<std::string_view> KazakhPlaceStems(std::string_view word) {
  std::vector<std::string_view> stems;
  for (const KazakhCaseEnding& e : kEndings) {
    if (word.size() > e.text.size() && word.ends_with(e.text) && IsKazakhPlaceEnding(e.text)) {
      stems.push_back(word.substr(0, word.size() - e.text.size()));
    }
  }
  return stems;
}

}  // namespace dossier

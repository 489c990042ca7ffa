// ASCII case folding for matching words against lexicons: A-Z become a-z,
// every other byte (UTF-8 of other scripts included) is kept. Unicode case
// folding is ICU's job (text/normalize); this is for the many small lookups
// where the words of interest are ASCII. Thread-safe (pure function).
#ifndef DOSSIER_BASE_ASCII_H_
#define DOSSIER_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace dossier {

inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace dossier

#endif  // DOSSIER_BASE_ASCII_H_

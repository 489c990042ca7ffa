// Reading the plain files of annotated corpora (factRuEval's .tokens,
// .spans, .objects, .coref, .facts): whole files, lines, fields.
//
// Thread-safe (pure functions; Slurp reads a file).
#ifndef DOSSIER_EXTRACT_EVAL_INTERNAL_CORPUS_FILES_H_
#define DOSSIER_EXTRACT_EVAL_INTERNAL_CORPUS_FILES_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dossier::eval_internal {

// The bytes of `path`; NotFound naming it when it cannot be opened.
StatusOr<std::string> Slurp(const std::filesystem::path& path);

// The whitespace-separated fields of `line` before any '#'.
std::vector<std::string_view> Fields(std::string_view line);

// Whether `text` is a whole decimal integer; stores it in `value`.
bool ParseInt(std::string_view text, long* value);

// Calls fn(line, number) for each line of `text`, numbered from 1.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  int number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    fn(text.substr(0, end), ++number);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

}  // namespace dossier::eval_internal

#endif  // DOSSIER_EXTRACT_EVAL_INTERNAL_CORPUS_FILES_H_

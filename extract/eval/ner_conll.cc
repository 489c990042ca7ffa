#include "extract/eval/ner_conll.h"

#include <fstream>
#include <sstream>

namespace dossier {
namespace {

std::string_view TrimLineEnd(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line;
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace

StatusOr<std::vector<ConllDocument>> ParseConll(std::string_view text, std::string_view name) {
  std::vector<ConllDocument> docs;
  ConllSentence sentence;
  auto flush_sentence = [&] {
    if (sentence.words.empty()) return;
    if (docs.empty()) docs.emplace_back();
    docs.back().sentences.push_back(std::move(sentence));
    sentence = ConllSentence();
  };
  size_t pos = 0;
  int line_number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = TrimLineEnd(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_number;
    if (IsBlank(line)) {
      flush_sentence();
      continue;
    }
    if (line.find('\0') != std::string_view::npos || line[0] == ' ' || line[0] == '\t') {
      return InvalidArgumentError(std::string(name) + ":" + std::to_string(line_number) +
                                  ": malformed token line (empty first column or NUL byte)");
    }
    const size_t first_space = line.find_first_of(" \t");
    const std::string_view word = line.substr(0, first_space);
    if (word == "-DOCSTART-") {
      flush_sentence();
      docs.emplace_back();
      docs.back().docstart_line = std::string(line);
      continue;
    }
    std::string_view gold = "O";
    if (first_space != std::string_view::npos) {
      gold = line.substr(line.find_last_of(" \t") + 1);
    }
    sentence.words.emplace_back(word);
    sentence.gold.emplace_back(gold);
    sentence.lines.emplace_back(line);
  }
  flush_sentence();
  return docs;
}

StatusOr<std::vector<ConllDocument>> ReadConllFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return IoError(path + ": read failed");
  return ParseConll(buffer.str(), path);
}

void WriteConll(const std::vector<ConllDocument>& docs,
                const std::vector<std::vector<std::vector<std::string>>>& predicted,
                std::ostream& out) {
  for (size_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].docstart_line.empty()) out << docs[d].docstart_line << " O\n\n";
    for (size_t s = 0; s < docs[d].sentences.size(); ++s) {
      const ConllSentence& sentence = docs[d].sentences[s];
      for (size_t t = 0; t < sentence.lines.size(); ++t) {
        out << sentence.lines[t] << ' ' << predicted[d][s][t] << '\n';
      }
      out << '\n';
    }
  }
}

}  // namespace dossier

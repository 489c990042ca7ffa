#include "extract/train/ner_unlabeled.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dossier {
namespace {

namespace fs = std::filesystem;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Splits one whitespace-free chunk into tokens the way CoNLL did: leading
// and trailing punctuation apart, "'s" and "n't" split off, inner periods
// ("U.S.", "3.5") and hyphens kept.
void SplitChunk(std::string_view chunk, std::vector<std::string>* out) {
  static constexpr std::string_view kPunct = "\"'()[]{},.;:!?`";
  std::vector<std::string> tail;
  while (!chunk.empty() && kPunct.find(chunk.front()) != std::string_view::npos) {
    out->emplace_back(1, chunk.front());
    chunk.remove_prefix(1);
  }
  while (!chunk.empty() && kPunct.find(chunk.back()) != std::string_view::npos) {
    // Keep the period of an abbreviation with capitals inside ("U.S.").
    if (chunk.back() == '.' && chunk.size() > 2 && chunk[chunk.size() - 3] == '.') break;
    tail.emplace_back(1, chunk.back());
    chunk.remove_suffix(1);
  }
  if (!chunk.empty()) {
    if (chunk.size() > 2 && chunk.substr(chunk.size() - 2) == "'s" &&
        IsAsciiLetter(chunk[chunk.size() - 3])) {
      out->emplace_back(chunk.substr(0, chunk.size() - 2));
      out->emplace_back("'s");
    } else if (chunk.size() > 3 && chunk.substr(chunk.size() - 3) == "n't") {
      out->emplace_back(chunk.substr(0, chunk.size() - 3));
      out->emplace_back("n't");
    } else {
      out->emplace_back(chunk);
    }
  }
  out->insert(out->end(), tail.rbegin(), tail.rend());
}

std::string StripTags(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_tag = false;
  for (char c : text) {
    if (c == '<') {
      in_tag = true;
    } else if (c == '>' && in_tag) {
      in_tag = false;
      out += ' ';
    } else if (!in_tag) {
      out += c;
    }
  }
  return out;
}

}  // namespace

void AppendUnlabeledSentences(std::string_view text,
                              std::vector<std::vector<std::string>>* sentences) {
  std::vector<std::string> sentence;
  auto flush = [&] {
    if (!sentence.empty()) sentences->push_back(std::move(sentence));
    sentence.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') {
      flush();
      ++i;
      continue;
    }
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !IsSpace(text[j])) ++j;
    const size_t before = sentence.size();
    SplitChunk(text.substr(i, j - i), &sentence);
    // A sentence ends at ".", "!" or "?" standing alone, closing quotes and
    // brackets after it included.
    size_t last = sentence.size();
    while (last > before && (sentence[last - 1] == "\"" || sentence[last - 1] == "'" ||
                             sentence[last - 1] == ")" || sentence[last - 1] == "]")) {
      --last;
    }
    if (last > before) {
      const std::string& end = sentence[last - 1];
      if (end == "." || end == "!" || end == "?") flush();
    }
    i = j;
  }
  flush();
}

StatusOr<std::vector<std::vector<std::string>>> ReadUnlabeledText(const std::string& path) {
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".txt" || ext == ".tml" || ext == ".xml")) {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
  } else if (fs::is_regular_file(path, ec)) {
    files.push_back(path);
  }
  if (files.empty()) return NotFoundError(path + ": no unlabeled text (.txt, .tml, .xml) found");
  std::vector<std::vector<std::string>> sentences;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return NotFoundError(file.string() + ": cannot open");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string ext = file.extension().string();
    const std::string text = ext == ".txt" ? buffer.str() : StripTags(buffer.str());
    AppendUnlabeledSentences(text, &sentences);
  }
  return sentences;
}

}  // namespace dossier

#include "store/internal/fts_query.h"

namespace dossier::store_internal {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Whether the tokenizer could find a token in `text`: any ASCII letter or
// digit, or any non-ASCII character (left to the tokenizer to judge).
bool MayHoldToken(std::string_view text) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
        (byte >= 'A' && byte <= 'Z')) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<SearchTerm> ParseSearchTerms(std::string_view query) {
  std::vector<SearchTerm> terms;
  const auto add = [&](std::string_view text, bool prefix) {
    if (MayHoldToken(text)) terms.push_back(SearchTerm{std::string(text), prefix});
  };
  size_t pos = 0;
  while (pos < query.size()) {
    if (IsSpace(query[pos])) {
      ++pos;
      continue;
    }
    if (query[pos] == '"') {
      const size_t close = query.find('"', pos + 1);
      const size_t end = close == std::string_view::npos ? query.size() : close;
      const std::string_view phrase = query.substr(pos + 1, end - pos - 1);
      pos = close == std::string_view::npos ? query.size() : close + 1;
      bool prefix = false;
      while (pos < query.size() && query[pos] == '*') {
        prefix = true;
        ++pos;
      }
      add(phrase, prefix);
      continue;
    }
    size_t end = pos;
    while (end < query.size() && !IsSpace(query[end]) && query[end] != '"') ++end;
    std::string_view word = query.substr(pos, end - pos);
    pos = end;
    bool prefix = false;
    while (!word.empty() && word.back() == '*') {
      prefix = true;
      word.remove_suffix(1);
    }
    add(word, prefix);
  }
  return terms;
}

std::string BuildFtsQuery(std::string_view query) {
  std::string out;
  for (const SearchTerm& term : ParseSearchTerms(query)) {
    if (!out.empty()) out.push_back(' ');
    out.push_back('"');
    for (char c : term.text) {
      if (c == '"') out.push_back('"');  // FTS5 escapes a quote by doubling it
      out.push_back(c);
    }
    out.push_back('"');
    if (term.prefix) out.push_back('*');
  }
  return out;
}

}  // namespace dossier::store_internal

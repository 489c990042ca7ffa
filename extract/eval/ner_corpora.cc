#include "extract/eval/ner_corpora.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include "extract/eval/internal/corpus_files.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using eval_internal::Fields;
using eval_internal::ForEachLine;
using eval_internal::ParseInt;
using eval_internal::Slurp;

struct FactRuSpan {
  std::string type;
  long first_token = 0;
  long tokens = 0;
};

// The type our tags give a span of `span_type` in an object of `object_type`; "" for none.
std::string_view FactRuTagType(std::string_view object_type, std::string_view span_type) {
  if (object_type == "Person") {
    if (span_type == "name" || span_type == "surname" || span_type == "patronymic" ||
        span_type == "nickname") {
      return "PER";
    }
  } else if (object_type == "Location" || object_type == "LocOrg") {
    if (span_type == "loc_name") return "LOC";
  } else if (object_type == "Org") {
    if (span_type == "org_name") return "ORG";
  }
  return "";
}

// Reads book `base` (".tokens", ".spans", ".objects" beside it).
StatusOr<ConllDocument> ReadFactRuBook(const fs::path& base) {
  auto file = [&](const char* ext) { return fs::path(base.string() + ext); };
  ASSIGN_OR_RETURN(const std::string tokens_text, Slurp(file(".tokens")));
  ASSIGN_OR_RETURN(const std::string spans_text, Slurp(file(".spans")));
  ASSIGN_OR_RETURN(const std::string objects_text, Slurp(file(".objects")));

  ConllDocument doc;
  doc.docstart_line = "-DOCSTART- " + base.filename().string();
  std::unordered_map<long, std::pair<size_t, size_t>> token_at;  // id -> sentence, index
  Status error;
  ConllSentence sentence;
  auto flush = [&] {
    if (!sentence.words.empty()) doc.sentences.push_back(std::move(sentence));
    sentence = ConllSentence();
  };
  ForEachLine(tokens_text, [&](std::string_view line, int number) {
    const std::vector<std::string_view> f = Fields(line);
    if (f.empty()) return flush();
    long id = 0;
    if (f.size() < 4 || !ParseInt(f[0], &id)) {
      if (error.ok()) {
        error = InvalidArgumentError(file(".tokens").string() + ":" + std::to_string(number) +
                                     ": expected 'id offset length text'");
      }
      return;
    }
    token_at[id] = {doc.sentences.size(), sentence.words.size()};
    sentence.words.emplace_back(f[3]);
    sentence.gold.emplace_back("O");
    sentence.lines.emplace_back(f[3]);
  });
  flush();
  RETURN_IF_ERROR(error);

  std::unordered_map<std::string, std::vector<FactRuSpan>> spans;
  ForEachLine(spans_text, [&](std::string_view line, int number) {
    const std::vector<std::string_view> f = Fields(line);
    if (f.empty()) return;
    FactRuSpan span{std::string(f.size() > 1 ? f[1] : "")};
    if (f.size() < 6 || !ParseInt(f[4], &span.first_token) || !ParseInt(f[5], &span.tokens)) {
      if (error.ok()) {
        error = InvalidArgumentError(file(".spans").string() + ":" + std::to_string(number) +
                                     ": expected 'id type offset length token count'");
      }
      return;
    }
    spans[std::string(f[0])].push_back(span);
  });
  RETURN_IF_ERROR(error);

  // Each token's type and the object it belongs to; persons first, then
  // locations, then organizations, so a location inside an organization's
  // name stays a location.
  struct Mark {
    std::string_view type;
    int object = -1;
  };
  std::map<std::pair<size_t, size_t>, Mark> marks;
  static constexpr std::string_view kOrder[] = {"PER", "LOC", "ORG"};
  for (std::string_view wanted : kOrder) {
    int object = 0;
    ForEachLine(objects_text, [&](std::string_view line, int) {
      const std::vector<std::string_view> f = Fields(line);
      ++object;
      if (f.size() < 3) return;
      for (size_t k = 2; k < f.size(); ++k) {
        auto found = spans.find(std::string(f[k]));
        if (found == spans.end()) continue;
        for (const FactRuSpan& span : found->second) {
          if (FactRuTagType(f[1], span.type) != wanted) continue;
          for (long t = span.first_token; t < span.first_token + span.tokens; ++t) {
            auto at = token_at.find(t);
            if (at == token_at.end()) continue;
            marks.try_emplace(at->second, Mark{wanted, object});
          }
        }
      }
    });
  }
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    ConllSentence& sent = doc.sentences[s];
    for (size_t t = 0; t < sent.words.size(); ++t) {
      auto mark = marks.find({s, t});
      if (mark == marks.end()) continue;
      auto prev = t > 0 ? marks.find({s, t - 1}) : marks.end();
      const bool continues = prev != marks.end() && prev->second.object == mark->second.object &&
                             prev->second.type == mark->second.type;
      sent.gold[t] = std::string(continues ? "I-" : "B-") + std::string(mark->second.type);
    }
    for (size_t t = 0; t < sent.words.size(); ++t)
      sent.lines[t] = sent.words[t] + " " + sent.gold[t];
  }
  return doc;
}

StatusOr<std::vector<ConllDocument>> ReadFactRuFolder(const fs::path& dir) {
  std::vector<std::pair<long, fs::path>> books;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const fs::path& path = entry.path();
    if (path.extension() != ".objects") continue;
    const std::string stem = path.stem().string();  // book_N
    long number = 0;
    const size_t underscore = stem.rfind('_');
    if (underscore == std::string::npos || !ParseInt(stem.substr(underscore + 1), &number)) {
      number = -1;
    }
    books.emplace_back(number, dir / path.stem());
  }
  if (ec) return NotFoundError(dir.string() + ": " + ec.message());
  if (books.empty()) return InvalidArgumentError(dir.string() + ": no factRuEval .objects files");
  std::sort(books.begin(), books.end());
  std::vector<ConllDocument> docs;
  for (const auto& [number, base] : books) {
    ASSIGN_OR_RETURN(ConllDocument doc, ReadFactRuBook(base));
    docs.push_back(std::move(doc));
  }
  return docs;
}

StatusOr<std::vector<ConllDocument>> ReadConllCorpus(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<ConllDocument> docs, ReadConllFile(path));
  for (ConllDocument& doc : docs) {
    for (ConllSentence& sentence : doc.sentences) {
      for (std::string& tag : sentence.gold) tag = NormalizeNerTag(tag);
    }
  }
  if (docs.size() != 1 || !docs[0].docstart_line.empty()) return docs;
  std::vector<ConllDocument> per_sentence;
  for (ConllSentence& sentence : docs[0].sentences) {
    per_sentence.emplace_back();
    per_sentence.back().sentences.push_back(std::move(sentence));
  }
  return per_sentence;
}

}  // namespace

std::string NormalizeNerTag(std::string_view tag) {
  if (tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return std::string(tag);
  const std::string_view type = tag.substr(2);
  std::string_view ours;
  if (type == "PER" || type == "ORG" || type == "LOC" || type == "MISC") {
    ours = type;
  } else if (type == "PERSON") {
    ours = "PER";
  } else if (type == "ORGANISATION" || type == "ORGANIZATION") {
    ours = "ORG";
  } else if (type == "GPE" || type == "LOCATION") {
    ours = "LOC";
  } else {
    return "O";
  }
  return std::string(tag.substr(0, 2)) + std::string(ours);
}

namespace {

// The K of a part "foldK" or "notfoldK" (K in 0-4), or -1 for any other part.
int CrossValidationFold(std::string_view part) {
  if (part.starts_with("not")) part.remove_prefix(3);
  if (part.size() != 5 || !part.starts_with("fold") || part[4] < '0' || part[4] > '4') return -1;
  return part[4] - '0';
}

}  // namespace

StatusOr<std::vector<ConllDocument>> ReadNerCorpus(const std::string& spec) {
  std::string path = spec, part;
  if (size_t hash = spec.rfind('#'); hash != std::string::npos) {
    path = spec.substr(0, hash);
    part = spec.substr(hash + 1);
    if (part != "train" && part != "dev" && part != "test" && part != "notdev" &&
        CrossValidationFold(part) < 0) {
      return InvalidArgumentError(spec + ": unknown part '" + part +
                                  "' (train, dev, test, notdev, foldK or notfoldK, K in 0-4)");
    }
  }
  std::error_code ec;
  if (!fs::exists(path, ec)) return NotFoundError(path + ": no such file or folder");
  StatusOr<std::vector<ConllDocument>> read =
      fs::is_directory(path, ec) ? ReadFactRuFolder(path) : ReadConllCorpus(path);
  if (!read.ok() || part.empty()) return read;
  std::vector<ConllDocument> kept;
  for (size_t i = 0; i < read->size(); ++i) {
    const size_t r = i % 10;
    const int fold = CrossValidationFold(part);
    const bool keep = fold >= 0 ? (static_cast<int>(i % 5) == fold) == part.starts_with("fold")
                      : part == "dev"   ? r == 9
                      : part == "test"  ? r == 8
                      : part == "train" ? r < 8
                                        : r != 9;
    if (keep) kept.push_back(std::move((*read)[i]));
  }
  return kept;
}

}  // namespace dossier

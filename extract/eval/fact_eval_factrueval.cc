#include "extract/eval/fact_eval_factrueval.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <utility>

#include "extract/eval/internal/corpus_files.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using eval_internal::Fields;
using eval_internal::ForEachLine;
using eval_internal::Slurp;

// One object of .coref: its mentions and its keys.
struct CorefObject {
  std::vector<std::string> mention_ids;
  std::map<std::string, std::string> keys;  // firstname, lastname, name, ...
};

// The text of `line` after its first `fields` fields (the value of a
// "key value" line, the text after an id).
std::string_view After(std::string_view line, int fields) {
  size_t i = 0;
  for (int f = 0; f < fields; ++f) {
    while (i < line.size() && line[i] == ' ') ++i;
    while (i < line.size() && line[i] != ' ') ++i;
  }
  while (i < line.size() && line[i] == ' ') ++i;
  std::string_view rest = line.substr(i);
  while (!rest.empty() && (rest.back() == '\r' || rest.back() == ' ')) rest.remove_suffix(1);
  return rest;
}

// Mention id -> (type, text) from .objects ("10435 Person 22767 22768 # Юрия
// Лужкова").
std::unordered_map<std::string, std::pair<std::string, std::string>> ReadMentions(
    std::string_view text) {
  std::unordered_map<std::string, std::pair<std::string, std::string>> mentions;
  ForEachLine(text, [&](std::string_view line, int) {
    const std::vector<std::string_view> f = Fields(line);
    if (f.size() < 2) return;
    const size_t hash = line.find('#');
    const std::string_view mention_text =
        hash == std::string_view::npos ? std::string_view() : After(line.substr(hash + 1), 0);
    mentions[std::string(f[0])] = {std::string(f[1]), std::string(mention_text)};
  });
  return mentions;
}

// Object id -> object from .coref (blank-line separated records).
std::unordered_map<std::string, CorefObject> ReadCoref(std::string_view text) {
  std::unordered_map<std::string, CorefObject> objects;
  CorefObject* current = nullptr;
  ForEachLine(text, [&](std::string_view line, int) {
    const std::vector<std::string_view> f = Fields(line);
    if (f.empty()) {
      current = nullptr;
    } else if (current == nullptr) {
      current = &objects[std::string(f[0])];
      for (size_t i = 1; i < f.size(); ++i) current->mention_ids.emplace_back(f[i]);
    } else {
      current->keys[std::string(f[0])] = std::string(After(line, 1));
    }
  });
  return objects;
}

std::string VertexType(std::string_view object_type) {
  if (object_type == "Person") return "PER";
  if (object_type == "Org") return "ORG";
  if (object_type == "Location" || object_type == "LocOrg") return "LOC";
  return "";
}

// Builds one book's relation document from its files.
class BookReader {
 public:
  BookReader(const fs::path& base, RelationDocument* doc) : base_(base), doc_(doc) {}

  Status Read() {
    const auto file = [&](const char* extension) {
      fs::path path = base_;
      path += extension;
      return path;
    };
    ASSIGN_OR_RETURN(doc_->text, Slurp(file(".txt")));
    ASSIGN_OR_RETURN(const std::string objects, Slurp(file(".objects")));
    ASSIGN_OR_RETURN(const std::string coref, Slurp(file(".coref")));
    ASSIGN_OR_RETURN(const std::string facts, Slurp(file(".facts")));
    doc_->title = base_.filename().string();
    mentions_ = ReadMentions(objects);
    coref_ = ReadCoref(coref);
    facts_path_ = file(".facts").string();
    return ReadFacts(facts);
  }

 private:
  // The fields of one fact block: field name -> its value line's rest.
  using Block = std::map<std::string, std::string>;

  Status ReadFacts(std::string_view text) {
    std::string type;
    Block block;
    int block_line = 0;
    Status status;
    auto finish = [&]() {
      if (status.ok() && !type.empty()) status = AddFact(type, block, block_line);
      type.clear();
      block.clear();
    };
    ForEachLine(text, [&](std::string_view line, int number) {
      const std::vector<std::string_view> f = Fields(line);
      if (f.empty()) {
        finish();
      } else if (type.empty()) {
        type = f.size() >= 2 ? std::string(f[1]) : std::string("?");
        block_line = number;
      } else {
        block[std::string(f[0])] = std::string(After(line, 1));
      }
    });
    finish();
    return status;
  }

  Status AddFact(const std::string& type, const Block& block, int line) {
    const char* head_field = nullptr;
    const char* tail_field = nullptr;
    const char* property = nullptr;
    if (type == "Occupation") {
      head_field = "Who", tail_field = "Where", property = "P108";
    } else if (type == "Ownership") {
      head_field = "Property", tail_field = "Owner", property = "P127";
    } else {
      return Status::Ok();
    }
    const auto head = block.find(head_field);
    const auto tail = block.find(tail_field);
    if (head == block.end() || tail == block.end()) return Status::Ok();
    ASSIGN_OR_RETURN(const int h, VertexOf(head->second, line));
    ASSIGN_OR_RETURN(const int t, VertexOf(tail->second, line));
    if (h < 0 || t < 0) return Status::Ok();
    doc_->relations.push_back({property, h, t});
    return Status::Ok();
  }

  // The vertex of the first object a field value names ("obj48 Лужков Юрий |
  // ..."), made on first use; -1 when the value names no object.
  StatusOr<int> VertexOf(std::string_view value, int line) {
    const std::string_view first = value.substr(0, value.find(" | "));
    const std::vector<std::string_view> f = Fields(first);
    if (f.empty() || !f[0].starts_with("obj")) return -1;
    const std::string id(f[0].substr(3));
    if (const auto known = vertices_.find(id); known != vertices_.end()) return known->second;
    const auto object = coref_.find(id);
    if (object == coref_.end()) {
      return InvalidArgumentError(facts_path_ + ":" + std::to_string(line) + ": object " + id +
                                  " is in no .coref record");
    }
    RelationDocument::Vertex vertex;
    auto add = [&](std::string name) {
      if (!name.empty() &&
          std::find(vertex.names.begin(), vertex.names.end(), name) == vertex.names.end()) {
        vertex.names.push_back(std::move(name));
      }
    };
    add(std::string(After(first, 1)));
    const std::map<std::string, std::string>& keys = object->second.keys;
    const auto key = [&](const char* name) {
      const auto found = keys.find(name);
      return found == keys.end() ? std::string() : found->second;
    };
    if (!key("firstname").empty() && !key("lastname").empty()) {
      add(key("firstname") + " " + key("lastname"));
    }
    add(key("lastname"));
    add(key("name"));
    for (const std::string& mention_id : object->second.mention_ids) {
      const auto mention = mentions_.find(mention_id);
      if (mention == mentions_.end()) continue;
      if (vertex.type.empty()) vertex.type = VertexType(mention->second.first);
      add(mention->second.second);
    }
    if (vertex.names.empty()) return -1;
    doc_->vertices.push_back(std::move(vertex));
    const int index = static_cast<int>(doc_->vertices.size()) - 1;
    vertices_[id] = index;
    return index;
  }

  fs::path base_;
  RelationDocument* doc_;
  std::string facts_path_;
  std::unordered_map<std::string, std::pair<std::string, std::string>> mentions_;
  std::unordered_map<std::string, CorefObject> coref_;
  std::unordered_map<std::string, int> vertices_;  // object id -> vertex
};

}  // namespace

bool IsFactRuEvalFolder(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return false;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".facts") return true;
  }
  return false;
}

StatusOr<std::vector<RelationDocument>> ReadFactRuEvalFacts(const std::string& dir) {
  std::error_code ec;
  std::vector<fs::path> books;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".facts") continue;
    fs::path base = entry.path();
    base.replace_extension();
    books.push_back(std::move(base));
  }
  if (ec) return NotFoundError(dir + ": " + ec.message());
  if (books.empty()) return InvalidArgumentError(dir + ": no factRuEval .facts files");
  std::sort(books.begin(), books.end());
  std::vector<RelationDocument> docs;
  for (const fs::path& base : books) {
    RelationDocument doc;
    RETURN_IF_ERROR(BookReader(base, &doc).Read());
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace dossier

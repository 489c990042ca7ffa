#include "extract/testing/marked_text.h"

#include <map>
#include <string_view>

namespace dossier {
namespace {

constexpr std::string_view kTimeOpen = "\u27E6";   // ⟦
constexpr std::string_view kTimeClose = "\u27E7";  // ⟧

// The `index`-th ";"-separated field of `s`.
std::string Field(const std::string& s, int index) {
  size_t start = 0;
  for (int i = 0; i < index; ++i) {
    start = s.find(';', start);
    if (start == std::string::npos) return {};
    ++start;
  }
  return s.substr(start, s.find(';', start) - start);
}

}  // namespace

MarkedText ReadMarkedText(const std::string& marked) {
  MarkedText out;
  std::map<std::string, int> by_name;
  for (size_t i = 0; i < marked.size(); ++i) {
    const char open = marked[i];
    const size_t time_end = marked.compare(i, kTimeOpen.size(), kTimeOpen) == 0
                                ? marked.find(kTimeClose, i + kTimeOpen.size())
                                : std::string::npos;
    if (time_end != std::string::npos) {
      const size_t from = i + kTimeOpen.size();
      const std::string fields = marked.substr(from, time_end - from);
      TimeMention t;
      t.text = Field(fields, 0);
      const uint32_t start = static_cast<uint32_t>(out.text.size());
      out.text += t.text;
      t.span = {start, static_cast<uint32_t>(out.text.size())};
      if (!Field(fields, 1).empty()) t.from = Field(fields, 1);
      if (!Field(fields, 2).empty()) t.to = Field(fields, 2);
      t.precision = Field(fields, 3);
      out.times.push_back(t);
      i = time_end + kTimeClose.size() - 1;
      continue;
    }
    const char close = open == '[' ? ']' : open == '{' ? '}' : open == '<' ? '>' : 0;
    if (close == 0) {
      out.text += open;
      continue;
    }
    const size_t end = marked.find(close, i + 1);
    std::string mention = marked.substr(i + 1, end - i - 1);
    std::string name = mention;
    if (const size_t equals = mention.find('='); equals != std::string::npos) {
      name = mention.substr(equals + 1);
      mention = mention.substr(0, equals);
    }
    const EntityType type = open == '['   ? EntityType::kPerson
                            : open == '{' ? EntityType::kOrganization
                                          : EntityType::kLocation;
    auto [it, inserted] = by_name.emplace(name, static_cast<int>(out.entities.size()));
    if (inserted) {
      Entity e;
      e.id = "e" + std::to_string(out.entities.size() + 1);
      e.type = type;
      e.name = name;
      out.entities.push_back(e);
    }
    const uint32_t start = static_cast<uint32_t>(out.text.size());
    out.text += mention;
    out.entities[it->second].mentions.push_back(
        {{start, static_cast<uint32_t>(out.text.size())}, mention});
    i = end;
  }
  return out;
}

std::vector<Entity> MarkedEntities(const std::string& marked, std::string* text) {
  MarkedText read = ReadMarkedText(marked);
  *text = std::move(read.text);
  return std::move(read.entities);
}

std::vector<std::string> DescribeFacts(const std::vector<Fact>& facts,
                                       const std::vector<Entity>& entities) {
  auto name = [&](const std::string& id) {
    for (const Entity& e : entities) {
      if (e.id == id) return e.name;
    }
    return "?" + id;
  };
  std::vector<std::string> lines;
  for (const Fact& f : facts) {
    std::string line = name(f.subject) + " " + f.predicate + " " +
                       (f.object_is_entity ? name(f.object) : "'" + f.object + "'");
    if (!f.role.empty()) line += " [" + f.role + "]";
    if (!f.relation.empty()) line += " (" + f.relation + ")";
    if (!f.authority.empty()) line += " {" + f.authority + "}";
    if (f.from || f.to) line += " " + f.from.value_or("") + ".." + f.to.value_or("");
    if (!f.according_to.empty()) line += " by " + name(f.according_to);
    if (f.denied) line += " denied";
    lines.push_back(line);
  }
  return lines;
}

}  // namespace dossier

#include "store/internal/entity_fields.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <system_error>

#include "base/hash.h"

namespace dossier {

const char* EntityOriginName(EntityOrigin origin) {
  switch (origin) {
    case EntityOrigin::kExtracted:
      return "extracted";
    case EntityOrigin::kList:
      return "list";
    case EntityOrigin::kBoth:
      return "both";
  }
  return "extracted";
}

namespace store_internal {
namespace {

constexpr char kSeparator = '\x1f';
constexpr char kRowSeparator = '\x1e';
constexpr char kAliasSeparator = '\x1d';

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    out.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

bool ReadInt(std::string_view text, int64_t* out) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::string WriteShapes(const std::vector<EntityShape>& shapes) {
  std::string out;
  for (const EntityShape& shape : shapes) {
    if (!out.empty()) out.push_back(kRowSeparator);
    out += ContractTypeName(shape.type);
    out.push_back(kSeparator);
    out += shape.name;
    out.push_back(kSeparator);
    for (size_t i = 0; i < shape.aliases.size(); ++i) {
      if (i > 0) out.push_back(kAliasSeparator);
      out += shape.aliases[i];
    }
    for (const int64_t number : {shape.list_id, int64_t{shape.units}, int64_t{shape.mentions},
                                 shape.first_source, shape.first_list, shape.first_index}) {
      out.push_back(kSeparator);
      out += std::to_string(number);
    }
    out.push_back(kSeparator);
    out += shape.date_of_birth;
    out.push_back(kSeparator);
    out.push_back(shape.settled ? '1' : '0');
    out.push_back(kSeparator);
    out.push_back(shape.loose ? '1' : '0');
  }
  return out;
}

StatusOr<std::vector<EntityShape>> ReadShapes(const std::string& store_name,
                                              std::string_view entity_id, std::string_view text) {
  std::vector<EntityShape> out;
  if (text.empty()) return out;
  for (std::string_view row : Split(text, kRowSeparator)) {
    const std::vector<std::string_view> fields = Split(row, kSeparator);
    const auto malformed = [&] {
      return DataLossError(store_name + ": entity " + std::string(entity_id) +
                           ": malformed summary row '" + std::string(row) + "'");
    };
    const auto flag = [](std::string_view field) { return field == "0" || field == "1"; };
    if (fields.size() != 12 || !flag(fields[10]) || !flag(fields[11])) return malformed();
    EntityShape shape;
    const std::optional<EntityType> type = ParseContractType(fields[0]);
    if (!type.has_value()) return malformed();
    shape.type = *type;
    shape.name = std::string(fields[1]);
    if (!fields[2].empty()) {
      for (std::string_view alias : Split(fields[2], kAliasSeparator)) {
        shape.aliases.emplace_back(alias);
      }
    }
    int64_t units = 0, mentions = 0;
    if (!ReadInt(fields[3], &shape.list_id) || !ReadInt(fields[4], &units) ||
        !ReadInt(fields[5], &mentions) || !ReadInt(fields[6], &shape.first_source) ||
        !ReadInt(fields[7], &shape.first_list) || !ReadInt(fields[8], &shape.first_index)) {
      return malformed();
    }
    shape.units = static_cast<int>(units);
    shape.mentions = static_cast<int>(mentions);
    shape.date_of_birth = std::string(fields[9]);
    shape.settled = fields[10] == "1";
    shape.loose = fields[11] == "1";
    out.push_back(std::move(shape));
  }
  return out;
}

std::string JoinFields(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(kSeparator);
    out += fields[i];
  }
  return out;
}

std::vector<std::string> SplitFields(std::string_view joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  size_t start = 0;
  while (true) {
    const size_t end = joined.find(kSeparator, start);
    out.emplace_back(joined.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

StatusOr<EntityType> ReadType(const std::string& store_name, std::string_view name) {
  std::optional<EntityType> type = ParseContractType(name);
  if (!type.has_value()) {
    return DataLossError(store_name + ": unknown entity type '" + std::string(name) + "'");
  }
  return *type;
}

StatusOr<EntityOrigin> ReadOrigin(const std::string& store_name, std::string_view name) {
  for (EntityOrigin origin : {EntityOrigin::kExtracted, EntityOrigin::kList, EntityOrigin::kBoth}) {
    if (name == EntityOriginName(origin)) return origin;
  }
  return DataLossError(store_name + ": unknown entity origin '" + std::string(name) + "'");
}

const char* JudgmentKindName(JudgmentKind kind) {
  return kind == JudgmentKind::kMerge ? "merge" : "split";
}

JudgmentKind ReadJudgmentKind(std::string_view name) {
  return name == "merge" ? JudgmentKind::kMerge : JudgmentKind::kSplit;
}

void SortRelations(std::vector<EntityRelation>* related) {
  std::stable_sort(
      related->begin(), related->end(),
      [](const EntityRelation& a, const EntityRelation& b) { return a.other_id < b.other_id; });
}

int64_t BlockHash(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return static_cast<int64_t>(Mix64(h));
}

}  // namespace store_internal
}  // namespace dossier

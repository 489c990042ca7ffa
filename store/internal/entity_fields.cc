#include "store/internal/entity_fields.h"

#include <algorithm>

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

}  // namespace

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

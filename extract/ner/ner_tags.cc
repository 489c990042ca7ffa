#include "extract/ner/ner_tags.h"

namespace dossier {
namespace {

constexpr std::string_view kConllNames[] = {"PER", "ORG", "LOC", "MISC"};
constexpr std::string_view kContractNames[] = {"PERSON", "ORGANIZATION", "LOCATION", "OTHER"};

}  // namespace

std::string_view ConllTypeName(EntityType type) { return kConllNames[static_cast<int>(type)]; }

std::optional<EntityType> ParseConllType(std::string_view name) {
  for (int t = 0; t < kNumEntityTypes; ++t) {
    if (kConllNames[t] == name) return static_cast<EntityType>(t);
  }
  return std::nullopt;
}

std::string_view ContractTypeName(EntityType type) {
  return kContractNames[static_cast<int>(type)];
}

std::optional<EntityType> ParseContractType(std::string_view name) {
  for (int t = 0; t < kNumEntityTypes; ++t) {
    if (kContractNames[t] == name) return static_cast<EntityType>(t);
  }
  return std::nullopt;
}

int BilouTag(EntityType type, BilouPart part) {
  return 1 + 4 * static_cast<int>(type) + static_cast<int>(part);
}

EntityType TagType(int tag) { return static_cast<EntityType>((tag - 1) / 4); }

BilouPart TagPart(int tag) { return static_cast<BilouPart>((tag - 1) % 4); }

std::string BilouTagName(int tag) {
  if (tag == kOutsideTag) return "O";
  static constexpr char kParts[] = {'B', 'I', 'L', 'U'};
  std::string name(1, kParts[static_cast<int>(TagPart(tag))]);
  name += '-';
  name += ConllTypeName(TagType(tag));
  return name;
}

bool BilouTransitionAllowed(int prev, int next) {
  // Inside an entity (after B or I) only I or L of the same type may follow.
  const bool prev_open =
      prev > 0 && (TagPart(prev) == BilouPart::kBegin || TagPart(prev) == BilouPart::kInside);
  const bool next_continues =
      next > 0 && (TagPart(next) == BilouPart::kInside || TagPart(next) == BilouPart::kLast);
  if (prev_open) return next_continues && TagType(next) == TagType(prev);
  return !next_continues;
}

std::vector<TypedSpan> SpansFromBio(const std::vector<std::string>& tags) {
  std::vector<TypedSpan> spans;
  int open = -1;  // start of the chunk being read, -1 when none
  EntityType open_type = EntityType::kPerson;
  const int n = static_cast<int>(tags.size());
  for (int i = 0; i < n; ++i) {
    const std::string& tag = tags[i];
    char prefix = 'O';
    std::optional<EntityType> type;
    if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
      type = ParseConllType(std::string_view(tag).substr(2));
      if (type) prefix = tag[0];
    }
    const bool continues = prefix == 'I' && open >= 0 && *type == open_type;
    if (open >= 0 && !continues) {
      spans.push_back({open, i, open_type});
      open = -1;
    }
    if (prefix != 'O' && !continues) {
      open = i;
      open_type = *type;
    }
  }
  if (open >= 0) spans.push_back({open, n, open_type});
  return spans;
}

std::vector<TypedSpan> SpansFromBilou(const std::vector<int>& tags) {
  std::vector<TypedSpan> spans;
  int open = -1;
  EntityType open_type = EntityType::kPerson;
  const int n = static_cast<int>(tags.size());
  for (int i = 0; i < n; ++i) {
    const int tag = tags[i];
    if (tag <= 0 || tag >= kNumNerTags) {
      if (open >= 0) spans.push_back({open, i, open_type});
      open = -1;
      continue;
    }
    const EntityType type = TagType(tag);
    const BilouPart part = TagPart(tag);
    const bool continues =
        (part == BilouPart::kInside || part == BilouPart::kLast) && open >= 0 && type == open_type;
    if (!continues) {
      if (open >= 0) spans.push_back({open, i, open_type});
      open = i;
      open_type = type;
    }
    if (part == BilouPart::kLast || part == BilouPart::kUnit) {
      spans.push_back({open, i + 1, open_type});
      open = -1;
    }
  }
  if (open >= 0) spans.push_back({open, n, open_type});
  return spans;
}

std::vector<int> BilouFromSpans(const std::vector<TypedSpan>& spans, int n) {
  std::vector<int> tags(n, kOutsideTag);
  for (const TypedSpan& s : spans) {
    if (s.end - s.begin == 1) {
      tags[s.begin] = BilouTag(s.type, BilouPart::kUnit);
      continue;
    }
    tags[s.begin] = BilouTag(s.type, BilouPart::kBegin);
    for (int i = s.begin + 1; i + 1 < s.end; ++i) tags[i] = BilouTag(s.type, BilouPart::kInside);
    tags[s.end - 1] = BilouTag(s.type, BilouPart::kLast);
  }
  return tags;
}

std::vector<std::string> BioFromSpans(const std::vector<TypedSpan>& spans, int n) {
  std::vector<std::string> tags(n, "O");
  for (const TypedSpan& s : spans) {
    const std::string_view name = ConllTypeName(s.type);
    for (int i = s.begin; i < s.end; ++i) {
      tags[i] = (i == s.begin ? "B-" : "I-");
      tags[i] += name;
    }
  }
  return tags;
}

}  // namespace dossier

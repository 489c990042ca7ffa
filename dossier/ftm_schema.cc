#include "dossier/ftm_schema.h"

#include <algorithm>
#include <map>

namespace dossier {
namespace {

struct PropertyRule {
  std::string_view name;
  std::string_view range;  // entity-valued: the schema pointed at; else ""
};

struct SchemaRule {
  std::string_view name;
  bool abstract;
  std::vector<std::string_view> parents;
  std::vector<PropertyRule> properties;  // its own, not inherited
  std::vector<std::string_view> required;
};

// From followthemoney/schema/*.yaml: the schemata Dossier writes and the
// properties of theirs it may use (a subset of each schema's own list).
const std::vector<SchemaRule>& Rules() {
  static const std::vector<SchemaRule> rules = {
      {"Thing",
       true,
       {},
       {{"name", ""},
        {"summary", ""},
        {"description", ""},
        {"alias", ""},
        {"previousName", ""},
        {"weakAlias", ""},
        {"sourceUrl", ""},
        {"publisher", ""},
        {"publisherUrl", ""},
        {"address", ""},
        {"notes", ""},
        {"keywords", ""},
        {"topics", ""},
        {"country", ""},
        {"proof", "Document"},
        {"modifiedAt", ""},
        {"retrievedAt", ""}},
       {}},
      {"LegalEntity",
       false,
       {"Thing"},
       {{"email", ""},
        {"phone", ""},
        {"website", ""},
        {"legalForm", ""},
        {"incorporationDate", ""},
        {"dissolutionDate", ""},
        {"status", ""},
        {"sector", ""},
        {"jurisdiction", ""},
        {"mainCountry", ""},
        {"parent", "LegalEntity"}},
       {"name"}},
      {"Person",
       false,
       {"LegalEntity"},
       {{"title", ""},
        {"firstName", ""},
        {"secondName", ""},
        {"middleName", ""},
        {"fatherName", ""},
        {"lastName", ""},
        {"birthDate", ""},
        {"birthPlace", ""},
        {"deathDate", ""},
        {"position", ""},
        {"nationality", ""},
        {"citizenship", ""},
        {"gender", ""},
        {"religion", ""},
        {"political", ""},
        {"education", ""}},
       {"name"}},
      {"Organization", false, {"LegalEntity"}, {}, {"name"}},
      {"Value", true, {}, {{"amount", ""}, {"currency", ""}}, {}},
      {"Asset", true, {"Thing", "Value"}, {}, {}},
      {"Company",
       false,
       {"Organization", "Asset"},
       {{"jurisdiction", ""}, {"registrationNumber", ""}, {"capital", ""}},
       {"name"}},
      {"Interval",
       true,
       {},
       {{"startDate", ""},
        {"endDate", ""},
        {"date", ""},
        {"summary", ""},
        {"description", ""},
        {"recordId", ""},
        {"sourceUrl", ""},
        {"publisher", ""},
        {"publisherUrl", ""},
        {"modifiedAt", ""},
        {"retrievedAt", ""}},
       {}},
      {"Interest", true, {"Interval"}, {{"role", ""}, {"status", ""}}, {}},
      {"Membership",
       false,
       {"Interest"},
       {{"member", "LegalEntity"}, {"organization", "Organization"}},
       {"member", "organization"}},
      {"Employment",
       false,
       {"Interest"},
       {{"employer", "Organization"}, {"employee", "Person"}},
       {"employer", "employee"}},
      {"Directorship",
       false,
       {"Interest"},
       {{"director", "LegalEntity"}, {"organization", "Organization"}, {"secretary", ""}},
       {"director", "organization"}},
      {"Ownership",
       false,
       {"Interest"},
       {{"owner", "LegalEntity"},
        {"asset", "Asset"},
        {"percentage", ""},
        {"sharesCount", ""},
        {"ownershipType", ""},
        {"legalBasis", ""}},
       {"owner", "asset"}},
      {"Family",
       false,
       {"Interval"},
       {{"person", "Person"}, {"relative", "Person"}, {"relationship", ""}},
       {"person", "relative"}},
      {"Associate",
       false,
       {"Interval"},
       {{"person", "Person"}, {"associate", "Person"}, {"relationship", ""}},
       {"person", "associate"}},
      {"Analyzable", true, {}, {{"detectedLanguage", ""}, {"detectedCountry", ""}}, {}},
      {"Event",
       false,
       {"Interval", "Analyzable", "Thing"},
       {{"location", ""},
        {"important", ""},
        {"organizer", "LegalEntity"},
        {"involved", "LegalEntity"}},
       {"name"}},
      {"Document",
       true,
       {"Thing"},
       {{"contentHash", ""},
        {"title", ""},
        {"author", ""},
        {"fileName", ""},
        {"extension", ""},
        {"mimeType", ""},
        {"language", ""},
        {"date", ""},
        {"authoredAt", ""},
        {"publishedAt", ""}},
       {}},
      {"Article", false, {"Document"}, {}, {}},
      {"Documentation",
       false,
       {"Interest"},
       {{"document", "Document"}, {"entity", "Thing"}},
       {"document", "entity"}},
  };
  return rules;
}

const SchemaRule* RuleOf(std::string_view schema) {
  for (const SchemaRule& rule : Rules()) {
    if (rule.name == schema) return &rule;
  }
  return nullptr;
}

}  // namespace

void FtmEntity::Add(std::string_view name, std::string value) {
  if (value.empty()) return;
  auto it = std::find_if(properties.begin(), properties.end(),
                         [&](const auto& property) { return property.first == name; });
  if (it == properties.end()) {
    properties.push_back({std::string(name), {std::move(value)}});
  } else if (std::find(it->second.begin(), it->second.end(), value) == it->second.end()) {
    it->second.push_back(std::move(value));
  }
}

const std::vector<std::string>& FtmEntity::Values(std::string_view name) const {
  static const std::vector<std::string> kNone;
  for (const auto& [property, values] : properties) {
    if (property == name) return values;
  }
  return kNone;
}

bool IsFtmSchema(std::string_view schema) {
  const SchemaRule* rule = RuleOf(schema);
  return rule != nullptr && !rule->abstract;
}

bool FtmIsA(std::string_view schema, std::string_view ancestor) {
  if (schema == ancestor) return true;
  const SchemaRule* rule = RuleOf(schema);
  if (rule == nullptr) return false;
  return std::any_of(rule->parents.begin(), rule->parents.end(),
                     [&](std::string_view parent) { return FtmIsA(parent, ancestor); });
}

bool FtmHasProperty(std::string_view schema, std::string_view property, std::string* range) {
  const SchemaRule* rule = RuleOf(schema);
  if (rule == nullptr) return false;
  for (const PropertyRule& own : rule->properties) {
    if (own.name != property) continue;
    if (range != nullptr) *range = std::string(own.range);
    return true;
  }
  return std::any_of(rule->parents.begin(), rule->parents.end(), [&](std::string_view parent) {
    return FtmHasProperty(parent, property, range);
  });
}

Status ValidateFtmEntities(const std::vector<FtmEntity>& entities) {
  std::map<std::string, std::string, std::less<>> schema_of;
  for (const FtmEntity& entity : entities) {
    if (entity.id.empty())
      return InvalidArgumentError("FtM entity of schema " + entity.schema + ": empty id");
    if (!schema_of.emplace(entity.id, entity.schema).second) {
      return InvalidArgumentError("FtM entity " + entity.id + ": id used twice");
    }
  }
  for (const FtmEntity& entity : entities) {
    const std::string where = "FtM entity " + entity.id + " (" + entity.schema + ")";
    if (!IsFtmSchema(entity.schema)) return InvalidArgumentError(where + ": unknown schema");
    for (const auto& [property, values] : entity.properties) {
      std::string range;
      if (!FtmHasProperty(entity.schema, property, &range)) {
        return InvalidArgumentError(where + ": no property '" + property + "' in this schema");
      }
      for (const std::string& value : values) {
        if (value.empty()) return InvalidArgumentError(where + ": empty value of " + property);
        if (range.empty()) continue;
        auto target = schema_of.find(value);
        if (target == schema_of.end()) {
          return InvalidArgumentError(where + ": " + property + " points at unknown id " + value);
        }
        if (!FtmIsA(target->second, range)) {
          return InvalidArgumentError(where + ": " + property + " must be a " + range + ", " +
                                      value + " is a " + target->second);
        }
      }
    }
    const SchemaRule* rule = RuleOf(entity.schema);
    for (std::string_view required : rule->required) {
      if (entity.Values(required).empty()) {
        return InvalidArgumentError(where + ": required property '" + std::string(required) +
                                    "' missing");
      }
    }
  }
  return Status::Ok();
}

}  // namespace dossier

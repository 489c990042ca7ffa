// Lists of names to import or screen: a sanctions or PEP list, a client list.
//
// Three formats, told apart by the content:
//   - FollowTheMoney entities as JSON lines (the first non-blank line starts
//     with '{'), as OpenSanctions publishes them: {"id", "schema",
//     "properties": {"name": [...], "alias": [...], "weakAlias": [...],
//     "firstName", "middleName", "fatherName", "lastName", "birthDate": [...],
//     "nationality", "country", "citizenship", "gender", ...}}; one ListedName
//     per entity, the first name its name, the other names, the aliases
//     (alias, previousName) and the name parts ("lastName, firstName
//     middleName fatherName") its aliases, weakAlias its weak aliases.
//   - CSV with a header: a first line split by a tab, a semicolon or a comma
//     whose cells include a column we know (`name`, `full_name`, `id`,
//     `date_of_birth`, `birth_date`, `dob`, `nationality`, `country`,
//     `citizenship`, `gender`, `sex`, `type`, `schema`, `alias`,
//     `weak_alias`, `first_name`, `given_name`, `middle_name`,
//     `father_name`, `patronymic`, `last_name`, `surname`, `family_name`,
//     any case); the name is in `name` or `full_name`, else composed from
//     the name parts as "Last, First Middle", else the first column.
//     `aliases` (and the dates and countries) hold several separated by ';'. Fields may be quoted
//     ("Salek, Abdulhai"), with "" for a quote. So "SALEK, ABDULHAI" alone on
//     the first line is a name, not a header.
//   - Otherwise one name per line; blank lines and lines starting with '#'
//     are skipped.
//
// Thread-safe (pure functions).
//
//   ASSIGN_OR_RETURN(std::vector<ListedName> names, ReadNameList("sanctions.csv"));
#ifndef DOSSIER_RESOLVE_NAME_LIST_H_
#define DOSSIER_RESOLVE_NAME_LIST_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/ner/ner_tags.h"
#include "resolve/person_attributes.h"

namespace dossier {

struct ListedName {
  std::string id;    // the list's id, or "<line number>" when it has none
  std::string name;  // the primary name
  std::vector<std::string> aliases;
  EntityType type = EntityType::kPerson;  // from the FtM schema or a type column
  std::string schema;                     // the FtM schema or type column as written
  std::string date_of_birth;              // the first, as written; "" when unknown
  std::string nationality;                // the first nationality or country
  std::string gender;
  // Every date of birth and every nationality, country or citizenship, as
  // written (FtM's lists; a CSV cell may hold several separated by ';').
  std::vector<std::string> birth_dates;
  std::vector<std::string> countries;
  // FtM weakAlias and CSV `weak_alias`: names the list trusts less.
  std::vector<std::string> weak_aliases;
  int line = 0;  // 1-based line of the record in the file
  bool operator==(const ListedName&) const = default;
};

// Reads the list at `path`. Errors name the file and the line:
// "list.jsonl:12: not a JSON object (syntax error at byte 5)",
// "list.csv:1: header has no columns", "x.txt: cannot open (No such file ...)".
// Invalid UTF-8 is an error naming the line.
StatusOr<std::vector<ListedName>> ReadNameList(const std::string& path);

// ReadNameList() on bytes already read; `label` names them in errors.
StatusOr<std::vector<ListedName>> ParseNameList(std::string_view bytes, std::string_view label);

// The attributes of an entry for screening (person_attributes.h).
PersonAttributes AttributesOf(const ListedName& entry);

// The entity type of an FtM schema or a type cell: "Person" -> kPerson;
// "Company", "Organization", "LegalEntity", "PublicBody" -> kOrganization;
// "Vessel", "Airplane", ... -> kOther; "" -> kPerson.
EntityType EntityTypeFromSchema(std::string_view schema);

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_NAME_LIST_H_

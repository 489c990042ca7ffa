#include "resolve/name_list.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/ascii.h"
#include "base/utf8.h"

namespace dossier {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits the file into lines (without '\n' or '\r'), dropping a UTF-8 BOM.
std::vector<std::string_view> Lines(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == bytes.size()) break;
    start = end + 1;
  }
  return lines;
}

// One CSV record; quoted fields may hold the delimiter and "" for a quote
// (but not line breaks). Returns false on an unterminated quote.
bool SplitCsv(std::string_view line, char delimiter, std::vector<std::string>* cells) {
  cells->clear();
  std::string cell;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"' && Trim(cell).empty()) {
      quoted = was_quoted = true;
      cell.clear();
    } else if (c == delimiter) {
      cells->push_back(was_quoted ? cell : std::string(Trim(cell)));
      cell.clear();
      was_quoted = false;
    } else {
      cell += c;
    }
  }
  if (quoted) return false;
  cells->push_back(was_quoted ? cell : std::string(Trim(cell)));
  return true;
}

constexpr std::string_view kHeaderWords[] = {
    "name",        "full_name",   "id",          "date_of_birth", "birth_date", "dob",
    "nationality", "country",     "citizenship", "gender",        "sex",        "type",
    "schema",      "alias",       "aliases",     "weak_alias",    "first_name", "given_name",
    "middle_name", "father_name", "patronymic",  "last_name",     "surname",    "family_name",
};

// "Last, First Middle Father" from name parts (any may be empty); "" when
// there is no part. The comma tells the parser which part is the surname.
std::string ComposeName(const std::string& last, const std::vector<std::string>& given) {
  std::string rest;
  for (const std::string& g : given) {
    if (g.empty()) continue;
    if (!rest.empty()) rest += ' ';
    rest += g;
  }
  if (last.empty()) return rest;
  return rest.empty() ? last : last + ", " + rest;
}

// Splits a cell on ';' into trimmed, non-empty values.
std::vector<std::string> SplitValues(std::string_view cell) {
  std::vector<std::string> out;
  while (!cell.empty()) {
    const size_t semi = cell.find(';');
    std::string_view one = Trim(cell.substr(0, semi));
    if (!one.empty()) out.emplace_back(one);
    if (semi == std::string_view::npos) break;
    cell.remove_prefix(semi + 1);
  }
  return out;
}

std::string LineLabel(std::string_view label, int line) {
  return std::string(label) + ":" + std::to_string(line);
}

StatusOr<std::vector<ListedName>> ParseCsv(const std::vector<std::string_view>& lines,
                                           size_t header_at, char delimiter,
                                           std::string_view label) {
  std::vector<std::string> header;
  if (!SplitCsv(lines[header_at], delimiter, &header)) {
    return InvalidArgumentError(LineLabel(label, static_cast<int>(header_at) + 1) +
                                ": unterminated quote in the header");
  }
  auto column = [&](std::initializer_list<std::string_view> names) {
    for (std::string_view n : names) {
      for (size_t i = 0; i < header.size(); ++i) {
        if (AsciiLower(header[i]) == n) return static_cast<int>(i);
      }
    }
    return -1;
  };
  int name_col = column({"name", "full_name"});
  const int first_col = column({"first_name", "given_name", "firstname"});
  const int middle_col = column({"middle_name", "middlename"});
  const int father_col = column({"father_name", "patronymic"});
  const int last_col = column({"last_name", "surname", "family_name", "lastname"});
  const bool parts = first_col >= 0 || last_col >= 0;
  if (name_col < 0 && !parts) name_col = 0;
  const int id_col = column({"id"});
  const int dob_col = column({"date_of_birth", "birth_date", "dob", "birthdate"});
  const int nat_col = column({"nationality", "citizenship"});
  const int country_col = column({"country"});
  const int gender_col = column({"gender", "sex"});
  const int type_col = column({"type", "schema"});
  const int alias_col = column({"aliases", "alias"});
  const int weak_col = column({"weak_alias", "weak_aliases"});
  std::vector<ListedName> out;
  std::vector<std::string> cells;
  for (size_t i = header_at + 1; i < lines.size(); ++i) {
    const int line_number = static_cast<int>(i) + 1;
    if (Trim(lines[i]).empty()) continue;
    if (!SplitCsv(lines[i], delimiter, &cells)) {
      return InvalidArgumentError(LineLabel(label, line_number) + ": unterminated quote");
    }
    auto cell = [&](int col) -> std::string {
      return col >= 0 && col < static_cast<int>(cells.size()) ? cells[col] : "";
    };
    ListedName entry;
    entry.line = line_number;
    const std::string composed =
        parts ? ComposeName(cell(last_col), {cell(first_col), cell(middle_col), cell(father_col)})
              : "";
    entry.name = name_col >= 0 ? cell(name_col) : composed;
    if (entry.name.empty()) {
      return InvalidArgumentError(
          LineLabel(label, line_number) + ": empty name (column '" +
          (name_col >= 0 ? header[name_col] : std::string("first_name/last_name")) + "')");
    }
    if (!composed.empty() && composed != entry.name) entry.aliases.push_back(composed);
    entry.id = id_col >= 0 && !cell(id_col).empty() ? cell(id_col) : std::to_string(line_number);
    entry.birth_dates = SplitValues(cell(dob_col));
    entry.countries = SplitValues(cell(nat_col));
    for (std::string& c : SplitValues(cell(country_col))) entry.countries.push_back(std::move(c));
    if (!entry.birth_dates.empty()) entry.date_of_birth = entry.birth_dates.front();
    if (!entry.countries.empty()) entry.nationality = entry.countries.front();
    entry.gender = cell(gender_col);
    entry.weak_aliases = SplitValues(cell(weak_col));
    entry.schema = cell(type_col);
    entry.type = EntityTypeFromSchema(entry.schema);
    if (std::string aliases = cell(alias_col); !aliases.empty()) {
      std::string_view rest = aliases;
      while (!rest.empty()) {
        size_t bar = rest.find(';');
        std::string_view one = Trim(rest.substr(0, bar));
        if (!one.empty()) entry.aliases.emplace_back(one);
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
      }
    }
    out.push_back(std::move(entry));
  }
  return out;
}

std::vector<std::string> Strings(const nlohmann::json& properties, const char* key) {
  std::vector<std::string> out;
  auto it = properties.find(key);
  if (it == properties.end()) return out;
  if (it->is_string()) {
    out.push_back(it->get<std::string>());
  } else if (it->is_array()) {
    for (const nlohmann::json& v : *it) {
      if (v.is_string()) out.push_back(v.get<std::string>());
    }
  }
  return out;
}

StatusOr<std::vector<ListedName>> ParseFtm(const std::vector<std::string_view>& lines,
                                           std::string_view label) {
  std::vector<ListedName> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const int line_number = static_cast<int>(i) + 1;
    if (Trim(lines[i]).empty()) continue;
    nlohmann::json entity;
    try {
      entity = nlohmann::json::parse(lines[i]);
    } catch (const nlohmann::json::parse_error& e) {
      return InvalidArgumentError(LineLabel(label, line_number) +
                                  ": not a JSON object (syntax error at byte " +
                                  std::to_string(e.byte) + ")");
    }
    if (!entity.is_object()) {
      return InvalidArgumentError(LineLabel(label, line_number) + ": not a JSON object");
    }
    const nlohmann::json properties =
        entity.contains("properties") && entity["properties"].is_object()
            ? entity["properties"]
            : nlohmann::json::object();
    ListedName entry;
    entry.line = line_number;
    entry.id = entity.contains("id") && entity["id"].is_string() ? entity["id"].get<std::string>()
                                                                 : std::to_string(line_number);
    entry.schema = entity.contains("schema") && entity["schema"].is_string()
                       ? entity["schema"].get<std::string>()
                       : "";
    entry.type = EntityTypeFromSchema(entry.schema);
    std::vector<std::string> names = Strings(properties, "name");
    auto first_of = [&](const char* key) {
      std::vector<std::string> v = Strings(properties, key);
      return v.empty() ? std::string() : v.front();
    };
    const std::string composed =
        ComposeName(first_of("lastName"),
                    {first_of("firstName"), first_of("middleName"), first_of("fatherName")});
    if (!composed.empty()) names.push_back(composed);
    for (const char* key : {"alias", "previousName"}) {
      for (std::string& alias : Strings(properties, key)) names.push_back(std::move(alias));
    }
    std::vector<std::string> weak = Strings(properties, "weakAlias");
    if (names.empty() && !weak.empty()) {
      names.push_back(weak.front());
      weak.erase(weak.begin());
    }
    if (names.empty()) {
      return InvalidArgumentError(LineLabel(label, line_number) +
                                  ": entity has no properties.name");
    }
    entry.name = names[0];
    for (size_t k = 1; k < names.size(); ++k) {
      if (std::find(entry.aliases.begin(), entry.aliases.end(), names[k]) == entry.aliases.end() &&
          names[k] != entry.name) {
        entry.aliases.push_back(names[k]);
      }
    }
    for (std::string& w : weak) {
      if (w != entry.name) entry.weak_aliases.push_back(std::move(w));
    }
    entry.birth_dates = Strings(properties, "birthDate");
    for (const char* key : {"nationality", "citizenship", "country"}) {
      for (std::string& c : Strings(properties, key)) {
        if (std::find(entry.countries.begin(), entry.countries.end(), c) == entry.countries.end())
          entry.countries.push_back(std::move(c));
      }
    }
    if (!entry.birth_dates.empty()) entry.date_of_birth = entry.birth_dates.front();
    if (!entry.countries.empty()) entry.nationality = entry.countries.front();
    if (auto v = Strings(properties, "gender"); !v.empty()) entry.gender = v[0];
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

PersonAttributes AttributesOf(const ListedName& entry) {
  if (entry.type != EntityType::kPerson) return {};
  return ParsePersonAttributes(entry.birth_dates, entry.countries, entry.gender);
}

EntityType EntityTypeFromSchema(std::string_view schema) {
  const std::string s = AsciiLower(schema);
  if (s.empty() || s == "person" || s == "per") return EntityType::kPerson;
  if (s == "company" || s == "organization" || s == "organisation" || s == "legalentity" ||
      s == "publicbody" || s == "org") {
    return EntityType::kOrganization;
  }
  if (s == "address" || s == "location" || s == "loc") return EntityType::kLocation;
  return EntityType::kOther;
}

StatusOr<std::vector<ListedName>> ParseNameList(std::string_view bytes, std::string_view label) {
  const std::vector<std::string_view> lines = Lines(bytes);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (FindInvalidUtf8(lines[i]).has_value()) {
      return InvalidArgumentError(LineLabel(label, static_cast<int>(i) + 1) + ": invalid UTF-8");
    }
  }
  size_t first = 0;
  while (first < lines.size() && Trim(lines[first]).empty()) ++first;
  if (first == lines.size()) return std::vector<ListedName>{};
  if (Trim(lines[first]).front() == '{') return ParseFtm(lines, label);
  // A header: delimited cells, one of them a column name we know.
  for (char delimiter : {'\t', ';', ','}) {
    if (lines[first].find(delimiter) == std::string_view::npos) continue;
    std::vector<std::string> cells;
    if (!SplitCsv(lines[first], delimiter, &cells)) continue;
    const bool header = std::any_of(cells.begin(), cells.end(), [](const std::string& c) {
      const std::string l = AsciiLower(c);
      return std::find(std::begin(kHeaderWords), std::end(kHeaderWords), l) !=
             std::end(kHeaderWords);
    });
    if (header) return ParseCsv(lines, first, delimiter, label);
  }
  std::vector<ListedName> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty() || line.front() == '#') continue;
    ListedName entry;
    entry.line = static_cast<int>(i) + 1;
    entry.id = std::to_string(entry.line);
    entry.name = std::string(line);
    out.push_back(std::move(entry));
  }
  return out;
}

StatusOr<std::vector<ListedName>> ReadNameList(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return IoError(path + ": read failed");
  return ParseNameList(buffer.str(), path);
}

}  // namespace dossier

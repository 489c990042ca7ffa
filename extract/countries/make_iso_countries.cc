// Build-time tool: writes the C++ table of the ISO 3166-1 countries
// (internal/country_words.h, IsoCountries) from Debian's iso-codes, with the
// Russian and Kazakh translations of their names read through the C
// library's gettext (no generated locale needed: C.UTF-8 and LANGUAGE).
//
// Usage: make_iso_countries ISO_3166-1.JSON LOCALE_DIR OUT.cc
// Exit 0, or 1 with one line naming the file and the problem.
#include <libintl.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

extern "C" int _nl_msg_cat_cntr;  // glibc: bumped to make gettext re-read LANGUAGE

namespace {

constexpr char kDomain[] = "iso_3166-1";

std::string Field(const nlohmann::json& country, const char* key) {
  return country.contains(key) && country[key].is_string() ? country[key].get<std::string>() : "";
}

// `english` in `language` ("ru", "kk"); "" when untranslated.
std::string Translated(const std::string& english, const char* language) {
  if (english.empty()) return "";
  setenv("LANGUAGE", language, 1);
  ++_nl_msg_cat_cntr;
  const std::string out = dgettext(kDomain, english.c_str());
  return out == english ? "" : out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// A C++ string literal of `s`.
std::string Literal(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: make_iso_countries ISO_3166-1.JSON LOCALE_DIR OUT.cc\n";
    return 2;
  }
  const std::string json_path = argv[1], locale_dir = argv[2], out_path = argv[3];
  std::ifstream in(json_path);
  if (!in) {
    std::cerr << json_path << ": cannot open (Debian's iso-codes: scripts/setup-deps)\n";
    return 1;
  }
  const nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("3166-1") || !doc["3166-1"].is_array()) {
    std::cerr << json_path << ": not iso-codes' ISO 3166-1 table (no \"3166-1\" list)\n";
    return 1;
  }
  std::setlocale(LC_ALL, "C.UTF-8");
  bindtextdomain(kDomain, locale_dir.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");

  std::string rows;
  for (const nlohmann::json& country : doc["3166-1"]) {
    const std::string alpha_2 = Lower(Field(country, "alpha_2"));
    if (alpha_2.size() != 2) continue;
    const std::string names[3] = {Field(country, "name"), Field(country, "official_name"),
                                  Field(country, "common_name")};
    rows += "    {" + Literal(alpha_2) + ", " + Literal(Lower(Field(country, "alpha_3")));
    for (const std::string& name : names) rows += ", " + Literal(name);
    for (const char* language : {"ru", "kk"}) {
      for (const std::string& name : names) rows += ", " + Literal(Translated(name, language));
    }
    rows += "},\n";
  }
  if (rows.empty()) {
    std::cerr << json_path << ": no country in the table\n";
    return 1;
  }
  std::ofstream out(out_path);
  out << "// Generated at build time from " << json_path
      << " and its translations by make_iso_countries; do not edit.\n"
      << "#include \"extract/countries/internal/country_words.h\"\n\n"
      << "namespace dossier::countries_internal {\nnamespace {\n\n"
      << "constexpr IsoCountry kIsoCountries[] = {\n"
      << rows << "};\n\n}  // namespace\n\n"
      << "std::span<const IsoCountry> IsoCountries() { return kIsoCountries; }\n\n"
      << "}  // namespace dossier::countries_internal\n";
  if (!out) {
    std::cerr << out_path << ": cannot write\n";
    return 1;
  }
  return 0;
}

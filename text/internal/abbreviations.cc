#include "text/internal/abbreviations.h"

#include <string_view>
#include <unordered_map>

namespace dossier::text_internal {
namespace {

// Never end a sentence.
constexpr std::string_view kAlwaysWords[] = {
    // English titles and ranks.
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "rev", "hon", "gen", "col", "maj", "capt",
    "cpt", "lt", "sgt", "cmdr", "adm", "gov", "sen", "rep", "pres", "supt", "insp", "det", "amb",
    "atty",
    // English places, organizations, Latin.
    "st", "mt", "ft", "ave", "blvd", "dept", "univ", "assn", "co", "approx", "vs", "cf", "viz",
    "e.g", "i.e", "tel", "est", "ca",
    // English months.
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // Russian.
    "т.е", "т.к", "т.н", "т.ч", "и.о", "гг", "ул", "пр", "просп", "пл", "пер", "наб", "кв", "им",
    "св", "см", "ср", "тыс", "млн", "млрд", "проф", "акад", "ген", "полк", "тов", "гр", "обл",
    "пос", "ст", "стр", "рис", "напр", "англ", "рус", "каз", "нач", "зам", "пред", "канд", "доц",
    "корр", "изд"};

// Do not end a sentence before a digit.
constexpr std::string_view kBeforeNumberWords[] = {"no",  "nos",  "nr", "vol", "vols", "pp", "art",
                                                   "fig", "figs", "ch", "sec", "para", "op"};

// Often sentence-final: end a sentence before a word not in lower case.
constexpr std::string_view kTerminalWords[] = {"etc", "inc", "ltd", "corp", "llc", "plc", "bros",
                                               "jr",  "sr",  "al",  "a.m",  "p.m", "т.д", "т.п",
                                               "др",  "руб", "коп", "долл", "тг"};

}  // namespace

Abbreviation LookupAbbreviation(std::string_view lowered) {
  static const std::unordered_map<std::string_view, Abbreviation> table = [] {
    std::unordered_map<std::string_view, Abbreviation> map;
    for (std::string_view word : kAlwaysWords) map.emplace(word, Abbreviation::kAlways);
    for (std::string_view word : kBeforeNumberWords) map.emplace(word, Abbreviation::kBeforeNumber);
    for (std::string_view word : kTerminalWords) map.emplace(word, Abbreviation::kTerminal);
    return map;
  }();
  const auto it = table.find(lowered);
  return it == table.end() ? Abbreviation::kNone : it->second;
}

}  // namespace dossier::text_internal

#include "extract/facts/countries.h"

#include <utility>

namespace dossier {
namespace {

// Country names, short forms, former states and nationality adjectives, lower
// case, each with the country's usual English name. Our own list, written for
// Dossier from the common English forms (checked against the English short
// names of ISO 3166-1, Debian's iso-codes, where a country is in it).
constexpr std::pair<std::string_view, std::string_view> kCountries[] = {
    {"kazakhstan", "Kazakhstan"},
    {"kazakh", "Kazakhstan"},
    {"kazakhstani", "Kazakhstan"},
    {"russia", "Russia"},
    {"russian", "Russia"},
    {"russian federation", "Russia"},
    {"united states", "United States"},
    {"u.s.", "United States"},
    {"us", "United States"},
    {"usa", "United States"},
    {"u.s.a.", "United States"},
    {"america", "United States"},
    {"american", "United States"},
    {"united kingdom", "United Kingdom"},
    {"u.k.", "United Kingdom"},
    {"uk", "United Kingdom"},
    {"britain", "United Kingdom"},
    {"british", "United Kingdom"},
    {"great britain", "United Kingdom"},
    {"france", "France"},
    {"french", "France"},
    {"germany", "Germany"},
    {"german", "Germany"},
    {"china", "China"},
    {"chinese", "China"},
    {"ukraine", "Ukraine"},
    {"ukrainian", "Ukraine"},
    {"kyrgyzstan", "Kyrgyzstan"},
    {"kyrgyz", "Kyrgyzstan"},
    {"uzbekistan", "Uzbekistan"},
    {"uzbek", "Uzbekistan"},
    {"tajikistan", "Tajikistan"},
    {"tajik", "Tajikistan"},
    {"turkmenistan", "Turkmenistan"},
    {"turkmen", "Turkmenistan"},
    {"belarus", "Belarus"},
    {"belarusian", "Belarus"},
    {"georgia", "Georgia"},
    {"georgian", "Georgia"},
    {"azerbaijan", "Azerbaijan"},
    {"azerbaijani", "Azerbaijan"},
    {"armenia", "Armenia"},
    {"armenian", "Armenia"},
    {"turkey", "Turkey"},
    {"turkish", "Turkey"},
    {"iran", "Iran"},
    {"iranian", "Iran"},
    {"israel", "Israel"},
    {"israeli", "Israel"},
    {"japan", "Japan"},
    {"japanese", "Japan"},
    {"india", "India"},
    {"indian", "India"},
    {"mexico", "Mexico"},
    {"mexican", "Mexico"},
    {"canada", "Canada"},
    {"canadian", "Canada"},
    {"italy", "Italy"},
    {"italian", "Italy"},
    {"spain", "Spain"},
    {"spanish", "Spain"},
    {"poland", "Poland"},
    {"polish", "Poland"},
    {"syria", "Syria"},
    {"syrian", "Syria"},
    {"iraq", "Iraq"},
    {"iraqi", "Iraq"},
    {"afghanistan", "Afghanistan"},
    {"afghan", "Afghanistan"},
    {"north korea", "North Korea"},
    {"north korean", "North Korea"},
    {"south korea", "South Korea"},
    {"south korean", "South Korea"},
    {"egypt", "Egypt"},
    {"egyptian", "Egypt"},
    {"saudi arabia", "Saudi Arabia"},
    {"saudi", "Saudi Arabia"},
    {"brazil", "Brazil"},
    {"brazilian", "Brazil"},
    {"switzerland", "Switzerland"},
    {"swiss", "Switzerland"},
    {"austria", "Austria"},
    {"austrian", "Austria"},
    {"lithuania", "Lithuania"},
    {"lithuanian", "Lithuania"},
    {"latvia", "Latvia"},
    {"estonia", "Estonia"},
    {"mongolia", "Mongolia"},
    {"mongolian", "Mongolia"},
    {"philippines", "Philippines"},
    {"filipino", "Philippines"},
    {"venezuela", "Venezuela"},
    {"venezuelan", "Venezuela"},
    {"cuba", "Cuba"},
    {"cuban", "Cuba"},
    {"pakistan", "Pakistan"},
    {"pakistani", "Pakistan"},
    {"nigeria", "Nigeria"},
    {"colombia", "Colombia"},
    {"colombian", "Colombia"},
    {"burma", "Myanmar"},
    {"burmese", "Myanmar"},
    {"myanmar", "Myanmar"}};

}  // namespace

std::string_view CountryNamed(std::string_view lower) {
  if (lower.size() > 4 && lower.substr(0, 4) == "the ") lower = lower.substr(4);
  for (const auto& [name, country] : kCountries) {
    if (name == lower) return country;
  }
  return {};
}

}  // namespace dossier

// English citizenship inferred from other facts of a sentence (citizen_of,
// object: the country): a national office held ("President of Kazakhstan",
// "Russian Prime Minister X"; no ambassador, envoy or consul, who serve
// abroad) and a birthplace in a named country ("born in Gothenburg,
// Sweden"; a citizenship the document states otherwise wins). The patterns
// that read citizenship stated are in fact_citizenship_en.cc.
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// Whether a role is a national office whose holder is the country's citizen.
bool IsNationalOffice(std::string_view role) {
  const std::string lower = AsciiLower(role);
  for (std::string_view abroad : {"ambassador", "envoy", "consul", "attach"}) {
    if (lower.find(abroad) != std::string::npos) return false;
  }
  for (std::string_view office :
       {"president", "prime minister", "premier", "king", "queen", "emperor", "empress",
        "chancellor", "minister", "monarch", "sultan", "shah", "tsar", "czar", "senator"}) {
    if (lower.find(office) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void FindCitizenshipByOffice(SentenceMatcher& m, size_t first) {
  const FactContext& context = m.context();
  auto index_of = [&](const std::string& id) { return EntityIndexOf(context, id); };
  const size_t end = m.found_count();
  for (size_t k = first; k < end; ++k) {
    const Fact f = m.found(k).fact;  // a copy: Emit grows the list
    const int trigger = m.found(k).trigger;
    if (f.predicate != "position" || f.denied || !IsNationalOffice(f.role)) continue;
    const int object_entity = f.object_is_entity ? index_of(f.object) : -1;
    const std::string lower =
        AsciiLower(object_entity >= 0 ? context.entity(object_entity).name : f.object);
    const std::string_view country = CountryNamed(lower);
    const int subject = index_of(f.subject);
    if (country.empty() || IsNationalityAdjective(lower) || subject < 0 ||
        context.entity(subject).type != EntityType::kPerson) {
      continue;
    }
    // Only a country the sentence names: the document's main country, which
    // a bare "President X" falls back to, is no evidence of citizenship (in
    // news about other countries, "President Obama" names an American).
    bool named = false;
    for (int u = 0; u < m.size() && !named; ++u) {
      named = (m.IsEntity(u) && m.unit(u).entity == object_entity) ||
              (!m.unit(u).reference && CountryNamed(m.unit(u).lower) == country);
    }
    if (!named) continue;
    // The office's trigger (its quotation, its negation); a citizenship has
    // no period of the office's.
    m.Emit(trigger, subject, "citizen_of",
           object_entity >= 0 ? EntityObject(context, object_entity)
                              : FactObject{f.object, false, -1});
  }
}

namespace {

// Whether the facts found so far make `subject` (an entity id) a citizen of
// a country other than `country`: a citizenship the document states wins
// over the birthplace ("born in Tashkent, Uzbekistan, ... a Russian
// businessman").
bool StatedOtherwise(const SentenceMatcher& m, std::string_view subject, std::string_view country) {
  const FactContext& context = m.context();
  for (size_t j = 0; j < m.found_count(); ++j) {
    const Fact& g = m.found(j).fact;
    if (g.predicate != "citizen_of" || g.subject != subject || g.denied) continue;
    const int e = g.object_is_entity ? EntityIndexOf(context, g.object) : -1;
    if (CountryNamed(AsciiLower(e >= 0 ? context.entity(e).name : g.object)) != country) {
      return true;
    }
  }
  return false;
}

}  // namespace

void FindCitizenshipByBirthplace(SentenceMatcher& m, size_t first) {
  const FactContext& context = m.context();
  const size_t end = m.found_count();
  for (size_t k = first; k < end; ++k) {
    const Fact f = m.found(k).fact;  // a copy: Emit grows the list
    if (f.predicate != "born_in" || f.denied || !f.according_to.empty()) continue;
    const int subject = EntityIndexOf(context, f.subject);
    if (subject < 0 || context.entity(subject).type != EntityType::kPerson) continue;
    // The birthplace may be the country itself ("born in Canada").
    if (f.object_is_entity) {
      const int place = EntityIndexOf(context, f.object);
      const std::string lower = place >= 0 ? AsciiLower(context.entity(place).name) : "";
      if (place >= 0 && context.entity(place).type == EntityType::kLocation &&
          !IsNationalityAdjective(lower) && !CountryNamed(lower).empty() &&
          !StatedOtherwise(m, f.subject, CountryNamed(lower))) {
        m.Emit(m.found(k).trigger, subject, "citizen_of", EntityObject(context, place));
        continue;
      }
    }
    // The country: the first location naming one after the place, before
    // the death's dash, a parenthesis' end, a clause or a second verb.
    std::string_view country;
    int at = -1;
    // From the birthplace itself when it is named in the sentence (a
    // lifespan's place comes before its date, the trigger), else the trigger.
    int from = m.found(k).trigger;
    for (int u = 0; f.object_is_entity && u < m.size(); ++u) {
      if (m.IsEntity(u) && context.entity(m.unit(u).entity).id == f.object) {
        from = u;
        break;
      }
    }
    for (int u = from + 1; u < m.size() && u <= from + 12; ++u) {
      if (m.IsDash(u) || m.IsPunct(u, ")") || m.IsPunct(u, ";") || m.IsPunct(u, ".") ||
          m.IsAnyWord(u, {"and", "but", "died", "to", "who", "which", "where", "moved", "raised",
                          "grew", "before", "after", "until"})) {
        break;
      }
      if (!m.IsEntity(u) || m.unit(u).reference || m.unit(u).possessive) continue;
      const Entity& place = context.entity(m.unit(u).entity);
      const std::string lower = AsciiLower(place.name);
      if (place.type != EntityType::kLocation || IsNationalityAdjective(lower)) continue;
      country = CountryNamed(lower);
      if (!country.empty()) {
        at = u;
        break;
      }
    }
    if (country.empty()) continue;
    if (StatedOtherwise(m, f.subject, country)) continue;
    m.Emit(m.found(k).trigger, subject, "citizen_of", CountryObject(m, country, at));
  }
}

}  // namespace dossier::internal

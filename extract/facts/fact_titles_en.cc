// English titles right before a person's name: "President Nursultan
// Nazarbayev", "Kaspi Bank chairman X and chief executive Y", "former Sha
// Na Na member X", "NASA astronaut X". Used by fact_roles_en.cc.
#include <optional>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// Whether a title names a national office, whose organization is the
// country: "President", "Prime Minister", "Secretary of State", "Foreign
// Minister".
bool IsNationalTitle(std::string_view lower_title) {
  if (lower_title == "president" || lower_title == "vice president" ||
      lower_title == "vice-president" || lower_title == "premier" ||
      lower_title == "secretary of state") {
    return true;
  }
  const size_t space = lower_title.rfind(' ');
  return space != std::string_view::npos && lower_title.substr(space + 1) == "minister" &&
         lower_title.find("deputy") == std::string_view::npos;
}

// "former Sha Na Na member Jon Bauman", "La Oreja de Van Gogh member,
// Amaia Montero": an organization, "member", a person. Returns whether a
// person follows.
bool FindMemberBeforeName(SentenceMatcher& m, const RolePhrase& role) {
  int name = role.end;
  if (m.IsPunct(name, ",")) ++name;
  if (!m.IsEntity(name) || m.unit(name).reference ||
      m.context().entity(m.unit(name).entity).type != EntityType::kPerson) {
    return false;
  }
  const int k = role.start - 1;
  if (m.IsEntity(k) && !m.unit(k).reference &&
      m.context().entity(m.unit(k).entity).type == EntityType::kOrganization) {
    m.Emit(role.heads.back(), m.unit(name).entity, "member_of",
           EntityObject(m.context(), m.unit(k).entity));
  }
  return true;
}

// A title right before a person's name: "President Nursultan Nazarbayev",
// "Prime Minister Karim Masimov of Kazakhstan", "U.S. Secretary of State
// John Kerry", "Kazakh President X", "Kaspi Bank chairman X". The
// organization is the one named after the name ("of Kazakhstan"), else an
// organization, place or nationality right before the title, else for a
// national office the country the document names most. Returns whether a
// name follows the title at i (then the title is read here only).
}  // namespace

bool FindTitleBeforeName(SentenceMatcher& m, int i) {
  auto role = MatchRolePhrase(m, i);
  if (!role || role->heads.size() != 1) return false;
  const RoleKind kind = *RoleHead(m.Word(role->heads.back()));
  if (kind == RoleKind::kMember) return FindMemberBeforeName(m, *role);
  if (kind != RoleKind::kPosition && kind != RoleKind::kEmployee) return false;
  const bool staff = kind == RoleKind::kEmployee;  // "NASA astronaut X": employed_by
  int name = role->end;
  // "Secretary of State John Kerry": the title's own "of".
  if (m.IsWord(name, "of") && name + 1 < m.size() && m.unit(name + 1).capitalized &&
      m.IsWord(name + 1, "state")) {
    name += 2;
  }
  const int title_end = name;
  // "Secretary of State Hillary Clinton" where only "Clinton" is tagged.
  if (name < m.size() && !m.IsEntity(name) && m.unit(name).kind == UnitKind::kWord &&
      m.unit(name).capitalized && m.IsEntity(name + 1)) {
    ++name;
  }
  if (!m.IsEntity(name) || m.unit(name).reference ||
      m.context().entity(m.unit(name).entity).type != EntityType::kPerson) {
    return false;
  }
  const int holder = m.unit(name).entity;
  std::string title = m.TextOf(role->begin, title_end);
  if (title.size() > 3 && title.substr(0, 3) == "ex-") title = title.substr(3);
  const FactContext& context = m.context();
  std::optional<FactObject> object;
  if (m.IsWord(name + 1, "of")) object = m.ObjectAt(name + 2, ObjectPolicy::kOrganization);
  int k = role->start - 1;
  // "The New York Times technology columnist X": one lower-case word of the
  // beat between the organization and a staff title (not "The NRA says
  // President X").
  if (staff && !object && k > 0 && !m.IsEntity(k) && m.unit(k).kind == UnitKind::kWord &&
      !m.unit(k).capitalized && !IsReportingVerb(m.Word(k)) && !IsPreposition(m.Word(k)) &&
      !m.IsAnyWord(k, {"the", "a", "an", "its", "their"}) && m.IsEntity(k - 1) &&
      !m.unit(k - 1).reference &&
      context.entity(m.unit(k - 1).entity).type == EntityType::kOrganization) {
    --k;
  }
  bool named_before = false;  // the organization is the entity before the title
  if (!object && m.IsEntity(k) && !m.unit(k).reference) {
    const EntityType type = context.entity(m.unit(k).entity).type;
    // ("Labor leader X" where the tagger typed this "Labor" OTHER and
    // another ORGANIZATION.)
    const bool organization_elsewhere = type == EntityType::kOther &&
                                        context.TypedOrganizationElsewhere(m.unit(k).entity) &&
                                        !IsNationalityAdjective(m.unit(k).lower);
    if (type == EntityType::kOrganization || type == EntityType::kLocation ||
        organization_elsewhere) {
      object = EntityObject(context, m.unit(k).entity);
      named_before = true;
    }
  }
  // "Sendero Luminoso and its leader Abimael Guzman", "Temir Bank, its
  // chairman X": "its" refers to the organization right before it.
  bool its = false;
  if (!object && m.IsWord(k, "its") && (m.IsWord(k - 1, "and") || m.IsPunct(k - 1, ",")) &&
      m.IsEntity(k - 2) && !m.unit(k - 2).reference &&
      context.entity(m.unit(k - 2).entity).type == EntityType::kOrganization) {
    object = EntityObject(context, m.unit(k - 2).entity);
    its = true;
  }
  if (staff) {
    // A staff member's employer is an organization named before the title.
    if (object && m.IsEntity(k) && !m.unit(k).possessive &&
        context.entity(m.unit(k).entity).type == EntityType::kOrganization) {
      m.Emit(role->heads.back(), holder, "employed_by", *object);
    }
    return true;
  }
  // "Kazakh Prime Minister X": the nationality as a word, or as a name the
  // tagger made of it.
  const bool nationality_name = m.IsEntity(k) && !m.unit(k).reference &&
                                context.entity(m.unit(k).entity).type == EntityType::kOther &&
                                IsNationalityAdjective(m.unit(k).lower);
  if (!object && (!m.Word(k).empty() || nationality_name)) {
    const std::string_view country = CountryNamed(nationality_name ? m.unit(k).lower : m.Word(k));
    if (!country.empty()) object = CountryObject(m, country, k);
  }
  if (!object && m.unit(role->heads.back()).capitalized && IsNationalTitle(AsciiLower(title))) {
    // The document's own country, unless the sentence names another one.
    const int country = context.DominantCountry();
    bool other = false;
    for (int u = 0; u < m.size(); ++u) {
      // Another country, or a place inside one ("Ohio's Secretary of State").
      other = other ||
              (m.IsEntity(u) && m.unit(u).entity != country &&
               context.entity(m.unit(u).entity).type == EntityType::kLocation) ||
              !CountryNamed(m.Word(u)).empty();
    }
    if (country >= 0 && !other) object = EntityObject(context, country);
  }
  if (object && (m.unit(role->begin).capitalized || m.IsEntity(k) || its)) {
    // No period: a date near "President X" dates the event told, not the office.
    m.Emit(role->heads.back(), holder, "position", *object, title);
    // "Eskom chairperson X and chief executive Y": a second title after
    // "and" shares the organization named before the first.
    if (named_before && m.IsWord(name + 1, "and")) {
      const auto second = MatchRolePhrase(m, name + 2);
      if (second && second->heads.size() == 1 &&
          RoleHead(m.Word(second->heads.back())) == RoleKind::kPosition &&
          IsNamedPerson(m, second->end) && !m.unit(second->end).possessive) {
        m.Emit(second->heads.back(), m.unit(second->end).entity, "position", *object,
               m.TextOf(second->begin, second->end));
      }
    }
  }
  return true;
}

}  // namespace dossier::internal

// English lifespans after a person's name: Wikipedia's "X (19 May 1767 – 5
// January 1816)" with its variants (places, years alone, open ends, a
// native spelling before the dates).
#include <optional>
#include <string>
#include <string_view>

#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// An ISO date ("1767", "1767-05", "1767-05-19") as a fact object; empty
// when `value` is a TIMEX3 value of anything else ("1767-SU", "P6M").
std::string IsoDateOf(std::string_view value) {
  const bool iso = (value.size() == 4 || value.size() == 7 || value.size() == 10) &&
                   value.find_first_not_of("0123456789-") == std::string_view::npos;
  return iso ? std::string(value) : std::string();
}

// The year a unit the time grammar left unread writes as a lifespan does: a
// four-digit number ("1859" before "in London"), or one glued to "c."
// ("c.1680"); empty otherwise.
std::string YearOfUnit(const Unit& unit) {
  std::string_view digits = unit.lower;
  if (unit.kind == UnitKind::kWord && digits.starts_with("c.")) {
    digits.remove_prefix(2);
  } else if (unit.kind != UnitKind::kNumber) {
    return {};
  }
  const bool year = digits.size() == 4 && digits[0] != '0' &&
                    digits.find_first_not_of("0123456789") == std::string_view::npos;
  return year ? std::string(digits) : std::string();
}

// The place after a date inside a lifespan ("19 May 1767, Königsberg –"),
// up to the dash or the parenthesis' end.
std::optional<FactObject> LifespanPlace(const SentenceMatcher& m, int j) {
  // "(1782 Havana, Cuba – 15 August 1836 Madrid)": a place right after the date.
  if (m.IsEntity(j) && !m.unit(j).reference &&
      m.context().entity(m.unit(j).entity).type == EntityType::kLocation) {
    return EntityObject(m.context(), m.unit(j).entity);
  }
  if (!m.IsPunct(j, ",") && !m.IsAnyWord(j, {"in", "at"})) return std::nullopt;
  if (m.IsAnyWord(j + 1, {"in", "at"})) ++j;
  return m.ObjectAt(j + 1, ObjectPolicy::kPlace);
}

// The date after a place named in a lifespan at unit `j`, its region and
// country ("San Fernando, Chile, August 29, 1869": up to three entities,
// each followed by a comma): the date's index, or -1 when no entity or no
// date follows so.
int PlaceChainEnd(const SentenceMatcher& m, int j) {
  for (int k = j; k < j + 6 && m.IsEntity(k) && m.IsPunct(k + 1, ","); k += 2) {
    if (m.IsTime(k + 2)) return k + 2;
  }
  return -1;
}

// The person a lifespan's "(" at `open` follows: the person entity right
// before it, or before an alias in parentheses ("John of Islay (or John
// MacDonald) (1434–1503)"), an apposition of a few capitalized words ("Sir
// George Prévost, 1st Baronet (", "X, OSB (", "X, née Y (") or the rest of
// a hyphenated name ("Kang Won - yong ("); -1 when none.
int LifespanSubject(const SentenceMatcher& m, int open) {
  // "X, iure uxoris Marquis of Y, (1848 – 1905)": an apposition of titles.
  if (const int head = m.OpeningNameBefore(open); head >= 0) return head;
  int k = open - 1;
  for (int steps = 0; k >= 0 && steps < 10; ++steps) {
    if (m.IsEntity(k) && !m.unit(k).reference) {
      // "X, née Y (": the lifespan is X's, Y the name X was born with.
      const bool maiden = m.IsAnyWord(k - 1, {"née", "nee"});
      if (m.context().entity(m.unit(k).entity).type == EntityType::kPerson && !maiden) {
        return m.unit(k).entity;
      }
      --k;
      continue;
    }
    if (m.IsPunct(k, ")")) {  // an alias or a native spelling in parentheses
      int depth = 0;
      for (; k >= 0; --k) {
        if (m.IsPunct(k, ")")) ++depth;
        if (m.IsPunct(k, "(") && --depth == 0) break;
      }
      --k;
      continue;
    }
    const Unit& u = m.unit(k);
    const bool hyphen_tail =
        u.kind == UnitKind::kWord && (m.IsDash(k - 1) || m.IsPunct(k - 1, "-"));
    // "X, 1st Baronet (": an ordinal in a title.
    const bool ordinal =
        u.kind == UnitKind::kWord && !u.lower.empty() && u.lower[0] >= '0' && u.lower[0] <= '9';
    if (m.IsPunct(k, ",") || m.IsPunct(k, ".") || m.IsDash(k) || m.IsPunct(k, "-") ||
        m.IsQuoteMark(k) || u.kind == UnitKind::kNumber || hyphen_tail || ordinal ||
        m.IsAnyWord(k, {"née", "nee", "or"}) || (u.kind == UnitKind::kWord && u.capitalized)) {
      --k;
      continue;
    }
    return -1;
  }
  return -1;
}

// Wikipedia's lifespan after a person's name: "X (19 May 1767 – 5 January
// 1816)", "X (1767–1816)", with places after the dates ("(1767, Königsberg
// – 1816, Berlin)", "(May 22, 1913 in Saint-Petersburg – ...)") or before
// them ("(Nîmes, 2 June 1663 — Voorburg, May 1719)"), "(about 1780 – ...)".
// A lone date stays unread (an office's term, an age).
}  // namespace

void FindLifespan(SentenceMatcher& m) {
  for (int open = 1; open + 1 < m.size(); ++open) {
    if (!m.IsPunct(open, "(")) continue;
    int j = open + 1;
    // "(née Smith; 1767–1816)", "(Russian: ...; 1767–1816)": the dates follow the last ";".
    for (int k = j; k < m.size() && k < j + 24 && !m.IsPunct(k, ")"); ++k) {
      if (m.IsPunct(k, ";")) j = k + 1;
    }
    // ("c. 1680": the abbreviation may come as "c" and ".".)
    while (m.IsPunct(j, ",") || m.IsAnyWord(j, {"about", "c.", "circa", "ca."}) ||
           (m.IsAnyWord(j, {"c", "ca"}) && m.IsPunct(j + 1, "."))) {
      j += m.IsPunct(j + 1, ".") && m.IsAnyWord(j, {"c", "ca"}) ? 2 : 1;
    }
    // "(Александр Боровков, 6 March 1931, Moscow)": a native spelling before the date.
    if (m.IsEntity(j) && !m.unit(j).reference &&
        m.context().entity(m.unit(j).entity).type == EntityType::kPerson && m.IsPunct(j + 1, ",") &&
        m.IsTime(j + 2)) {
      j += 2;
    }
    // "(Nîmes, 2 June 1663 — ...)", "(San Fernando, Chile, August 29,
    // 1869 – ...)": a place (and its region or country) before the birth date.
    std::optional<FactObject> born_place;
    if (const int date = PlaceChainEnd(m, j); date > j) {
      born_place = m.ObjectOf(j, j + 1, ObjectPolicy::kPlace);
      j = date;
    }
    // "(1859 in London – 15 January 1932)": a year the time grammar left a
    // number because a place follows it.
    // "(c.1680 – 1764)": a year glued to "c." before a dash.
    const std::string year_text = m.IsTime(j) ? std::string() : YearOfUnit(m.unit(j));
    const bool year =
        !year_text.empty() && (m.IsAnyWord(j + 1, {"in", "at"}) ||
                               ((m.IsDash(j + 1) || m.IsPunct(j + 1, "-")) && m.IsTime(j + 2)));
    if (!m.IsTime(j) && !year) continue;
    const int subject = LifespanSubject(m, open);
    if (subject < 0) continue;
    std::string born, died;
    int born_unit = j, died_unit = -1;
    if (!year && m.context().time(m.unit(j).time).parts.size() == 2) {  // one range "1767–1816"
      const TimeMention& range = m.context().time(m.unit(j).time);
      born = IsoDateOf(range.parts[0].value);
      died = IsoDateOf(range.parts[1].value);
      died_unit = j;
    } else {
      born = year ? year_text : DateAtPrecision(m.context().time(m.unit(j).time));
      int k = j + 1;
      if (!born_place) born_place = LifespanPlace(m, k);
      // The dash before the death date (a hyphen inside a place name is none).
      while (k < m.size() && !m.IsPunct(k, ")") &&
             !((m.IsDash(k) || m.IsPunct(k, "-")) &&
               (m.IsTime(k + 1) || PlaceChainEnd(m, k + 1) > k + 1))) {
        ++k;
      }
      if (k >= m.size() || m.IsPunct(k, ")")) {
        // "X (1952–)", "X (1952- )": a living person's open lifespan.
        if (k == j + 2 && (m.IsDash(j + 1) || m.IsPunct(j + 1, "-")) && !born.empty()) {
          m.Emit(born_unit, subject, "born_on", FactObject{born, false, -1});
        }
        // "X (6 March 1931, Moscow)": a living person's full birth date and
        // place (a year alone, "X (2004, Paris)", may be anything's).
        if (!year && born_place && born.size() == 10 && m.IsPunct(j + 1, ",") && k <= j + 4) {
          m.Emit(born_unit, subject, "born_on", FactObject{born, false, -1});
          m.Emit(born_unit, subject, "born_in", *born_place);
        }
        continue;
      }
      std::optional<FactObject> died_place;
      if (!m.IsTime(k + 1)) {
        died_place = m.ObjectOf(k + 1, k + 2, ObjectPolicy::kPlace);
        k = PlaceChainEnd(m, k + 1) - 1;
      }
      died_unit = k + 1;
      died = DateAtPrecision(m.context().time(m.unit(died_unit).time));
      if (born_place && !born.empty()) m.Emit(born_unit, subject, "born_in", *born_place);
      if (died_place && !died.empty()) {
        m.Emit(born_unit, subject, "born_on", FactObject{born, false, -1});
        m.Emit(died_unit, subject, "died_on", FactObject{died, false, -1});
        m.Emit(died_unit, subject, "died_in", *died_place);
        continue;
      }
    }
    if (born.empty() || died.empty()) continue;
    m.Emit(born_unit, subject, "born_on", FactObject{born, false, -1});
    m.Emit(died_unit, subject, "died_on", FactObject{died, false, -1});
    if (auto place = LifespanPlace(m, died_unit + 1)) m.Emit(died_unit, subject, "died_in", *place);
  }
}

}  // namespace dossier::internal

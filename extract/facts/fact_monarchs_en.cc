// English patterns for monarchs and their realms (position with the title as
// the role; citizen_of follows from it in FindCitizenshipByOffice): "X reigned as King of Romania",
// "X was Queen of Mauritius from 1968", "X, Emperor of Japan,", "Emperor Gojong of Korea", "King
// Philip V of Spain". The realm must be a place the tagger found that names a country ("the King of
// Pop" reads nothing); royal couples ("King George V and Queen Mary": spouse).
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_matcher.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

bool IsMonarchTitle(std::string_view w) {
  for (std::string_view title : {"king", "queen", "emperor", "empress", "sultan", "tsar", "czar",
                                 "tsarina", "shah", "emir", "monarch"}) {
    if (w == title) return true;
  }
  return false;
}

// The country a location entity at unit `at` names; empty when none.
std::string_view RealmAt(const SentenceMatcher& m, int at) {
  if (!m.IsEntity(at) || m.unit(at).reference || m.unit(at).possessive) return {};
  const Entity& place = m.context().entity(m.unit(at).entity);
  if (place.type != EntityType::kLocation || IsNationalityAdjective(m.unit(at).lower)) return {};
  return CountryNamed(m.unit(at).lower);
}

// The holder of the title at `title` followed by "of REALM": "X, King of",
// "X was/became/reigned as (the first) King of"; -1 when none.
int HolderOfTitle(SentenceMatcher& m, int title) {
  int k = title - 1;
  while (k >= 0 && m.IsAnyWord(k, {"the", "first", "last", "second", "third", "future"})) --k;
  if (m.IsPunct(k, ",") && IsNamedPerson(m, k - 1) && !m.unit(k - 1).possessive) {
    return m.unit(k - 1).entity;
  }
  if (m.IsAnyWord(k, {"is", "was", "became", "become", "as"})) {
    for (int j = k - 1; j >= 0 && j >= k - 3; --j) {
      if (m.IsAnyWord(j, {"not", "never", "n't", "would", "could", "might", "may"})) return -1;
    }
    // "reigned as", "crowned as": the verb's subject.
    const int verb = m.IsWord(k, "as") && !m.Word(k - 1).empty() ? k - 1 : k;
    return m.VerbSubject(verb, SubjectPolicy::kPerson);
  }
  return -1;
}

// The royal named at unit `k` by one of `titles`: a title word and a
// person's name ("King" "George V"), or a name the tagger took with its
// title ("Queen Victoria", of any type); -1 when none. *next is set past
// the name and a regnal number ("King Gustaf" "V").
int RoyalAt(const SentenceMatcher& m, int k, std::initializer_list<std::string_view> titles,
            int* next) {
  int royal = -1;
  if (k < 0 || k >= m.size()) return -1;
  if (m.unit(k).kind == UnitKind::kWord && m.unit(k).capitalized && m.IsAnyWord(k, titles) &&
      IsNamedPerson(m, k + 1) && !m.unit(k + 1).possessive) {
    royal = m.unit(k + 1).entity;
    *next = k + 2;
  } else if (m.IsEntity(k) && !m.unit(k).reference && !m.unit(k).possessive) {
    const std::string_view lower = m.unit(k).lower;
    for (std::string_view title : titles) {
      if (lower.size() > title.size() + 1 && lower.starts_with(title) &&
          lower[title.size()] == ' ') {
        royal = m.unit(k).entity;
        *next = k + 1;
      }
    }
  }
  if (royal < 0) return -1;
  // "George V": a regnal number the tagger left out of the name.
  const std::string_view number = m.Word(*next);
  if (!number.empty() && number.find_first_not_of("ivx") == std::string_view::npos &&
      m.unit(*next).capitalized) {
    ++*next;
  }
  return royal;
}

// "King George V and Queen Mary", "Emperor Akihito and Empress Michiko": a
// king's (emperor's, tsar's) and a queen's (empress's, tsarina's) names
// joined by "and" are a royal couple.
void FindRoyalCouples(SentenceMatcher& m) {
  for (int i = 0; i + 3 < m.size(); ++i) {
    int next = 0;
    const int king = RoyalAt(m, i, {"king", "emperor", "tsar", "czar"}, &next);
    if (king < 0 || m.context().entity(king).type != EntityType::kPerson ||
        !m.IsWord(next, "and")) {
      continue;
    }
    int after = 0;
    const int queen = RoyalAt(m, next + 1, {"queen", "empress", "tsarina"}, &after);
    if (queen < 0 || queen == king) continue;
    m.Emit(next, king, "spouse", EntityObject(m.context(), queen));
  }
}

}  // namespace

void FindMonarchs(SentenceMatcher& m) {
  FindRoyalCouples(m);
  for (int i = 0; i + 2 < m.size(); ++i) {
    if (!IsMonarchTitle(m.Word(i))) continue;
    int holder = -1, realm = -1;
    if (m.IsWord(i + 1, "of")) {  // "King of Romania"
      realm = m.SkipDeterminers(i + 2);
      holder = HolderOfTitle(m, i);
    } else if (m.unit(i).capitalized && IsNamedPerson(m, i + 1) && !m.unit(i + 1).possessive &&
               m.IsWord(i + 2, "of")) {  // "Emperor Gojong of Korea"
      realm = m.SkipDeterminers(i + 3);
      holder = m.unit(i + 1).entity;
    }
    const std::string_view country = realm >= 0 ? RealmAt(m, realm) : std::string_view();
    if (holder < 0 || country.empty() || m.context().entity(holder).type != EntityType::kPerson) {
      continue;
    }
    std::string title(m.Word(i));
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
    const FactObject object = EntityObject(m.context(), m.unit(realm).entity);
    // (FindCitizenshipByOffice reads the citizenship from the position.)
    m.Emit(i, holder, "position", object, title, m.TimeFor(i), TimeUse::kDuring);
  }
}

}  // namespace dossier::internal

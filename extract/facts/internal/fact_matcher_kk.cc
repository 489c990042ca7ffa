#include "extract/facts/internal/fact_matcher_kk.h"

#include <string>

namespace dossier::internal {
namespace {

// Whether `form` ends with a word of one of the entity's names.
bool EndsWithNameWord(const Entity& e, std::string_view form) {
  auto ends_with_word = [&](std::string_view name) {
    return name.ends_with(form) &&
           (name.size() == form.size() || name[name.size() - form.size() - 1] == ' ');
  };
  if (ends_with_word(e.name)) return true;
  for (const std::string& alias : e.aliases) {
    if (ends_with_word(alias)) return true;
  }
  return false;
}

}  // namespace

std::optional<KazakhCase> CaseOfName(const SentenceMatcher& m, int j) {
  const Entity& e = m.context().entity(m.unit(j).entity);
  const std::string_view text = m.context().Text(m.unit(j).span);
  for (const KazakhCaseEnding& ending : KazakhCaseEndings()) {
    const std::string_view s = ending.text;
    if (!ending.after_possessive && text.size() > s.size() && text.ends_with(s) &&
        EndsWithNameWord(e, text.substr(0, text.size() - s.size()))) {
      return ending.of;
    }
  }
  // A name the tagger took with its genitive ending ("Прокуратураның"): no
  // name of ours ends so.
  for (const KazakhCaseEnding& ending : KazakhCaseEndings()) {
    if (ending.of == KazakhCase::kGenitive && text.size() > ending.text.size() + 4 &&
        text.ends_with(ending.text)) {
      return KazakhCase::kGenitive;
    }
  }
  return std::nullopt;
}

bool FormOf(std::string_view word, std::string_view stem,
            std::initializer_list<std::string_view> endings) {
  if (!word.starts_with(stem)) return false;
  const std::string_view rest = word.substr(stem.size());
  for (std::string_view ending : endings) {
    if (rest == ending) return true;
  }
  return false;
}

bool IsPersonKk(const SentenceMatcher& m, int j) {
  return m.IsEntity(j) && !m.unit(j).reference &&
         m.context().entity(m.unit(j).entity).type == EntityType::kPerson;
}

int ClauseStartKk(const SentenceMatcher& m, int i) {
  for (int j = i - 1; j >= 0; --j) {
    if (m.IsPunct(j, ";") || m.IsPunct(j, ":")) return j + 1;
  }
  return 0;
}

int SubjectKk(SentenceMatcher& m, int trigger) {
  bool pronoun = false;
  bool other_person = false;
  for (int j = ClauseStartKk(m, trigger); j < trigger; ++j) {
    if (m.unit(j).quote >= 0) continue;
    if (IsPersonKk(m, j)) {
      if (!CaseOfName(m, j)) return m.unit(j).entity;
      other_person = true;
    }
    if (m.Word(j) == "ол") pronoun = true;
  }
  if (!pronoun && other_person) return -1;
  const int current = m.discourse().last_person;
  return m.SubjectAllowed(current, SubjectPolicy::kPerson) ? current : -1;
}

}  // namespace dossier::internal

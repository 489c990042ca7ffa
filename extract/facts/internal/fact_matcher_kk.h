// Reading a Kazakh sentence for the fact patterns (fact_*_kk.cc): the case
// a name is written in ("Тулегеновтың", "Литваға"), verb forms by stem and
// ending, and the subject of a verb (the person named in the nominative in
// its clause, else "ол" or the discourse's person).
//
// Internal to extract/fact*_kk.cc. Thread-compatible, like SentenceMatcher.
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_KK_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_KK_H_

#include <initializer_list>
#include <optional>
#include <string_view>

#include "extract/facts/internal/fact_matcher.h"
#include "extract/ner/kazakh_cases.h"

namespace dossier::internal {

// The case of the entity mention at unit j: an ending a bare name takes
// (kazakh_cases.h) whose rest is the last word of one of the entity's names
// ("Тулегеновтың" beside "Тулегенов", "Литваға" beside its dictionary form
// "Литва"), so "Дина" keeps its "-на"; nullopt for the nominative.
std::optional<KazakhCase> CaseOfName(const SentenceMatcher& m, int j);

// Whether `word` is `stem` plus one of `endings` ("құрды" of "құр" + "ды").
bool FormOf(std::string_view word, std::string_view stem,
            std::initializer_list<std::string_view> endings);

// Whether unit j names a person (not a pronoun resolved to one).
bool IsPersonKk(const SentenceMatcher& m, int j);

// The start of the clause holding unit i: after the last ";" or ":" before it.
int ClauseStartKk(const SentenceMatcher& m, int i);

// The subject of the verb at `trigger`: the first person named in the
// nominative in its clause, else "ол" (he, she) before the verb or nothing
// but times and small words: the discourse's current person. -1 when none.
int SubjectKk(SentenceMatcher& m, int trigger);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_KK_H_

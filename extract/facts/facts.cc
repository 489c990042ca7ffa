#include "extract/facts/facts.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "extract/facts/internal/fact_lexicon_ru.h"
#include "extract/facts/internal/fact_matcher.h"
#include "extract/facts/internal/fact_patterns.h"
#include "text/language.h"

namespace dossier {
namespace {

using internal::Discourse;
using internal::FactContext;
using internal::FoundFact;
using internal::SentenceMatcher;
using internal::SentenceView;
using internal::Unit;
using internal::UnitKind;

// The person a page is about: a person entity naming most of its first
// heading ("Serik Medetbekov"); -1 when the page opens otherwise.
int ProfileSubject(const FactContext& context) {
  const NormalizedDocument& doc = context.doc();
  for (int p = 0; p < static_cast<int>(doc.passages.size()); ++p) {
    const Passage& passage = doc.passages[p];
    if (passage.kind != PassageKind::kHeading) return -1;
    for (int s = passage.first_sentence; s < passage.first_sentence + passage.sentence_count; ++s) {
      SentenceView view = context.View(s, p);
      for (const Unit& unit : view.units) {
        if (unit.kind == UnitKind::kEntity &&
            context.entity(unit.entity).type == EntityType::kPerson &&
            2 * unit.span.size() >= passage.span.size()) {
          return unit.entity;
        }
      }
    }
  }
  return -1;
}

bool ContainsWord(std::string_view lower_text, std::string_view word) {
  return lower_text.find(word) != std::string_view::npos;
}

bool EnglishStatementHeading(std::string_view lower) {
  return ContainsWord(lower, "statement") || ContainsWord(lower, "testimony") ||
         ContainsWord(lower, "complaint") || ContainsWord(lower, "interview") ||
         ContainsWord(lower, "appeal") || ContainsWord(lower, "letter");
}

bool RussianStatementHeading(std::string_view lower) {
  return ContainsWord(lower, "интервью") || ContainsWord(lower, "заявление") ||
         ContainsWord(lower, "мәлімдеме") || ContainsWord(lower, "мәлімдемесі") ||
         ContainsWord(lower, "обращение") || ContainsWord(lower, "письмо") ||
         ContainsWord(lower, "жалоба") || EnglishStatementHeading(lower);
}

bool EnglishOblique(std::string_view w) {
  return w == "of" || w == "from" || w == "with" || w == "to" || w == "for" || w == "about" ||
         w == "against" || w == "at" || w == "on";
}

bool RussianOblique(std::string_view w) {
  return internal::IsPrepositionRu(w) || EnglishOblique(w);
}

// A heading that opens a person's own words ("Statement of X", "Interview
// with X"): first-person text below it is that person's.
int StatementSpeaker(const SentenceView& view, const FactContext& context,
                     const internal::FactPatternSet& patterns) {
  std::string lower;
  for (const Unit& unit : view.units) lower += unit.lower + " ";
  if (!patterns.statement(lower)) return -1;
  for (const Unit& unit : view.units) {
    if (unit.kind == UnitKind::kEntity && context.entity(unit.entity).type == EntityType::kPerson) {
      return unit.entity;
    }
  }
  return -1;
}

// A heading that opens a statement, not an interview ("Statement of Dala
// Media Group", "Заявление X", "X мәлімдемесі"): the first person or
// organization it names, whose claims the text below is; -1 otherwise.
int StatementAuthor(const SentenceView& view, const FactContext& context,
                    const internal::FactPatternSet& patterns) {
  // The words of the heading outside its names: a section label ("LETTERS")
  // tagged as an organization is no author.
  std::string lower;
  for (const Unit& unit : view.units) {
    if (unit.kind != UnitKind::kEntity) lower += unit.lower + " ";
  }
  if (!patterns.statement(lower) || ContainsWord(lower, "interview") ||
      ContainsWord(lower, "интервью") || ContainsWord(lower, "сұхбат")) {
    return -1;
  }
  for (const Unit& unit : view.units) {
    if (unit.kind != UnitKind::kEntity || unit.reference) continue;
    const EntityType type = context.entity(unit.entity).type;
    if (type == EntityType::kPerson || type == EntityType::kOrganization) return unit.entity;
  }
  return -1;
}

// Remembers the sentence's persons for the next ones: the first person
// named outside quotations (not a possessive, not after a preposition)
// becomes the current person; inside a quotation, its last person named.
void UpdateDiscourse(const SentenceMatcher& m, const internal::FactPatternSet& patterns,
                     Discourse* discourse) {
  const FactContext& context = m.context();
  bool subject_set = false;
  for (int i = 0; i < m.size(); ++i) {
    const Unit& unit = m.unit(i);
    if (unit.quote >= 0 && discourse->quote != unit.quote) {
      discourse->quote = unit.quote;
      discourse->last_in_quote = -1;
    }
    if (unit.kind != UnitKind::kEntity || context.entity(unit.entity).type != EntityType::kPerson) {
      continue;
    }
    if (unit.quote >= 0) {
      if (!unit.possessive) discourse->last_in_quote = unit.entity;
      continue;
    }
    const bool oblique = i > 0 && patterns.oblique(m.Word(i - 1));
    if (!subject_set && !unit.possessive && !oblique) {
      discourse->last_person = unit.entity;
      subject_set = true;
    }
  }
}

std::tuple<std::string, std::string, std::string, std::string, std::string, std::string,
           std::string, bool>
KeyOf(const Fact& f) {
  return {f.subject,           f.predicate,       f.object,       f.role,
          f.from.value_or(""), f.to.value_or(""), f.according_to, f.denied};
}

}  // namespace

namespace internal {

const FactPatternSet& FactPatternsFor(std::string_view language) {
  static const FactPatternSet kEnglish{
      FindProfileLineFacts, FindLifeEventFacts, FindRoleFacts,
      FindFamilyFacts,      FindDenialFacts,    ShareCoordinatedSubjects,
      AttributeFacts,       EnglishOblique,     EnglishStatementHeading};
  static const FactPatternSet kRussian{FindProfileLineFactsRu,
                                       FindLifeEventFactsRu,
                                       FindRoleFactsRu,
                                       FindFamilyFactsRu,
                                       nullptr,
                                       ShareCoordinatedSubjectsRu,
                                       AttributeFactsRu,
                                       RussianOblique,
                                       RussianStatementHeading};
  // Kazakh pages keep Russian profile labels and attribution words often
  // enough that those families read them (AttributeFactsKk runs the Russian
  // attribution first); prose has its own.
  static const FactPatternSet kKazakh{FindProfileLineFactsRu,
                                      FindLifeEventFactsKk,
                                      FindRoleFactsKk,
                                      FindFamilyFactsKk,
                                      nullptr,
                                      nullptr,
                                      AttributeFactsKk,
                                      RussianOblique,
                                      RussianStatementHeading};
  if (language == "kk") return kKazakh;
  return language == "ru" ? kRussian : kEnglish;
}

}  // namespace internal

std::vector<Fact> ExtractFacts(const NormalizedDocument& doc, const std::vector<Entity>& entities,
                               const std::vector<TimeMention>& times,
                               const std::vector<Quote>& quotes) {
  const internal::FactPatternSet& patterns = internal::FactPatternsFor(doc.language);
  FactContext context(doc, entities, times, quotes);
  Discourse discourse;
  discourse.profile_subject = ProfileSubject(context);
  discourse.last_person = discourse.profile_subject;
  internal::ProfileList list = internal::ProfileList::kNone;
  std::vector<FoundFact> found;
  for (int p = 0; p < static_cast<int>(doc.passages.size()); ++p) {
    const Passage& passage = doc.passages[p];
    if (!PassageIsRead(doc, passage)) continue;
    for (int s = passage.first_sentence; s < passage.first_sentence + passage.sentence_count; ++s) {
      const SentenceView view = context.View(s, p);
      SentenceMatcher m(context, view, &discourse, &found);
      if (passage.kind == PassageKind::kHeading) {
        list = internal::ProfileList::kNone;
        discourse.statement_speaker = StatementSpeaker(view, context, patterns);
        // A dateline or a section heading below a statement's title keeps
        // its author; another statement's or interview's heading replaces it.
        const int author = StatementAuthor(view, context, patterns);
        if (author >= 0 || discourse.statement_speaker >= 0) discourse.statement_author = author;
      }
      const size_t first = found.size();
      if (!patterns.profile_line(m, &list)) {
        if (passage.kind == PassageKind::kParagraph) list = internal::ProfileList::kNone;
        patterns.life_events(m);
        patterns.roles(m);
        patterns.family(m);
        if (patterns.denials != nullptr) patterns.denials(m);
        if (patterns.coordinate != nullptr) patterns.coordinate(m, found, first);
      }
      patterns.attribute(m, found, first);
      UpdateDiscourse(m, patterns, &discourse);
      discourse.previous_time = m.OpeningDate();
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const FoundFact& a, const FoundFact& b) {
    if (a.fact.evidence.start != b.fact.evidence.start) {
      return a.fact.evidence.start < b.fact.evidence.start;
    }
    return a.trigger_offset < b.trigger_offset;
  });
  std::vector<Fact> facts;
  std::set<decltype(KeyOf(Fact{}))> seen;
  for (FoundFact& f : found) {
    if (seen.insert(KeyOf(f.fact)).second) facts.push_back(std::move(f.fact));
  }
  return facts;
}

}  // namespace dossier

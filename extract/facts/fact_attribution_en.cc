// Whose claim a fact is, and denials.
//
// A fact stated inside a quotation is its speaker's; in reported speech
// ("X said that ...", "X claims to have been ...", "according to X, ...",
// "..., X said.") it is the reporter's; elsewhere under a statement's
// heading ("Statement of X") it is the statement's author's; after "X denies that" it is X's and
// denied. A negation just before the trigger ("was not born", "never owned") denies it. Denials of
// a whole account become facts of their own (extension predicates, see docs/facts.md): "X had
// nothing to do with Y" (associate_of, denied), "everything that X wrote was not true" (claims,
// denied), "X denies the allegations" (accused, denied by X).
#include <string_view>

#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

bool IsDenyVerb(std::string_view w) {
  static constexpr std::string_view kWords[] = {"denies",   "denied",   "deny",      "denying",
                                                "rejects",  "rejected", "refuted",   "refutes",
                                                "disputes", "disputed", "dismissed", "dismisses"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

bool IsUntrueWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "untrue",   "false",    "lie",        "lies",      "fabricated", "fabrication",
      "slander",  "baseless", "groundless", "unfounded", "fiction",    "fabrications",
      "invented", "fake",     "inaccurate", "incorrect", "nonsense",   "lying"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

bool IsClaimNoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "allegations", "allegation",  "accusations", "accusation", "charges", "claims",
      "claim",       "statements",  "statement",   "reports",    "rumors",  "rumours",
      "wrongdoing",  "involvement", "guilt",       "words",      "version", "account"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

// "not true", "untrue", "a lie" within units [begin, end).
int UntrueAt(const SentenceMatcher& m, int begin, int end) {
  for (int j = begin; j < end; ++j) {
    if (m.IsWord(j, "not") && (m.IsAnyWord(j + 1, {"true", "correct"}) ||
                               (m.IsWord(j + 1, "the") && m.IsAnyWord(j + 2, {"truth", "case"})))) {
      return j;
    }
    if (IsUntrueWord(m.Word(j))) return j;
  }
  return -1;
}

// "X had nothing to do with Y", "X has no ties to Y": a denied associate_of
// fact for each entity Y names, X the subject before the phrase.
void FindNothingToDoWith(SentenceMatcher& m) {
  for (int i = 0; i + 4 < m.size(); ++i) {
    const bool nothing = m.IsWord(i, "nothing") && m.IsWord(i + 1, "to") && m.IsWord(i + 2, "do") &&
                         m.IsWord(i + 3, "with");
    const bool no_link = m.IsWord(i, "no") &&
                         m.IsAnyWord(i + 1, {"connection", "relation", "ties", "links"}) &&
                         m.IsAnyWord(i + 2, {"to", "with"});
    if (!nothing && !no_link) continue;
    const int with = nothing ? i + 3 : i + 2;
    const int subject = m.SubjectBefore(i, SubjectPolicy::kPersonOrOrg);
    if (subject < 0) continue;
    std::vector<int> objects = m.EntityList(with + 1);
    if (objects.empty()) {
      if (auto object = m.ObjectAt(with + 1, ObjectPolicy::kAny); object && object->is_entity) {
        objects.push_back(object->entity);
      }
    }
    for (int object : objects) {
      if (Fact* fact = m.Emit(i, subject, "associate_of", EntityObject(m.context(), object))) {
        fact->denied = true;
      }
    }
  }
}

// "everything that X wrote was not true", "X's claims are false".
void FindUntrueAccounts(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    int claimant = -1;
    int end = -1;
    if (m.IsAnyWord(i, {"everything", "all", "what", "anything"})) {
      int k = i + 1;
      if (m.IsWord(k, "that")) ++k;
      if (!m.IsEntity(k) || !IsReportingVerb(m.Word(k + 1))) continue;
      claimant = m.ResolvePerson(k);
      end = k + 2;
    } else if (m.IsEntity(i) && m.unit(i).possessive && IsClaimNoun(m.Word(i + 1))) {
      claimant = m.unit(i).entity;
      end = i + 2;
    } else {
      continue;
    }
    if (claimant < 0 || UntrueAt(m, end, std::min(m.size(), end + 6)) < 0) continue;
    if (Fact* fact = m.Emit(i, claimant, "claims", FactObject{m.TextOf(i, end), false, -1})) {
      fact->denied = true;
    }
  }
  // "X operates with false facts", "X invents events".
  for (int i = 0; i + 1 < m.size(); ++i) {
    const bool false_facts =
        m.IsAnyWord(i, {"false", "fake", "fabricated", "invented"}) &&
        m.IsAnyWord(i + 1, {"facts", "information", "claims", "accusations", "stories", "data"});
    if (!false_facts) continue;
    const int claimant = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (claimant < 0) continue;
    if (Fact* fact = m.Emit(i, claimant, "claims", FactObject{m.TextOf(i, i + 2), false, -1})) {
      fact->denied = true;
    }
  }
}

// "X denies the allegations", "X rejected Y's accusations".
void FindDeniedAllegations(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    if (!IsDenyVerb(m.Word(i))) continue;
    const int denier = m.SubjectBefore(i, SubjectPolicy::kPersonOrOrg);
    if (denier < 0) continue;
    int k = i + 1;
    if (m.IsEntity(k) && m.unit(k).possessive && IsClaimNoun(m.Word(k + 1))) {
      Fact* fact = m.Emit(i, m.unit(k).entity, "claims", FactObject{m.TextOf(k, k + 2), false, -1});
      if (fact) {
        fact->denied = true;
        fact->according_to = m.context().entity(denier).id;
      }
      continue;
    }
    if (m.IsAnyWord(k, {"the", "any", "all", "these", "those", "such"})) ++k;
    if (m.IsAnyWord(k, {"criminal", "corruption", "fraud", "false", "new"})) ++k;
    // "dismissed those reports": only an accusation is one against the denier.
    if (!m.IsAnyWord(k, {"allegations", "allegation", "accusations", "accusation", "charges",
                         "claims", "wrongdoing", "involvement", "guilt", "rumors", "rumours"})) {
      continue;
    }
    auto [b, e] = m.Phrase(i + 1);
    if (e <= k) e = k + 1;
    if (Fact* fact = m.Emit(i, denier, "accused", FactObject{m.TextOf(b, e), false, -1})) {
      fact->denied = true;
      fact->according_to = m.context().entity(denier).id;
    }
  }
}

// The speaker of reported speech around `trigger` outside quotations: "X
// said that ...", "according to X, ...", "..., X said."; -1 when none.
int ReportedSpeaker(SentenceMatcher& m, int trigger) {
  for (int i = 0; i + 2 < m.size(); ++i) {
    if (m.IsWord(i, "according") && m.IsWord(i + 1, "to") && m.unit(i).quote < 0) {
      const int speaker = m.ResolvePerson(i + 2);
      if (speaker >= 0 && m.SubjectAllowed(speaker, SubjectPolicy::kPersonOrOrg)) return speaker;
    }
  }
  for (int v = trigger - 1; v >= 0; --v) {
    if (!IsReportingVerb(m.Word(v)) || m.unit(v).quote >= 0) continue;
    bool that = false;
    for (int j = v + 1; j < trigger && j <= v + 6; ++j) that = that || m.IsWord(j, "that");
    // "X claims to have been the owner of Y": the claim in an infinitive,
    // the trigger in it; "he was said to have …" is hearsay, no one's claim.
    const bool infinitive = m.IsWord(v + 1, "to") && m.IsAnyWord(v + 2, {"have", "be", "own"}) &&
                            trigger <= v + 8 &&
                            !m.IsAnyWord(v - 1, {"was", "were", "is", "are", "been", "be"});
    if (!that && !infinitive) continue;
    int speaker = m.SubjectBefore(v, SubjectPolicy::kPersonOrOrg);
    // "The claimant states that …": the party the document's case names.
    if (speaker < 0 && v > 0) speaker = m.context().Party(m.Word(v - 1));
    if (speaker >= 0) return speaker;
  }
  // "..., X said." or "..., said X." closing the sentence; "..., said its
  // chairman X."
  for (int v = trigger + 1; v < m.size(); ++v) {
    if (!IsReportingVerb(m.Word(v)) || m.unit(v).quote >= 0 || v + 6 < m.size()) continue;
    if (m.IsPunct(v - 1, ",") && m.IsAnyWord(v + 1, {"its", "his", "her", "their", "the"})) {
      int k = v + 2;
      while (k < m.size() && k < v + 5 && m.unit(k).kind == UnitKind::kWord &&
             !m.unit(k).capitalized) {
        ++k;
      }
      if (k > v + 2 && m.IsEntity(k) &&
          (k + 1 == m.size() || m.unit(k + 1).kind == UnitKind::kPunct)) {
        return m.ResolvePerson(k);
      }
    }
    if (v + 4 < m.size()) continue;
    if (m.IsEntity(v - 1) && (m.IsPunct(v - 2, ",") || m.IsQuoteMark(v - 2))) {
      return m.unit(v - 1).entity;
    }
    if (m.IsEntity(v + 1) && (m.IsPunct(v - 1, ",") || m.IsQuoteMark(v - 1))) {
      return m.unit(v + 1).entity;
    }
    if (m.IsAnyWord(v - 1, {"he", "she"}) && m.IsPunct(v - 2, ",")) return m.ResolvePerson(v - 1);
  }
  return -1;
}

// "X denies that ...", "X denied owning ...": the denier, or -1.
int Denier(SentenceMatcher& m, int trigger) {
  for (int v = trigger - 1; v >= 0 && v >= trigger - 12; --v) {
    if (!IsDenyVerb(m.Word(v))) continue;
    const std::string_view next = m.Word(v + 1);
    if (next != "that" && !(next.size() > 3 && next.substr(next.size() - 3) == "ing")) continue;
    return m.SubjectBefore(v, SubjectPolicy::kPersonOrOrg);
  }
  return -1;
}

bool Negated(const SentenceMatcher& m, int trigger) {
  for (int j = trigger - 1; j >= 0 && j >= trigger - 4; --j) {
    if (m.unit(j).kind == UnitKind::kPunct || m.IsEntity(j)) return false;
    const std::string_view w = m.Word(j);
    if ((w == "not" && !m.IsWord(j + 1, "only")) || w == "never") return true;
    if (w.size() > 3 && w.substr(w.size() - 3) == "n't") return true;
  }
  return false;
}

}  // namespace

void FindDenialFacts(SentenceMatcher& m) {
  FindNothingToDoWith(m);
  FindUntrueAccounts(m);
  FindDeniedAllegations(m);
}

void AttributeFacts(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first) {
  for (size_t f = first; f < found.size(); ++f) {
    Fact& fact = found[f].fact;
    const int trigger = found[f].trigger;
    if (fact.according_to.empty()) {
      const int quote = m.unit(trigger).quote;
      int speaker = quote >= 0 ? m.context().QuoteSpeaker(quote) : ReportedSpeaker(m, trigger);
      // A statement's own text is its author's claim ("Statement of Dala
      // Media Group": "Radio Saryarka was registered by …").
      if (speaker < 0 && quote < 0) speaker = m.discourse().statement_author;
      if (speaker >= 0) fact.according_to = m.context().entity(speaker).id;
    }
    if (fact.denied) continue;  // a denial pattern's own fact
    const int denier = Denier(m, trigger);
    if (denier >= 0) {
      fact.denied = true;
      fact.according_to = m.context().entity(denier).id;
    } else if (Negated(m, trigger)) {
      fact.denied = true;
      // "X was not appointed": no claim of anyone's to record, no fact;
      // a negation in someone's words is their denial.
      if (fact.according_to.empty() && m.unit(trigger).quote < 0) fact.subject.clear();
    }
  }
  DropUnclaimedNegations(found, first);
}

}  // namespace dossier::internal

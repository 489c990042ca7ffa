// The Kazakh rules of the quotation extractors (quote_lexicon.h): Kazakh
// news quotes the Russian way (guillemets, dash dialogue) and often quotes
// in Russian, so the Russian rules answer, with the Kazakh cue verbs
// («…», – деді Тулегенов; – деп мәлімдеді ол) and the genderless
// pronoun "ол" (he or she) added.
#include <string>

#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/word_set.h"

namespace dossier::internal {
namespace {

// Verbs of saying in the forms news uses: past (деді, айтты), present
// (дейді, айтады) and the opinion verbs (сенеді, есептейді).
constexpr std::string_view kCueVerbs[] = {
    "деді",        "дейді",      "деген",     "айтты",      "айтады",    "айтқан", "мәлімдеді",
    "мәлімдейді",  "мәлімдеген", "хабарлады", "хабарлайды", "жазды",     "жазады", "түсіндірді",
    "түсіндіреді", "қосты",      "қосады",    "сенеді",     "есептейді", "атап",   "жауап",
    "сұрады",      "сұрайды",    "мойындады", "айтып",      "деп"};

// The second word of a verb of two: "атап өтті" (noted), "жауап берді"
// (answered), "деп мәлімдеді" (stated, saying), "айтып берді" (told).
constexpr std::string_view kSecondWords[] = {"өтті",      "өтеді",     "берді",     "береді",
                                             "мәлімдеді", "айтты",     "жазды",     "қосты",
                                             "сенеді",    "хабарлады", "түсіндірді"};

class KazakhLexicon final : public QuoteLexicon {
 public:
  bool IsCueVerb(std::string_view word) const override {
    static const WordSet verbs(kCueVerbs);
    return verbs.Has(word) || ru_.IsCueVerb(word);
  }
  Gender CueVerbGender(std::string_view verb) const override { return ru_.CueVerbGender(verb); }
  bool IsCueVerbWithParticle(std::string_view verb, std::string_view particle) const override {
    static const WordSet second(kSecondWords);
    const std::string first = LowerWord(verb);
    return ((first == "атап" || first == "жауап" || first == "деп" || first == "айтып") &&
            second.Has(particle)) ||
           ru_.IsCueVerbWithParticle(verb, particle);
  }
  bool IsCueParticiple(std::string_view word) const override { return ru_.IsCueParticiple(word); }
  bool TakesAddressee(std::string_view verb) const override { return ru_.TakesAddressee(verb); }
  bool OpensSourcePhrase(std::string_view first, std::string_view second) const override {
    return ru_.OpensSourcePhrase(first, second);
  }
  bool OpensSourcePlace(std::string_view preposition, std::string_view noun) const override {
    return ru_.OpensSourcePlace(preposition, noun);
  }
  PronounKind ThirdPersonPronoun(std::string_view word) const override {
    const std::string lower = LowerWord(word);
    if (lower == "ол" || lower == "оның" || lower == "оған" || lower == "оны") {
      return PronounKind::kEither;
    }
    if (lower == "олар") return PronounKind::kPlural;
    return ru_.ThirdPersonPronoun(word);
  }
  bool IsSubjectPronoun(std::string_view word) const override {
    return LowerWord(word) == "ол" || ru_.IsSubjectPronoun(word);
  }
  bool IsPersonNoun(std::string_view word) const override { return ru_.IsPersonNoun(word); }
  bool IsSpokesNoun(std::string_view word) const override { return ru_.IsSpokesNoun(word); }
  bool IsGroupNoun(std::string_view word) const override { return ru_.IsGroupNoun(word); }
  bool IsInstitutionNoun(std::string_view word) const override {
    return ru_.IsInstitutionNoun(word);
  }
  bool IsCrowdNoun(std::string_view word) const override { return ru_.IsCrowdNoun(word); }
  bool IsDocumentNoun(std::string_view word) const override { return ru_.IsDocumentNoun(word); }
  Gender PersonNounGender(std::string_view word) const override {
    return ru_.PersonNounGender(word);
  }
  Gender NameGender(const std::vector<std::string_view>& words) const override {
    return ru_.NameGender(words);
  }
  bool IsPersonTitle(std::string_view word) const override { return ru_.IsPersonTitle(word); }
  bool IsDeterminer(std::string_view word) const override { return ru_.IsDeterminer(word); }
  bool StopsPhrase(std::string_view word) const override {
    return IsCueVerb(word) || ru_.StopsPhrase(word);
  }
  bool IsCueFiller(std::string_view word) const override { return ru_.IsCueFiller(word); }
  bool IsSentenceOpener(std::string_view word) const override { return ru_.IsSentenceOpener(word); }
  bool IsClauseOpener(std::string_view word) const override { return ru_.IsClauseOpener(word); }
  bool IsRelativePronoun(std::string_view word) const override {
    return ru_.IsRelativePronoun(word);
  }
  bool IsIndefinite(std::string_view word) const override { return ru_.IsIndefinite(word); }
  bool IsAnonymousNoun(std::string_view word) const override { return ru_.IsAnonymousNoun(word); }
  bool IsFirstPersonPronoun(std::string_view word) const override {
    return LowerWord(word) == "мен" || ru_.IsFirstPersonPronoun(word);
  }
  bool OpensIntroPhrase(std::string_view word) const override { return ru_.OpensIntroPhrase(word); }
  bool IsTimeWord(std::string_view word) const override { return ru_.IsTimeWord(word); }
  bool IntroducesName(std::string_view word) const override { return ru_.IntroducesName(word); }
  bool CueNeedsDash() const override { return ru_.CueNeedsDash(); }
  bool SubjectNearVerb() const override { return ru_.SubjectNearVerb(); }
  bool DashOpensSpeech() const override { return ru_.DashOpensSpeech(); }
  bool SameNameWord(std::string_view mention, std::string_view name) const override {
    return ru_.SameNameWord(mention, name);
  }
  bool MayNameAlone(std::string_view word) const override { return ru_.MayNameAlone(word); }
  bool OnlyACommonWord(std::string_view word) const override { return ru_.OnlyACommonWord(word); }
  bool NeverAName(std::string_view word) const override {
    return LowerWord(word) == "ол" || ru_.NeverAName(word);
  }

 private:
  const QuoteLexicon& ru_ = RussianQuoteLexicon();
};

}  // namespace

const QuoteLexicon& KazakhQuoteLexicon() {
  static const KazakhLexicon lexicon;
  return lexicon;
}

}  // namespace dossier::internal

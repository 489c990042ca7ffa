#include "extract/speakers.h"

#include <algorithm>
#include <string_view>

#include "extract/internal/quote_lexicon.h"
#include "extract/internal/quote_text.h"

namespace dossier {
namespace {

using internal::EqualsAsciiCaseless;
using internal::QuoteContext;

constexpr int kMostSpeakerTokens = 10;
constexpr int kMostAfterTokens = 16;
constexpr int kMostAppositionTokens = 28;
constexpr int kMostBylineTokens = 6;

bool IsWord(const QuoteContext& c, int i) {
  return i >= 0 && i < c.token_count() && c.token(i).kind == TokenKind::kWord;
}

bool TokenIs(const QuoteContext& c, int i, std::string_view text) {
  return i >= 0 && i < c.token_count() && c.TokenText(i) == text;
}

bool IsDashToken(const QuoteContext& c, int i) {
  return TokenIs(c, i, "\u2013") || TokenIs(c, i, "\u2014") || TokenIs(c, i, "\u2015") ||
         TokenIs(c, i, "-");
}

bool IsQuoteMarkToken(const QuoteContext& c, int i) {
  static constexpr std::string_view kMarks[] = {"\"",     "\u201C", "\u201D", "\u201E", "\u00AB",
                                                "\u00BB", "'",      "\u2018", "\u2019"};
  for (std::string_view m : kMarks) {
    if (TokenIs(c, i, m)) return true;
  }
  return false;
}

// The period of a title ("Gov.", "Sen.") does not end a sentence.
bool IsTitlePeriod(const QuoteContext& c, int i) {
  return TokenIs(c, i, ".") && IsWord(c, i - 1) && internal::IsPersonTitle(c.TokenText(i - 1)) &&
         c.token(i - 1).span.end == c.token(i).span.start;
}

bool EndsSentence(const QuoteContext& c, int i) {
  return (TokenIs(c, i, ".") && !IsTitlePeriod(c, i)) || TokenIs(c, i, "!") || TokenIs(c, i, "?") ||
         TokenIs(c, i, ";");
}

// Words that stop a phrase naming a speaker or addressee after its first word.
bool StopsPhrase(std::string_view word) {
  static constexpr std::string_view kStops[] = {
      "in",    "at",   "on",    "during",  "after", "before", "to",      "with",  "from",
      "via",   "when", "while", "as",      "who",   "which",  "that",    "and",   "but",
      "about", "of",   "for",   "last",    "this",  "on",     "earlier", "later", "adding",
      "told",  "said", "says",  "because", "if",    "than",   "since",   "over",  "by"};
  for (std::string_view s : kStops) {
    if (word == s) return true;
  }
  return false;
}

// Adverbs and auxiliaries between a speaker and the cue ("Medetbekov also
// said", "he later told").
bool IsCueFiller(std::string_view word) {
  static constexpr std::string_view kFillers[] = {
      "also",       "later",   "then",  "further", "once",   "again", "simply",  "recently",
      "previously", "earlier", "had",   "has",     "have",   "was",   "would",   "will",
      "could",      "is",      "once",  "has",     "just",   "had",   "even",    "now",
      "quickly",    "still",   "often", "never",   "always", "then",  "himself", "herself"};
  for (std::string_view f : kFillers) {
    if (word == f) return true;
  }
  return word.size() > 4 && word.ends_with("ly") && !internal::StartsUpper(word);
}

// Verbs whose object is the addressee: "told the court", "informed Newsweek".
bool TakesAddressee(std::string_view verb) {
  static constexpr std::string_view kVerbs[] = {"told",     "tells",   "tell",    "telling",
                                                "informed", "informs", "assured", "asked",
                                                "asks",     "asking",  "warned",  "urged"};
  for (std::string_view v : kVerbs) {
    if (EqualsAsciiCaseless(verb, v)) return true;
  }
  return false;
}

Span Cover(const QuoteContext& c, int first, int last) {
  return {c.token(first).span.start, c.token(last).span.end};
}

// A phrase of words from token `from` (inclusive) up to punctuation, a quote
// mark, a stop word after the first word, or `limit`; returns the index past
// its last token (== from when empty).
int PhraseEnd(const QuoteContext& c, int from, int limit, int most) {
  int i = from;
  while (i < limit && i - from < most) {
    if (!IsWord(c, i) && c.token(i).kind != TokenKind::kNumber) {
      // Inner periods of initials and hyphens stay ("I.P. Yegarmin", "R-Texas").
      if (!(TokenIs(c, i, ".") && i > from &&
            (c.TokenText(i - 1).size() <= 2 || IsTitlePeriod(c, i)))) {
        break;
      }
    }
    if (i > from && StopsPhrase(c.TokenText(i))) break;
    ++i;
  }
  return i;
}

// The index of the last token of `quote`'s passage.
int PassageTokenLimit(const QuoteContext& c, uint32_t offset) {
  int passage = c.PassageAt(offset);
  uint32_t end = passage >= 0 ? c.doc().passages[passage].span.end : offset;
  return c.FirstTokenAtOrAfter(end);
}

// Fills cue (and addressee, after "told") for the verb at token `verb`;
// returns the index past the cue.
int ReadCue(const QuoteContext& c, int verb, int limit, QuoteCue* cue) {
  int end = verb + 1;
  if (end < limit && IsWord(c, end) &&
      internal::IsCueVerbWithParticle(c.TokenText(verb), c.TokenText(end))) {
    ++end;
  }
  if (TakesAddressee(c.TokenText(verb)) && IsWord(c, end)) {
    int addressee_end = PhraseEnd(c, end, limit, 6);
    if (addressee_end > end) {
      cue->addressee = Cover(c, end, addressee_end - 1);
      end = addressee_end;
    }
  } else if (TokenIs(c, end, "to") && IsWord(c, end + 1)) {  // said to Newsweek
    int addressee_end = PhraseEnd(c, end + 1, limit, 6);
    if (addressee_end > end + 1) cue->addressee = Cover(c, end + 1, addressee_end - 1);
  }
  cue->cue = Cover(c, verb, end - 1);
  return end;
}

bool IsCueVerbAt(const QuoteContext& c, int i) {
  // Lower case only: "State" in "Secretary of State" is a name.
  return IsWord(c, i) && !internal::StartsUpper(c.TokenText(i)) &&
         (internal::IsCueVerb(c.TokenText(i)) ||
          (IsWord(c, i + 1) &&
           internal::IsCueVerbWithParticle(c.TokenText(i), c.TokenText(i + 1))));
}

bool IsAccordingTo(const QuoteContext& c, int i) {
  return IsWord(c, i) && EqualsAsciiCaseless(c.TokenText(i), "according") &&
         TokenIs(c, i + 1, "to");
}

// "…, – says Gennady Vashchenkov, – …" inside a part of the quotation.
bool FindInside(const QuoteContext& c, const ScannedQuote& quote, QuoteCue* cue) {
  for (Span part : quote.parts) {
    const int first = c.FirstTokenAtOrAfter(part.start);
    const int limit = c.FirstTokenAtOrAfter(part.end);
    for (int i = first; i < limit; ++i) {
      if (!IsDashToken(c, i) || i == first) continue;
      // Dash, then either "says X" or "X says", then "," and a dash.
      int speaker_first = -1, speaker_end = -1, verb = -1;
      if (IsCueVerbAt(c, i + 1)) {
        verb = i + 1;
        speaker_first = verb + 1;
        speaker_end = PhraseEnd(c, speaker_first, limit, 6);
      } else {
        speaker_first = i + 1;
        speaker_end = PhraseEnd(c, speaker_first, limit, 6);
        if (IsCueVerbAt(c, speaker_end)) verb = speaker_end;
      }
      if (verb < 0 || speaker_end <= speaker_first) continue;
      int after = std::max(verb + 1, speaker_end);
      if (TokenIs(c, after, ",")) ++after;
      if (!IsDashToken(c, after)) continue;
      QuoteCue found;
      found.position = CuePosition::kInside;
      ReadCue(c, verb, limit, &found);
      found.speaker = Cover(c, speaker_first, speaker_end - 1);
      found.cut = Cover(c, i, after);
      *cue = found;
      return true;
    }
  }
  return false;
}

// Trims fillers off the end of the speaker phrase [first, end); returns the
// new end.
int TrimFillers(const QuoteContext& c, int first, int end) {
  while (end > first && IsWord(c, end - 1) && IsCueFiller(c.TokenText(end - 1))) --end;
  while (end > first && (TokenIs(c, end - 1, ",") || IsDashToken(c, end - 1))) --end;
  return end;
}

// Words opening a sentence before its subject: "And", "But", "Still".
bool IsSentenceOpener(std::string_view word) {
  static constexpr std::string_view kOpeners[] = {"and",   "but",       "so",      "still",
                                                  "yet",   "meanwhile", "instead", "now",
                                                  "later", "then",      "also",    "however"};
  for (std::string_view o : kOpeners) {
    if (EqualsAsciiCaseless(word, o)) return true;
  }
  return false;
}

// True when the cue verb's clause ends at token `past` (the token after the
// verb and its addressee): punctuation, a quote mark, an adverb, a time or a
// prepositional phrase ("said.", "told The Hill on Monday", "said of the
// encounter", "wrote last week"), not an object or a complement clause ("said
// Ted Cruz …", "added that …").
bool ClosesCueClause(const QuoteContext& c, int past) {
  if (past >= c.token_count() || !IsWord(c, past)) return true;
  const std::string_view word = c.TokenText(past);
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday",    "yesterday",
                                               "today",  "tonight",  "recently"};
  for (std::string_view d : kDays) {
    if (word == d) return true;
  }
  return (StopsPhrase(word) && word != "that" && word != "and" && word != "but") ||
         IsCueFiller(word);
}

// True when tokens [t, limit) are a name alone closing the passage, a
// period allowed after it: the byline of a quotation ("…" ― Pamela Padilla).
bool ClosesPassageWithName(const QuoteContext& c, int t, int limit) {
  const int end = PhraseEnd(c, t, limit, kMostBylineTokens);
  if (end == t || !(end == limit || (end + 1 == limit && TokenIs(c, end, ".")))) return false;
  for (int i = t; i < end; ++i) {
    if (IsWord(c, i) && !internal::StartsUpper(c.TokenText(i))) return false;
  }
  return true;
}

// "…," X said  /  "…," said X  /  "…," according to X.
bool FindAfter(const QuoteContext& c, const ScannedQuote& quote, QuoteCue* cue) {
  if (quote.close_mark.size() == 0) return false;
  const std::string_view text = c.doc().text;
  const int limit = PassageTokenLimit(c, quote.close_mark.start);
  int t = c.FirstTokenAtOrAfter(quote.close_mark.end);
  bool comma = false, dash = false;
  while (t < limit && (TokenIs(c, t, ",") || IsDashToken(c, t))) {
    comma = true;
    dash |= IsDashToken(c, t);
    ++t;
  }
  if (!IsWord(c, t)) return false;
  if (dash && ClosesPassageWithName(c, t, limit)) {  // "…" ― Sonya Herridge
    cue->position = CuePosition::kAfter;
    cue->speaker = Cover(c, t, PhraseEnd(c, t, limit, kMostBylineTokens) - 1);
    return true;
  }
  const char32_t last = internal::CodePointBefore(text, quote.parts.back().end);
  const bool clause_end = last == ',' || last == '?' || last == '!' || last == 0x2026 ||
                          last == 0x2013 || last == 0x2014 || last == '-' || comma;
  // After a quotation that ends its sentence, a capitalized word opens the
  // next sentence; it names the speaker only when it is the subject of a cue
  // verb ("…." Trump said.  "…." Jeff Weaver, Sanders' campaign manager, said).
  const bool new_sentence = !clause_end && internal::StartsUpper(c.TokenText(t));
  // A name followed by an apposition ("Anne Richards, assistant secretary of
  // state for population, refugees, and migration, said") may run longer.
  int name_end = t;
  while ((IsWord(c, name_end) && internal::StartsUpper(c.TokenText(name_end))) ||
         IsTitlePeriod(c, name_end)) {
    ++name_end;
  }
  const bool apposition = name_end > t && TokenIs(c, name_end, ",");
  const int window = std::min(limit, t + (apposition ? kMostAppositionTokens : kMostAfterTokens));
  if (new_sentence) {
    if (IsSentenceOpener(c.TokenText(t))) return false;  // "…." And Sen. Rob Portman said
    for (int v = t + 1; v < window; ++v) {
      if (EndsSentence(c, v) || IsQuoteMarkToken(c, v)) return false;
      if (!IsCueVerbAt(c, v)) continue;
      // The verb follows the name directly, or the comma closing its
      // apposition ("…." Rep. Jim McDermott (D-Wash.) said.).
      const int end = TrimFillers(c, t, v);
      bool capitalized = true;
      for (int i = t; i < end; ++i) {
        capitalized &= !IsWord(c, i) || internal::StartsUpper(c.TokenText(i)) ||
                       c.TokenText(i) == "s";  // Gallup's Jeffrey M. Jones
      }
      if (end <= t || (!capitalized && !TokenIs(c, v - 1, ","))) return false;
      QuoteCue found;
      found.position = CuePosition::kAfter;
      const int past = ReadCue(c, v, window, &found);
      // The cue closes its clause; "Fiorina said Ted Cruz …" reports other words.
      if (!ClosesCueClause(c, past)) return false;
      found.speaker = Cover(c, t, end - 1);
      *cue = found;
      return true;
    }
    return false;
  }
  if (IsAccordingTo(c, t)) {
    int end = PhraseEnd(c, t + 2, window, kMostSpeakerTokens);
    if (end == t + 2) return false;
    cue->position = CuePosition::kAfter;
    cue->cue = Cover(c, t, t + 1);
    cue->speaker = Cover(c, t + 2, end - 1);
    return true;
  }
  // "…," said Lira Baiseitova. Not a participle: `"…" adding that …`
  // continues the sentence before.
  if (IsCueVerbAt(c, t) && !c.TokenText(t).ends_with("ing")) {
    QuoteCue found;
    int past = ReadCue(c, t, window, &found);
    if (found.addressee.size() > 0) return false;  // "…," told the court X: too odd
    int end = PhraseEnd(c, past, window, kMostSpeakerTokens);
    if (end == past) return false;
    found.position = CuePosition::kAfter;
    found.speaker = Cover(c, past, end - 1);
    *cue = found;
    return true;
  }
  for (int v = t + 1;
       v < window && v - t <= (apposition ? kMostAppositionTokens : kMostSpeakerTokens); ++v) {
    if (EndsSentence(c, v) || IsQuoteMarkToken(c, v)) return false;
    if (!IsCueVerbAt(c, v)) continue;
    const int end = TrimFillers(c, t, v);
    if (end == t) return false;
    // A clause before the cue ("…" at the convention, he said): the speaker
    // follows its last comma. A phrase opening with a name keeps its
    // apposition ("…," Trump, the front-runner, said).
    int first = t;
    if (StopsPhrase(c.TokenText(t))) {
      for (int i = end - 1; i > t; --i) {
        if (TokenIs(c, i, ",")) {
          first = i + 1;
          break;
        }
      }
      if (first == t || first >= end) return false;
    }
    QuoteCue found;
    found.position = CuePosition::kAfter;
    ReadCue(c, v, window, &found);
    found.speaker = Cover(c, first, end - 1);
    *cue = found;
    return true;
  }
  return false;
}

// The first token of the sentence holding `offset`, not before `floor`.
int SentenceStartToken(const QuoteContext& c, uint32_t offset, uint32_t floor) {
  int sentence = c.SentenceAt(offset);
  uint32_t start = sentence >= 0 ? c.doc().sentences[sentence].start : offset;
  return c.FirstTokenAtOrAfter(std::max(start, floor));
}

int SentenceSubject(const QuoteContext& c, int first, int end, int* from);

// Reads the speaker and cue in tokens [first, end) before a quotation.
bool ReadBefore(const QuoteContext& c, int first, int end, bool colon, QuoteCue* cue) {
  for (int i = first; i + 1 < end; ++i) {
    if (!IsAccordingTo(c, i)) continue;
    int phrase_end = PhraseEnd(c, i + 2, end, kMostSpeakerTokens);
    if (phrase_end == i + 2) continue;
    cue->position = CuePosition::kBefore;
    cue->cue = Cover(c, i, i + 1);
    cue->speaker = Cover(c, i + 2, phrase_end - 1);
    return true;
  }
  for (int v = end - 1; v >= first; --v) {
    if (!IsCueVerbAt(c, v) || c.token(v).kind != TokenKind::kWord) continue;
    if (TokenIs(c, v - 1, "to")) continue;  // "to say"
    int speaker_end = TrimFillers(c, first, v);
    // The clause of the verb: after the last comma, unless that leaves
    // nothing ("Trump, the front-runner, said").
    int speaker_first = first;
    for (int i = speaker_end - 1; i > first; --i) {
      if (TokenIs(c, i, ",") || TokenIs(c, i, ";")) {
        if (i + 1 < speaker_end) speaker_first = i + 1;
        break;
      }
    }
    // A clause of quote marks alone (`a "breach of trust," adding:`) is none.
    bool clause_has_word = false;
    for (int i = speaker_first; i < speaker_end; ++i) clause_has_word |= IsWord(c, i);
    if (!clause_has_word) speaker_end = speaker_first;
    const bool after_comma =
        TokenIs(c, v - 1, ",") || (IsQuoteMarkToken(c, v - 1) && TokenIs(c, v - 2, ","));
    const bool participle = c.TokenText(v).ends_with("ing");
    QuoteCue found;
    found.position = CuePosition::kBefore;
    const int past = ReadCue(c, v, end, &found);
    if (participle && !after_comma) {
      // A name right before the participle is its subject: `with Gorka
      // noting "…"`, `Trump calling it a "…"`.
      int name_first = v;
      while (name_first > first &&
             ((IsWord(c, name_first - 1) && internal::StartsUpper(c.TokenText(name_first - 1))) ||
              IsTitlePeriod(c, name_first - 1))) {
        --name_first;
      }
      // Not the object of a preposition: `on Facebook writing "…"` (but
      // `footage of Trump saying "…"`).
      static constexpr std::string_view kPrepositions[] = {
          "on", "in", "at", "to", "for", "from", "by", "about", "via", "during", "over"};
      bool object = false;
      for (std::string_view p : kPrepositions) object |= TokenIs(c, name_first - 1, p);
      if (name_first < v && !object) {
        found.speaker = Cover(c, name_first, v - 1);
        *cue = found;
        return true;
      }
    }
    if (speaker_end <= speaker_first || after_comma || participle) {
      // The speaker after the verb: `…, said Jerry Brown, "…"`. Not after a
      // participle, and not the subject of a clause the verb introduces
      // (`says Cruz will "…"`, `saying Clinton would "…"`): the phrase ends
      // at a comma or colon, or is the quotation's last words before it.
      const int after_end =
          found.addressee.size() > 0 ? past : PhraseEnd(c, past, end, kMostSpeakerTokens);
      const bool closed =
          TokenIs(c, after_end, ",") || TokenIs(c, after_end, ":") || (after_end == end && colon);
      // A name, its first and last words capitalized ("said CBS moderator
      // Nancy Cordes:"), or a description ("said the mayor,").
      const bool named = after_end > past && (internal::IsDeterminer(c.TokenText(past)) ||
                                              (internal::StartsUpper(c.TokenText(past)) &&
                                               internal::StartsUpper(c.TokenText(after_end - 1))));
      if (!participle && found.addressee.size() == 0 && closed && named) {
        found.speaker = Cover(c, past, after_end - 1);
        *cue = found;
        return true;
      }
      // A participle after a clause, or a verb after an apposition: the
      // subject of that clause speaks, else the subject of the sentence
      // (`Trump told a rally, saying Clinton would "…"`; `Dean Johnson, a
      // salesman, says Cruz will "…"`; `Cruz replied, before adding "…"`).
      int from = speaker_first;
      int subject_end = speaker_end > speaker_first
                            ? SentenceSubject(c, speaker_first, speaker_end, &from)
                            : speaker_first;
      if (subject_end == speaker_first) {
        from = first;
        subject_end = SentenceSubject(c, first, v, &from);
        if (subject_end == first) subject_end = -1;
      }
      if (subject_end > from && subject_end <= v) {
        found.speaker = Cover(c, from, subject_end - 1);
        *cue = found;
        return true;
      }
      if (speaker_end <= speaker_first || participle) continue;
    }
    found.speaker = Cover(c, speaker_first, speaker_end - 1);
    *cue = found;
    return true;
  }
  if (colon && end > first) {
    cue->position = CuePosition::kColon;
    cue->speaker = Cover(c, first, end - 1);
    return true;
  }
  return false;
}

// Prepositions opening an introductory phrase that a comma closes ("On
// Twitter, Jeb Bush called …").
bool OpensIntroPhrase(std::string_view word) {
  static constexpr std::string_view kIntro[] = {
      "on",   "in",      "at",      "after",      "during", "speaking", "asked", "before",
      "with", "earlier", "writing", "addressing", "here",   "there",    "for",   "in"};
  for (std::string_view o : kIntro) {
    if (EqualsAsciiCaseless(word, o)) return true;
  }
  return false;
}

// The subject of the sentence in tokens [first, end): a pronoun, or a run of
// capitalized words (titles with their periods included) followed by a
// lower-case word or an apposition's comma. Returns the index past it, or
// `first` when the sentence does not open with one; *from gets its start.
int SentenceSubject(const QuoteContext& c, int first, int end, int* from) {
  int i = first;
  while (i < end && (IsQuoteMarkToken(c, i) || IsDashToken(c, i))) ++i;
  if (i < end && IsWord(c, i) && IsSentenceOpener(c.TokenText(i))) {
    ++i;
    if (TokenIs(c, i, ",")) ++i;
  }
  // An introductory phrase up to a comma: "On Twitter,", "Recalling that
  // moment," (a participle followed by a lower-case word, not "Manning,").
  const bool participle = IsWord(c, i) && internal::StartsUpper(c.TokenText(i)) &&
                          c.TokenText(i).size() > 5 && c.TokenText(i).ends_with("ing") &&
                          IsWord(c, i + 1) && !internal::StartsUpper(c.TokenText(i + 1));
  if (i < end && IsWord(c, i) && (OpensIntroPhrase(c.TokenText(i)) || participle)) {
    while (i < end && !TokenIs(c, i, ",") && !IsQuoteMarkToken(c, i)) ++i;
    if (!TokenIs(c, i, ",")) return first;
    ++i;
  }
  *from = i;
  // A description closed by its apposition's comma: "The lawmaker, who …,".
  if (TokenIs(c, i, "The") || TokenIs(c, i, "A") || TokenIs(c, i, "An")) {
    const int k = PhraseEnd(c, i, end, 6);
    if (k > i + 1 && TokenIs(c, k, ",")) return k;
  }
  if (IsWord(c, i) &&
      internal::ThirdPersonPronoun(c.TokenText(i)) != internal::PronounKind::kNone &&
      IsWord(c, i + 1) && !internal::StartsUpper(c.TokenText(i + 1))) {
    const std::string_view w = c.TokenText(i);
    // "his", "her", "their" open a phrase that is not the speaker.
    if (EqualsAsciiCaseless(w, "he") || EqualsAsciiCaseless(w, "she")) return i + 1;
    return first;
  }
  int j = i;
  while (j < end && j - i < 6) {
    if (IsWord(c, j) && internal::StartsUpper(c.TokenText(j))) {
      ++j;
    } else if (IsTitlePeriod(c, j)) {
      ++j;
    } else {
      break;
    }
  }
  if (j == i || j >= end) return first;
  // A name after its role noun: "Band member Flea", "Republican pollster
  // Daron Shaw".
  if (IsWord(c, j) && internal::IsPersonNoun(c.TokenText(j)) &&
      !internal::StartsUpper(c.TokenText(j))) {
    int k = j + 1;
    while (k < end && k - j <= 4 && IsWord(c, k) && internal::StartsUpper(c.TokenText(k))) ++k;
    if (k > j + 1 && k < end &&
        (TokenIs(c, k, ",") || (IsWord(c, k) && !internal::StartsUpper(c.TokenText(k))))) {
      j = k;
    }
  }
  const bool verb_follows = IsWord(c, j) && !internal::StartsUpper(c.TokenText(j));
  if (!verb_follows && !TokenIs(c, j, ",")) return first;
  return j;
}

bool HasWordBetween(const QuoteContext& c, uint32_t from, uint32_t to) {
  for (int i = c.FirstTokenAtOrAfter(from); i < c.token_count() && c.token(i).span.start < to;
       ++i) {
    if (IsWord(c, i)) return true;
  }
  return false;
}

// X said: "…"  /  According to X, "…"  /  a sentence ending in ":" before.
bool FindBefore(const QuoteContext& c, const ScannedQuote& quote, QuoteCue* cue) {
  const std::string_view text = c.doc().text;
  const uint32_t open = quote.open_mark.start;
  const int passage = c.PassageAt(open);
  const uint32_t passage_start = passage >= 0 ? c.doc().passages[passage].span.start : open;
  // Not before the end of an earlier quotation in the same passage.
  uint32_t floor = passage_start;
  for (uint32_t i = open; i > passage_start; --i) {
    if (c.InQuote(i - 1)) {
      floor = i;
      break;
    }
  }
  const int first = SentenceStartToken(c, open, floor);
  const int end = c.FirstTokenAtOrAfter(open);
  bool has_word = false;
  for (int i = first; i < end; ++i) has_word |= IsWord(c, i);
  if (has_word) {
    const bool colon = TokenIs(c, end - 1, ":");
    if (ReadBefore(c, first, colon ? end - 1 : end, colon, cue)) return true;
    // The subject opens the sentence, even before an earlier quotation in it.
    const int sentence_first = SentenceStartToken(c, open, passage_start);
    int from = sentence_first;
    const int subject_end = SentenceSubject(c, sentence_first, end, &from);
    if (subject_end == sentence_first || c.InQuote(c.token(from).span.start)) return false;
    cue->position = CuePosition::kSubject;
    cue->speaker = Cover(c, from, subject_end - 1);
    return true;
  }
  // The quotation opens its sentence: a colon just before introduces it.
  size_t before = open;
  while (before > 0 && internal::IsSpace(internal::CodePointBefore(text, before))) --before;
  if (before == 0 || c.InQuote(static_cast<uint32_t>(before - 1))) return false;
  if (text[before - 1] != ':') {
    // Opening its paragraph: the last sentence of the paragraph before may
    // say who speaks ("Carter said that … \n\n "That's because …").
    if (passage <= 0 || HasWordBetween(c, passage_start, open)) return false;
    int previous = passage - 1;
    while (previous >= 0 && c.doc().passages[previous].duplicate_of.has_value()) --previous;
    if (previous < 0) return false;
    const Span p = c.doc().passages[previous].span;
    uint32_t last_quote_end = p.start;
    for (uint32_t i = p.end; i > p.start; --i) {
      if (c.InQuote(i - 1)) {
        last_quote_end = i;
        break;
      }
    }
    const int last = c.FirstTokenAtOrAfter(p.end) - 1;
    if (last < 0) return false;
    const int first_token = SentenceStartToken(c, c.token(last).span.start, last_quote_end);
    QuoteCue found;
    if (!ReadBefore(c, first_token, last + 1, /*colon=*/false, &found)) return false;
    *cue = found;
    return true;
  }
  const int colon_token = c.FirstTokenAtOrAfter(static_cast<uint32_t>(before - 1));
  const int colon_passage = c.PassageAt(static_cast<uint32_t>(before - 1));
  const uint32_t colon_floor = colon_passage >= 0 ? c.doc().passages[colon_passage].span.start : 0;
  const int sentence_first = SentenceStartToken(c, static_cast<uint32_t>(before - 1), colon_floor);
  return ReadBefore(c, sentence_first, colon_token, /*colon=*/true, cue);
}

}  // namespace

QuoteCue FindQuoteCue(const internal::QuoteContext& context, const ScannedQuote& quote) {
  QuoteCue cue;
  if (FindInside(context, quote, &cue)) return cue;
  if (FindAfter(context, quote, &cue)) return cue;
  if (FindBefore(context, quote, &cue)) return cue;
  return {};
}

Span SentenceSubjectAt(const internal::QuoteContext& context, int sentence) {
  if (sentence < 0 || sentence >= static_cast<int>(context.doc().sentences.size())) return {};
  const Span s = context.doc().sentences[sentence];
  const int first = context.FirstTokenAtOrAfter(s.start);
  const int end = context.FirstTokenAtOrAfter(s.end);
  int from = first;
  const int subject_end = SentenceSubject(context, first, end, &from);
  if (subject_end == first || context.InQuote(context.token(from).span.start)) return {};
  return Cover(context, from, subject_end - 1);
}

}  // namespace dossier

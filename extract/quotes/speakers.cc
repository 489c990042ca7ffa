#include "extract/quotes/speakers.h"

#include <algorithm>
#include <string_view>

#include "extract/quotes/internal/quote_cue_words.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_phrases.h"
#include "extract/quotes/internal/quote_text.h"

namespace dossier {
namespace {

using internal::ClosesCueClause;
using internal::Cover;
using internal::EndsSentence;
using internal::EndsSpeakerSearch;
using internal::IsAccordingTo;
using internal::IsCueVerbAt;
using internal::IsDashToken;
using internal::IsQuoteMarkToken;
using internal::IsTitlePeriod;
using internal::IsWord;
using internal::kMostAfterTokens;
using internal::kMostAppositionTokens;
using internal::kMostBylineTokens;
using internal::kMostSpeakerTokens;
using internal::NamesSpeaker;
using internal::PhraseEnd;
using internal::QuoteContext;
using internal::ReadCue;
using internal::SentenceStartToken;
using internal::SentenceSubject;
using internal::TokenIs;
using internal::TrimFillers;

// The index of the last token of `quote`'s passage.
int PassageTokenLimit(const QuoteContext& c, uint32_t offset) {
  int passage = c.PassageAt(offset);
  uint32_t end = passage >= 0 ? c.doc().passages[passage].span.end : offset;
  return c.FirstTokenAtOrAfter(end);
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

// "…», — говорится в заявлении компании «Дала Медиа»": after the cue verb
// (token `verb`, its cue read up to `past`), a preposition and a document
// or an office name where the words were said; the speaker is the name
// that follows it in the clause, or unknown. Returns false when no such
// place follows the verb.
bool FindSourcePlace(const QuoteContext& c, int verb, int past, int limit, QuoteCue* cue) {
  if (!IsWord(c, past) || !IsWord(c, past + 1) ||
      !c.lexicon().OpensSourcePlace(c.TokenText(past), c.TokenText(past + 1))) {
    return false;
  }
  cue->position = CuePosition::kAfter;
  cue->cue = Cover(c, verb, past + 1);
  for (int k = past + 2; k < limit && k - past <= kMostSpeakerTokens; ++k) {
    if (EndsSentence(c, k) || TokenIs(c, k, ",")) break;
    if (!IsWord(c, k) || !internal::StartsUpper(c.TokenText(k))) continue;
    // A company form before a quoted name: ТОО «Дала Медиа».
    if (IsQuoteMarkToken(c, k + 1) && IsWord(c, k + 2)) k += 2;
    const int end = PhraseEnd(c, k, limit, kMostSpeakerTokens);
    cue->speaker = Cover(c, k, end - 1);
    break;
  }
  return true;
}

// A partial quotation whose sentence goes on after it and ends with its
// cue, the speaker after the verb: `"…" that Sanders can catch Clinton,
// said Steve Elmendorf, deputy campaign manager`. The first cue verb after
// token `t` in the sentence follows a comma, and a name or a description
// ("said the mayor") closed by a comma or the sentence's end follows it;
// not `…, said Trump would win`.
bool FindSpeakerAfterClause(const QuoteContext& c, int t, int limit, QuoteCue* cue) {
  int verb = t + 1, parentheses = 0;
  while (verb < limit && verb - t <= kMostAppositionTokens && !IsCueVerbAt(c, verb)) {
    if (EndsSpeakerSearch(c, verb, &parentheses)) return false;
    ++verb;
  }
  if (verb >= limit || verb - t > kMostAppositionTokens || !TokenIs(c, verb - 1, ",") ||
      c.lexicon().IsCueParticiple(c.TokenText(verb))) {
    return false;
  }
  QuoteCue found;
  const int past = ReadCue(c, verb, limit, &found);
  if (found.addressee.size() > 0 || !IsWord(c, past)) return false;
  const int end = PhraseEnd(c, past, limit, kMostSpeakerTokens);
  const bool closed = end >= limit || TokenIs(c, end, ",") || EndsSentence(c, end);
  if (!closed || !NamesSpeaker(c, past, end)) return false;
  found.position = CuePosition::kAfter;
  found.speaker = Cover(c, past, end - 1);
  *cue = found;
  return true;
}

// The verb after the quotation closes its sentence and the speaker's words
// stand before the quotation, as where the verb comes last (Kazakh
// `Тулегенов «…» деп мәлімдеді.`): those words, from the sentence's start,
// are the speaker's phrase. `found` holds the cue read from the verb;
// `past` is the token after it.
bool FindSubjectBefore(const QuoteContext& c, const ScannedQuote& quote, int past, int limit,
                       QuoteCue* found, QuoteCue* cue) {
  if (past < limit && !EndsSentence(c, past)) return false;
  const int passage = c.PassageAt(quote.open_mark.start);
  const uint32_t floor = passage >= 0 ? c.doc().passages[passage].span.start : 0;
  const int first = SentenceStartToken(c, quote.open_mark.start, floor);
  const int end = TrimFillers(c, first, c.FirstTokenAtOrAfter(quote.open_mark.start));
  bool has_word = false;
  for (int i = first; i < end; ++i) has_word |= IsWord(c, i);
  if (!has_word || end - first > kMostSpeakerTokens) return false;
  found->position = CuePosition::kAfter;
  found->speaker = Cover(c, first, end - 1);
  *cue = *found;
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
    if (c.lexicon().IsSentenceOpener(c.TokenText(t)))
      return false;  // "…." And Sen. Rob Portman said
    int parentheses = 0;
    for (int v = t + 1; v < window; ++v) {
      if (EndsSpeakerSearch(c, v, &parentheses)) return false;
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
  if (IsCueVerbAt(c, t) && !c.lexicon().IsCueParticiple(c.TokenText(t))) {
    QuoteCue found;
    int past = ReadCue(c, t, window, &found);
    if (found.addressee.size() > 0) {
      // After the quotation the verb's object is its speaker: `"…" asked
      // Sen. Barbara Mikulski`, `"…" warned Clinton.`
      found = QuoteCue{};
      found.cue = Cover(c, t, t);
      past = t + 1;
    }
    if (FindSourcePlace(c, t, past, window, &found)) {
      *cue = found;
      return true;
    }
    int end = PhraseEnd(c, past, window, kMostSpeakerTokens);
    if (end == past) return FindSubjectBefore(c, quote, past, limit, &found, cue);
    found.position = CuePosition::kAfter;
    found.speaker = Cover(c, past, end - 1);
    *cue = found;
    return true;
  }
  if (FindSpeakerAfterClause(c, t, limit, cue)) return true;
  // A clause after the quotation (`"…" as donors waited …, he said`) may
  // run as long as an apposition.
  const bool clause = c.lexicon().StopsPhrase(c.TokenText(t));
  const int most = apposition || clause ? kMostAppositionTokens : kMostSpeakerTokens;
  int parentheses = 0;
  for (int v = t + 1; v < std::min(limit, t + most + 1) && v - t <= most; ++v) {
    if (EndsSpeakerSearch(c, v, &parentheses)) return false;
    if (!IsCueVerbAt(c, v)) continue;
    const int end = TrimFillers(c, t, v);
    if (end == t) return false;
    // A clause before the cue ("…" at the convention, he said): the speaker
    // follows its last comma. A phrase opening with a name keeps its
    // apposition ("…," Trump, the front-runner, said).
    int first = t;
    if (c.lexicon().StopsPhrase(c.TokenText(t))) {
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

// The first token of the phrase before a colon with no cue verb that names
// who speaks: a name closing it after a role noun or a dash ("… doesn't
// surprise Republican pollster Daron Shaw:", "Media shares blame - HuffPollster:",
// "… STATES - Michael P. McDonald:"); else the whole phrase from `first`
// (whose subject speaks: "Trump attacked Clinton:").
int NameBeforeColon(const QuoteContext& c, int first, int end) {
  int k = end;
  while (k > first &&
         ((IsWord(c, k - 1) && internal::StartsUpper(c.TokenText(k - 1))) ||
          IsTitlePeriod(c, k - 1) ||
          (TokenIs(c, k - 1, ".") && IsWord(c, k - 2) && c.TokenText(k - 2).size() == 1))) {
    --k;
  }
  if (k == end || k == first || !IsWord(c, k)) return first;
  const bool after_role = IsWord(c, k - 1) && !internal::StartsUpper(c.TokenText(k - 1)) &&
                          c.lexicon().IsPersonNoun(c.TokenText(k - 1));
  return after_role || IsDashToken(c, k - 1) ? k : first;
}

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
    // A verb coordinated with the sentence's own (`Suu Kyi said it was too
    // early but added, "…"`, `he … furrowed his brow and said, "…"`): the
    // sentence's subject speaks.
    if (speaker_end > first && IsWord(c, speaker_end - 1) &&
        !internal::StartsUpper(c.TokenText(speaker_end - 1)) &&
        c.lexicon().IsSentenceOpener(c.TokenText(speaker_end - 1)) &&
        !c.lexicon().IsCueParticiple(c.TokenText(v))) {
      // The subject of its clause ("…, Bush thought for a moment and
      // said"), else of the sentence.
      int from = speaker_first;
      int subject_end = SentenceSubject(c, speaker_first, speaker_end - 1, &from);
      if (subject_end == speaker_first) {
        from = first;
        subject_end = SentenceSubject(c, first, speaker_end - 1, &from);
      }
      if (subject_end > from) {
        QuoteCue found;
        found.position = CuePosition::kBefore;
        ReadCue(c, v, end, &found);
        found.speaker = Cover(c, from, subject_end - 1);
        *cue = found;
        return true;
      }
    }
    const bool after_comma =
        TokenIs(c, v - 1, ",") || (IsQuoteMarkToken(c, v - 1) && TokenIs(c, v - 2, ","));
    const bool participle = c.lexicon().IsCueParticiple(c.TokenText(v));
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
      // Not a day: `a statement Wednesday saying "…"`.
      const bool day = name_first + 1 == v && c.lexicon().IsTimeWord(c.TokenText(name_first));
      if (name_first < v && !object && !day) {
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
      const bool named = NamesSpeaker(c, past, after_end);
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
    cue->speaker = Cover(c, NameBeforeColon(c, first, end), end - 1);
    return true;
  }
  return false;
}

bool HasWordBetween(const QuoteContext& c, uint32_t from, uint32_t to) {
  for (int i = c.FirstTokenAtOrAfter(from); i < c.token_count() && c.token(i).span.start < to;
       ++i) {
    if (IsWord(c, i)) return true;
  }
  return false;
}

// A quotation opening its sentence right after a sentence that its cue
// verb closes (`…," Cole said. "…"`, `Dianne Bystrom agreed. "…"`): that
// cue's speaker. The verb ends the sentence or only a short phrase of time,
// place or manner follows it ("said on Monday."); `Trump said the plan
// failed. "…"` and `Clinton asked Trump to leave. "…"` lead to no one.
// `floor` is where the sentence may start at the earliest.
bool FindAfterClosingCue(const QuoteContext& c, uint32_t open, uint32_t floor, QuoteCue* cue) {
  constexpr int kMostTokensAfterVerb = 5;
  const int last = c.FirstTokenAtOrAfter(open) - 1;  // the sentence's end
  if (last < 1 || !EndsSentence(c, last) || c.InQuote(c.token(last).span.start)) return false;
  const int first = SentenceStartToken(c, c.token(last).span.start, floor);
  for (int v = last - 1; v > first && last - v <= kMostTokensAfterVerb + 1; --v) {
    if (!IsCueVerbAt(c, v)) continue;
    QuoteCue found;
    const int past = ReadCue(c, v, last, &found);
    if (past < last && (!ClosesCueClause(c, past) || TokenIs(c, past, "to"))) return false;
    if (!ReadBefore(c, first, past, /*colon=*/false, &found) || found.speaker.size() == 0) {
      return false;
    }
    *cue = found;
    return true;
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
    // The subject opens the sentence, even before an earlier quotation in
    // it, or the clause after its colon (`… sounded equivocal: Former Rep.
    // Jane Harman called it "…"`).
    int sentence_first = SentenceStartToken(c, open, passage_start);
    for (int i = end - 1; i > sentence_first; --i) {
      if (TokenIs(c, i, ":") && !c.InQuote(c.token(i).span.start)) {
        sentence_first = i + 1;
        break;
      }
    }
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
    if (HasWordBetween(c, passage_start, open)) return FindAfterClosingCue(c, open, floor, cue);
    // Opening its paragraph: the last sentence of the paragraph before may
    // say who speaks ("Carter said that … \n\n "That's because …").
    if (passage <= 0) return false;
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

// Dash dialogue: the author's words of the line ("сказал он", "он
// ответил", "улыбнулся Тулегенов").
bool FindInNarration(const QuoteContext& c, const ScannedQuote& quote, QuoteCue* cue) {
  const int first = c.FirstTokenAtOrAfter(quote.narration.start);
  const int limit = c.FirstTokenAtOrAfter(quote.narration.end);
  if (first >= limit || !IsWord(c, first)) return false;
  QuoteCue found;
  found.position =
      quote.narration.start < quote.parts.back().start ? CuePosition::kInside : CuePosition::kAfter;
  if (IsCueVerbAt(c, first)) {  // "сказал он"
    const int past = ReadCue(c, first, limit, &found);
    const int end = PhraseEnd(c, past, limit, kMostSpeakerTokens);
    if (end > past) found.speaker = Cover(c, past, end - 1);
    *cue = found;
    return true;
  }
  for (int v = first + 1; v < limit; ++v) {  // "он сказал"
    if (!IsCueVerbAt(c, v)) continue;
    const int end = TrimFillers(c, first, v);
    if (end > first) found.speaker = Cover(c, first, end - 1);
    ReadCue(c, v, limit, &found);
    *cue = found;
    return true;
  }
  // A verb of no speech ("улыбнулся он", "кивнул Тулегенов"): the dialogue
  // still tells who speaks, when a pronoun or a name follows it.
  const int end = PhraseEnd(c, first + 1, limit, kMostSpeakerTokens);
  if (end == first + 1 || internal::StartsUpper(c.TokenText(first))) return false;
  const std::string_view who = c.TokenText(first + 1);
  if (!internal::StartsUpper(who) &&
      c.lexicon().ThirdPersonPronoun(who) == internal::PronounKind::kNone) {
    return false;
  }
  found.cue = Cover(c, first, first);
  found.speaker = Cover(c, first + 1, end - 1);
  *cue = found;
  return true;
}

// A dash-dialogue line after a line ending in a colon ("Тулегенов ответил:").
bool AfterColon(const QuoteContext& c, const ScannedQuote& quote) {
  const std::string_view text = c.doc().text;
  size_t before = quote.open_mark.start;
  while (before > 0 && internal::IsSpace(internal::CodePointBefore(text, before))) --before;
  return before > 0 && text[before - 1] == ':';
}

}  // namespace

QuoteCue FindQuoteCue(const internal::QuoteContext& context, const ScannedQuote& quote) {
  QuoteCue cue;
  if (quote.dash) {
    if (quote.narration.size() > 0 && FindInNarration(context, quote, &cue)) return cue;
    if (quote.narration.size() == 0 && AfterColon(context, quote) &&
        FindBefore(context, quote, &cue)) {
      return cue;
    }
    return {};
  }
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
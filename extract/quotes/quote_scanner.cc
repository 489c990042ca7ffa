#include "extract/quotes/quote_scanner.h"

#include <algorithm>
#include <optional>

#include "extract/quotes/internal/quote_dialogue.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_text.h"

namespace dossier {
namespace {

using internal::CodePointAt;
using internal::CodePointBefore;
using internal::IsLetterOrDigit;
using internal::IsSpace;

enum class Family { kDouble, kGuillemet, kSingle };
enum class Role { kOpen, kClose, kEither };

struct Mark {
  Span span;
  Family family = Family::kDouble;
  Role role = Role::kEither;
  bool low = false;         // „ : closed by “ or ”
  bool closes_low = false;  // “ : closes a „ when one is open, else opens
};

bool IsOpeningPunct(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0x2013 || c == 0x2014 || c == '-' || c == '/' ||
         c == 0x2018 || c == 0x201C || c == 0x201E || c == 0xAB || c == '"' || c == '\'' ||
         c == ':';
}

bool IsClosingPunct(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == '}' || c == 0x2026 || c == 0x2013 || c == 0x2014 || c == '-' ||
         c == 0x2019 || c == 0x201D || c == 0xBB || c == '"' || c == '\'';
}

// Reads the marks of text[begin, end) with their direction from context.
std::vector<Mark> FindMarks(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Mark> marks;
  uint32_t i = begin;
  while (i < end) {
    uint32_t length = 1;
    char32_t c = CodePointAt(text, i, &length);
    Span span{i, std::min<uint32_t>(i + length, end)};
    i += length;
    if (c != '"' && c != '\'' && c != 0x201C && c != 0x201D && c != 0x201E && c != 0x2018 &&
        c != 0x2019 && c != 0xAB && c != 0xBB) {
      continue;
    }
    char32_t before = span.start > begin ? CodePointBefore(text, span.start) : U' ';
    uint32_t unused = 0;
    char32_t after = span.end < end ? CodePointAt(text, span.end, &unused) : U' ';
    const bool opening_context = IsSpace(before) || IsOpeningPunct(before);
    const bool closing_context = IsSpace(after) || IsClosingPunct(after);
    Mark mark{span};
    switch (c) {
      case 0xAB:
        mark = {span, Family::kGuillemet, Role::kOpen};
        break;
      case 0xBB:
        mark = {span, Family::kGuillemet, Role::kClose};
        break;
      case 0x201E:
        mark = {span, Family::kDouble, Role::kOpen, /*low=*/true};
        break;
      case 0x201C:
        mark = {span, Family::kDouble, Role::kOpen, false, /*closes_low=*/true};
        break;
      case 0x201D:
        mark = {span, Family::kDouble,
                opening_context && !closing_context ? Role::kEither : Role::kClose};
        break;
      case '"':
        mark = {span, Family::kDouble,
                opening_context && !closing_context   ? Role::kOpen
                : closing_context && !opening_context ? Role::kClose
                                                      : Role::kEither};
        break;
      case 0x2018:
        if (!IsLetterOrDigit(after)) continue;
        mark = {span, Family::kSingle, Role::kOpen};
        break;
      default:                                                            // ' and ’
        if (IsLetterOrDigit(before) && IsLetterOrDigit(after)) continue;  // don't, Nazarbayev's
        if (opening_context && IsLetterOrDigit(after) && c == '\'') {
          mark = {span, Family::kSingle, Role::kOpen};
        } else if (!IsSpace(before) && (closing_context || !IsLetterOrDigit(after))) {
          mark = {span, Family::kSingle, Role::kClose};
        } else {
          continue;
        }
    }
    marks.push_back(mark);
  }
  return marks;
}

constexpr int kVirtualOpener = -1;  // a quotation carried over from the paragraph before

struct Closed {
  int opener;  // index into marks, or kVirtualOpener
  int closer;
};

struct PassResult {
  std::vector<Closed> closed;   // top-level quotations closed in the paragraph
  std::vector<int> stack;       // openers still open at the end, outermost first
  int last_closer = -1;         // the last mark that closed something
  int last_closer_opener = -2;  // what it closed
};

// One left-to-right pass over the paragraph's marks. `carry` is true when a
// quotation is open from the paragraph before (its opener is virtual, a
// double quote); marks flagged in `ignored` are skipped.
PassResult Pass(const std::vector<Mark>& marks, const std::vector<bool>& ignored, bool carry) {
  PassResult result;
  if (carry) result.stack.push_back(kVirtualOpener);
  auto family_of = [&](int index) {
    return index == kVirtualOpener ? Family::kDouble : marks[index].family;
  };
  for (int m = 0; m < static_cast<int>(marks.size()); ++m) {
    if (ignored[m]) continue;
    const Mark& mark = marks[m];
    // The innermost open entry this mark could close.
    int match = -1;
    for (int s = static_cast<int>(result.stack.size()) - 1; s >= 0; --s) {
      if (family_of(result.stack[s]) == mark.family) {
        match = s;
        break;
      }
    }
    bool closes = false;
    if (mark.role == Role::kClose) {
      closes = match >= 0;
    } else if (mark.closes_low) {
      closes =
          match >= 0 && result.stack[match] != kVirtualOpener && marks[result.stack[match]].low;
    } else if (mark.role == Role::kEither) {
      closes = match >= 0 && match == static_cast<int>(result.stack.size()) - 1;
    }
    if (closes) {
      const int opener = result.stack[match];
      result.stack.resize(match);  // inner marks left open were strays
      result.last_closer = m;
      result.last_closer_opener = opener;
      if (result.stack.empty()) result.closed.push_back({opener, m});
      continue;
    }
    if (mark.role == Role::kClose) continue;  // closes nothing: an apostrophe or a stray
    result.stack.push_back(m);
  }
  return result;
}

bool HasLetter(std::string_view text, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end;) {
    uint32_t length = 1;
    if (IsLetterOrDigit(CodePointAt(text, i, &length))) return true;
    i += length;
  }
  return false;
}

Span Trim(std::string_view text, Span span) {
  span.start = static_cast<uint32_t>(internal::SkipSpaces(text, span.start, span.end));
  span.end = static_cast<uint32_t>(internal::SkipSpacesBack(text, span.end, span.start));
  return span;
}

// The paragraph [begin, end) starts with a double opener (bullets, dashes and
// spaces aside): returns its index in `marks`.
std::optional<int> LeadingOpener(std::string_view text, uint32_t begin,
                                 const std::vector<Mark>& marks) {
  if (marks.empty() || marks[0].family != Family::kDouble || marks[0].role == Role::kClose) {
    return std::nullopt;
  }
  if (HasLetter(text, begin, marks[0].span.start)) return std::nullopt;
  return 0;
}

// Whether an open quotation may run into the next paragraph: it opened the
// paragraph, or it opens with a capital (a full sentence, not a fragment
// "he "came into conflict...").
bool MayContinue(std::string_view text, uint32_t paragraph_begin, const Mark& opener) {
  if (opener.family == Family::kSingle) return false;
  if (!HasLetter(text, paragraph_begin, opener.span.start)) return true;
  uint32_t length = 1;
  uint32_t i = opener.span.end;
  i = static_cast<uint32_t>(internal::SkipSpaces(text, i, text.size()));
  if (i >= text.size()) return false;
  char32_t first = CodePointAt(text, i, &length);
  return internal::IsUpper(first) || (first >= '0' && first <= '9');
}

class Scanner {
 public:
  Scanner(std::string_view text, std::string_view language) : text_(text), language_(language) {}

  std::vector<ScannedQuote> Run() {
    uint32_t begin = 0;
    while (begin < text_.size()) {
      size_t newline = text_.find('\n', begin);
      uint32_t end = newline == std::string_view::npos ? text_.size() : newline;
      if (Trim(text_, {begin, end}).size() > 0) Paragraph(begin, end);
      begin = end + 1;
    }
    EndOpen();
    return std::move(quotes_);
  }

 private:
  void Paragraph(uint32_t begin, uint32_t end) {
    std::vector<Mark> marks = FindMarks(text_, begin, end);
    std::vector<bool> ignored(marks.size(), false);
    bool carry = open_.has_value();
    uint32_t carry_from = begin;
    if (carry) {
      std::optional<int> lead = LeadingOpener(text_, begin, marks);
      if (lead) {
        ignored[*lead] = true;  // the convention's reopening mark
        carry_from = marks[*lead].span.end;
      } else {
        // No reopening mark: the quotation goes on only if this paragraph
        // closes it.
        PassResult trial = Pass(marks, ignored, true);
        bool closes_carry = !trial.closed.empty() && trial.closed[0].opener == kVirtualOpener;
        if (!closes_carry) {
          EndOpen();
          carry = false;
        }
      }
    }
    PassResult pass;
    for (size_t attempt = 0; attempt <= marks.size(); ++attempt) {
      pass = Pass(marks, ignored, carry);
      if (pass.stack.empty()) break;
      // A single quote never runs past its paragraph: its opener was an
      // apostrophe ('90s, 'em).
      auto single = std::find_if(pass.stack.begin(), pass.stack.end(), [&](int index) {
        return index != kVirtualOpener && marks[index].family == Family::kSingle;
      });
      if (single != pass.stack.end()) {
        ignored[*single] = true;
        continue;
      }
      // Narration after the last closing mark ('…," the businessman
      // informed.') means the paragraph ended outside quotes: the opener that
      // mark closed was a stray.
      bool last_is_closer =
          pass.last_closer >= 0 &&
          !std::any_of(marks.begin() + pass.last_closer + 1, marks.end(),
                       [&](const Mark& m) { return !ignored[&m - marks.data()]; });
      if (last_is_closer && pass.last_closer_opener != kVirtualOpener &&
          pass.last_closer_opener >= 0 && pass.last_closer_opener != pass.stack.front() &&
          HasLetter(text_, marks[pass.last_closer].span.end, end) &&
          LooksLikeClause(
              {marks[pass.last_closer_opener].span.end, marks[pass.last_closer].span.start})) {
        ignored[pass.last_closer_opener] = true;
        continue;
      }
      break;
    }
    // Emit the quotations closed here.
    for (const Closed& closed : pass.closed) {
      if (closed.opener == kVirtualOpener) {
        AddPart({carry_from, marks[closed.closer].span.start});
        open_->close_mark = marks[closed.closer].span;
        Finish();
      } else {
        open_ = ScannedQuote{};
        open_->open_mark = marks[closed.opener].span;
        AddPart({marks[closed.opener].span.end, marks[closed.closer].span.start});
        open_->close_mark = marks[closed.closer].span;
        if (marks[closed.opener].family == Family::kSingle && open_->parts.size() == 1 &&
            open_->parts[0].size() < 3) {
          open_.reset();  // rock 'n' roll
          continue;
        }
        Finish();
      }
    }
    if (pass.stack.empty()) return;
    // The outermost quotation still open runs to the end of the paragraph.
    const int opener = pass.stack.front();
    if (opener == kVirtualOpener) {
      AddPart({carry_from, end});
    } else {
      open_ = ScannedQuote{};
      open_->open_mark = marks[opener].span;
      AddPart({marks[opener].span.end, end});
      if (!MayContinue(text_, begin, marks[opener])) EndOpen();
    }
  }

  // At least four words ending in clause punctuation: a quotation that a
  // stray mark split, not a quoted name ("Kazakhgate").
  bool LooksLikeClause(Span inner) const {
    inner = Trim(text_, inner);
    if (inner.size() == 0) return false;
    char32_t last = CodePointBefore(text_, inner.end);
    if (last != ',' && last != '.' && last != '?' && last != '!' && last != 0x2026) return false;
    return internal::Words(text_.substr(inner.start, inner.size())).size() >= 4;
  }

  void AddPart(Span part) {
    part = Trim(text_, part);
    if (part.size() > 0) open_->parts.push_back(part);
  }

  // Ends the open quotation, unclosed, after its last part.
  void EndOpen() {
    if (!open_) return;
    Span last = open_->parts.empty() ? open_->open_mark : open_->parts.back();
    open_->close_mark = {last.end, last.end};
    Finish();
  }

  void Finish() {
    if (!open_->parts.empty()) {
      open_->speech = LooksLikeSpeech(text_, *open_, language_);
      quotes_.push_back(std::move(*open_));
    }
    open_.reset();
  }

  std::string_view text_;
  std::string_view language_;
  std::optional<ScannedQuote> open_;
  std::vector<ScannedQuote> quotes_;
};

// True when the sentence before `at` (back to its start, at most 160
// bytes) reports speech: a cue verb, then "что" or a colon before the
// quotation ("X заявил, что визит «…»"), not a cue verb whose subject or
// object the quotation is ("как сообщает «Лента.ру»").
bool CueVerbBefore(std::string_view text, uint32_t at, const internal::QuoteLexicon& lexicon) {
  constexpr uint32_t kMostBytesBack = 160;
  uint32_t from = at > kMostBytesBack ? at - kMostBytesBack : 0;
  const size_t stop = text.substr(from, at - from).find_last_of(".!?\n");
  if (stop != std::string_view::npos) from += static_cast<uint32_t>(stop) + 1;
  const std::string_view before = text.substr(from, at - from);
  bool verb = false;
  for (std::string_view word : internal::Words(before)) {
    if (verb && (word == "что" || word == "якобы")) return true;
    verb |= lexicon.IsCueVerb(word) && !internal::StartsUpper(word);
  }
  return verb && before.find(':') != std::string_view::npos;
}

}  // namespace

std::vector<ScannedQuote> ScanQuotations(std::string_view text, std::string_view language) {
  std::vector<ScannedQuote> marked = Scanner(text, language).Run();
  if (!internal::QuoteLexiconFor(language).DashOpensSpeech()) return marked;
  std::vector<ScannedQuote> dashes = internal::ScanDashDialogue(text);
  if (dashes.empty()) return marked;
  // Quotations in marks inside a dialogue paragraph are part of its speech;
  // a dialogue line inside a quotation in marks is part of that quotation.
  std::vector<ScannedQuote> all;
  auto add_dash = [&](ScannedQuote& dash) {
    if (!all.empty() && all.back().close_mark.end > dash.open_mark.start) return;
    all.push_back(std::move(dash));
  };
  size_t d = 0;
  for (ScannedQuote& q : marked) {
    while (d < dashes.size() && dashes[d].open_mark.start < q.open_mark.start)
      add_dash(dashes[d++]);
    const bool inside = !all.empty() && all.back().dash &&
                        internal::SameLine(text, all.back().open_mark.start, q.open_mark.start);
    if (!inside) all.push_back(std::move(q));
  }
  while (d < dashes.size()) add_dash(dashes[d++]);
  return all;
}

bool LooksLikeSpeech(std::string_view text, const ScannedQuote& quote, std::string_view language) {
  const internal::QuoteLexicon& lexicon = internal::QuoteLexiconFor(language);
  if (quote.parts.size() > 1) return true;
  const Span part = quote.parts.front();
  const std::string_view content = text.substr(part.start, part.size());
  std::vector<std::string_view> words = internal::Words(content);
  if (words.empty()) return false;
  int capitalized = 0;
  for (std::string_view w : words) capitalized += internal::StartsUpper(w);
  const bool title_like = capitalized * 5 >= static_cast<int>(words.size()) * 4;
  char32_t last = CodePointBefore(text, part.end);
  const bool ends_sentence = last == '.' || last == '!' || last == '?' || last == 0x2026;
  const bool ends_clause = ends_sentence || last == ',';
  std::string_view before = internal::WordBefore(text, quote.open_mark.start);
  const bool name_context = lexicon.IntroducesName(before);
  const int n = static_cast<int>(words.size());
  // What follows the closing mark: a comma or dash and a lower-case word
  // reads like a cue ('"Yes," he said'; '"…", sagte er').
  bool cue_follows = false;
  // '"Like Oakland. Or Ferguson," Trump said': a comma, a name and a cue verb.
  bool named_cue_follows = false;
  bool clause_after = false;  // «…», — : the clause's comma stands after the mark
  if (quote.close_mark.size() > 0) {
    std::string_view rest = text.substr(quote.close_mark.end, 40);
    size_t i = 0;
    bool comma = ends_clause && !ends_sentence;
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',')) comma |= rest[i++] == ',';
    // «…», — сказал он: a dash after the comma still leads to the cue.
    if (comma && (rest.substr(i).starts_with("\u2014") || rest.substr(i).starts_with("\u2013"))) {
      i += 3;
      while (i < rest.size() && rest[i] == ' ') ++i;
      clause_after = true;
    }
    std::vector<std::string_view> next = internal::Words(rest.substr(i));
    cue_follows = comma && !next.empty() && rest.substr(i).starts_with(next[0]) &&
                  !internal::StartsUpper(next[0]) && next[0] != "and" && next[0] != "or";
    named_cue_follows =
        comma && next.size() >= 2 && rest.substr(i).starts_with(next[0]) &&
        internal::StartsUpper(next[0]) &&
        (lexicon.IsCueVerb(next[1]) ||
         (next.size() >= 3 && internal::StartsUpper(next[1]) && lexicon.IsCueVerb(next[2])));
    // Where a comma after the mark is the sentence's own («…», а глава …),
    // only a dash or a cue verb after it leads to the speaker.
    if (cue_follows && lexicon.CueNeedsDash() && !clause_after) {
      cue_follows = lexicon.IsCueVerb(next[0]);
    }
  }
  // X заявил: «…».  По словам X, «…».  A colon or a comma before and the
  // sentence's end right after the closing mark: speech introduced as such,
  // however short.
  auto mark_before = [&](char32_t mark) {
    return internal::CodePointBefore(text, quote.open_mark.start) == mark ||
           (quote.open_mark.start > 0 &&
            internal::CodePointBefore(text, quote.open_mark.start) == ' ' &&
            internal::CodePointBefore(text, quote.open_mark.start - 1) == mark);
  };
  const bool introduced = mark_before(':') || mark_before(',');
  const bool sentence_after =
      quote.close_mark.size() > 0 && quote.close_mark.end < text.size() &&
      (text[quote.close_mark.end] == '.' || text[quote.close_mark.end] == '!' ||
       text[quote.close_mark.end] == '?');
  if (introduced && sentence_after && n >= 2 && !name_context) return true;
  if (named_cue_follows && !name_context) return true;
  if (n >= 8) return !(title_like && !ends_sentence && n < 12);
  if (n == 1) return cue_follows && ends_clause && !name_context;
  if (title_like && !ends_sentence) return false;
  // Where a comma after the mark says nothing (CueNeedsDash), a short
  // quotation inside reported speech is speech: "Кан заявил, что визит
  // «вызывает сожаление», …".
  if (lexicon.CueNeedsDash() && !name_context &&
      CueVerbBefore(text, quote.open_mark.start, lexicon)) {
    return true;
  }
  if (ends_sentence) return n >= 2 || !name_context;
  if (name_context) return false;
  if (cue_follows) return true;
  if (ends_clause || clause_after) return n >= 3;
  return n >= 5;
}

}  // namespace dossier

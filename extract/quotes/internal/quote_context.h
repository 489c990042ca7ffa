// The view of a document the quotation extractors share: its tokens and
// passages looked up by offset, the spans of its quotations (speech), so
// that cue finding and reference resolution can skip quoted words, and the
// language rules of the document (QuoteLexiconFor(doc.language)).
//
// Thread-compatible; views `doc`, which must outlive it.
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_CONTEXT_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_CONTEXT_H_

#include <string_view>
#include <vector>

#include "extract/quotes/internal/quote_lexicon.h"
#include "text/document.h"

namespace dossier::internal {

class QuoteContext {
 public:
  // `quoted`: the spans of the speech quotations, marks included, sorted and
  // not overlapping.
  QuoteContext(const NormalizedDocument& doc, std::vector<Span> quoted);

  const NormalizedDocument& doc() const { return doc_; }
  const QuoteLexicon& lexicon() const { return lexicon_; }
  std::string_view Text(Span span) const {
    return std::string_view(doc_.text).substr(span.start, span.size());
  }
  const Token& token(int index) const { return doc_.tokens[index]; }
  std::string_view TokenText(int index) const { return Text(doc_.tokens[index].span); }
  int token_count() const { return static_cast<int>(doc_.tokens.size()); }

  // The index of the first token starting at or after `offset`.
  int FirstTokenAtOrAfter(uint32_t offset) const;
  // The index of the passage holding `offset`, or -1 (between passages).
  int PassageAt(uint32_t offset) const;
  // The index of the sentence holding `offset`, or -1.
  int SentenceAt(uint32_t offset) const;
  // True when `offset` lies inside a speech quotation (marks included).
  bool InQuote(uint32_t offset) const;
  // True when the passage holding `offset` is not read: it repeats an earlier
  // one or is in a language we do not read (PassageIsRead, text/language.h).
  bool InSkipped(uint32_t offset) const;

 private:
  const NormalizedDocument& doc_;
  const QuoteLexicon& lexicon_;
  std::vector<Span> quoted_;
};

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_CONTEXT_H_

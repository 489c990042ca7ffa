#include "extract/quotes/internal/quote_context.h"

#include <algorithm>

#include "text/language.h"

namespace dossier::internal {
namespace {

// The index of the span of sorted, disjoint `spans` holding `offset`, or -1.
template <typename T, typename SpanOf>
int Holding(const std::vector<T>& items, uint32_t offset, SpanOf span_of) {
  auto it = std::upper_bound(items.begin(), items.end(), offset,
                             [&](uint32_t o, const T& item) { return o < span_of(item).start; });
  if (it == items.begin()) return -1;
  --it;
  return offset < span_of(*it).end ? static_cast<int>(it - items.begin()) : -1;
}

}  // namespace

QuoteContext::QuoteContext(const NormalizedDocument& doc, std::vector<Span> quoted)
    : doc_(doc), lexicon_(QuoteLexiconFor(doc.language)), quoted_(std::move(quoted)) {}

int QuoteContext::FirstTokenAtOrAfter(uint32_t offset) const {
  auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.span.start < o; });
  return static_cast<int>(it - doc_.tokens.begin());
}

int QuoteContext::PassageAt(uint32_t offset) const {
  return Holding(doc_.passages, offset, [](const Passage& p) { return p.span; });
}

int QuoteContext::SentenceAt(uint32_t offset) const {
  return Holding(doc_.sentences, offset, [](const Span& s) { return s; });
}

bool QuoteContext::InQuote(uint32_t offset) const {
  return Holding(quoted_, offset, [](const Span& s) { return s; }) >= 0;
}

bool QuoteContext::InSkipped(uint32_t offset) const {
  int passage = PassageAt(offset);
  return passage >= 0 && !PassageIsRead(doc_, doc_.passages[passage]);
}

}  // namespace dossier::internal

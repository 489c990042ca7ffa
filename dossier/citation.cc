#include "dossier/citation.h"

#include <algorithm>

namespace dossier {

std::string PublishedDay(std::string_view published) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (published[i] < '0' || published[i] > '9') return false;
    }
    return true;
  };
  const bool day_then_time = published.size() > 10 && digits(0, 4) && published[4] == '-' &&
                             digits(5, 2) && published[7] == '-' && digits(8, 2) &&
                             (published[10] == 'T' || published[10] == ' ');
  return std::string(day_then_time ? published.substr(0, 10) : published);
}

Citation CiteSpan(const Corpus& corpus, int source, int passage, Span span) {
  const CorpusSource& from = corpus.sources[source];
  Citation citation;
  citation.source = source;
  citation.sha256 = from.sha256;
  citation.path = from.path;
  citation.published = from.published;
  citation.span = span;
  if (passage < 0) {
    const std::vector<Passage>& passages = from.document.passages;
    for (size_t i = 0; i < passages.size(); ++i) {
      if (passages[i].span.start <= span.start && span.start < passages[i].span.end) {
        passage = static_cast<int>(i);
        break;
      }
    }
  }
  citation.passage = passage;
  return citation;
}

std::string_view CitedText(const Corpus& corpus, const Citation& citation) {
  if (citation.source < 0 || citation.source >= static_cast<int>(corpus.sources.size())) return {};
  const std::string& text = corpus.sources[citation.source].document.text;
  if (citation.span.start > citation.span.end || citation.span.end > text.size()) return {};
  return std::string_view(text).substr(citation.span.start, citation.span.size());
}

std::string_view CitedPassage(const Corpus& corpus, const Citation& citation) {
  if (citation.source < 0 || citation.source >= static_cast<int>(corpus.sources.size())) return {};
  const NormalizedDocument& document = corpus.sources[citation.source].document;
  if (citation.passage < 0 || citation.passage >= static_cast<int>(document.passages.size())) {
    return {};
  }
  const Span span = document.passages[citation.passage].span;
  if (span.end > document.text.size() || span.start > span.end) return {};
  return std::string_view(document.text).substr(span.start, span.size());
}

bool IsDuplicatePassage(const CorpusSource& source, int passage) {
  if (passage < 0 || passage >= static_cast<int>(source.document.passages.size())) return false;
  return source.document.passages[passage].duplicate_of.has_value();
}

void MergeCitations(std::vector<Citation>* citations, const std::vector<Citation>& more) {
  for (const Citation& citation : more) {
    if (std::find(citations->begin(), citations->end(), citation) == citations->end()) {
      citations->push_back(citation);
    }
  }
  std::stable_sort(citations->begin(), citations->end(), [](const Citation& a, const Citation& b) {
    if (a.source != b.source) return a.source < b.source;
    return a.span.start < b.span.start;
  });
}

}  // namespace dossier

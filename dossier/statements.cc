#include "dossier/statements.h"

#include <algorithm>
#include <map>
#include <utility>

#include "dossier/internal/fold.h"

namespace dossier {
namespace {

bool Inside(Span inner, const Quote& quote) {
  if (quote.parts.empty()) return quote.span.start <= inner.start && inner.end <= quote.span.end;
  return std::any_of(quote.parts.begin(), quote.parts.end(),
                     [&](Span part) { return part.start <= inner.start && inner.end <= part.end; });
}

void AddMentioned(const EntityRef& ref, std::vector<EntityRef>* mentioned) {
  if (ref.id.empty()) return;
  if (std::find(mentioned->begin(), mentioned->end(), ref) == mentioned->end()) {
    mentioned->push_back(ref);
  }
}

}  // namespace

std::vector<Statement> CollectStatements(const CorpusIndex& index) {
  const Corpus& corpus = index.corpus();
  std::vector<Statement> statements;
  std::map<std::pair<std::string, std::string>, size_t> by_key;
  for (int s = 0; s < static_cast<int>(corpus.sources.size()); ++s) {
    const CorpusSource& source = corpus.sources[s];
    for (const Quote& quote : source.extraction.quotes) {
      if (IsDuplicatePassage(source, quote.passage)) continue;
      EntityRef speaker = index.Resolve(s, quote.speaker);
      const std::string folded = internal::FoldKey(quote.text);
      if (folded.empty()) continue;
      auto [it, inserted] = by_key.emplace(std::make_pair(speaker.id, folded), statements.size());
      if (inserted) {
        Statement statement;
        statement.speaker = std::move(speaker);
        statement.text = quote.text;
        statement.cue = quote.cue;
        statements.push_back(std::move(statement));
      }
      Statement& statement = statements[it->second];
      MergeCitations(&statement.citations, {CiteSpan(corpus, s, quote.passage, quote.span)});
      const std::string day = PublishedDay(source.published);
      if (!day.empty() && (statement.date.empty() || day < statement.date)) statement.date = day;
      for (const Entity& entity : source.extraction.entities) {
        const bool named =
            std::any_of(entity.mentions.begin(), entity.mentions.end(),
                        [&](const EntityMention& mention) { return Inside(mention.span, quote); });
        const bool referred = std::any_of(
            entity.references.begin(), entity.references.end(),
            [&](const EntityMention& reference) { return Inside(reference.span, quote); });
        if (named || referred) AddMentioned(index.Resolve(s, entity.id), &statement.mentioned);
      }
    }
  }
  return statements;
}

}  // namespace dossier

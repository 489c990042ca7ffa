#include "dossier/testing/corpus_builder.h"

#include <algorithm>

#include "base/sha256.h"

namespace dossier::testing {

int CorpusBuilder::AddSource(std::string path, std::string published,
                             const std::vector<std::string>& paragraphs, std::string title) {
  CorpusSource source;
  NormalizedDocument& document = source.document;
  for (const std::string& paragraph : paragraphs) {
    if (!document.text.empty()) document.text += "\n\n";
    const Span span{static_cast<uint32_t>(document.text.size()),
                    static_cast<uint32_t>(document.text.size() + paragraph.size())};
    document.text += paragraph;
    Passage passage;
    passage.span = span;
    passage.first_sentence = static_cast<int>(document.sentences.size());
    passage.sentence_count = 1;
    document.passages.push_back(passage);
    document.sentences.push_back(span);
  }
  document.origin.resize(document.text.size() + 1);
  for (size_t i = 0; i < document.origin.size(); ++i) document.origin[i] = static_cast<uint32_t>(i);
  document.language = "en";
  source.source_id = static_cast<int64_t>(corpus_.sources.size() + 1);
  source.sha256 = Sha256Hex(document.text);
  source.path = std::move(path);
  source.title = std::move(title);
  source.published = std::move(published);
  corpus_.sources.push_back(std::move(source));
  return static_cast<int>(corpus_.sources.size() - 1);
}

void CorpusBuilder::MarkDuplicate(int source, int passage, int of_source, int of_passage) {
  DuplicateRef ref;
  if (of_source != source) {
    ref.source_sha256 = corpus_.sources[of_source].sha256;
    ref.source_id = corpus_.sources[of_source].source_id;
  }
  ref.passage_index = of_passage;
  corpus_.sources[source].document.passages[passage].duplicate_of = ref;
}

std::string CorpusBuilder::AddEntity(int source, EntityType type, std::string name,
                                     std::vector<std::string> aliases) {
  DocumentExtraction& extraction = corpus_.sources[source].extraction;
  const std::string& text = corpus_.sources[source].document.text;
  Entity entity;
  entity.id = "e" + std::to_string(extraction.entities.size() + 1);
  entity.type = type;
  std::vector<std::string> spellings = aliases;
  spellings.insert(spellings.begin(), name);
  for (const std::string& spelling : spellings) {
    for (size_t at = text.find(spelling); at != std::string::npos;
         at = text.find(spelling, at + spelling.size())) {
      entity.mentions.push_back(
          {{static_cast<uint32_t>(at), static_cast<uint32_t>(at + spelling.size())}, spelling});
    }
  }
  std::sort(
      entity.mentions.begin(), entity.mentions.end(),
      [](const EntityMention& a, const EntityMention& b) { return a.span.start < b.span.start; });
  entity.name = std::move(name);
  entity.aliases = std::move(aliases);
  extraction.entities.push_back(entity);
  return entity.id;
}

Span CorpusBuilder::Find(int source, std::string_view words) const {
  const std::string& text = corpus_.sources[source].document.text;
  const size_t at = text.find(words);
  if (at == std::string::npos) return {};
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
}

int CorpusBuilder::PassageAt(int source, uint32_t offset) const {
  const std::vector<Passage>& passages = corpus_.sources[source].document.passages;
  for (size_t i = 0; i < passages.size(); ++i) {
    if (passages[i].span.start <= offset && offset < passages[i].span.end) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

void CorpusBuilder::AddFact(int source, Fact fact, std::string_view evidence) {
  fact.evidence = Find(source, evidence);
  fact.passage = PassageAt(source, fact.evidence.start);
  corpus_.sources[source].extraction.facts.push_back(std::move(fact));
}

void CorpusBuilder::AddQuote(int source, std::string_view words, std::string speaker,
                             std::string cue) {
  Quote quote;
  quote.span = Find(source, words);
  quote.parts = {quote.span};
  quote.text = std::string(words);
  quote.passage = PassageAt(source, quote.span.start);
  quote.speaker = std::move(speaker);
  quote.cue = std::move(cue);
  corpus_.sources[source].extraction.quotes.push_back(std::move(quote));
}

void CorpusBuilder::AddTime(int source, std::string_view words, std::string from, std::string to) {
  TimeMention time;
  time.span = Find(source, words);
  time.text = std::string(words);
  time.kind = TimeKind::kDate;
  time.from = std::move(from);
  time.to = std::move(to);
  corpus_.sources[source].extraction.times.push_back(std::move(time));
}

void CorpusBuilder::Group(std::string id, std::vector<std::pair<int, std::string>> members) {
  CorpusEntity entity;
  entity.id = std::move(id);
  for (const auto& [source, local_id] : members) {
    for (const Entity& local : corpus_.sources[source].extraction.entities) {
      if (local.id != local_id) continue;
      if (entity.name.empty() || local.name.size() > entity.name.size()) {
        entity.name = local.name;
        entity.type = local.type;
      }
      std::vector<std::string> spellings = local.aliases;
      spellings.insert(spellings.begin(), local.name);
      for (const std::string& spelling : spellings) {
        if (std::find(entity.names.begin(), entity.names.end(), spelling) == entity.names.end()) {
          entity.names.push_back(spelling);
        }
      }
    }
    entity.members.push_back({source, local_id});
  }
  auto it = std::find(entity.names.begin(), entity.names.end(), entity.name);
  if (it != entity.names.end()) std::rotate(entity.names.begin(), it, it + 1);
  corpus_.entities.push_back(std::move(entity));
}

}  // namespace dossier::testing

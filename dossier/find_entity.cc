#include "dossier/find_entity.h"

#include <algorithm>
#include <sstream>

#include "dossier/internal/fold.h"

namespace dossier {
namespace {

std::set<std::string> Words(const std::string& folded) {
  std::set<std::string> words;
  std::istringstream in(folded);
  for (std::string word; in >> word;) words.insert(word);
  return words;
}

int SourceCount(const CorpusEntity& entity) {
  std::set<int> sources;
  for (const EntityMember& member : entity.members) sources.insert(member.source);
  return static_cast<int>(sources.size());
}

}  // namespace

EntityNameQuery::EntityNameQuery(std::string_view name)
    : query_(internal::FoldKey(name)), words_(Words(query_)) {}

EntityNameMatch EntityNameQuery::Match(std::string_view name,
                                       const std::vector<std::string_view>& spellings) const {
  if (query_.empty()) return EntityNameMatch::kNone;
  const std::string folded_name = internal::FoldKey(name);
  bool is_exact = folded_name == query_;
  bool is_partial = false;
  const auto holds_every_word = [&](const std::string& folded) {
    const std::set<std::string> words = Words(folded);
    return std::includes(words.begin(), words.end(), words_.begin(), words_.end());
  };
  for (std::string_view spelling : spellings) {
    const std::string folded = internal::FoldKey(spelling);
    is_exact |= folded == query_;
    is_partial |= holds_every_word(folded);
  }
  is_partial |= holds_every_word(folded_name);
  if (is_exact) return EntityNameMatch::kExact;
  return is_partial ? EntityNameMatch::kPartial : EntityNameMatch::kNone;
}

std::vector<const CorpusEntity*> FindEntities(const Corpus& corpus, std::string_view name) {
  const EntityNameQuery query(name);
  if (query.empty()) return {};
  std::vector<const CorpusEntity*> exact, partial;
  for (const CorpusEntity& entity : corpus.entities) {
    const std::vector<std::string_view> spellings(entity.names.begin(), entity.names.end());
    switch (query.Match(entity.name, spellings)) {
      case EntityNameMatch::kExact:
        exact.push_back(&entity);
        break;
      case EntityNameMatch::kPartial:
        partial.push_back(&entity);
        break;
      case EntityNameMatch::kNone:
        break;
    }
  }
  std::vector<const CorpusEntity*>& found = exact.empty() ? partial : exact;
  std::stable_sort(found.begin(), found.end(), [](const CorpusEntity* a, const CorpusEntity* b) {
    return SourceCount(*a) > SourceCount(*b);
  });
  return found;
}

}  // namespace dossier

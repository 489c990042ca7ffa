#include "dossier/find_entity.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <string>

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

std::vector<const CorpusEntity*> FindEntities(const Corpus& corpus, std::string_view name) {
  const std::string query = internal::FoldKey(name);
  if (query.empty()) return {};
  const std::set<std::string> query_words = Words(query);
  std::vector<const CorpusEntity*> exact, partial;
  for (const CorpusEntity& entity : corpus.entities) {
    bool is_exact = internal::FoldKey(entity.name) == query;
    bool is_partial = false;
    for (const std::string& spelling : entity.names) {
      const std::string folded = internal::FoldKey(spelling);
      is_exact |= folded == query;
      const std::set<std::string> words = Words(folded);
      is_partial |=
          std::includes(words.begin(), words.end(), query_words.begin(), query_words.end());
    }
    const std::set<std::string> name_words = Words(internal::FoldKey(entity.name));
    is_partial |=
        std::includes(name_words.begin(), name_words.end(), query_words.begin(), query_words.end());
    if (is_exact) {
      exact.push_back(&entity);
    } else if (is_partial) {
      partial.push_back(&entity);
    }
  }
  std::vector<const CorpusEntity*>& found = exact.empty() ? partial : exact;
  std::stable_sort(found.begin(), found.end(), [](const CorpusEntity* a, const CorpusEntity* b) {
    return SourceCount(*a) > SourceCount(*b);
  });
  return found;
}

}  // namespace dossier

#include "dossier/corpus_index.h"

namespace dossier {

CorpusIndex::CorpusIndex(const Corpus& corpus) : corpus_(corpus) {
  for (size_t i = 0; i < corpus.entities.size(); ++i) {
    const CorpusEntity& entity = corpus.entities[i];
    id_to_entity_.emplace(entity.id, static_cast<int>(i));
    for (const EntityMember& member : entity.members) {
      member_to_entity_.emplace(std::make_pair(member.source, member.local_id),
                                static_cast<int>(i));
    }
  }
}

const Entity* CorpusIndex::Local(int source, std::string_view local_id) const {
  if (source < 0 || source >= static_cast<int>(corpus_.sources.size())) return nullptr;
  for (const Entity& entity : corpus_.sources[source].extraction.entities) {
    if (entity.id == local_id) return &entity;
  }
  return nullptr;
}

EntityRef CorpusIndex::Resolve(int source, std::string_view local_id) const {
  if (local_id.empty()) return {};
  auto it = member_to_entity_.find(std::make_pair(source, std::string(local_id)));
  if (it != member_to_entity_.end()) {
    const CorpusEntity& entity = corpus_.entities[it->second];
    return {entity.id, entity.name, entity.type};
  }
  const Entity* local = Local(source, local_id);
  if (local == nullptr) return {};
  const std::string& sha = corpus_.sources[source].sha256;
  return {sha.substr(0, 12) + "/" + local->id, local->name, local->type};
}

const CorpusEntity* CorpusIndex::Find(std::string_view id) const {
  auto it = id_to_entity_.find(id);
  return it == id_to_entity_.end() ? nullptr : &corpus_.entities[it->second];
}

}  // namespace dossier

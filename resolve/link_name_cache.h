// What linking derives from a name alone (its matching key, its parsed and
// prepared forms, its blocking keys: resolve/link_entities.h), kept so that
// each distinct name is prepared once however many units, calls and
// threads meet it. `dossier ingest` fills one on its worker threads as
// documents are extracted, and the link of the new sources then finds their
// names prepared and prepares the stored entities' names on every core.
// Results never depend on what the cache holds: a name missing is prepared
// when asked for.
//
// Thread-safe: every method may be called from any thread at once. Memory
// is bounded: names prepared ahead of a link (PrepareAhead) stop being kept
// once the cache holds `max_names` (a few hundred bytes each), and beyond
// that it holds only the names a link asks for, which the link holds
// anyway. Nothing is forgotten while the cache lives (references stay
// valid); one cache lives for one command.
//
//   LinkNameCache names(/*threads=*/4);
//   names.PrepareAhead(units);                  // e.g. on a worker
//   LinkEntities(units, judgments, {.names = &names});
#ifndef DOSSIER_RESOLVE_LINK_NAME_CACHE_H_
#define DOSSIER_RESOLVE_LINK_NAME_CACHE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "resolve/link_entities.h"

namespace dossier {

namespace internal {
struct UnitInfo;
}  // namespace internal

class LinkNameCache {
 public:
  // The names PrepareAhead keeps by default (a few hundred bytes each).
  static constexpr size_t kDefaultMaxNames = size_t{1} << 18;

  // `threads`: how many threads Prepare may use for a long list (>= 1).
  // `max_names`: how many names PrepareAhead fills it up to.
  explicit LinkNameCache(int threads = 1, size_t max_names = kDefaultMaxNames);
  ~LinkNameCache();
  LinkNameCache(const LinkNameCache&) = delete;
  LinkNameCache& operator=(const LinkNameCache&) = delete;

  // Prepares the names of `units` not prepared yet, on up to `threads`
  // threads (the calling thread among them) when there are many.
  void Prepare(const std::vector<LinkUnit>& units);
  // Prepares the names of `units` ahead of a link while the cache holds
  // fewer than `max_names`, on the calling thread; past that, none (the
  // link prepares them when it needs them).
  void PrepareAhead(const std::vector<LinkUnit>& units);

  // LinkBlockingOf(unit.name, unit.type), NameKey(unit.name, unit.type) and
  // StatedAcronymKeys(unit), from the cache; the references stay valid as
  // long as the cache.
  LinkBlocking BlockingOf(const LinkUnit& unit);
  const std::string& KeyOf(const LinkUnit& unit);
  const std::vector<std::string>& StatedAcronymsOf(const LinkUnit& unit);

  // How many distinct names it holds.
  size_t size() const;

  // What linking knows of `unit`'s name (its type, name and, for an
  // organization, the acronyms among its aliases), prepared now when it was
  // not. Valid as long as the cache. For resolve/ itself.
  const internal::UnitInfo& Get(const LinkUnit& unit);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_LINK_NAME_CACHE_H_

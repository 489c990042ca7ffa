#include "resolve/link_name_cache.h"

#include <algorithm>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>

#include "resolve/internal/link_unit_info.h"
#include "resolve/org_name.h"

namespace dossier {
namespace {

// Fewer names than this are prepared on the calling thread alone: starting
// threads costs more.
constexpr size_t kParallelFrom = 64;

// What DescribeUnit reads of a unit: its type, its name and an
// organization's acronym aliases (rule 3b).
std::string CacheKey(const LinkUnit& unit) {
  std::string key(1, internal::TypeLetter(unit.type));
  key += unit.name;
  if (unit.type != EntityType::kOrganization) return key;
  for (const std::string& alias : unit.aliases) {
    if (!LooksLikeAcronym(alias)) continue;
    key += '\x1f';
    key += alias;
  }
  return key;
}

}  // namespace

struct LinkNameCache::Impl {
  int threads = 1;
  size_t max_names = 0;
  mutable std::shared_mutex mu;
  // Guarded by mu; the pointed-to infos never move.
  std::unordered_map<std::string, std::unique_ptr<const internal::UnitInfo>> infos;

  const internal::UnitInfo* Find(const std::string& key) const {
    std::shared_lock lock(mu);
    const auto found = infos.find(key);
    return found == infos.end() ? nullptr : found->second.get();
  }

  // Keeps `info` under `key` unless another thread stored one first; returns
  // the one kept.
  const internal::UnitInfo& Keep(std::string key, internal::UnitInfo info) {
    std::unique_lock lock(mu);
    auto [at, inserted] = infos.try_emplace(std::move(key));
    if (inserted) {
      info.id = static_cast<uint32_t>(infos.size());
      at->second = std::make_unique<const internal::UnitInfo>(std::move(info));
    }
    return *at->second;
  }
};

LinkNameCache::LinkNameCache(int threads, size_t max_names) : impl_(std::make_unique<Impl>()) {
  impl_->threads = std::max(1, threads);
  impl_->max_names = max_names;
}

LinkNameCache::~LinkNameCache() = default;

const internal::UnitInfo& LinkNameCache::Get(const LinkUnit& unit) {
  std::string key = CacheKey(unit);
  if (const internal::UnitInfo* known = impl_->Find(key)) return *known;
  return impl_->Keep(std::move(key), internal::DescribeUnit(unit));
}

void LinkNameCache::Prepare(const std::vector<LinkUnit>& units) {
  std::vector<std::pair<std::string, const LinkUnit*>> missing;
  {
    std::unordered_map<std::string, bool> seen;
    std::shared_lock lock(impl_->mu);
    for (const LinkUnit& unit : units) {
      std::string key = CacheKey(unit);
      if (impl_->infos.contains(key) || !seen.emplace(key, true).second) continue;
      missing.emplace_back(std::move(key), &unit);
    }
  }
  const auto describe = [&](size_t first, size_t step) {
    for (size_t i = first; i < missing.size(); i += step) {
      impl_->Keep(std::move(missing[i].first), internal::DescribeUnit(*missing[i].second));
    }
  };
  const size_t threads = missing.size() < kParallelFrom ? 1 : impl_->threads;
  std::vector<std::jthread> helpers;
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(describe, t, threads);
  describe(0, threads);
}

void LinkNameCache::PrepareAhead(const std::vector<LinkUnit>& units) {
  for (const LinkUnit& unit : units) {
    if (size() >= impl_->max_names) return;
    Get(unit);
  }
}

LinkBlocking LinkNameCache::BlockingOf(const LinkUnit& unit) {
  return internal::BlockingOf(Get(unit));
}

const std::string& LinkNameCache::KeyOf(const LinkUnit& unit) { return Get(unit).key; }

const std::vector<std::string>& LinkNameCache::StatedAcronymsOf(const LinkUnit& unit) {
  return Get(unit).stated_acronyms;
}

size_t LinkNameCache::size() const {
  std::shared_lock lock(impl_->mu);
  return impl_->infos.size();
}

}  // namespace dossier

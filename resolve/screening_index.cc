#include "resolve/screening_index.h"

#include <algorithm>
#include <unordered_map>

namespace dossier {

namespace internal {
NameMatch CompareWithoutReasons(const PreparedName& a, const PreparedName& b,
                                const MatchOptions& options);
}  // namespace internal

namespace {

thread_local size_t last_candidate_count = 0;

using Word = PreparedName::Word;

uint64_t Mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

uint64_t Key(char kind, std::string_view part, std::string_view other_class, EntityType type) {
  uint64_t h = 0xcbf29ce484222325ull;
  const char head[2] = {kind, static_cast<char>('0' + static_cast<int>(type))};
  h = Mix(h, std::string_view(head, 2));
  h = Mix(h, other_class);
  h = Mix(h, "|");
  h = Mix(h, part);
  // Final avalanche so that sorted keys spread evenly.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// The class of a word's first letter for pairing: vowels and j/i/y folded
// apart from each other only where transliterations agree.
char InitialClass(std::string_view skeleton) {
  if (skeleton.empty()) return '-';
  switch (char c = skeleton[0]) {
    case 'j':
      return 'i';
    case 'c':
    case 'q':
      return 'k';
    case 'h':
      return 'g';
    case 'f':
      return 'v';
    case 'z':
      return 's';
    case 'e':
      return 'i';  // E./Ye./I. for Yevgeny, Yegor (Iegor)
    default:
      return c;
  }
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The consonant frame of a skeleton with confusable consonants folded.
std::string Consonants(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsVowel(c) || c == 'j' || c == 'h') continue;
    char f = c;
    if (c == 'c' || c == 'q' || c == 'g') f = 'k';
    if (c == 'z') f = 's';
    if (c == 'd') f = 't';
    if (c == 'b') f = 'p';
    if (c == 'f') f = 'v';
    if (c == 'w') f = 's';
    if (!out.empty() && out.back() == f) continue;
    out.push_back(f);
    if (out.size() == 5) break;
  }
  return out;
}

// The class of the first two letters: the initial class and whether a vowel
// or which consonant follows. Pairs a word with a full other word selectively.
std::string TwoLetterClass(std::string_view skeleton) {
  std::string out(1, InitialClass(skeleton));
  if (skeleton.size() > 1) {
    out += IsVowel(skeleton[1]) ? std::string("V") : Consonants(skeleton.substr(1, 1));
  }
  return out;
}

// The blocking keys of a name. A stored name gets, for every full word, its
// prefix, suffix and consonant frame paired with each other word's initial
// class and two-letter class, and its whole skeleton alone. A query with full
// words looks up the selective two-letter pairs (and names listed with
// initials); one with initials the initial-class pairs; whole skeletons only
// when it is one word.
void NameKeys(const PreparedName& name, bool query, std::vector<uint64_t>* keys) {
  const EntityType type = name.type();
  const std::vector<Word>& words = name.words();
  size_t full_words = 0;
  for (const Word& w : words) full_words += w.role != Word::kInitial && w.skeleton.size() >= 2;
  const bool single = full_words == 1 && words.size() == 1;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.role == Word::kInitial || w.skeleton.size() < 2) continue;
    const std::string& s = w.skeleton;
    const std::string prefix = s.substr(0, 3);
    const std::string suffix = s.size() > 3 ? s.substr(s.size() - 3) : s;
    const std::string frame = Consonants(s);
    auto add_with = [&](std::string_view other) {
      keys->push_back(Key('p', prefix, other, type));
      keys->push_back(Key('s', suffix, other, type));
      if (frame.size() >= 2) keys->push_back(Key('c', frame, other, type));
    };
    for (size_t j = 0; j < words.size(); ++j) {
      if (j == i) continue;
      // Three key spaces: I = the other word is an initial, C = the other word
      // is full, by its initial class, F = full, by its two-letter class.
      const bool initial = words[j].role == Word::kInitial || words[j].skeleton.size() < 2;
      const std::string cls(1, InitialClass(words[j].skeleton));
      if (initial) {
        add_with("I" + cls);
        if (query) add_with("C" + cls);
      } else {
        if (query) {
          add_with("I" + cls);
        } else {
          add_with("C" + cls);
        }
        add_with("F" + TwoLetterClass(words[j].skeleton));
      }
    }
    if (single || (query && full_words >= 1)) add_with("-");
    if (!query || single) keys->push_back(Key('x', s, "-", type));
  }
  std::sort(keys->begin(), keys->end());
  keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
}

}  // namespace

struct ScreeningIndex::Impl {
  std::vector<PreparedName> names;
  std::vector<uint32_t> records;                       // per name
  std::vector<std::pair<uint64_t, uint32_t>> pending;  // (key, name) before Build()
  // After Build(): keys sorted and unique; ids[offsets[k] .. offsets[k + 1]).
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets;
  std::vector<uint32_t> ids;
  bool built = false;

  void Postings(uint64_t key, std::vector<uint32_t>* out) const {
    auto it = std::lower_bound(keys.begin(), keys.end(), key);
    if (it == keys.end() || *it != key) return;
    const size_t k = static_cast<size_t>(it - keys.begin());
    out->insert(out->end(), ids.begin() + offsets[k], ids.begin() + offsets[k + 1]);
  }
};

ScreeningIndex::ScreeningIndex() : impl_(std::make_unique<Impl>()) {}
ScreeningIndex::~ScreeningIndex() = default;
ScreeningIndex::ScreeningIndex(ScreeningIndex&&) noexcept = default;
ScreeningIndex& ScreeningIndex::operator=(ScreeningIndex&&) noexcept = default;

void ScreeningIndex::Add(uint32_t record, std::string_view name, EntityType type) {
  PreparedName prepared(name, type);
  if (prepared.words().empty()) return;
  const uint32_t id = static_cast<uint32_t>(impl_->names.size());
  std::vector<uint64_t> keys;
  NameKeys(prepared, /*query=*/false, &keys);
  for (uint64_t key : keys) impl_->pending.emplace_back(key, id);
  impl_->names.push_back(std::move(prepared));
  impl_->records.push_back(record);
}

void ScreeningIndex::Build() {
  Impl& m = *impl_;
  std::sort(m.pending.begin(), m.pending.end());
  m.keys.clear();
  m.offsets.clear();
  m.ids.clear();
  m.ids.reserve(m.pending.size());
  for (size_t i = 0; i < m.pending.size(); ++i) {
    if (i == 0 || m.pending[i].first != m.pending[i - 1].first) {
      m.keys.push_back(m.pending[i].first);
      m.offsets.push_back(static_cast<uint32_t>(m.ids.size()));
    }
    m.ids.push_back(m.pending[i].second);
  }
  m.offsets.push_back(static_cast<uint32_t>(m.ids.size()));
  m.pending.clear();
  m.pending.shrink_to_fit();
  m.built = true;
}

bool ScreeningIndex::built() const { return impl_->built; }

size_t ScreeningIndex::size() const { return impl_->names.size(); }

size_t ScreeningIndex::LastCandidateCount() { return last_candidate_count; }

size_t ScreeningIndex::MemoryBytes() const {
  const Impl& m = *impl_;
  size_t bytes = m.keys.capacity() * 8 + m.offsets.capacity() * 4 + m.ids.capacity() * 4 +
                 m.records.capacity() * 4 + m.names.capacity() * sizeof(PreparedName);
  for (const PreparedName& n : m.names) {
    bytes += n.text().capacity() > 15 ? n.text().capacity() : 0;
    bytes += n.words().capacity() * sizeof(Word);
    for (const Word& w : n.words()) {
      bytes += w.written.capacity() > 15 ? w.written.capacity() : 0;
      bytes += w.skeleton.capacity() > 15 ? w.skeleton.capacity() : 0;
    }
  }
  return bytes;
}

std::vector<ScreeningHit> ScreeningIndex::Query(std::string_view name,
                                                std::optional<EntityType> type,
                                                const ScreeningOptions& options) const {
  const Impl& m = *impl_;
  std::vector<ScreeningHit> hits;
  last_candidate_count = 0;
  std::vector<EntityType> types;
  if (type.has_value()) {
    types.push_back(*type);
  } else {
    types = {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation,
             EntityType::kOther};
  }
  // Best match per record: (name index, match).
  std::unordered_map<uint32_t, std::pair<uint32_t, NameMatch>> best;
  for (EntityType t : types) {
    const PreparedName query(name, t);
    if (query.words().empty()) continue;
    std::vector<uint64_t> keys;
    NameKeys(query, /*query=*/true, &keys);
    std::vector<uint32_t> candidates;
    for (uint64_t key : keys) m.Postings(key, &candidates);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    last_candidate_count += candidates.size();
    for (uint32_t id : candidates) {
      const PreparedName& listed = m.names[id];
      if (listed.type() != t) continue;
      NameMatch match = internal::CompareWithoutReasons(query, listed, options.match);
      const bool wanted = match.score >= options.threshold ||
                          (options.include_related && match.verdict == MatchVerdict::kRelated);
      if (!wanted) continue;
      auto [it, inserted] = best.try_emplace(m.records[id], id, match);
      if (!inserted && (match.score > it->second.second.score ||
                        (match.score == it->second.second.score && id < it->second.first))) {
        it->second = {id, match};
      }
    }
  }
  for (const auto& [record, found] : best) {
    hits.push_back({record, m.names[found.first].text(), found.second});
  }
  std::sort(hits.begin(), hits.end(), [](const ScreeningHit& a, const ScreeningHit& b) {
    if (a.match.score != b.match.score) return a.match.score > b.match.score;
    return a.record < b.record;
  });
  if (options.max_hits > 0 && hits.size() > options.max_hits) hits.resize(options.max_hits);
  // Reasons only for what is returned.
  for (ScreeningHit& hit : hits) {
    const uint32_t id = best[hit.record].first;
    hit.match = ComparePrepared(PreparedName(name, m.names[id].type()), m.names[id], options.match);
  }
  return hits;
}

}  // namespace dossier

#include "extract/ner/internal/word_features.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/ner_features.h"

namespace dossier::internal {
namespace {

bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

void MakeShape(std::string_view w, std::string* shape) {
  shape->clear();
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = w[i];
    char s;
    if (IsAsciiUpper(c)) {
      s = 'X';
    } else if (IsAsciiLower(c)) {
      s = 'x';
    } else if (IsDigit(c)) {
      s = 'd';
    } else if (c >= 0xC0) {
      s = CapitalLetterLength(w.substr(i)) > 0 ? 'X' : 'x';
    } else if (c >= 0x80) {
      continue;  // continuation byte
    } else {
      s = static_cast<char>(c);
    }
    if (shape->empty() || shape->back() != s) shape->push_back(s);
  }
}

void MakeCapPattern(std::string_view w, char* cap) {
  bool upper = false, lower = false, digit = false, hyphen = false, period = false;
  bool inner_upper = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = w[i];
    if (IsAsciiUpper(c) || (c >= 0xC0 && CapitalLetterLength(w.substr(i)) > 0)) {
      upper = true;
      if (i > 0) inner_upper = true;
    } else if (IsAsciiLower(c) || c >= 0xC0) {
      lower = true;
    }
    digit |= IsDigit(c);
    hyphen |= c == '-';
    period |= c == '.';
  }
  int n = 0;
  if (StartsWithCapital(w)) cap[n++] = 'I';
  if (upper && !lower) cap[n++] = 'A';
  if (lower) cap[n++] = 'L';
  if (inner_upper && lower) cap[n++] = 'M';
  if (digit) cap[n++] = 'D';
  if (hyphen) cap[n++] = 'H';
  if (period) cap[n++] = 'P';
  if (n == 0) cap[n++] = '-';
  cap[n] = '\0';
}

// A hash of a word for the table: 8 bytes at a time.
uint32_t WordHash(std::string_view s) {
  uint64_t h = s.size() * 0x9E3779B97F4A7C15ull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  if (i < s.size()) {
    uint64_t v = 0;
    std::memcpy(&v, s.data() + i, s.size() - i);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
  }
  return static_cast<uint32_t>(Mix64(h));
}

// A sentence bound: word, key and shape all `mark`.
WordFeatures Bound(std::string_view mark, uint32_t index) {
  WordFeatures w;
  w.word = w.key = w.shape = std::string(mark);
  w.index = index;
  return w;
}

uint64_t NewGeneration() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace

IntText::IntText(int v) {
  char* end = buf + sizeof(buf);
  char* p = end;
  const bool neg = v < 0;
  unsigned u = neg ? -static_cast<unsigned>(v) : static_cast<unsigned>(v);
  do {
    *--p = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (neg) *--p = '-';
  view = std::string_view(p, end - p);
}

void WordKeyInto(std::string_view word, uint32_t feature_version, std::string* key) {
  if (feature_version >= 4) {
    key->clear();
    FoldLetterCase(word, key);
  } else {
    key->assign(word);
  }
  for (char& ch : *key) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch >= '0' && ch <= '9') ch = '0';
  }
}

void AppendRoleRows(const WordFeatures& w, WordRole role, uint32_t mask,
                    std::vector<uint32_t>* rows) {
  // Per role: the slots given always, those given when the word has
  // clusters (fine >= 0) or a coarse cluster, and the lexicon template.
  struct RoleSlots {
    WordSlot always[4];
    int num_always;
    WordSlot clustered[3];
    int num_clustered;
    bool needs_coarse;  // the clustered slots need coarse >= 0 rather than fine >= 0
    Template lex;       // kNumTemplates: none
  };
  static constexpr RoleSlots kRoles[kNumWordRoles] = {
      {{kSlotWord, kSlotKey, kSlotShape, kSlotCap},
       4,
       {kSlotFine, kSlotCoarse, kSlotFineCap},
       3,
       false,
       kLex},
      {{kSlotKeyAsPrev1, kSlotShapeAsPrev, kSlotWordAsPrev},
       3,
       {kSlotFineAsPrev, kSlotCoarseAsPrev},
       2,
       false,
       kLexPrev},
      {{kSlotKeyAsNext1, kSlotShapeAsNext, kSlotWordAsNext},
       3,
       {kSlotFineAsNext, kSlotCoarseAsNext},
       2,
       false,
       kLexNext},
      {{kSlotKeyAsPrev2}, 1, {kSlotCoarseTwoBefore}, 1, true, kNumTemplates},
      {{kSlotKeyAsNext2}, 1, {kSlotCoarseTwoAfter}, 1, true, kNumTemplates},
  };
  const RoleSlots& r = kRoles[role];
  for (int k = 0; k < r.num_always; ++k) rows->push_back(w.rows[r.always[k]]);
  if (role == kRoleSelf) rows->insert(rows->end(), w.affixes, w.affixes + w.num_affixes);
  if ((r.needs_coarse ? w.coarse : w.fine) >= 0) {
    for (int k = 0; k < r.num_clustered; ++k) rows->push_back(w.rows[r.clustered[k]]);
  }
  if (r.lex != kNumTemplates) {
    for (int bit = 0; bit < kNumLexiconFlags; ++bit) {
      if (w.lex & (1u << bit)) rows->push_back(FeatureRow(r.lex, LexiconFlagName(bit)) & mask);
    }
  }
}

WordFeatureTable::WordFeatureTable(uint32_t mask, uint32_t feature_version)
    : mask_(mask),
      feature_version_(feature_version),
      generation_(NewGeneration()),
      start_(Bound("<s>", kBoundStartIndex)),
      end_(Bound("</s>", kBoundEndIndex)) {
  FillRows(&start_);
  FillRows(&end_);
}

const WordFeatures& WordFeatureTable::Get(std::string_view word, const WordClusters* clusters) {
  return GetHashed(word, WordHash(word), clusters);
}

void WordFeatureTable::GetAll(const std::vector<std::string_view>& words,
                              const WordClusters* clusters, std::vector<const WordFeatures*>* out) {
  // Room for every word first, then the slots asked for before any is
  // read, so that their cache misses overlap.
  while (2 * (words_.size() + words.size()) > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  hashes_.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    hashes_[i] = WordHash(words[i]);
    __builtin_prefetch(&slots_[hashes_[i] & mask]);
  }
  out->clear();
  for (size_t i = 0; i < words.size(); ++i) {
    out->push_back(&GetHashed(words[i], hashes_[i], clusters));
  }
}

const WordFeatures& WordFeatureTable::GetHashed(std::string_view word, uint32_t hash,
                                                const WordClusters* clusters) {
  if (2 * (words_.size() + 1) > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  size_t at = hash & mask;
  for (; slots_[at] != 0; at = (at + 1) & mask) {
    if (static_cast<uint32_t>(slots_[at] >> 32) != hash) continue;
    const WordFeatures& w = words_[static_cast<uint32_t>(slots_[at]) - 1];
    if (w.word == word) return w;
  }
  WordFeatures& w = words_.emplace_back();
  Fill(word, clusters, &w);
  w.index = static_cast<uint32_t>(words_.size() - 1);
  slots_[at] = uint64_t{hash} << 32 | words_.size();
  return w;
}

void WordFeatureTable::Grow() {
  std::vector<uint64_t> old(std::max<size_t>(1024, 2 * slots_.size()), 0);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (uint64_t slot : old) {
    if (slot == 0) continue;
    size_t at = (slot >> 32) & mask;
    while (slots_[at] != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

void WordFeatureTable::Trim(size_t limit) {
  if (words_.size() <= limit) return;
  slots_.assign(slots_.size(), 0);
  words_.clear();
  generation_ = NewGeneration();
}

void WordFeatureTable::Fill(std::string_view word, const WordClusters* clusters,
                            WordFeatures* w) const {
  w->word = std::string(word);
  WordKeyInto(word, feature_version_, &w->key);
  MakeShape(word, &w->shape);
  MakeCapPattern(word, w->cap);
  const WordCluster* c = clusters != nullptr ? clusters->Find(w->key) : nullptr;
  w->fine = c != nullptr ? c->fine : -1;
  w->coarse = c != nullptr ? c->coarse : -1;
  w->lex = LexiconFlags(word);
  if (feature_version_ >= 4) w->lex |= CyrillicLexiconFlags(word, w->key);
  w->key_hash = NerKeyHash(w->key);
  FillRows(w);
}

void WordFeatureTable::FillRows(WordFeatures* w) const {
  for (int slot = 0; slot < kNumWordSlots; ++slot) {
    if (slot >= kSlotFine && w->fine < 0) break;
    WithSlotFeature(*w, static_cast<WordSlot>(slot),
                    [&](Template t, std::string_view a, std::string_view b) {
                      w->rows[slot] = FeatureRow(t, a, b) & mask_;
                    });
  }
  for (int chain = 0; chain < kNumWordChains; ++chain) {
    WithChainStart(*w, static_cast<WordChain>(chain),
                   [&](Template t, std::string_view a) { w->chains[chain] = FeatureStart(t, a); });
  }
  w->num_affixes = 0;
  ForEachAffix(*w, feature_version_, [&](Template t, std::string_view value) {
    w->affixes[w->num_affixes++] = FeatureRow(t, value) & mask_;
  });
}

}  // namespace dossier::internal

#include "extract/ner/ner_features.h"

#include <algorithm>
#include <cstring>

#include "base/ascii.h"
#include "base/hash.h"
#include "extract/ner/internal/fnv.h"
#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/internal/word_features.h"

namespace dossier {
namespace {

using namespace internal;  // the feature templates (kBias, kWord, ...)

// Sinks receive the features of a token: HashSink as rows (taking what the
// word table holds), NameSink as readable names. Parts are joined with '|'.
struct HashSink {
  uint32_t mask = 0;
  std::vector<uint32_t>* rows = nullptr;
  void Add(Template t, std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    rows->push_back(internal::FeatureRow(t, a, b, c) & mask);
  }
  void Slot(const WordFeatures& w, WordSlot slot) { rows->push_back(w.rows[slot]); }
  void Affixes(const WordFeatures& w) {
    rows->insert(rows->end(), w.affixes, w.affixes + w.num_affixes);
  }
  // The chain feature that starts with `left`'s part, then b and c.
  void Chain(const WordFeatures& left, WordChain chain, std::string_view b,
             std::string_view c = {}) {
    const uint64_t h =
        internal::FeatureContinue(internal::FeatureContinue(left.chains[chain], b), c);
    rows->push_back(internal::FeatureRow(h) & mask);
  }
};

// Takes only the features that no single word gives by itself (the bias,
// bigrams, positions, gazetteer, document and second-pass features): a
// caller adds each word's role rows (internal::AppendRoleRows) apart.
struct ContextSink : HashSink {
  void Add(Template t, std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    if (t == kLex || t == kLexPrev || t == kLexNext) return;
    HashSink::Add(t, a, b, c);
  }
  void Slot(const WordFeatures& w, WordSlot slot) {
    if (slot == internal::kSlotFirst) HashSink::Slot(w, slot);
  }
  void Affixes(const WordFeatures&) {}
};

struct NameSink {
  uint32_t feature_version;
  std::vector<std::string>* names;
  void Add(Template t, std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    std::string name(internal::kTemplateNames[t]);
    name += '=';
    name += a;
    if (!b.empty()) (name += '|') += b;
    if (!c.empty()) (name += '|') += c;
    names->push_back(std::move(name));
  }
  void Slot(const WordFeatures& w, WordSlot slot) {
    internal::WithSlotFeature(
        w, slot, [&](Template t, std::string_view a, std::string_view b) { Add(t, a, b); });
  }
  void Affixes(const WordFeatures& w) {
    internal::ForEachAffix(w, feature_version,
                           [&](Template t, std::string_view value) { Add(t, value); });
  }
  void Chain(const WordFeatures& left, WordChain chain, std::string_view b,
             std::string_view c = {}) {
    internal::WithChainStart(left, chain, [&](Template t, std::string_view a) { Add(t, a, b, c); });
  }
};

bool StartsCapitalized(std::string_view w) { return internal::StartsWithCapital(w); }

// Whether `word` starts with a small letter (ASCII only before feature set 4).
bool StartsLowerCase(std::string_view word, uint32_t feature_version) {
  if (word.empty()) return false;
  const auto c = static_cast<unsigned char>(word[0]);
  if (c >= 'a' && c <= 'z') return true;
  return feature_version >= 4 && c >= 0xC2 && c <= 0xDF && !StartsCapitalized(word);
}

// Emits the second pass's features of token i of a sentence of n tokens:
// what the first pass made of this word and its neighbours across the
// document. info as for EmitToken.
template <typename Info, typename Sink>
void EmitStacked(const Info* info, int n, int i, Sink& sink) {
  static constexpr std::string_view kPredicted[] = {"O", "PER", "ORG", "LOC", "MISC"};
  const Info& t = info[i + 2];
  if (t.predicted >= 0) {
    sink.Add(kStacked, kPredicted[t.predicted]);
    sink.Add(kStacked, kPredicted[t.predicted], t.word->cap);
  }
  if (i > 0 && info[i + 1].predicted >= 0)
    sink.Add(kStackedPrev, kPredicted[info[i + 1].predicted]);
  if (i + 1 < n && info[i + 3].predicted >= 0) {
    sink.Add(kStackedNext, kPredicted[info[i + 3].predicted]);
  }
}

// Emits the features of token i of a sentence of n tokens; info[i + 2] is
// token i, with the sentence bounds two deep on either side.
template <typename Info, typename Sink>
void EmitToken(const Info* info, int n, int i, bool headline, Sink& sink) {
  const Info& t = info[i + 2];
  const WordFeatures& w = *t.word;
  auto at = [&](int j) -> const WordFeatures& { return *info[j + 2].word; };
  sink.Add(kBias, "1");
  sink.Slot(w, internal::kSlotWord);
  sink.Slot(w, internal::kSlotKey);
  sink.Slot(at(i - 1), internal::kSlotKeyAsPrev1);
  sink.Slot(at(i + 1), internal::kSlotKeyAsNext1);
  sink.Slot(at(i - 2), internal::kSlotKeyAsPrev2);
  sink.Slot(at(i + 2), internal::kSlotKeyAsNext2);
  sink.Chain(at(i - 1), internal::kChainBigramPrev, w.key);
  sink.Chain(w, internal::kChainBigramNext, at(i + 1).key);
  sink.Affixes(w);
  sink.Slot(w, internal::kSlotShape);
  sink.Slot(at(i - 1), internal::kSlotShapeAsPrev);
  sink.Slot(at(i + 1), internal::kSlotShapeAsNext);
  sink.Chain(at(i - 1), internal::kChainShapeTrigram, w.shape, at(i + 1).shape);
  sink.Slot(w, internal::kSlotCap);
  if (i == 0) sink.Slot(w, internal::kSlotFirst);
  if (i == n - 1) sink.Add(kPosition, "last");
  if (w.fine >= 0) {
    sink.Slot(w, internal::kSlotFine);
    sink.Slot(w, internal::kSlotCoarse);
    sink.Slot(w, internal::kSlotFineCap);
  }
  if (i > 0 && at(i - 1).fine >= 0) {
    sink.Slot(at(i - 1), internal::kSlotFineAsPrev);
    sink.Slot(at(i - 1), internal::kSlotCoarseAsPrev);
  }
  if (i + 1 < n && at(i + 1).fine >= 0) {
    sink.Slot(at(i + 1), internal::kSlotFineAsNext);
    sink.Slot(at(i + 1), internal::kSlotCoarseAsNext);
  }
  if (i > 1 && at(i - 2).coarse >= 0) sink.Slot(at(i - 2), internal::kSlotCoarseTwoBefore);
  if (i + 2 < n && at(i + 2).coarse >= 0) sink.Slot(at(i + 2), internal::kSlotCoarseTwoAfter);
  sink.Slot(at(i - 1), internal::kSlotWordAsPrev);
  sink.Slot(at(i + 1), internal::kSlotWordAsNext);
  if (headline) {
    sink.Add(kCaseSentence, "upper");
    sink.Add(kCaseSentence, "upper", w.key);
  }
  const uint32_t lex_prev = i > 0 ? at(i - 1).lex : 0;
  const uint32_t lex_next = i + 1 < n ? at(i + 1).lex : 0;
  if ((w.lex | lex_prev | lex_next) != 0) {
    for (int bit = 0; bit < internal::kNumLexiconFlags; ++bit) {
      const uint32_t flag = 1u << bit;
      const std::string_view name = internal::LexiconFlagName(bit);
      if (w.lex & flag) sink.Add(kLex, name);
      if (lex_prev & flag) sink.Add(kLexPrev, name);
      if (lex_next & flag) sink.Add(kLexNext, name);
    }
  }
  // Gazetteer phrases (kind and position) around the word.
  static constexpr std::string_view kGazetteerKinds[] = {"", "country", "region", "city",
                                                         "language"};
  static constexpr std::string_view kGazetteerParts[] = {"B", "I", "L", "U"};
  if (t.gazetteer != 0) {
    sink.Add(kGazetteer, kGazetteerKinds[t.gazetteer / 4], kGazetteerParts[t.gazetteer % 4]);
    sink.Add(kGazetteer, kGazetteerKinds[t.gazetteer / 4]);
  }
  if (i > 0 && info[i + 1].gazetteer != 0) {
    sink.Add(kGazetteerPrev, kGazetteerKinds[info[i + 1].gazetteer / 4]);
  }
  if (i + 1 < n && info[i + 3].gazetteer != 0) {
    sink.Add(kGazetteerNext, kGazetteerKinds[info[i + 3].gazetteer / 4]);
  }
  EmitStacked(info, n, i, sink);
  if (w.cap[0] == 'I') {
    if (t.doc & 1) sink.Add(kDoc, "capinside");
    if (t.doc & 2) sink.Add(kDoc, "lower", i == 0 ? "first" : "inside");
    if (t.doc & 4) sink.Add(kDoc, "run");
  }
}

}  // namespace

uint64_t NerKeyHash(std::string_view key) { return Mix64(FnvBytes(kFnvOffset, key)); }

void NerDocumentContext::AddSentence(const std::vector<std::string_view>& words) {
  AddSentence(words, KeyHashes(words).data());
}

void NerDocumentContext::AddSentence(const std::vector<std::string_view>& words,
                                     const uint64_t* key_hashes) {
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if (StartsCapitalized(words[i])) {
      uint8_t bits = 0;
      if (i > 0) bits |= 1;
      const bool run = (i > 0 && StartsCapitalized(words[i - 1])) ||
                       (i + 1 < n && StartsCapitalized(words[i + 1]));
      if (run) bits |= 4;
      if (bits != 0) Insert(key_hashes[i])->flags |= bits;
    } else if (StartsLowerCase(words[i], feature_version_)) {
      Insert(key_hashes[i])->flags |= 2;
    }
  }
}

void NerDocumentContext::AddPredictions(const std::vector<std::string_view>& words,
                                        const std::vector<TypedSpan>& spans) {
  AddPredictions(words, KeyHashes(words).data(), spans);
}

void NerDocumentContext::AddPredictions(const std::vector<std::string_view>& words,
                                        const uint64_t* key_hashes,
                                        const std::vector<TypedSpan>& spans) {
  has_predictions_ = true;
  size_t span = 0;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    if (!StartsCapitalized(words[i])) continue;
    while (span < spans.size() && spans[span].end <= i) ++span;
    const bool inside = span < spans.size() && spans[span].begin <= i;
    Word* word = Insert(key_hashes[i]);
    word->voted = true;
    uint16_t& vote = word->votes[inside ? 1 + static_cast<int>(spans[span].type) : 0];
    if (vote < UINT16_MAX) ++vote;
  }
}

std::vector<uint64_t> NerDocumentContext::KeyHashes(
    const std::vector<std::string_view>& words) const {
  std::vector<uint64_t> hashes;
  hashes.reserve(words.size());
  std::string key;
  for (std::string_view word : words) {
    internal::WordKeyInto(word, feature_version_, &key);
    hashes.push_back(NerKeyHash(key));
  }
  return hashes;
}

NerDocumentContext::Word* NerDocumentContext::Insert(uint64_t key_hash) {
  if (2 * (size_ + 1) > words_.size()) {
    std::vector<Word> old(std::max<size_t>(64, 2 * words_.size()));
    old.swap(words_);
    size_ = 0;
    for (const Word& w : old) {
      if (w.used) *Insert(w.key_hash) = w;
    }
  }
  const size_t mask = words_.size() - 1;
  for (size_t at = key_hash & mask;; at = (at + 1) & mask) {
    Word& w = words_[at];
    if (!w.used) {
      w.used = true;
      w.key_hash = key_hash;
      ++size_;
      return &w;
    }
    if (w.key_hash == key_hash) return &w;
  }
}

const NerDocumentContext::Word* NerDocumentContext::Find(uint64_t key_hash) const {
  if (words_.empty()) return nullptr;
  const size_t mask = words_.size() - 1;
  for (size_t at = key_hash & mask;; at = (at + 1) & mask) {
    const Word& w = words_[at];
    if (!w.used) return nullptr;
    if (w.key_hash == key_hash) return &w;
  }
}

int NerDocumentContext::PredictedType(uint64_t key_hash) const {
  const Word* w = Find(key_hash);
  if (w == nullptr || !w->voted) return -1;
  int best = 0;
  for (int k = 1; k <= kNumEntityTypes; ++k) {
    if (w->votes[k] > w->votes[best]) best = k;
  }
  return best;
}

uint32_t NerDocumentContext::Flags(uint64_t key_hash) const {
  const Word* w = Find(key_hash);
  return w == nullptr ? 0 : w->flags;
}

NerFeatureExtractor::NerFeatureExtractor(const WordClusters* clusters, int hash_bits,
                                         const NerGazetteer* gazetteer, uint32_t feature_version,
                                         internal::WordFeatureTable* table)
    : clusters_(clusters), gazetteer_(gazetteer), table_(table) {
  const uint32_t mask = (1u << hash_bits) - 1;
  if (table_ == nullptr) {
    own_table_ = std::make_unique<internal::WordFeatureTable>(mask, feature_version);
    table_ = own_table_.get();
  }
}

NerFeatureExtractor::~NerFeatureExtractor() = default;

void NerFeatureExtractor::StartDocument() { table_->Trim(kMaxTableWords); }

void NerFeatureExtractor::LookUp(const std::vector<std::string_view>& words,
                                 std::vector<const internal::WordFeatures*>* out) {
  table_->GetAll(words, clusters_, out);
}

void NerFeatureExtractor::Prepare(const std::vector<std::string_view>& words,
                                  const NerDocumentContext& doc,
                                  const internal::WordFeatures* const* looked_up) {
  // The references into the table live until the sentence is emitted.
  if (looked_up == nullptr) table_->Trim(kMaxTableWords);
  const size_t n = words.size();
  info_.resize(n + 4);
  info_[0] = info_[1] = TokenInfo{&table_->sentence_start()};
  info_[n + 2] = info_[n + 3] = TokenInfo{&table_->sentence_end()};
  may_start_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    TokenInfo& t = info_[i + 2];
    t.word = looked_up != nullptr ? looked_up[i] : &table_->Get(words[i], clusters_);
    t.gazetteer = 0;
    t.doc = doc.Flags(t.word->key_hash);
    t.predicted = doc.has_predictions() ? doc.PredictedType(t.word->key_hash) : -1;
    // Whether the word may begin a gazetteer phrase, asked once per word.
    if (gazetteer_ != nullptr && t.word->gazetteer_id != gazetteer_->id()) {
      t.word->gazetteer_start = gazetteer_->MayStartPhrase(words[i]);
      t.word->gazetteer_id = gazetteer_->id();
    }
    may_start_[i] = t.word->gazetteer_start;
  }
  if (gazetteer_ != nullptr) {
    const std::vector<uint8_t> marks = gazetteer_->Match(words, may_start_.data());
    for (size_t i = 0; i < n; ++i) info_[i + 2].gazetteer = marks[i];
  }
  // A headline: at least three words with letters, none with a lower-case letter.
  int words_with_letters = 0;
  headline_ = true;
  for (size_t i = 0; i < n && headline_; ++i) {
    const char* cap = info_[i + 2].word->cap;
    const bool letters = std::strchr(cap, 'A') != nullptr || std::strchr(cap, 'L') != nullptr;
    words_with_letters += letters;
    if (std::strchr(cap, 'L') != nullptr) headline_ = false;
  }
  headline_ = headline_ && words_with_letters >= 3;
}

template <typename Sink>
void NerFeatureExtractor::EmitSentence(const std::vector<std::string_view>& words,
                                       const NerDocumentContext& doc,
                                       const internal::WordFeatures* const* looked_up,
                                       NerFeatures* out) {
  Prepare(words, doc, looked_up);
  out->rows.clear();
  out->starts.clear();
  const int n = static_cast<int>(words.size());
  Sink sink;
  sink.mask = table_->mask();
  sink.rows = &out->rows;
  for (int i = 0; i < n; ++i) {
    out->starts.push_back(static_cast<uint32_t>(out->rows.size()));
    EmitToken(info_.data(), n, i, headline_, sink);
  }
  out->starts.push_back(static_cast<uint32_t>(out->rows.size()));
}

void NerFeatureExtractor::Extract(const std::vector<std::string_view>& words,
                                  const NerDocumentContext& doc, NerFeatures* out) {
  EmitSentence<HashSink>(words, doc, nullptr, out);
}

void NerFeatureExtractor::ExtractContext(const std::vector<std::string_view>& words,
                                         const NerDocumentContext& doc, NerFeatures* out,
                                         const internal::WordFeatures* const* looked_up) {
  EmitSentence<ContextSink>(words, doc, looked_up, out);
}

void NerFeatureExtractor::ExtractAfterFirstStage(const std::vector<std::string_view>& words,
                                                 const NerDocumentContext& doc,
                                                 const internal::WordFeatures* const* looked_up,
                                                 std::span<const uint32_t> first_rows,
                                                 std::span<const uint32_t> first_starts,
                                                 NerFeatures* out) {
  const int n = static_cast<int>(words.size());
  info_.resize(n + 4);
  info_[0] = info_[1] = TokenInfo{&table_->sentence_start()};
  info_[n + 2] = info_[n + 3] = TokenInfo{&table_->sentence_end()};
  for (int i = 0; i < n; ++i) {
    TokenInfo& t = info_[i + 2];
    t = TokenInfo{looked_up[i]};
    t.predicted = doc.has_predictions() ? doc.PredictedType(t.word->key_hash) : -1;
  }
  out->rows.clear();
  out->starts.clear();
  HashSink sink;
  sink.mask = table_->mask();
  sink.rows = &out->rows;
  for (int i = 0; i < n; ++i) {
    out->starts.push_back(static_cast<uint32_t>(out->rows.size()));
    out->rows.insert(out->rows.end(), first_rows.begin() + first_starts[i],
                     first_rows.begin() + first_starts[i + 1]);
    EmitStacked(info_.data(), n, i, sink);
  }
  out->starts.push_back(static_cast<uint32_t>(out->rows.size()));
}

std::vector<std::string> NerFeatureExtractor::FeatureNames(
    const std::vector<std::string_view>& words, const NerDocumentContext& doc, int i) {
  Prepare(words, doc);
  std::vector<std::string> names;
  NameSink sink{table_->feature_version(), &names};
  EmitToken(info_.data(), static_cast<int>(words.size()), i, headline_, sink);
  return names;
}

}  // namespace dossier

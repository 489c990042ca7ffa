#include "extract/ner/ner_features.h"

#include <algorithm>
#include <cstring>

#include "base/ascii.h"
#include "base/hash.h"
#include "extract/ner/internal/fnv.h"
#include "extract/ner/internal/ner_lexicon.h"

namespace dossier {
namespace {

enum Template : uint8_t {
  kBias,
  kWord,
  kKey,
  kKeyPrev1,
  kKeyNext1,
  kKeyPrev2,
  kKeyNext2,
  kBigramPrev,
  kBigramNext,
  kPrefix,
  kSuffix,
  kShape,
  kShapePrev,
  kShapeNext,
  kShapeTrigram,
  kCap,
  kPosition,
  kClusterFine,
  kClusterCoarse,
  kClusterPrev,
  kClusterNext,
  kLex,
  kLexPrev,
  kLexNext,
  kDoc,
  kWordPrev,
  kWordNext,
  kCluster2,
  kCaseSentence,
  kStacked,
  kStackedPrev,
  kStackedNext,
  kGazetteer,
  kGazetteerPrev,
  kGazetteerNext,
  kNumTemplates
};

constexpr std::string_view kTemplateNames[kNumTemplates] = {
    "bias", "w",    "lw",   "lw-1", "lw+1",  "lw-2",  "lw+2", "lw-1|lw", "lw|lw+1",
    "p",    "s",    "sh",   "sh-1", "sh+1",  "sh3",   "cap",  "pos",     "cf",
    "cc",   "cf-1", "cf+1", "lex",  "lex-1", "lex+1", "doc",  "w-1",     "w+1",
    "c2",   "case", "st",   "st-1", "st+1",  "gz",    "gz-1", "gz+1"};

using internal::FnvBytes;
using internal::kFnvOffset;
using internal::kFnvPrime;

// Sinks receive (template, value parts); HashSink turns them into rows,
// NameSink into readable names. Parts are joined with '|'.
struct HashSink {
  uint32_t mask;
  std::vector<uint32_t>* rows;
  void Add(Template t, std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    uint64_t h = (kFnvOffset ^ t) * kFnvPrime;
    h = FnvBytes(h, a);
    if (!b.empty()) h = FnvBytes((h ^ '|') * kFnvPrime, b);
    if (!c.empty()) h = FnvBytes((h ^ '|') * kFnvPrime, c);
    rows->push_back(static_cast<uint32_t>(Mix64(h)) & mask);
  }
};

struct NameSink {
  std::vector<std::string>* names;
  void Add(Template t, std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    std::string name(kTemplateNames[t]);
    name += '=';
    name += a;
    if (!b.empty()) (name += '|') += b;
    if (!c.empty()) (name += '|') += c;
    names->push_back(std::move(name));
  }
};

bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool StartsCapitalized(std::string_view w) { return internal::StartsWithCapital(w); }

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
      s = internal::CapitalLetterLength(w.substr(i)) > 0 ? 'X' : 'x';
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
    if (IsAsciiUpper(c) || (c >= 0xC0 && internal::CapitalLetterLength(w.substr(i)) > 0)) {
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
  if (StartsCapitalized(w)) cap[n++] = 'I';
  if (upper && !lower) cap[n++] = 'A';
  if (lower) cap[n++] = 'L';
  if (inner_upper && lower) cap[n++] = 'M';
  if (digit) cap[n++] = 'D';
  if (hyphen) cap[n++] = 'H';
  if (period) cap[n++] = 'P';
  if (n == 0) cap[n++] = '-';
  cap[n] = '\0';
}

// The word key: lower case (ASCII only before feature set 4), digits as 0.
void WordKeyInto(std::string_view word, uint32_t feature_version, std::string* key) {
  if (feature_version >= 4) {
    key->clear();
    internal::FoldLetterCase(word, key);
  } else {
    key->assign(word);
  }
  for (char& ch : *key) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch >= '0' && ch <= '9') ch = '0';
  }
}

// Whether `word` starts with a small letter (ASCII only before feature set 4).
bool StartsLowerCase(std::string_view word, uint32_t feature_version) {
  if (word.empty()) return false;
  const auto c = static_cast<unsigned char>(word[0]);
  if (IsAsciiLower(c)) return true;
  return feature_version >= 4 && c >= 0xC2 && c <= 0xDF && !StartsCapitalized(word);
}

// The byte offsets at which the letters of UTF-8 `key` start, and its size.
void LetterStarts(std::string_view key, std::vector<uint32_t>* starts) {
  starts->clear();
  for (size_t i = 0; i < key.size(); ++i) {
    if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80) {
      starts->push_back(static_cast<uint32_t>(i));
    }
  }
  starts->push_back(static_cast<uint32_t>(key.size()));
}

// Small integers as text without allocation.
struct IntText {
  char buf[12];
  std::string_view view;
  explicit IntText(int v) {
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
};

template <typename Info, typename Sink>
void EmitToken(const std::vector<Info>& info, int n, int i, bool headline, uint32_t feature_version,
               Sink& sink) {
  const Info& t = info[i];
  static const std::string_view kBos = "<s>", kEos = "</s>";
  auto key_at = [&](int j) -> std::string_view {
    return j < 0 ? kBos : j >= n ? kEos : std::string_view(info[j].key);
  };
  auto shape_at = [&](int j) -> std::string_view {
    return j < 0 ? kBos : j >= n ? kEos : std::string_view(info[j].shape);
  };
  sink.Add(kBias, "1");
  sink.Add(kWord, t.word);
  sink.Add(kKey, t.key);
  sink.Add(kKeyPrev1, key_at(i - 1));
  sink.Add(kKeyNext1, key_at(i + 1));
  sink.Add(kKeyPrev2, key_at(i - 2));
  sink.Add(kKeyNext2, key_at(i + 2));
  sink.Add(kBigramPrev, key_at(i - 1), t.key);
  sink.Add(kBigramNext, t.key, key_at(i + 1));
  const std::string_view key = t.key;
  if (feature_version >= 4) {
    // Letters, not bytes: Cyrillic case endings are two bytes a letter.
    const std::vector<uint32_t>& at = t.letters;
    const size_t letters = at.size() - 1;
    for (size_t len = 1; len <= 6 && len < letters; ++len)
      sink.Add(kPrefix, key.substr(0, at[len]));
    for (size_t len = 1; len <= 5 && len < letters; ++len) {
      sink.Add(kSuffix, key.substr(at[letters - len]));
    }
  } else {
    for (size_t len = 1; len <= 4 && len < key.size(); ++len) {
      sink.Add(kPrefix, key.substr(0, len));
    }
    for (size_t len = 1; len <= 5 && len < key.size(); ++len) {
      sink.Add(kSuffix, key.substr(key.size() - len));
    }
  }
  sink.Add(kShape, t.shape);
  sink.Add(kShapePrev, shape_at(i - 1));
  sink.Add(kShapeNext, shape_at(i + 1));
  sink.Add(kShapeTrigram, shape_at(i - 1), t.shape, shape_at(i + 1));
  sink.Add(kCap, t.cap);
  if (i == 0) sink.Add(kPosition, "first", t.cap);
  if (i == n - 1) sink.Add(kPosition, "last");
  if (t.fine >= 0) {
    sink.Add(kClusterFine, IntText(t.fine).view);
    sink.Add(kClusterCoarse, IntText(t.coarse).view);
    sink.Add(kClusterFine, IntText(t.fine).view, t.cap);
  }
  if (i > 0 && info[i - 1].fine >= 0) {
    sink.Add(kClusterPrev, IntText(info[i - 1].fine).view);
    sink.Add(kClusterPrev, IntText(info[i - 1].coarse).view, "c");
  }
  if (i + 1 < n && info[i + 1].fine >= 0) {
    sink.Add(kClusterNext, IntText(info[i + 1].fine).view);
    sink.Add(kClusterNext, IntText(info[i + 1].coarse).view, "c");
  }
  if (i > 1 && info[i - 2].coarse >= 0) sink.Add(kCluster2, "-2", IntText(info[i - 2].coarse).view);
  if (i + 2 < n && info[i + 2].coarse >= 0) {
    sink.Add(kCluster2, "+2", IntText(info[i + 2].coarse).view);
  }
  sink.Add(kWordPrev, i > 0 ? info[i - 1].word : kBos);
  sink.Add(kWordNext, i + 1 < n ? info[i + 1].word : kEos);
  if (headline) {
    sink.Add(kCaseSentence, "upper");
    sink.Add(kCaseSentence, "upper", t.key);
  }
  for (int bit = 0; bit < internal::kNumLexiconFlags; ++bit) {
    const uint32_t flag = 1u << bit;
    const std::string_view name = internal::LexiconFlagName(bit);
    if (t.lex & flag) sink.Add(kLex, name);
    if (i > 0 && (info[i - 1].lex & flag)) sink.Add(kLexPrev, name);
    if (i + 1 < n && (info[i + 1].lex & flag)) sink.Add(kLexNext, name);
  }
  // Gazetteer phrases (kind and position) around the word.
  static constexpr std::string_view kGazetteerKinds[] = {"", "country", "region", "city",
                                                         "language"};
  static constexpr std::string_view kGazetteerParts[] = {"B", "I", "L", "U"};
  if (t.gazetteer != 0) {
    sink.Add(kGazetteer, kGazetteerKinds[t.gazetteer / 4], kGazetteerParts[t.gazetteer % 4]);
    sink.Add(kGazetteer, kGazetteerKinds[t.gazetteer / 4]);
  }
  if (i > 0 && info[i - 1].gazetteer != 0) {
    sink.Add(kGazetteerPrev, kGazetteerKinds[info[i - 1].gazetteer / 4]);
  }
  if (i + 1 < n && info[i + 1].gazetteer != 0) {
    sink.Add(kGazetteerNext, kGazetteerKinds[info[i + 1].gazetteer / 4]);
  }
  // Second pass: what the first pass made of this word and its neighbours
  // across the document.
  static constexpr std::string_view kPredicted[] = {"O", "PER", "ORG", "LOC", "MISC"};
  if (t.predicted >= 0) {
    sink.Add(kStacked, kPredicted[t.predicted]);
    sink.Add(kStacked, kPredicted[t.predicted], t.cap);
  }
  if (i > 0 && info[i - 1].predicted >= 0)
    sink.Add(kStackedPrev, kPredicted[info[i - 1].predicted]);
  if (i + 1 < n && info[i + 1].predicted >= 0) {
    sink.Add(kStackedNext, kPredicted[info[i + 1].predicted]);
  }
  if (t.cap[0] == 'I') {
    if (t.doc & 1) sink.Add(kDoc, "capinside");
    if (t.doc & 2) sink.Add(kDoc, "lower", i == 0 ? "first" : "inside");
    if (t.doc & 4) sink.Add(kDoc, "run");
  }
}

}  // namespace

uint64_t NerKeyHash(std::string_view key) { return Mix64(FnvBytes(kFnvOffset, key)); }

void NerDocumentContext::AddSentence(const std::vector<std::string_view>& words) {
  std::string key;
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    WordKeyInto(words[i], feature_version_, &key);
    const uint64_t h = NerKeyHash(key);
    if (StartsCapitalized(words[i])) {
      if (i > 0) capitalized_inside_.insert(h);
      const bool run = (i > 0 && StartsCapitalized(words[i - 1])) ||
                       (i + 1 < n && StartsCapitalized(words[i + 1]));
      if (run) in_run_.insert(h);
    } else if (StartsLowerCase(words[i], feature_version_)) {
      lowercase_.insert(h);
    }
  }
}

void NerDocumentContext::AddPredictions(const std::vector<std::string_view>& words,
                                        const std::vector<TypedSpan>& spans) {
  has_predictions_ = true;
  std::string key;
  size_t span = 0;
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    if (!StartsCapitalized(words[i])) continue;
    while (span < spans.size() && spans[span].end <= i) ++span;
    const bool inside = span < spans.size() && spans[span].begin <= i;
    WordKeyInto(words[i], feature_version_, &key);
    auto& votes = votes_[NerKeyHash(key)];
    uint16_t& vote = votes[inside ? 1 + static_cast<int>(spans[span].type) : 0];
    if (vote < UINT16_MAX) ++vote;
  }
}

int NerDocumentContext::PredictedType(uint64_t key_hash) const {
  auto it = votes_.find(key_hash);
  if (it == votes_.end()) return -1;
  int best = 0;
  for (int k = 1; k <= kNumEntityTypes; ++k) {
    if (it->second[k] > it->second[best]) best = k;
  }
  return best;
}

uint32_t NerDocumentContext::Flags(uint64_t key_hash) const {
  return (capitalized_inside_.count(key_hash) ? 1u : 0u) | (lowercase_.count(key_hash) ? 2u : 0u) |
         (in_run_.count(key_hash) ? 4u : 0u);
}

NerFeatureExtractor::NerFeatureExtractor(const WordClusters* clusters, int hash_bits,
                                         const NerGazetteer* gazetteer, uint32_t feature_version)
    : clusters_(clusters),
      gazetteer_(gazetteer),
      mask_((1u << hash_bits) - 1),
      feature_version_(feature_version) {}

void NerFeatureExtractor::Prepare(const std::vector<std::string_view>& words,
                                  const NerDocumentContext& doc) {
  if (info_.size() < words.size()) info_.resize(words.size());
  const std::vector<uint8_t> marks =
      gazetteer_ != nullptr ? gazetteer_->Match(words) : std::vector<uint8_t>(words.size(), 0);
  for (size_t i = 0; i < words.size(); ++i) {
    info_[i].gazetteer = marks[i];
    TokenInfo& t = info_[i];
    t.word = words[i];
    WordKeyInto(words[i], feature_version_, &t.key);
    if (feature_version_ >= 4) LetterStarts(t.key, &t.letters);
    MakeShape(words[i], &t.shape);
    MakeCapPattern(words[i], t.cap);
    const WordCluster* c = clusters_ ? clusters_->Find(t.key) : nullptr;
    t.fine = c ? c->fine : -1;
    t.coarse = c ? c->coarse : -1;
    t.lex = internal::LexiconFlags(words[i]);
    if (feature_version_ >= 4) t.lex |= internal::CyrillicLexiconFlags(words[i], t.key);
    const uint64_t key_hash = NerKeyHash(t.key);
    t.doc = doc.Flags(key_hash);
    t.predicted = doc.has_predictions() ? doc.PredictedType(key_hash) : -1;
  }
  // A headline: at least three words with letters, none with a lower-case letter.
  int words_with_letters = 0;
  headline_ = true;
  for (size_t i = 0; i < words.size() && headline_; ++i) {
    const char* cap = info_[i].cap;
    const bool letters = std::strchr(cap, 'A') != nullptr || std::strchr(cap, 'L') != nullptr;
    words_with_letters += letters;
    if (std::strchr(cap, 'L') != nullptr) headline_ = false;
  }
  headline_ = headline_ && words_with_letters >= 3;
}

void NerFeatureExtractor::Extract(const std::vector<std::string_view>& words,
                                  const NerDocumentContext& doc, NerFeatures* out) {
  Prepare(words, doc);
  out->rows.clear();
  out->starts.clear();
  // info_ may hold more entries than words (scratch from longer sentences).
  const int n = static_cast<int>(words.size());
  HashSink sink{mask_, &out->rows};
  for (int i = 0; i < n; ++i) {
    out->starts.push_back(static_cast<uint32_t>(out->rows.size()));
    EmitToken(info_, n, i, headline_, feature_version_, sink);
  }
  out->starts.push_back(static_cast<uint32_t>(out->rows.size()));
}

std::vector<std::string> NerFeatureExtractor::FeatureNames(
    const std::vector<std::string_view>& words, const NerDocumentContext& doc, int i) {
  Prepare(words, doc);
  std::vector<std::string> names;
  NameSink sink{&names};
  EmitToken(info_, static_cast<int>(words.size()), i, headline_, feature_version_, sink);
  return names;
}

}  // namespace dossier

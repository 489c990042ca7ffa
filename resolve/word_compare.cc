// Word-level comparisons behind name_match.cc: skeleton and written-form
// similarity (memoized per thread), one edit apart, masculine and feminine
// surname forms, the given-name slip (internal/name_compare.h,
// internal/word_compare.h).
#include "resolve/internal/word_compare.h"

#include <algorithm>
#include <cctype>

#include "base/utf8.h"
#include "resolve/internal/given_names.h"
#include "resolve/internal/name_compare.h"
#include "resolve/transliterate.h"

namespace dossier {
namespace internal {

namespace {

// The last similarities computed on this thread, direct-mapped by a hash of
// the pair: screening compares one query with hundreds of names that share a
// few surnames and given names.
struct SimilarityMemo {
  static constexpr size_t kSize = 4096;
  struct Entry {
    std::string a, b;
    double similarity = -1;
  };
  std::vector<Entry> entries = std::vector<Entry>(kSize);
};

size_t PairSlot(std::string_view a, std::string_view b) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : a) h = (h ^ c) * 0x100000001b3ull;
  h = (h ^ 0xff) * 0x100000001b3ull;
  for (unsigned char c : b) h = (h ^ c) * 0x100000001b3ull;
  h ^= h >> 29;
  return static_cast<size_t>(h % SimilarityMemo::kSize);
}

thread_local bool written_consulted = false;

}  // namespace

void ResetWrittenConsulted() { written_consulted = false; }
bool WrittenConsulted() { return written_consulted; }
void NoteWrittenConsulted() { written_consulted = true; }

double WordSimilarity(std::string_view a, std::string_view b) {
  if (a == b) return 1;
  if (a.empty() || b.empty()) return 0;
  const bool digits = std::isdigit(static_cast<unsigned char>(a[0])) ||
                      std::isdigit(static_cast<unsigned char>(b[0]));
  if (digits) return 0;
  thread_local SimilarityMemo memo;
  SimilarityMemo::Entry& entry = memo.entries[PairSlot(a, b)];
  if (entry.similarity >= 0 && entry.a == a && entry.b == b) return entry.similarity;
  const double longest = static_cast<double>(std::max(a.size(), b.size()));
  // Beyond this cost the similarity is below any threshold we use.
  const double limit = longest * 0.4;
  const double cost = WeightedEditDistance(a, b, limit);
  const double similarity = cost > limit ? 0 : std::max(0.0, 1 - cost / longest);
  entry.a.assign(a);
  entry.b.assign(b);
  entry.similarity = similarity;
  return similarity;
}

namespace {

// What the comparison asks of two words, looked up by vocabulary ids
// (Word::token, Word::latin_token), direct-mapped: screening compares one
// query's few words with the same listed words again and again, and two
// numbers are cheaper to hash and compare than two strings. Ids are an
// index's own: the memo holds one vocabulary's at a time.
enum PairQuestion : uint64_t {
  kSkeletonSimilarity = 1,
  kLatinSimilarity,
  kSkeletonWithinOne,  // WeightedEditDistance(a, b, 1.0) <= 1.0
  kLatinWithinOne,
  kGenderedPair,       // GenderedPair(a, b, TokenMemo::gendered_threshold)
  kOriginalWithinOne,  // OriginalScriptEditDistance(a, b, 1.0) <= 1.0
  kOriginalLatinWithinOne,
};

struct TokenMemo {
  static constexpr size_t kSize = 1 << 14;
  uint64_t vocabulary = 0;
  double gendered_threshold = -1;  // of the kGenderedPair answers held
  uint32_t next_fresh = 0;         // FreshToken(); 0: none handed out since the keys were cleared
  std::vector<uint64_t> keys = std::vector<uint64_t>(kSize, 0);
  std::vector<double> answers = std::vector<double>(kSize, 0);
};

TokenMemo& ThreadTokenMemo() {
  thread_local TokenMemo memo;
  return memo;
}

// The answer to `question` about ids `a` and `b` (both nonzero, below
// 2^28), computed by `compute` when not held.
template <typename Compute>
double Memoized(PairQuestion question, uint32_t a, uint32_t b, Compute compute) {
  TokenMemo& memo = ThreadTokenMemo();
  const uint64_t key = (static_cast<uint64_t>(question) << 56) | (static_cast<uint64_t>(a) << 28) |
                       static_cast<uint64_t>(b);
  const size_t slot = static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 50);
  if (memo.keys[slot] == key) return memo.answers[slot];
  const double answer = compute();
  memo.keys[slot] = key;
  memo.answers[slot] = answer;
  return answer;
}

constexpr uint32_t kMaxMemoToken = 1u << 28;

bool Memoizable(uint32_t a, uint32_t b) {
  return a != 0 && b != 0 && a < kMaxMemoToken && b < kMaxMemoToken;
}

}  // namespace

void UseVocabulary(uint64_t vocabulary) {
  TokenMemo& memo = ThreadTokenMemo();
  if (memo.vocabulary == vocabulary) return;
  memo.vocabulary = vocabulary;
  memo.next_fresh = 0;
  std::fill(memo.keys.begin(), memo.keys.end(), 0);
}

uint32_t FreshToken(uint32_t first_free) {
  if (first_free >= kMaxMemoToken) return 0;
  TokenMemo& memo = ThreadTokenMemo();
  if (memo.next_fresh >= kMaxMemoToken) {
    // Every id handed out: forget the answers about them and start again.
    std::fill(memo.keys.begin(), memo.keys.end(), 0);
    memo.next_fresh = 0;
  }
  if (memo.next_fresh < first_free) memo.next_fresh = first_free;
  return memo.next_fresh++;
}

double WordSimilarity(const PreparedName::Word& a, const PreparedName::Word& b) {
  if (a.token != 0 && a.token == b.token) return 1;
  if (!Memoizable(a.token, b.token)) return WordSimilarity(a.skeleton, b.skeleton);
  return Memoized(kSkeletonSimilarity, a.token, b.token,
                  [&] { return WordSimilarity(a.skeleton, b.skeleton); });
}

double LatinSimilarity(const PreparedName::Word& a, const PreparedName::Word& b) {
  if (a.latin_token != 0 && a.latin_token == b.latin_token) return 1;
  if (!Memoizable(a.latin_token, b.latin_token)) return WordSimilarity(a.latin, b.latin);
  return Memoized(kLatinSimilarity, a.latin_token, b.latin_token,
                  [&] { return WordSimilarity(a.latin, b.latin); });
}

double GivenNameSimilarity(const PreparedName::Word& a, const PreparedName::Word& b) {
  if (a.given_name_id != 0 && b.given_name_id != 0 && a.given_name_id != b.given_name_id) {
    return 0;
  }
  return WordSimilarity(a, b);
}

bool WithinOneEdit(const PreparedName::Word& a, const PreparedName::Word& b, bool latin) {
  const std::string& x = latin ? a.latin : a.skeleton;
  const std::string& y = latin ? b.latin : b.skeleton;
  auto compute = [&] { return WeightedEditDistance(x, y, 1.0) <= 1.0 ? 1.0 : 0.0; };
  const uint32_t ta = latin ? a.latin_token : a.token;
  const uint32_t tb = latin ? b.latin_token : b.token;
  if (!Memoizable(ta, tb)) return compute() > 0;
  return Memoized(latin ? kLatinWithinOne : kSkeletonWithinOne, ta, tb, compute) > 0;
}

namespace {

// Whether `word` is written in Cyrillic with the Russian letters only: a
// word in its own script. Kazakh, Ukrainian and Belarusian letters (ә, ө,
// ү, ұ, і, ў, ...) mark a name that Russian and national spellings write
// with other vowels (Жусупов / Жүсіпов).
bool RussianCyrillic(const PreparedName::Word& word) {
  if (!word.cyrillic) return false;
  const std::string& text = word.written;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = 0;
    const int length = DecodeUtf8(text, pos, &cp);
    pos += static_cast<size_t>(std::max(length, 1));
    const bool cyrillic = cp >= 0x400 && cp <= 0x52F;
    const bool russian = (cp >= 0x410 && cp <= 0x44F) || cp == 0x401 || cp == 0x451;
    if (cyrillic && !russian) return false;
  }
  return true;
}

}  // namespace

bool ApartInOriginalScript(const PreparedName::Word& a, const PreparedName::Word& b) {
  if (a.skeleton == b.skeleton) return false;
  // One slip as skeletons or as written (a transposition that the folding
  // of oo to u hides: Маркоовва / Марковова) is one slip.
  auto within = [](const std::string& x, const std::string& y, uint32_t tx, uint32_t ty,
                   PairQuestion question) {
    auto compute = [&] { return OriginalScriptEditDistance(x, y, 1.0) <= 1.0 ? 1.0 : 0.0; };
    return (Memoizable(tx, ty) ? Memoized(question, tx, ty, compute) : compute()) > 0;
  };
  if (within(a.skeleton, b.skeleton, a.token, b.token, kOriginalWithinOne)) return false;
  // Words of one skeleton written otherwise (or in another script) answer
  // otherwise.
  NoteWrittenConsulted();
  if (within(a.latin, b.latin, a.latin_token, b.latin_token, kOriginalLatinWithinOne)) {
    return false;
  }
  return RussianCyrillic(a) || RussianCyrillic(b);
}

// Whether two words with similarity `similarity` are spellings of one word:
// similar enough, or one edit apart in words of five letters or more.
bool CloseWords(std::string_view a, std::string_view b, double similarity, double threshold) {
  if (similarity >= threshold) return true;
  const double longest = static_cast<double>(std::max(a.size(), b.size()));
  return longest >= 5 && (1 - similarity) * longest <= 1.0 + 1e-9;
}

// The masculine skeletons a feminine surname skeleton stands for:
// nazarbaeva -> nazarbaev, tolstaia -> tolstoi, -skaia -> -ski.
std::vector<std::string> MasculineForms(std::string_view fem) {
  std::vector<std::string> out;
  auto ends = [&](std::string_view s) {
    return fem.size() > s.size() + 1 && fem.substr(fem.size() - s.size()) == s;
  };
  if (ends("skaia") || ends("ckaia")) {
    out.push_back(std::string(fem.substr(0, fem.size() - 3)) + "i");
  } else if (ends("aia")) {
    out.push_back(std::string(fem.substr(0, fem.size() - 3)) + "oi");
    out.push_back(std::string(fem.substr(0, fem.size() - 3)) + "i");
  } else if (ends("va") || ends("na") || ends("ska")) {
    out.push_back(std::string(fem.substr(0, fem.size() - 1)));
    if (ends("ska")) out.back() += 'i';
  }
  return out;
}

// Whether surnames `a` and `b` are the masculine and feminine forms of one
// family name (in either order).
// Two feminine forms (Karimzhaneva / Karimjaneva) are not such a pair, however
// close one's masculine form is to the other; nor is a feminine form and a
// word that does not end as the masculine form does or is no closer to it
// than to the feminine one: a slip in the ending (Khadeyeav, Kasymovk for
// Khadeyeva, Kasymova) or another spelling of the feminine ending
// (Sokolskaja / Sokolskaya) keeps the word feminine.
bool GenderedPair(std::string_view a, std::string_view b, double threshold) {
  for (int k = 0; k < 2; ++k) {
    if (!MasculineForms(b).empty()) {
      std::swap(a, b);
      continue;
    }
    const std::vector<std::string> forms = MasculineForms(a);
    if (!forms.empty()) {
      const double as_feminine = WordSimilarity(a, b);
      for (const std::string& masc : forms) {
        // The other word ends as the masculine form does (-ov, -ev, -in, -oi, -ki).
        const bool masculine_ending =
            b.size() >= 2 &&
            b.substr(b.size() - 2) == std::string_view(masc).substr(masc.size() - 2);
        const double as_masculine = WordSimilarity(masc, b);
        if (masculine_ending && as_masculine >= threshold && as_masculine > as_feminine) {
          return true;
        }
      }
    }
    std::swap(a, b);
  }
  return false;
}

bool GenderedWords(const PreparedName::Word& a, const PreparedName::Word& b, double threshold) {
  auto compute = [&] { return GenderedPair(a.skeleton, b.skeleton, threshold) ? 1.0 : 0.0; };
  TokenMemo& memo = ThreadTokenMemo();
  if (!Memoizable(a.token, b.token)) return compute() > 0;
  if (memo.gendered_threshold != threshold) {
    // Answers for another threshold are stale: forget them.
    std::fill(memo.keys.begin(), memo.keys.end(), 0);
    memo.gendered_threshold = threshold;
  }
  return Memoized(kGenderedPair, a.token, b.token, compute) > 0;
}

bool TwoListedFamilies(const FamilySpelling& a, const FamilySpelling& b, double threshold) {
  return a.records >= kListedFamilyRecords && b.records >= kListedFamilyRecords &&
         a.skeleton != b.skeleton && !a.romanized && !b.romanized && a.cyrillic == b.cyrillic &&
         !GenderedPair(a.skeleton, b.skeleton, threshold);
}

bool GivenNameSlip(std::string_view a, std::string_view b, double similarity) {
  const size_t longest = std::max(a.size(), b.size());
  if (longest < 4 || std::min(a.size(), b.size()) < 3) return false;
  if ((1 - similarity) * static_cast<double>(longest) > 1.0 + 1e-9) return false;
  // Two names of our list are two names, not one mistyped (Oleg / Olga,
  // John / Juan).
  return LookUpGivenName(a) == ListedGender::kNotListed ||
         LookUpGivenName(b) == ListedGender::kNotListed;
}

// GivenNameSlip() of two words' skeletons (or, with `latin`, written
// forms), reading the words' given-name flags.
bool WordSlip(const PreparedName::Word& a, const PreparedName::Word& b, double similarity,
              bool latin) {
  const std::string& x = latin ? a.latin : a.skeleton;
  const std::string& y = latin ? b.latin : b.skeleton;
  const size_t longest = std::max(x.size(), y.size());
  if (longest < 4 || std::min(x.size(), y.size()) < 3) return false;
  if ((1 - similarity) * static_cast<double>(longest) > 1.0 + 1e-9) return false;
  return latin ? !a.latin_listed_given_name || !b.latin_listed_given_name
               : !a.listed_given_name || !b.listed_given_name;
}

}  // namespace internal

}  // namespace dossier

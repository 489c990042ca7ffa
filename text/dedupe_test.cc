#include "text/dedupe.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

namespace dossier {
namespace {

// A paragraph long enough for near matching (52 words).
constexpr char kLong[] =
    "The committee met on Tuesday to review the procurement contracts signed by the regional "
    "administration during the previous fiscal year, and its members questioned why three of "
    "the largest agreements had been awarded without an open tender, citing urgent needs that "
    "the documents on file did not explain in any detail.";

// A document whose passages are `paragraphs`, joined by blank lines.
NormalizedDocument MakeDocument(const std::vector<std::string>& paragraphs) {
  NormalizedDocument doc;
  for (const std::string& paragraph : paragraphs) {
    if (!doc.text.empty()) doc.text += "\n\n";
    Passage passage;
    passage.span.start = static_cast<uint32_t>(doc.text.size());
    doc.text += paragraph;
    passage.span.end = static_cast<uint32_t>(doc.text.size());
    doc.passages.push_back(passage);
  }
  return doc;
}

std::string ReplaceWord(std::string text, const std::string& from, const std::string& to) {
  const size_t pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  return text.replace(pos, from.size(), to);
}

TEST(CanonicalFormTest, GoldenTable) {
  struct Row {
    const char* input;
    const char* canonical;
  };
  const Row rows[] = {
      {"Hello, World!", "hello world"},
      {"  The   QUICK\tbrown\n fox. ", "the quick brown fox"},
      {"don't stop", "don t stop"},
      {"1,000.50 USD", "1 000 50 usd"},
      {"***", ""},
      {"", ""},
      {"Café AU Lait", "café au lait"},
      {"Назарбаев СКАЗАЛ: «Да»", "назарбаев сказал да"},
      {"Қазақстан Республикасы — ӘКІМ", "қазақстан республикасы әкім"},
      {"ΣΊΣΥΦΟΣ", "σίσυφοσ"},
      {"Straße", "straße"},
      {"cafe\xCC\x81 time", "cafe\xCC\x81 time"},  // a combining mark stays in its word
      {"ab\377cd", "ab cd"},                       // invalid UTF-8 separates
      {"x\xE2\x80\x94y", "x y"},                   // em dash separates
      {"\xF0\x9F\x98\x80 smile", "smile"},         // emoji is a symbol
  };
  for (const Row& row : rows) {
    EXPECT_EQ(CanonicalForm(row.input), row.canonical) << row.input;
  }
}

TEST(FingerprintTest, ExactKeyIsPersistedFormat) {
  // These values are stored in databases: a change here breaks existing stores.
  EXPECT_EQ(FingerprintPassage("The quick brown fox").exact_key, 0x2e789cca960979edULL);
  EXPECT_EQ(FingerprintPassage("").exact_key, 0xbc71a7b0266b1b21ULL);
  const PassageFingerprint long_fp = FingerprintPassage(kLong);
  ASSERT_EQ(long_fp.minhash.size(), static_cast<size_t>(kMinHashSize));
  EXPECT_EQ(long_fp.minhash[0], 0x2692249U);
  EXPECT_EQ(LshBandKeys(long_fp)[0], 0x26ea023c9df8d15bULL);
}

TEST(FingerprintTest, ExactKeyIgnoresCasePunctuationAndSpacing) {
  const uint64_t key = FingerprintPassage("The quick brown fox.").exact_key;
  EXPECT_EQ(FingerprintPassage("THE QUICK, BROWN FOX").exact_key, key);
  EXPECT_EQ(FingerprintPassage("  the\nquick   brown -- fox!!").exact_key, key);
  EXPECT_NE(FingerprintPassage("The quick brown fox jumps").exact_key, key);
  EXPECT_NE(FingerprintPassage("The quick brownfox").exact_key, key);
  EXPECT_NE(FingerprintPassage("quick The brown fox").exact_key, key);
}

TEST(FingerprintTest, ShortPassagesHaveNoSignature) {
  DedupeOptions options;
  options.min_words_for_near = 8;
  EXPECT_TRUE(FingerprintPassage("one two three four five six seven", options).minhash.empty());
  EXPECT_EQ(FingerprintPassage("one two three four five six seven eight", options).minhash.size(),
            static_cast<size_t>(kMinHashSize));
  EXPECT_TRUE(LshBandKeys(FingerprintPassage("Read more")).empty());
}

TEST(FingerprintTest, SimilarityEstimates) {
  const PassageFingerprint base = FingerprintPassage(kLong);
  struct Row {
    const char* name;
    std::string text;
    double min_similarity;
    double max_similarity;
  };
  const Row rows[] = {
      {"same words, other case", ReplaceWord(kLong, "The committee", "THE COMMITTEE"), 1, 1},
      {"one word changed", ReplaceWord(kLong, "Tuesday", "Wednesday"), 0.8, 0.95},
      {"sentence appended", std::string(kLong) + " The chair promised a report by March.", 0.75,
       0.95},
      {"unrelated",
       "Heavy rain flooded the lower districts of the city overnight, and rescue "
       "teams evacuated more than two hundred residents to schools and sports halls.",
       0, 0.1},
  };
  for (const Row& row : rows) {
    const double similarity = EstimateSimilarity(base, FingerprintPassage(row.text));
    EXPECT_GE(similarity, row.min_similarity) << row.name;
    EXPECT_LE(similarity, row.max_similarity) << row.name;
  }
  EXPECT_EQ(EstimateSimilarity(FingerprintPassage("Read more"), FingerprintPassage("read MORE")),
            1);
  EXPECT_EQ(EstimateSimilarity(FingerprintPassage("Read more"), FingerprintPassage(kLong)), 0);
}

TEST(DuplicateIndexTest, ExactBeatsNearAndFirstAddedWins) {
  DuplicateIndex index;
  index.Add(7, FingerprintPassage(ReplaceWord(kLong, "Tuesday", "Monday")));
  index.Add(9, FingerprintPassage(kLong));
  index.Add(11, FingerprintPassage(kLong));
  EXPECT_EQ(index.size(), 3u);

  std::optional<DuplicateMatch> exact = index.Find(FingerprintPassage(kLong));
  ASSERT_TRUE(exact.has_value());
  EXPECT_EQ(exact->id, 9u);
  EXPECT_TRUE(exact->exact);
  EXPECT_EQ(exact->similarity, 1);

  std::optional<DuplicateMatch> near =
      index.Find(FingerprintPassage(ReplaceWord(kLong, "Tuesday", "Friday")));
  ASSERT_TRUE(near.has_value());
  EXPECT_FALSE(near->exact);
  EXPECT_GE(near->similarity, 0.8);
  EXPECT_LT(near->similarity, 1);

  EXPECT_FALSE(index.Find(FingerprintPassage("Something else entirely.")).has_value());
}

TEST(MarkInternalDuplicatesTest, GoldenTable) {
  const std::string near = ReplaceWord(kLong, "three", "four");
  const std::string appended = std::string(kLong) + " Nobody answered them.";
  NormalizedDocument doc = MakeDocument({
      "Procurement",         // 0 heading-like, short
      kLong,                 // 1
      "Read more",           // 2
      "READ MORE!",          // 3 exact repeat of 2
      near,                  // 4 near repeat of 1
      "Read more about it",  // 5 short, not exact: unmarked
      kLong,                 // 6 exact repeat of 1
      appended,              // 7 near repeat of 1
      "  read   more ",      // 8 chain: points at 2, the first
      "procurement",         // 9 exact repeat of 0
  });
  doc.passages[0].kind = PassageKind::kHeading;
  doc.passages[9].kind = PassageKind::kHeading;
  doc.passages[5].duplicate_of = DuplicateRef{};  // stale mark: cleared
  const std::vector<PassageFingerprint> fingerprints = MarkInternalDuplicates(&doc);
  ASSERT_EQ(fingerprints.size(), doc.passages.size());

  struct Expected {
    int passage;
    int duplicate_of;  // -1: first occurrence
    bool exact;
  };
  const Expected expected[] = {
      {0, -1, false}, {1, -1, false}, {2, -1, false}, {3, 2, true}, {4, 1, false},
      {5, -1, false}, {6, 1, true},   {7, 1, false},  {8, 2, true}, {9, 0, true},
  };
  for (const Expected& row : expected) {
    const Passage& passage = doc.passages[row.passage];
    SCOPED_TRACE("passage " + std::to_string(row.passage));
    if (row.duplicate_of < 0) {
      EXPECT_FALSE(passage.duplicate_of.has_value());
      continue;
    }
    ASSERT_TRUE(passage.duplicate_of.has_value());
    EXPECT_EQ(passage.duplicate_of->passage_index, row.duplicate_of);
    EXPECT_EQ(passage.duplicate_of->exact, row.exact);
    EXPECT_EQ(passage.duplicate_of->source_sha256, "");
    EXPECT_EQ(passage.duplicate_of->source_id, 0);
    if (row.exact) {
      EXPECT_EQ(passage.duplicate_of->similarity, 1);
    } else {
      EXPECT_GE(passage.duplicate_of->similarity, 0.8);
      EXPECT_LT(passage.duplicate_of->similarity, 1);
    }
  }
  EXPECT_EQ(fingerprints[3].exact_key, fingerprints[2].exact_key);
  EXPECT_EQ(fingerprints[1].exact_key, FingerprintPassage(kLong).exact_key);
}

TEST(MarkInternalDuplicatesTest, ShortPassagesOnlyMatchExactly) {
  NormalizedDocument doc =
      MakeDocument({"The minister resigned on Monday.", "The minister resigned on Friday.",
                    "The minister resigned on Monday"});
  MarkInternalDuplicates(&doc);
  EXPECT_FALSE(doc.passages[0].duplicate_of.has_value());
  EXPECT_FALSE(doc.passages[1].duplicate_of.has_value());
  ASSERT_TRUE(doc.passages[2].duplicate_of.has_value());
  EXPECT_EQ(doc.passages[2].duplicate_of->passage_index, 0);
}

// A random passage of `words` words drawn from a vocabulary of random words.
std::string RandomPassage(std::mt19937_64& rng, const std::vector<std::string>& vocabulary,
                          int words) {
  std::string out;
  std::uniform_int_distribution<size_t> pick(0, vocabulary.size() - 1);
  for (int i = 0; i < words; ++i) {
    if (i > 0) out += (i % 11 == 0) ? ". " : " ";
    out += vocabulary[pick(rng)];
  }
  return out + ".";
}

TEST(MarkInternalDuplicatesTest, PlantedNearDuplicatesAmongManyPassages) {
  std::mt19937_64 rng(20240611);
  std::vector<std::string> vocabulary;
  std::uniform_int_distribution<int> letter('a', 'z');
  std::uniform_int_distribution<int> length(2, 9);
  for (int i = 0; i < 3000; ++i) {
    std::string word;
    for (int n = length(rng); n > 0; --n) word.push_back(static_cast<char>(letter(rng)));
    vocabulary.push_back(word);
  }
  constexpr int kPassages = 20000;
  constexpr int kPlanted = 100;
  std::vector<std::string> paragraphs;
  std::uniform_int_distribution<int> words(4, 80);
  for (int i = 0; i < kPassages; ++i)
    paragraphs.push_back(RandomPassage(rng, vocabulary, words(rng)));

  // Near copies of long originals: one word replaced, or a short sentence appended.
  std::vector<int> originals;
  std::set<int> planted_positions;
  std::uniform_int_distribution<int> position(0, kPassages - 1);
  while (static_cast<int>(originals.size()) < kPlanted) {
    const int original = position(rng);
    if (CanonicalForm(paragraphs[original]).size() < 400 || planted_positions.count(original)) {
      continue;
    }
    originals.push_back(original);
    planted_positions.insert(original);
  }
  std::vector<int> copies;
  for (int i = 0; i < kPlanted; ++i) {
    std::string copy = paragraphs[originals[i]];
    if (i % 2 == 0) {
      copy.replace(copy.find(' ', copy.size() / 2), 1, " planted ");
    } else {
      copy += " And that was all.";
    }
    copies.push_back(static_cast<int>(paragraphs.size()));
    paragraphs.push_back(copy);
  }
  NormalizedDocument doc = MakeDocument(paragraphs);
  MarkInternalDuplicates(&doc);

  int marked = 0;
  for (size_t i = 0; i < kPassages; ++i) marked += doc.passages[i].duplicate_of.has_value();
  EXPECT_EQ(marked, 0) << "false positives among random passages";
  for (int i = 0; i < kPlanted; ++i) {
    const Passage& copy = doc.passages[copies[i]];
    ASSERT_TRUE(copy.duplicate_of.has_value()) << "copy " << i;
    EXPECT_EQ(copy.duplicate_of->passage_index, originals[i]);
    EXPECT_FALSE(copy.duplicate_of->exact);
    EXPECT_GE(copy.duplicate_of->similarity, 0.8);
  }
}

}  // namespace
}  // namespace dossier

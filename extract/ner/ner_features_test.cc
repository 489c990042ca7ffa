#include "extract/ner/ner_features.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/ner/internal/feature_templates.h"
#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/internal/word_features.h"

namespace dossier {
namespace {

using internal::LexiconFlags;

bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

struct LexiconCase {
  const char* word;
  uint32_t flags;
};

TEST(NerLexiconTest, RegionNameMorphology) {
  const LexiconCase cases[] = {
      {"Medetbekov", internal::kRegionSurname},
      {"Baiseitova", internal::kRegionSurname},
      {"Kazhegeldin", internal::kRegionSurname},
      {"Kazakhtelecom", internal::kRegionOrgPrefix},
      {"Tokayuly", internal::kRegionSurname},
      {"Rakhimbaevich", internal::kPatronymic},
      {"Petrovna", internal::kPatronymic},
      {"I.P.", internal::kInitials},
      {"I.", internal::kInitials},
      {"\xD0\x98.\xD0\x90.", internal::kInitials},  // И.А.
      {"Serik", internal::kGivenName},
      {"Ust-Kamenogorsk", internal::kPlaceName},
      {"LLP", internal::kOrgDesignator},
      {"Mr.", internal::kPersonCue},
      {"given", 0},  // lower case: no surname flag even though it ends in -en
      {"Ivanov", internal::kRegionSurname},
      {"In", 0},        // too short for a surname
      {"U.S.A.B.", 0},  // four letters: not initials
  };
  for (const LexiconCase& c : cases) {
    EXPECT_EQ(LexiconFlags(c.word), c.flags) << c.word;
  }
}

TEST(NerFeaturesTest, GoldenFeatureNames) {
  const std::vector<std::string_view> words = {"Mr.", "Medetbekov", "visited", "Ust-Kamenogorsk",
                                               "in",  "1999",       "."};
  NerDocumentContext doc;
  doc.AddSentence(words);
  doc.AddSentence({"Serik", "Medetbekov", "said", "."});
  NerFeatureExtractor extractor(nullptr, 16);

  const std::vector<std::string> surname = extractor.FeatureNames(words, doc, 1);
  const char* expected_surname[] = {"bias=1",
                                    "w=Medetbekov",
                                    "lw=medetbekov",
                                    "lw-1=mr.",
                                    "lw+1=visited",
                                    "lw-2=<s>",
                                    "lw+2=ust-kamenogorsk",
                                    "lw-1|lw=mr.|medetbekov",
                                    "p=m",
                                    "p=mede",
                                    "s=v",
                                    "s=kov",
                                    "s=ekov",
                                    "s=bekov",
                                    "sh=Xx",
                                    "sh-1=Xx.",
                                    "sh+1=x",
                                    "sh3=Xx.|Xx|x",
                                    "cap=IL",
                                    "lex=surname",
                                    "lex-1=personcue",
                                    "w-1=Mr.",
                                    "w+1=visited",
                                    "doc=capinside",
                                    "doc=run"};
  for (const char* name : expected_surname) {
    EXPECT_TRUE(Has(surname, name)) << name;
  }
  EXPECT_FALSE(Has(surname, "pos=first|IL"));
  EXPECT_FALSE(Has(surname, "case=upper"));

  const std::vector<std::string> place = extractor.FeatureNames(words, doc, 3);
  for (const char* name : {"sh=Xx-Xx", "cap=ILMH", "lex=place", "lw-1=visited", "lw+1=in"}) {
    EXPECT_TRUE(Has(place, name)) << name;
  }
  const std::vector<std::string> year = extractor.FeatureNames(words, doc, 5);
  for (const char* name : {"lw=0000", "sh=d", "cap=D"}) EXPECT_TRUE(Has(year, name)) << name;
  const std::vector<std::string> first = extractor.FeatureNames(words, doc, 0);
  EXPECT_TRUE(Has(first, "pos=first|ILP"));
  const std::vector<std::string> last = extractor.FeatureNames(words, doc, 6);
  EXPECT_TRUE(Has(last, "pos=last"));
  EXPECT_TRUE(Has(last, "lw+1=</s>"));
}

TEST(NerFeaturesTest, HeadlineAndClusters) {
  WordClusters clusters;
  clusters.Add("almaty", WordCluster{7, 2});
  NerFeatureExtractor extractor(&clusters, 16);
  NerDocumentContext doc;
  const std::vector<std::string_view> words = {"SOCCER", "-", "ALMATY", "WIN"};
  const std::vector<std::string> names = extractor.FeatureNames(words, doc, 2);
  for (const char* name : {"case=upper", "case=upper|almaty", "cf=7", "cc=2", "cf=7|IA"}) {
    EXPECT_TRUE(Has(names, name)) << name;
  }
}

// Capitals of the scripts our sources use: Latin (with accents), Cyrillic
// with Kazakh's letters; small letters and the rest are not.
TEST(NerLexiconTest, CapitalLetters) {
  const struct {
    const char* word;
    int length;
  } cases[] = {
      {"Almaty", 1},    {"almaty", 0}, {"Émile", 2}, {"émile", 0},  {"Назарбаев", 2},
      {"назарбаев", 0}, {"пётр", 0},   {"Ёлкин", 2}, {"Әлихан", 2}, {"әлихан", 0},
      {"Қасым", 2},     {"қасым", 0},  {"Ұлы", 2},   {"Үмбет", 2},  {"Ғани", 2},
      {"Өскемен", 2},   {"Іле", 2},    {"ірі", 0},   {"Łódź", 2},   {"łódź", 0},
      {"1999", 0},      {"-", 0},      {"", 0},      {"Ωmega", 2},
  };
  for (const auto& c : cases) EXPECT_EQ(internal::CapitalLetterLength(c.word), c.length) << c.word;
  EXPECT_TRUE(internal::IsInitials("Ә.Қ."));
  EXPECT_FALSE(internal::IsInitials("ә.қ."));
  EXPECT_EQ(LexiconFlags("перов") & internal::kRegionSurname, 0u);  // small letter: no surname
}

// The second stage sees the first stage's types for the word and its
// neighbours across the document; the first stage sees nothing of them.
TEST(NerFeaturesTest, StackedFeaturesOnlyWithPredictions) {
  NerFeatureExtractor extractor(nullptr, 16);
  const std::vector<std::string_view> first = {"Yegarmin", "left", "Almaty", "."};
  const std::vector<std::string_view> second = {"Yegarmin", "Almaty", "Bank", "said", "."};
  NerDocumentContext doc;
  doc.AddSentence(first);
  doc.AddSentence(second);
  EXPECT_FALSE(Has(extractor.FeatureNames(second, doc, 0), "st=PER"));
  doc.AddPredictions(first, {{0, 1, EntityType::kPerson}, {2, 3, EntityType::kLocation}});
  doc.AddPredictions(second, {{0, 1, EntityType::kPerson}, {1, 3, EntityType::kOrganization}});
  const std::vector<std::string> names = extractor.FeatureNames(second, doc, 0);
  for (const char* name : {"st=PER", "st=PER|IL", "st+1=ORG"}) {
    EXPECT_TRUE(Has(names, name)) << name;
  }
  // "Almaty" was once LOC, once inside an ORG: a tie goes to the type listed
  // first (PER, ORG, LOC, MISC). "Bank" was only ever inside the ORG.
  EXPECT_TRUE(Has(extractor.FeatureNames(second, doc, 1), "st=ORG"));
  EXPECT_TRUE(Has(extractor.FeatureNames(second, doc, 3), "st-1=ORG"));
  // "said" is lower case: it casts no vote and gets no stacked feature.
  EXPECT_FALSE(Has(extractor.FeatureNames(second, doc, 3), "st=O"));
}

TEST(NerFeaturesTest, GazetteerPhrasesAreFeatures) {
  NerGazetteer gazetteer;
  gazetteer.Add("United States", GazetteerKind::kCountry);
  gazetteer.Add("Kazakh", GazetteerKind::kLanguage);
  NerFeatureExtractor extractor(nullptr, 16, &gazetteer);
  NerDocumentContext doc;
  const std::vector<std::string_view> words = {"The", "United", "States", "and", "Kazakh", "TV"};
  EXPECT_TRUE(Has(extractor.FeatureNames(words, doc, 1), "gz=country|B"));
  EXPECT_TRUE(Has(extractor.FeatureNames(words, doc, 2), "gz=country|L"));
  EXPECT_TRUE(Has(extractor.FeatureNames(words, doc, 0), "gz+1=country"));
  EXPECT_TRUE(Has(extractor.FeatureNames(words, doc, 4), "gz=language|U"));
}

TEST(NerFeaturesTest, HashedRowsMatchNamesAndStayInRange) {
  NerFeatureExtractor extractor(nullptr, 12);
  NerDocumentContext doc;
  const std::vector<std::string_view> words = {"Igilmanov", "I.A.", "left", "Almaty"};
  NerFeatures features;
  extractor.Extract(words, doc, &features);
  ASSERT_EQ(features.starts.size(), words.size() + 1);
  for (size_t t = 0; t < words.size(); ++t) {
    EXPECT_EQ(features.starts[t + 1] - features.starts[t],
              extractor.FeatureNames(words, doc, static_cast<int>(t)).size());
  }
  for (uint32_t row : features.rows) EXPECT_LT(row, 1u << 12);
  NerFeatures again;
  extractor.Extract(words, doc, &again);
  EXPECT_EQ(features.rows, again.rows);
}

// The row of feature name "template=value": the template's id and the value
// (parts already joined by '|') hashed as the model files expect.
uint32_t RowOfName(const std::string& name, uint32_t mask) {
  const size_t eq = name.find('=');
  const std::string_view tmpl = std::string_view(name).substr(0, eq);
  for (int t = 0; t < internal::kNumTemplates; ++t) {
    if (internal::kTemplateNames[t] == tmpl) {
      return internal::FeatureRow(static_cast<internal::Template>(t), name.substr(eq + 1)) & mask;
    }
  }
  ADD_FAILURE() << "unknown template in " << name;
  return 0;
}

// The rows Extract() takes from its table of words are those of the
// features' names, hashed afresh, in the same order: in both feature sets,
// with clusters, gazetteer phrases, document hints and stacked predictions,
// for words seen before (by this extractor or one sharing its table) and new.
TEST(NerFeaturesTest, RowsAreTheHashesOfTheNames) {
  WordClusters clusters;
  clusters.Add("almaty", WordCluster{7, 2});
  clusters.Add("bank", WordCluster{11, 3});
  clusters.Add("\xD0\xB0\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B", WordCluster{7, 2});  // алматы
  NerGazetteer gazetteer;
  gazetteer.Add("Almaty", GazetteerKind::kCity);
  gazetteer.Add("United States", GazetteerKind::kCountry);
  const std::vector<std::vector<std::string_view>> sentences = {
      {"Mr.", "Medetbekov", "of", "Kazkommertsbank", "visited", "Almaty", "in", "1999", "."},
      {"SOCCER", "-", "ALMATY", "WIN", "OVER", "UNITED", "STATES"},
      {"The", "United", "States", "and", "the", "Almaty", "Bank", "'s", "I.P.", "Yegarmin"},
      {"\xD0\x92", "\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B",  // В Алматы
       "\xD0\x9D\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x80\xD0\xB1\xD0\xB0\xD0\xB5\xD0\xB2\xD0\xB0",
       "\xC3\x89mile", "\x80\x80", "x"},
      {"a"},
      {"Almaty"}};
  for (uint32_t version : {3u, 4u}) {
    internal::WordFeatureTable shared((1u << 14) - 1, version);
    NerFeatureExtractor first(&clusters, 14, &gazetteer, version, &shared);
    NerFeatureExtractor second(&clusters, 14, &gazetteer, version, &shared);
    NerDocumentContext doc(version);
    for (const auto& words : sentences) doc.AddSentence(words);
    for (int pass = 0; pass < 3; ++pass) {
      if (pass == 2) {
        for (const auto& words : sentences) {
          doc.AddPredictions(words, {{0, 1, EntityType::kPerson}, {1, 2, EntityType::kLocation}});
        }
      }
      NerFeatureExtractor& extractor = pass == 0 ? first : second;
      for (const auto& words : sentences) {
        NerFeatures features;
        extractor.Extract(words, doc, &features);
        ASSERT_EQ(features.starts.size(), words.size() + 1);
        for (size_t t = 0; t < words.size(); ++t) {
          std::vector<uint32_t> expected;
          for (const std::string& name : extractor.FeatureNames(words, doc, static_cast<int>(t))) {
            expected.push_back(RowOfName(name, (1u << 14) - 1));
          }
          const std::vector<uint32_t> rows(features.rows.begin() + features.starts[t],
                                           features.rows.begin() + features.starts[t + 1]);
          EXPECT_EQ(rows, expected)
              << "version " << version << ", pass " << pass << ", word " << words[t];
        }
      }
    }
  }
}

// Row numbers pinned down (FNV-1a and Mix64 computed apart from this code):
// the hashes are persisted in the model files.
TEST(NerFeaturesTest, FeatureRowsNeverChange) {
  const uint32_t mask = (1u << 20) - 1;
  EXPECT_EQ(internal::FeatureRow(internal::kKey, "almaty") & mask, 349388u);
  EXPECT_EQ(internal::FeatureRow(internal::kBigramPrev, "mr.", "medetbekov") & mask, 620179u);
  EXPECT_EQ(internal::FeatureRow(internal::kBias, "1") & mask, 1014958u);
  WordClusters none;
  internal::WordFeatureTable table(mask, 3);
  EXPECT_EQ(table.Get("Almaty", &none).rows[internal::kSlotKey], 349388u);
}

TEST(NerClustersTest, BuildsDeterministicClusters) {
  std::vector<std::vector<std::string>> sentences;
  for (int i = 0; i < 5; ++i) {
    sentences.push_back({"he", "lives", "in", "Almaty", "."});
    sentences.push_back({"he", "lives", "in", "Tashkent", "."});
    sentences.push_back({"she", "said", "it", "was", "good", "."});
  }
  ClusterOptions options;
  options.fine_clusters = 4;
  options.coarse_clusters = 2;
  const WordClusters a = BuildWordClusters(sentences, options);
  const WordClusters b = BuildWordClusters(sentences, options);
  ASSERT_NE(a.Find("almaty"), nullptr);
  ASSERT_NE(a.Find("tashkent"), nullptr);
  EXPECT_EQ(a.Find("almaty")->fine, a.Find("tashkent")->fine);  // same contexts
  EXPECT_EQ(a.Find("almaty")->fine, b.Find("almaty")->fine);
  EXPECT_EQ(a.SortedEntries().size(), b.SortedEntries().size());
  EXPECT_EQ(a.Find("unseen"), nullptr);
  EXPECT_EQ(NerWordKey("Ust-Kamenogorsk 1999"), "ust-kamenogorsk 0000");
}

}  // namespace
}  // namespace dossier

#include "extract/ner/internal/word_sums.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/ner/ner_features.h"

namespace dossier::internal {
namespace {

// Sentences that reach every kind of feature: lexicon flags (surnames,
// cues, initials), clusters, gazetteer phrases, a headline, Cyrillic words,
// invalid UTF-8, and sentences of one and two words.
const std::vector<std::vector<std::string_view>>& Sentences() {
  static const std::vector<std::vector<std::string_view>> sentences = {
      {"Mr.", "Medetbekov", "of", "Kazkommertsbank", "visited", "Almaty", "in", "1999", "."},
      {"SOCCER", "-", "ALMATY", "WIN", "OVER", "UNITED", "STATES"},
      {"The", "United", "States", "and", "the", "Almaty", "Bank", "'s", "I.P.", "Yegarmin"},
      {"\xD0\x92", "\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B",  // В Алматы
       "\xD0\x9D\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x80\xD0\xB1\xD0\xB0\xD0\xB5\xD0\xB2\xD0\xB0",
       "\xC3\x89mile", "\x80\x80", "x"},
      {"Bank", "Almaty"},
      {"a"},
      {"Almaty"}};
  return sentences;
}

WordClusters Clusters() {
  WordClusters clusters;
  clusters.Add("almaty", WordCluster{7, 2});
  clusters.Add("bank", WordCluster{11, 3});
  clusters.Add("the", WordCluster{1, 0});
  clusters.Add("\xD0\xB0\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B", WordCluster{7, 2});  // алматы
  return clusters;
}

NerGazetteer Gazetteer() {
  NerGazetteer gazetteer;
  gazetteer.Add("Almaty", GazetteerKind::kCity);
  gazetteer.Add("United States", GazetteerKind::kCountry);
  return gazetteer;
}

// Every token's rows from Extract() are, as a multiset, the rows of
// ExtractContext() and the role rows of the words around it: in both feature
// sets, with document hints and stacked predictions.
TEST(WordWeightSumsTest, ContextAndRoleRowsAreEveryFeature) {
  const WordClusters clusters = Clusters();
  const NerGazetteer gazetteer = Gazetteer();
  constexpr uint32_t kMask = (1u << 14) - 1;
  for (uint32_t version : {3u, 4u}) {
    WordFeatureTable table(kMask, version);
    NerFeatureExtractor extractor(&clusters, 14, &gazetteer, version, &table);
    NerDocumentContext doc(version);
    for (const auto& words : Sentences()) doc.AddSentence(words);
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1) {
        for (const auto& words : Sentences()) {
          doc.AddPredictions(words, {{0, 1, EntityType::kPerson}, {1, 2, EntityType::kLocation}});
        }
      }
      for (const auto& words : Sentences()) {
        NerFeatures all, context;
        extractor.Extract(words, doc, &all);
        extractor.ExtractContext(words, doc, &context);
        for (int t = 0; t < static_cast<int>(words.size()); ++t) {
          std::vector<uint32_t> expected(all.rows.begin() + all.starts[t],
                                         all.rows.begin() + all.starts[t + 1]);
          std::vector<uint32_t> got(context.rows.begin() + context.starts[t],
                                    context.rows.begin() + context.starts[t + 1]);
          for (int role = 0; role < kNumWordRoles; ++role) {
            AppendRoleRows(extractor.word(t + kRoleOffset[role]), static_cast<WordRole>(role),
                           kMask, &got);
          }
          std::sort(expected.begin(), expected.end());
          std::sort(got.begin(), got.end());
          EXPECT_EQ(got, expected)
              << "version " << version << ", pass " << pass << ", word " << words[t];
        }
      }
    }
  }
}

// A second stage's context rows from the first stage's
// (ExtractAfterFirstStage) are, token by token and as a multiset, those
// ExtractContext() gives once the first stage's predictions are in the
// document: in both feature sets, with gazetteer phrases and a headline.
TEST(WordWeightSumsTest, SecondStageRowsAreTheFirstStagesAndThePredictions) {
  const WordClusters clusters = Clusters();
  const NerGazetteer gazetteer = Gazetteer();
  constexpr uint32_t kMask = (1u << 14) - 1;
  for (uint32_t version : {3u, 4u}) {
    WordFeatureTable table(kMask, version);
    NerFeatureExtractor first(&clusters, 14, &gazetteer, version, &table);
    const NerGazetteer copy = gazetteer;  // the second stage's: the same id
    NerFeatureExtractor second(&clusters, 14, &copy, version, &table);
    NerDocumentContext doc(version);
    first.StartDocument();
    std::vector<std::vector<const WordFeatures*>> looked_up(Sentences().size());
    for (size_t s = 0; s < Sentences().size(); ++s) {
      first.LookUp(Sentences()[s], &looked_up[s]);
      doc.AddSentence(Sentences()[s]);
    }
    std::vector<NerFeatures> first_rows(Sentences().size());
    for (size_t s = 0; s < Sentences().size(); ++s) {
      first.ExtractContext(Sentences()[s], doc, &first_rows[s], looked_up[s].data());
    }
    for (const auto& words : Sentences()) {
      doc.AddPredictions(words, {{0, 1, EntityType::kPerson}, {1, 3, EntityType::kLocation}});
    }
    for (size_t s = 0; s < Sentences().size(); ++s) {
      const std::vector<std::string_view>& words = Sentences()[s];
      NerFeatures expected, got;
      second.ExtractContext(words, doc, &expected, looked_up[s].data());
      second.ExtractAfterFirstStage(words, doc, looked_up[s].data(), first_rows[s].rows,
                                    first_rows[s].starts, &got);
      ASSERT_EQ(got.starts.size(), words.size() + 1);
      if (words.size() > 1) {
        EXPECT_GT(expected.rows.size(), first_rows[s].rows.size()) << "predictions add rows";
      }
      for (int t = 0; t < static_cast<int>(words.size()); ++t) {
        std::vector<uint32_t> want(expected.rows.begin() + expected.starts[t],
                                   expected.rows.begin() + expected.starts[t + 1]);
        std::vector<uint32_t> have(got.rows.begin() + got.starts[t],
                                   got.rows.begin() + got.starts[t + 1]);
        std::sort(want.begin(), want.end());
        std::sort(have.begin(), have.end());
        EXPECT_EQ(have, want) << "version " << version << ", word " << words[t];
        EXPECT_EQ(&second.word(t), looked_up[s][t]);
      }
    }
  }
}

// A word's sums are the weights of its role rows added up, zero rows
// included, for the words of the table and the sentence bounds; a trimmed
// table's words are summed afresh.
TEST(WordWeightSumsTest, SumsAddTheRoleRowsWeights) {
  constexpr int kBits = 10;
  std::vector<float> weights((size_t{1} << kBits) * kNumNerTags);
  uint32_t state = 12345;
  for (size_t i = 0; i < weights.size(); ++i) {
    state = state * 1103515245u + 12345u;
    // About a third of the rows stay zero, as in a trained model.
    weights[i] = (i / kNumNerTags) % 3 == 0 ? 0.0f : static_cast<float>(state >> 16) / 65536 - 0.5f;
  }
  const NerModel model =
      NerModel::FromFloatWeights(kBits, weights, NerTransitions{}, Clusters(), "test");
  const uint32_t mask = (1u << kBits) - 1;
  WordFeatureTable table(mask, model.feature_version());
  WordWeightSums sums(model.weights_id());
  for (int round = 0; round < 2; ++round) {
    std::vector<const WordFeatures*> words = {&table.sentence_start(), &table.sentence_end()};
    std::vector<std::vector<std::string_view>> sentences = Sentences();
    if (round == 1) std::reverse(sentences.begin(), sentences.end());
    for (const auto& sentence : sentences) {
      for (std::string_view word : sentence) words.push_back(&table.Get(word, &model.clusters()));
    }
    for (const WordFeatures* w : words) {
      const WordWeightSums::Sums& got = sums.Get(*w, table, model);
      for (int role = 0; role < kNumWordRoles; ++role) {
        std::vector<uint32_t> rows;
        AppendRoleRows(*w, static_cast<WordRole>(role), mask, &rows);
        int32_t expected[kNumNerTags] = {};
        for (uint32_t row : rows) {
          for (int k = 0; k < kNumNerTags; ++k) expected[k] += model.Row(row)[k];
        }
        for (int k = 0; k < kNumNerTags; ++k) {
          EXPECT_EQ(got.role[role][k], expected[k]) << w->word << ", role " << role;
        }
      }
    }
    table.Trim(0);  // the next round's words take the indexes of other words
  }
}

}  // namespace
}  // namespace dossier::internal

#include "extract/ner/ner_model.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

namespace dossier {
namespace {

NerModel SmallModel() {
  std::vector<float> weights((size_t{1} << 12) * kNumNerTags, 0.0f);
  weights[5 * kNumNerTags + 3] = 2.5f;
  weights[4095 * kNumNerTags + 16] = -1.25f;
  weights[77 * kNumNerTags + 0] = 0.001f;
  NerTransitions transitions;
  transitions.start[1] = 0.5f;
  transitions.pair[3 * kNumNerTags + 4] = -2.0f;
  transitions.end[16] = 1.5f;
  WordClusters clusters;
  clusters.Add("almaty", WordCluster{3, 1});
  clusters.Add("medetbekov", WordCluster{300, 40});
  return NerModel::FromFloatWeights(12, weights, transitions, std::move(clusters), "test model");
}

TEST(NerModelTest, RoundTripThroughFile) {
  const NerModel model = SmallModel();
  const std::string path = testing::TempDir() + "/ner_model_test.bin";
  ASSERT_TRUE(model.Save(path).ok());
  StatusOr<NerModel> loaded = NerModel::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->hash_bits(), 12);
  EXPECT_EQ(loaded->description(), "test model");
  EXPECT_FLOAT_EQ(loaded->scale(), model.scale());
  EXPECT_EQ(loaded->Row(5)[3], 32767);  // the largest weight maps to the int16 maximum
  EXPECT_FLOAT_EQ(loaded->Row(5)[3] * loaded->scale(), 2.5f);
  EXPECT_NEAR(loaded->Row(4095)[16] * loaded->scale(), -1.25f, 1e-4);
  EXPECT_EQ(loaded->Row(6)[3], 0);
  EXPECT_EQ(loaded->transitions().start[1], 0.5f);
  EXPECT_EQ(loaded->transitions().pair[3 * kNumNerTags + 4], -2.0f);
  EXPECT_EQ(loaded->transitions().end[16], 1.5f);
  ASSERT_NE(loaded->clusters().Find("medetbekov"), nullptr);
  EXPECT_EQ(loaded->clusters().Find("medetbekov")->fine, 300);
  EXPECT_EQ(loaded->clusters().Find("almaty")->coarse, 1);
  EXPECT_EQ(loaded->ToBytes(), model.ToBytes());
  std::remove(path.c_str());
}

TEST(NerModelTest, SecondStageAndGazetteerRoundTrip) {
  NerModel model = SmallModel();
  NerGazetteer gazetteer;
  gazetteer.Add("Ust-Kamenogorsk", GazetteerKind::kCity);
  gazetteer.Add("United Kingdom", GazetteerKind::kCountry);
  model.set_gazetteer(gazetteer);
  NerModel second = SmallModel();
  second.set_gazetteer(gazetteer);
  model.set_second_stage(std::move(second));
  StatusOr<NerModel> loaded = NerModel::FromBytes(model.ToBytes(), "m.bin");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_NE(loaded->second_stage(), nullptr);
  EXPECT_EQ(loaded->second_stage()->second_stage(), nullptr);
  EXPECT_EQ(loaded->gazetteer().size(), 2u);
  EXPECT_EQ(loaded->second_stage()->Row(5)[3], 32767);
  EXPECT_EQ(loaded->ToBytes(), model.ToBytes());
  // Stages with the same phrases share the gazetteer's id (and so what the
  // tagger keeps per word and sentence); other phrases keep their own.
  EXPECT_EQ(loaded->second_stage()->gazetteer().id(), loaded->gazetteer().id());
  NerModel other = SmallModel();
  other.set_gazetteer(gazetteer);
  NerModel other_second = SmallModel();
  NerGazetteer fewer;
  fewer.Add("United Kingdom", GazetteerKind::kCountry);
  other_second.set_gazetteer(fewer);
  other.set_second_stage(std::move(other_second));
  EXPECT_NE(other.second_stage()->gazetteer().id(), other.gazetteer().id());
  EXPECT_EQ(other.second_stage()->gazetteer().size(), 1u);
}

// PrefetchRow() gives what Row() gives, for rows stored and not (the last
// row of the table included).
TEST(NerModelTest, PrefetchRowIsRow) {
  const NerModel model = SmallModel();
  for (uint32_t row = 0; row < (1u << 12); ++row) {
    EXPECT_EQ(model.PrefetchRow(row), model.Row(row)) << "row " << row;
  }
  EXPECT_EQ(model.PrefetchRow(5), model.StoredRow(5));
  EXPECT_EQ(model.PrefetchRow(5)[3], 32767);
  EXPECT_EQ(model.StoredRow(6), nullptr);
  EXPECT_EQ(model.PrefetchRow(6)[3], 0);
  const NerModel empty;
  EXPECT_EQ(empty.PrefetchRow(0), empty.Row(0));
  EXPECT_EQ(empty.PrefetchRow(255)[16], 0);
}

struct CorruptCase {
  const char* what;
  size_t truncate_to;  // 0: keep the size
  long flip_at;        // -1: no flip; else byte offset (negative counts from the end)
  StatusCode code;
  const char* message;
};

TEST(NerModelTest, CorruptFilesAreErrors) {
  const std::string good = SmallModel().ToBytes();
  const CorruptCase cases[] = {
      {"empty", 1, -1, StatusCode::kInvalidArgument,
       "m.bin: not a Dossier NER model (bad magic number)"},
      {"bad magic", 0, 0, StatusCode::kInvalidArgument,
       "m.bin: not a Dossier NER model (bad magic number)"},
      {"future version", 0, 8, StatusCode::kUnimplemented,
       "m.bin: model format version 0, this build reads version 2"},
      {"truncated", 14, -1, StatusCode::kDataLoss, "m.bin: truncated model file"},
      {"flipped weight", 0, 200, StatusCode::kDataLoss, "m.bin: checksum mismatch (corrupt file)"},
      {"cut tail", 0, -2, StatusCode::kDataLoss, "m.bin: checksum mismatch (corrupt file)"},
  };
  for (const CorruptCase& c : cases) {
    std::string bytes = good;
    if (c.truncate_to == 1) bytes.clear();
    if (c.truncate_to > 1) bytes.resize(c.truncate_to);
    if (c.flip_at == 8) {
      bytes[8] = 0;  // version 1 -> 0 (the low byte)
    } else if (c.flip_at >= 0) {
      bytes[c.flip_at] = static_cast<char>(bytes[c.flip_at] ^ 0x5a);
    } else if (c.flip_at == -2) {
      bytes.resize(bytes.size() - 3);
    }
    StatusOr<NerModel> model = NerModel::FromBytes(bytes, "m.bin");
    ASSERT_FALSE(model.ok()) << c.what;
    EXPECT_EQ(model.status().code(), c.code) << c.what;
    EXPECT_EQ(model.status().message(), c.message) << c.what;
  }
}

TEST(NerModelTest, MissingFileIsNotFound) {
  StatusOr<NerModel> model = NerModel::Load("/nonexistent/ner.bin");
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(model.status().message(), "/nonexistent/ner.bin: cannot open model file");
}

}  // namespace
}  // namespace dossier

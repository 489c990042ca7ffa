#include "extract/ner/ner_tags.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "extract/ner/ner_decode.h"

namespace dossier {
namespace {

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kLocation;

struct BioCase {
  std::vector<std::string> tags;
  std::vector<TypedSpan> spans;
};

TEST(NerTagsTest, SpansFromBioFollowsConlleval) {
  const BioCase cases[] = {
      {{"B-PER", "I-PER", "O"}, {{0, 2, kPer}}},
      {{"B-PER", "B-PER"}, {{0, 1, kPer}, {1, 2, kPer}}},
      {{"I-LOC", "I-LOC", "O", "I-ORG"}, {{0, 2, kLoc}, {3, 4, kOrg}}},  // IOB1 starts
      {{"B-LOC", "I-ORG"}, {{0, 1, kLoc}, {1, 2, kOrg}}},                // type change opens
      {{"O", "B-XYZ", "I-PER"}, {{2, 3, kPer}}},                         // unknown type is O
      {{}, {}},
  };
  for (const BioCase& c : cases) EXPECT_EQ(SpansFromBio(c.tags), c.spans);
}

TEST(NerTagsTest, BilouRoundTrip) {
  const std::vector<TypedSpan> spans = {{0, 1, kPer}, {2, 5, kOrg}, {5, 7, kLoc}};
  const std::vector<int> tags = BilouFromSpans(spans, 8);
  std::vector<std::string> names;
  for (int t : tags) names.push_back(BilouTagName(t));
  EXPECT_EQ(names, (std::vector<std::string>{"U-PER", "O", "B-ORG", "I-ORG", "L-ORG", "B-LOC",
                                             "L-LOC", "O"}));
  EXPECT_EQ(SpansFromBilou(tags), spans);
  EXPECT_EQ(BioFromSpans(spans, 8), (std::vector<std::string>{"B-PER", "O", "B-ORG", "I-ORG",
                                                              "I-ORG", "B-LOC", "I-LOC", "O"}));
}

TEST(NerTagsTest, SpansFromBilouIsLenient) {
  const int b_per = BilouTag(kPer, BilouPart::kBegin);
  const int i_per = BilouTag(kPer, BilouPart::kInside);
  const int l_org = BilouTag(kOrg, BilouPart::kLast);
  // An unfinished B-I, then an L of another type that continues nothing.
  EXPECT_EQ(SpansFromBilou({b_per, i_per, l_org}),
            (std::vector<TypedSpan>{{0, 2, kPer}, {2, 3, kOrg}}));
}

TEST(NerTagsTest, TransitionsFollowBilouGrammar) {
  const int b_per = BilouTag(kPer, BilouPart::kBegin);
  const int l_per = BilouTag(kPer, BilouPart::kLast);
  const int l_loc = BilouTag(kLoc, BilouPart::kLast);
  const int u_loc = BilouTag(kLoc, BilouPart::kUnit);
  EXPECT_TRUE(BilouTransitionAllowed(b_per, l_per));
  EXPECT_FALSE(BilouTransitionAllowed(b_per, l_loc));
  EXPECT_FALSE(BilouTransitionAllowed(b_per, kOutsideTag));
  EXPECT_FALSE(BilouTransitionAllowed(b_per, -1));
  EXPECT_FALSE(BilouTransitionAllowed(-1, l_per));
  EXPECT_TRUE(BilouTransitionAllowed(u_loc, b_per));
  EXPECT_FALSE(BilouTransitionAllowed(kOutsideTag, l_loc));
}

TEST(NerDecodeTest, ViterbiRespectsGrammarOverGreedyChoice) {
  // Token 0 prefers B-PER, token 1 prefers O: B-PER O is invalid, so the
  // decoder must pick the best valid pair, here U-PER O.
  std::vector<float> emissions(2 * kNumNerTags, 0.0f);
  const int b_per = BilouTag(kPer, BilouPart::kBegin);
  const int u_per = BilouTag(kPer, BilouPart::kUnit);
  emissions[b_per] = 5;
  emissions[u_per] = 4;
  emissions[kNumNerTags + kOutsideTag] = 3;
  NerTransitions transitions;
  ViterbiDecoder decoder;
  std::vector<int> tags;
  decoder.Decode(emissions.data(), 2, transitions, &tags);
  EXPECT_EQ(tags, (std::vector<int>{u_per, kOutsideTag}));
  decoder.Decode(emissions.data(), 0, transitions, &tags);
  EXPECT_TRUE(tags.empty());
}

// The score of `tags` under the emissions and transitions, or nullopt when
// the BILOU grammar forbids the sequence.
std::optional<float> SequenceScore(const std::vector<int>& tags, const float* emissions,
                                   const NerTransitions& transitions) {
  float score = 0;
  for (size_t t = 0; t < tags.size(); ++t) {
    const int prev = t == 0 ? -1 : tags[t - 1];
    if (!BilouTransitionAllowed(prev, tags[t])) return std::nullopt;
    score +=
        (t == 0 ? transitions.start[tags[t]] : transitions.pair[prev * kNumNerTags + tags[t]]) +
        emissions[t * kNumNerTags + tags[t]];
  }
  if (!BilouTransitionAllowed(tags.back(), -1)) return std::nullopt;
  return score + transitions.end[tags.back()];
}

TEST(NerDecodeTest, ViterbiFindsTheBestValidSequenceOfEveryThree) {
  // Small whole-number scores (exact in float, many ties) against every one
  // of the 17^3 sequences of three tags.
  uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return static_cast<float>(static_cast<int>((state >> 16) % 17) - 8);
  };
  for (int round = 0; round < 40; ++round) {
    NerTransitions transitions;
    for (float& f : transitions.start) f = next();
    for (float& f : transitions.pair) f = next();
    for (float& f : transitions.end) f = next();
    std::vector<float> emissions(3 * kNumNerTags);
    for (float& f : emissions) f = next();
    float best = -1e9f;
    for (int a = 0; a < kNumNerTags; ++a) {
      for (int b = 0; b < kNumNerTags; ++b) {
        for (int c = 0; c < kNumNerTags; ++c) {
          if (auto s = SequenceScore({a, b, c}, emissions.data(), transitions)) {
            best = std::max(best, *s);
          }
        }
      }
    }
    ViterbiDecoder decoder;
    std::vector<int> tags;
    decoder.Decode(emissions.data(), 3, transitions, &tags);
    const std::optional<float> got = SequenceScore(tags, emissions.data(), transitions);
    ASSERT_TRUE(got.has_value()) << "round " << round;
    EXPECT_EQ(*got, best) << "round " << round;
  }
}

}  // namespace
}  // namespace dossier

// A person's profile built from three short news articles (written for this
// test, names invented) through the real pipeline: ingest, extraction with
// the shipped models, linking, the corpus and the profile. The timeline's
// dated entries must cite the sentence that states each event, and the date
// must be read from that sentence or the one before it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/corpus_from_store.h"
#include "dossier/profile.h"
#include "dossier/testing/ingested_store.h"
#include "pipeline/entity_linking.h"

namespace dossier {
namespace {

constexpr const char* kArticles[][2] = {
    {"astana_times.txt",
     "Bolat Seitov was born in Pavlodar in 1961.\n\n"
     "In 2004, Seitov was sent abroad as the Kazakh ambassador to Hungary. After returning home "
     "in 2009, he was appointed deputy finance minister.\n"},
    {"steppe_courier.txt",
     "Bolat Seitov founded Temir Bank in 1995.\n\n"
     "In 2012, Seitov moved to Vienna. He founded the Dala Foundation.\n"},
    {"court_report.txt",
     "Bolat Seitov was charged with fraud by the Almaty City Court in 2016.\n\n"
     "His lawyer said the charges were political.\n"},
};

class NewsProfileTest : public testing::IngestedStoreTest {
 protected:
  void SetUp() override {
    testing::IngestedStoreTest::SetUp();
    for (const auto& [path, text] : kArticles) Ingest(path, text);
    ASSERT_TRUE(RelinkEntities(store_.get()).ok());
    StatusOr<Corpus> corpus = LoadCorpus(*store_);
    ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
    corpus_ = std::move(*corpus);
  }

  std::string PersonNamed(const std::string& name) const {
    for (const CorpusEntity& e : corpus_.entities) {
      if (e.type == EntityType::kPerson &&
          std::find(e.names.begin(), e.names.end(), name) != e.names.end()) {
        return e.id;
      }
    }
    return {};
  }

  Corpus corpus_;
};

// "PERIOD | TEXT | cited sentence" for each dated entry of the timeline.
std::vector<std::string> TimelineLines(const Corpus& corpus, const Profile& profile) {
  std::vector<std::string> lines;
  for (const TimelineEvent& event : profile.timeline) {
    std::string line = event.period + " | " + event.text;
    for (const Support& s : event.support) {
      line += " | " + s.citation.path + ": " + std::string(CitedText(corpus, s.citation));
    }
    lines.push_back(line);
  }
  return lines;
}

TEST_F(NewsProfileTest, TimelineEntriesComeFromTheirOwnSentences) {
  const std::string seitov = PersonNamed("Bolat Seitov");
  ASSERT_FALSE(seitov.empty());
  const Profile profile = BuildProfile(corpus_, seitov);
  EXPECT_EQ(profile.sources, 3);
  const std::vector<std::string> expected = {
      "1961 | born | astana_times.txt: Bolat Seitov was born in Pavlodar in 1961.",
      "since 1995 | founded Temir Bank | steppe_courier.txt: Bolat Seitov founded Temir Bank "
      "in 1995.",
      "since 2004 | ambassador of Hungary | astana_times.txt: In 2004, Seitov was sent abroad as "
      "the Kazakh ambassador to Hungary.",
      "since 2009 | deputy finance minister of Kazakhstan | astana_times.txt: After returning "
      "home in 2009, he was appointed deputy finance minister.",
      "since 2012 | moved to Vienna | steppe_courier.txt: In 2012, Seitov moved to Vienna.",
      // The sentence before opened with the year: the founding follows it.
      "since 2012 | founded Dala Foundation | steppe_courier.txt: He founded the Dala "
      "Foundation.",
      "since 2016 | charged with fraud | court_report.txt: Bolat Seitov was charged with fraud "
      "by the Almaty City Court in 2016.",
  };
  EXPECT_EQ(TimelineLines(corpus_, profile), expected);
}

}  // namespace
}  // namespace dossier

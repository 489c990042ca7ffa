// Screening from the store's entity names, with each candidate person's
// attributes read when a query needs them (StoreScreener), answers what
// screening a corpus of the same store answers (CorpusScreening): the same
// entities, scores, verdicts and reasons, for queries with and without dates
// of birth and nationalities of their own.
#include "dossier/store_screening.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/corpus_from_store.h"
#include "dossier/testing/ingested_store.h"
#include "pipeline/entity_linking.h"

namespace dossier {
namespace {

constexpr const char* kDocuments[][2] = {
    {"akhmetov.txt",
     "Serik Akhmetov, a banker, was born on 5 May 1960 in Almaty. He is a citizen of "
     "Kazakhstan.\n"},
    {"akhmetov_namesake.txt", "Serik Akhmetov, a footballer, was born on 2 June 1991.\n"},
    {"omarova.txt", "Dana Omarova is a Kazakh journalist. She met Serik Akhmetov in 2019.\n"},
    {"omarov.txt", "Daniyar Omarov, Dana Omarova's brother, was born in 1988 in Astana.\n"},
    {"bank.txt", "Temir Bank was founded in 1995 by Serik Akhmetov.\n"},
};

// One hit in words: the entity, its score, verdict and reasons.
std::string Described(const LinkedEntity& entity, const ScreeningHit& hit) {
  return entity.id + " " + hit.matched_name + " " + std::to_string(hit.match.score) + " " +
         std::string(MatchVerdictName(hit.match.verdict)) + " [" + hit.attribute_reasons +
         "] vetoed=" + (hit.vetoed ? "1" : "0");
}

ListedName Query(const std::string& name, const std::string& born, const std::string& country) {
  ListedName query;
  query.name = name;
  query.date_of_birth = born;
  query.nationality = country;
  if (!born.empty()) query.birth_dates = {born};
  if (!country.empty()) query.countries = {country};
  return query;
}

class StoreScreenerTest : public testing::IngestedStoreTest {};

TEST_F(StoreScreenerTest, AnswersWhatTheCorpusScreeningAnswers) {
  for (const auto& [path, text] : kDocuments) Ingest(path, text);
  ASSERT_TRUE(store_
                  ->ImportList("watch", "watch.csv",
                               {{.index = 0,
                                 .record_id = "1",
                                 .type = EntityType::kPerson,
                                 .name = "Dana Omarova",
                                 .date_of_birth = "1979-04-01",
                                 .nationality = "kz",
                                 .gender = "female"}})
                  .ok());
  ASSERT_TRUE(LinkNewEntities(store_.get()).ok());
  StatusOr<Corpus> corpus = LoadCorpus(*store_);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  StatusOr<CorpusScreening> whole = CorpusScreening::Load(store_.get(), *corpus);
  ASSERT_TRUE(whole.ok()) << whole.status().ToString();
  StatusOr<StoreScreener> screener = StoreScreener::Load(store_.get());
  ASSERT_TRUE(screener.ok()) << screener.status().ToString();
  ASSERT_EQ(screener->size(), whole->size());

  const ListedName queries[] = {
      Query("Serik Akhmetov", "", ""),           Query("Serik Akhmetov", "1960", ""),
      Query("Serik Akhmetov", "1991-06-02", ""), Query("Akhmetov Serik", "1975", "kz"),
      Query("Dana Omarova", "", "Russia"),       Query("Dana Omarova", "1979", "KZ"),
      Query("Omarov Daniyar", "1988", ""),       Query("Temir Bank", "", ""),
      Query("Nobody Such", "1950", "kz"),
  };
  ScreeningOptions plain;
  ScreeningOptions reviewing;
  reviewing.keep_vetoed = true;
  reviewing.include_related = true;
  reviewing.threshold = 0.5;
  int with_attributes = 0;
  for (const ScreeningOptions& options : {plain, reviewing}) {
    for (const ListedName& query : queries) {
      std::vector<std::string> expected, got;
      for (const ScreeningHit& hit : whole->Query(query, options)) {
        expected.push_back(Described(whole->entity(hit.record), hit));
        with_attributes += !hit.attribute_reasons.empty();
      }
      StatusOr<std::vector<ScreeningHit>> hits = screener->Query(query, options);
      ASSERT_TRUE(hits.ok()) << hits.status().ToString();
      for (const ScreeningHit& hit : *hits) {
        got.push_back(Described(screener->entity(hit.record), hit));
      }
      EXPECT_EQ(got, expected) << query.name << " " << query.date_of_birth;
    }
  }
  // The attributes were compared, from the sources' facts and the list.
  EXPECT_GT(with_attributes, 4);
}

}  // namespace
}  // namespace dossier

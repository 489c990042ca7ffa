// A profile from the part of the store it reads (profile_from_store.h) is the
// profile from the whole corpus: every entity of a store of the examples and
// of documents whose disputes cross sources the entity is not named in; and
// a name finds the entities FindEntities finds.
#include "dossier/profile_from_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "dossier/corpus_from_store.h"
#include "dossier/find_entity.h"
#include "dossier/profile.h"
#include "dossier/render.h"
#include "dossier/testing/ingested_store.h"
#include "pipeline/entity_linking.h"
#include "pipeline/input_files.h"

namespace dossier {
namespace {

const std::string kExamples = std::string(DOSSIER_SOURCE_DIR) + "/examples";

// Disputes whose sides come from sources that do not all name each entity
// the dispute concerns: a speaker's claim against a text's, rival owners.
constexpr const char* kDocuments[][2] = {
    {"seitov_born.txt", "Bolat Seitov was born in Pavlodar in 1961.\n"},
    {"seitov_interview.txt",
     "Aidos Kenzhebekov said that Bolat Seitov was born in Karaganda in 1963.\n"},
    {"dala_owner.txt", "Marat Zhakenov owns Radio Saryarka since 2010.\n"},
    {"dala_rival.txt", "Radio Saryarka is owned by Nurlan Tulegenov since 2011.\n"},
    {"seitov_denial.txt",
     "Bolat Seitov denied that he owns Radio Saryarka. Seitov had nothing to do with "
     "Temir Bank, his lawyer said.\n"},
    {"temir.txt", "Bolat Seitov founded Temir Bank in 1995.\n"},
};

class ProfileFromStoreTest : public testing::IngestedStoreTest {
 protected:
  void SetUp() override {
    testing::IngestedStoreTest::SetUp();
    PipelineOptions options;
    options.ner_models = ShippedNerModels();
    Pipeline pipeline(options, store_.get());
    for (const std::string& file : ExpandInputs({kExamples}).files) {
      StatusOr<IngestOutcome> outcome = pipeline.IngestFile(file);
      ASSERT_TRUE(outcome.ok()) << file << ": " << outcome.status().ToString();
    }
    for (const auto& [path, text] : kDocuments) Ingest(path, text);
    ASSERT_TRUE(LinkNewEntities(store_.get()).ok());
    StatusOr<Corpus> corpus = LoadCorpus(*store_);
    ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
    corpus_ = std::move(*corpus);
  }

  Corpus corpus_;
};

// The ids of the entities FindEntities finds.
std::vector<std::string> Ids(const std::vector<const CorpusEntity*>& found) {
  std::vector<std::string> out;
  for (const CorpusEntity* entity : found) out.push_back(entity->id);
  return out;
}

std::vector<std::string> Ids(const std::vector<LinkedEntity>& found) {
  std::vector<std::string> out;
  for (const LinkedEntity& entity : found) out.push_back(entity.id);
  return out;
}

TEST_F(ProfileFromStoreTest, EveryProfileIsTheWholeCorpusProfile) {
  const CorpusFacts facts(corpus_);
  int profiles = 0, disputed = 0, reaching_out = 0;
  for (const CorpusEntity& entity : corpus_.entities) {
    StatusOr<std::vector<LinkedEntity>> stored = store_->GetLinkedEntities({entity.id});
    ASSERT_TRUE(stored.ok() && stored->size() == 1) << entity.id;
    StatusOr<ProfileCorpus> part = LoadProfileCorpus(*store_, stored->front());
    ASSERT_TRUE(part.ok()) << entity.id << ": " << part.status().ToString();
    EXPECT_EQ(part->sources_read, part->sources) << entity.id;
    EXPECT_EQ(part->dispute_sources_not_read, 0) << entity.id;
    const Profile whole = BuildProfile(facts, entity.id);
    Profile partial = BuildProfile(part->corpus, entity.id);
    NoteWhatWasRead(*part, &partial);
    for (const ProfileFormat format : {ProfileFormat::kJson, ProfileFormat::kText}) {
      EXPECT_EQ(RenderProfile(partial, part->corpus, format), RenderProfile(whole, corpus_, format))
          << entity.id << " " << entity.name;
    }
    ++profiles;
    if (whole.disputes.empty()) continue;
    ++disputed;
    // A dispute citing a source the entity has no member in: the part had
    // to reach beyond the entity's own sources.
    std::set<std::string> own;
    for (const EntityMember& member : entity.members) {
      own.insert(corpus_.sources[member.source].sha256);
    }
    for (const Dispute& dispute : whole.disputes) {
      for (const DisputeSide& side : dispute.sides) {
        for (const DisputeStatement& statement : side.statements) {
          reaching_out += own.count(statement.citation.sha256) == 0;
        }
      }
    }
  }
  EXPECT_GT(profiles, 30);
  EXPECT_GT(disputed, 3);
  EXPECT_GT(reaching_out, 0);
}

TEST_F(ProfileFromStoreTest, NamesFindWhatFindEntitiesFinds) {
  const char* const kQueries[] = {
      "tulegenov",      "Arman Tulegenov", "Тулегенов", "TULEGENOV ARMAN", "dala",
      "Radio Saryarka", "seitov",          "almaty",    "nobody such",     "",
      "  -- ",          "Bolat Seitov",
  };
  for (const char* query : kQueries) {
    StatusOr<std::vector<LinkedEntity>> found = FindStoredEntities(*store_, query);
    ASSERT_TRUE(found.ok()) << found.status().ToString();
    EXPECT_EQ(Ids(*found), Ids(FindEntities(corpus_, query))) << query;
  }
  EXPECT_FALSE(FindStoredEntities(*store_, "tulegenov")->empty());
}

TEST_F(ProfileFromStoreTest, AnEntityOfNoSourceHasAnEmptyPart) {
  LinkedEntity listed{.id = "P-none", .type = EntityType::kPerson, .name = "Nobody Listed"};
  StatusOr<ProfileCorpus> read = LoadProfileCorpus(*store_, listed);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->sources, 0);
  const Corpus* part = &read->corpus;
  // Every source at its index, none read.
  ASSERT_EQ(part->sources.size(), corpus_.sources.size());
  for (size_t i = 0; i < part->sources.size(); ++i) {
    EXPECT_EQ(part->sources[i].sha256, corpus_.sources[i].sha256);
    EXPECT_EQ(part->sources[i].path, corpus_.sources[i].path);
    EXPECT_TRUE(part->sources[i].document.text.empty()) << part->sources[i].path;
    EXPECT_TRUE(part->sources[i].extraction.entities.empty()) << part->sources[i].path;
  }
  ASSERT_EQ(part->entities.size(), 1u);
  EXPECT_EQ(part->entities[0].id, "P-none");
}

// The sources of `corpus` whose text was read.
std::vector<std::string> ReadPaths(const Corpus& corpus) {
  std::vector<std::string> out;
  for (const CorpusSource& source : corpus.sources) {
    if (!source.document.text.empty()) out.push_back(source.path);
  }
  return out;
}

std::string Tail(const std::string& path) { return path.substr(path.rfind('/') + 1); }

// Bolat Seitov is named in four of the documents above: read at most two,
// those naming him most (seitov_denial.txt twice, then the newest of those
// naming him once), and the profile says what it left out.
TEST_F(ProfileFromStoreTest, LimitsReadTheSourcesNamingTheEntityMostAndSaySo) {
  StatusOr<std::vector<LinkedEntity>> found = FindStoredEntities(*store_, "Bolat Seitov");
  ASSERT_TRUE(found.ok() && found->size() == 1);
  const LinkedEntity& seitov = found->front();
  ASSERT_EQ(seitov.source_count, 4);

  StatusOr<ProfileCorpus> part =
      LoadProfileCorpus(*store_, seitov, {.max_sources = 2, .max_dispute_sources = 1});
  ASSERT_TRUE(part.ok()) << part.status().ToString();
  EXPECT_EQ(part->sources, 4);
  EXPECT_EQ(part->sources_read, 2);
  std::vector<std::string> read;
  for (const std::string& path : ReadPaths(part->corpus)) read.push_back(Tail(path));
  // His two, and one source of the entities his claims concern (Radio
  // Saryarka, Temir Bank, Aidos Kenzhebekov, the places).
  ASSERT_EQ(read.size(), 3u) << ::testing::PrintToString(read);
  EXPECT_NE(std::find(read.begin(), read.end(), "seitov_denial.txt"), read.end());
  EXPECT_NE(std::find(read.begin(), read.end(), "temir.txt"), read.end());
  EXPECT_GT(part->dispute_sources_not_read, 0);

  Profile profile = BuildProfile(part->corpus, seitov.id);
  NoteWhatWasRead(*part, &profile);
  EXPECT_EQ(profile.sources, 4);
  EXPECT_EQ(profile.sources_read, 2);
  const std::string text = RenderProfile(profile, part->corpus, ProfileFormat::kText);
  EXPECT_NE(text.find("4 sources (read: the 2 naming it most; 2 more not read)"), std::string::npos)
      << text;
  EXPECT_NE(text.find("disputes not looked for in " +
                      std::to_string(part->dispute_sources_not_read) + " more sources"),
            std::string::npos)
      << text;
  const std::string json = RenderProfile(profile, part->corpus, ProfileFormat::kJson);
  EXPECT_NE(json.find("\"sources_read\": 2"), std::string::npos) << json;
  EXPECT_NE(json.find("\"sources\": 4"), std::string::npos) << json;
}

}  // namespace
}  // namespace dossier

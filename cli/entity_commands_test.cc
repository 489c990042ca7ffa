// End-to-end tests of `dossier entities`, `merge`, `split`, `import` and
// `reextract`: the binary run on real documents, exit codes, one-line
// diagnostics and the --json listing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/testing/binary_test.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kExamples = std::string(DOSSIER_SOURCE_DIR) + "/examples";
const std::string kCorpus = std::string(DOSSIER_SHARED_DIR) + "/corpus";

class EntityCommandsTest : public BinaryTest {
 protected:
  // `dossier entities --json` (with `extra` arguments), one object per line.
  std::vector<json> Entities(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {"entities", "--db", db_, "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const RunResult run = Run(args);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    std::vector<json> out;
    std::stringstream in(run.out);
    for (std::string line; std::getline(in, line);) out.push_back(json::parse(line));
    return out;
  }
};

// The entity of `type` having `name` among its names, or null.
const json* WithName(const std::vector<json>& entities, const std::string& name,
                     const std::string& type = "PERSON") {
  for (const json& entity : entities) {
    if (entity["type"] != type) continue;
    for (const json& each : entity["names"]) {
      if (each == name) return &entity;
    }
  }
  return nullptr;
}

bool HasName(const json& entity, const std::string& name) {
  for (const json& each : entity["names"]) {
    if (each == name) return true;
  }
  return false;
}

// --jobs changes how fast, never what: extract prints, ingest stores and
// reextract recomputes the same with one job as with three.
TEST_F(EntityCommandsTest, JobsChangeNothingButSpeed) {
  const RunResult one = Run({"extract", "--json", "--jobs", "1", kExamples});
  const RunResult three = Run({"extract", "--json", "--jobs", "3", kExamples});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(three.exit_code, 0) << three.err;
  EXPECT_EQ(one.out, three.out);
  long example_files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kExamples)) {
    example_files += entry.is_regular_file();
  }
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), example_files);  // one per file

  const std::string db_one = (dir_ / "one.db").string();
  ASSERT_EQ(Run({"ingest", "--db", db_one, "--no-progress", "--jobs", "1", kExamples}).exit_code,
            0);
  ASSERT_EQ(Run({"ingest", "--db", db_, "--no-progress", "--jobs", "3", kExamples}).exit_code, 0);
  const auto sources = [&](const std::string& db) {
    std::vector<json> rows;
    std::stringstream in(Run({"sources", "--db", db, "--json"}).out);
    for (std::string line; std::getline(in, line);) {
      json row = json::parse(line);
      row.erase("ingested_at");
      rows.push_back(row);
    }
    return rows;
  };
  EXPECT_EQ(sources(db_one), sources(db_));
  EXPECT_EQ(static_cast<long>(sources(db_).size()), example_files);
  const std::vector<json> entities = Entities();
  const RunResult entities_one = Run({"entities", "--db", db_one, "--json"});
  std::string entities_lines;
  for (const json& entity : entities) entities_lines += entity.dump() + "\n";
  EXPECT_EQ(entities_one.out, entities_lines);

  ASSERT_EQ(Run({"reextract", "--db", db_, "--no-progress", "--jobs", "3"}).exit_code, 0);
  EXPECT_EQ(Entities(), entities);

  const RunResult zero = Run({"ingest", "--db", db_, "--jobs", "0", kExamples});
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_NE(zero.err.find("--jobs"), std::string::npos) << zero.err;
}

TEST_F(EntityCommandsTest, SeedDocumentSpellingsResolveAndRelativesStayApart) {
  if (!fs::exists(kCorpus)) GTEST_SKIP() << kCorpus << " not present";
  const RunResult ingest = Run({"ingest", "--db", db_, "--no-progress", kCorpus, kExamples});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const std::vector<json> entities = Entities();

  const json* igilmanov = WithName(entities, "Ismail Igilmanov");
  ASSERT_NE(igilmanov, nullptr);
  EXPECT_TRUE(HasName(*igilmanov, "Ismail Igelmanov")) << igilmanov->dump();
  EXPECT_TRUE(HasName(*igilmanov, "Igilmanov I.A.")) << igilmanov->dump();
  const json* yegarmin = WithName(entities, "Yegarmin Igor Petrovich");
  ASSERT_NE(yegarmin, nullptr);
  EXPECT_TRUE(HasName(*yegarmin, "Egarmin")) << yegarmin->dump();
  const json* nazarbayev = WithName(entities, "Nursultan Nazarbayev");
  ASSERT_NE(nazarbayev, nullptr);
  EXPECT_TRUE(HasName(*nazarbayev, "N.A. Nazarbayev")) << nazarbayev->dump();
  const json* tulegenov = WithName(entities, "Arman Tulegenov");
  ASSERT_NE(tulegenov, nullptr);
  EXPECT_TRUE(HasName(*tulegenov, "А.Б. Тулегенов")) << tulegenov->dump();

  // No two different people in one entity: these full names each stand in
  // a different one.
  const char* const kPeople[] = {"Ismail Igilmanov",     "Yegarmin Igor Petrovich",
                                 "Nursultan Nazarbayev", "Dariga Nazarbayeva",
                                 "Gennady Vashchenkov",  "Serik Medetbekov",
                                 "Rakhat Aliyev",        "Zharmakhan Tuyakbay",
                                 "Arman Tulegenov",      "A. M. Kazhegeldin"};
  std::set<std::string> ids;
  for (const char* person : kPeople) {
    const json* entity = WithName(entities, person);
    ASSERT_NE(entity, nullptr) << person;
    EXPECT_TRUE(ids.insert((*entity)["id"].get<std::string>()).second)
        << person << " shares " << entity->dump();
  }
  // Nazarbayeva is related to Nazarbayev, not merged with him.
  const json* dariga = WithName(entities, "Dariga Nazarbayeva");
  bool related = false;
  for (const json& relation : (*dariga)["related"])
    related |= relation["id"] == (*nazarbayev)["id"];
  EXPECT_TRUE(related) << dariga->dump();

  // --type keeps one type; the table prints every entity.
  for (const json& org : Entities({"--type", "ORGANIZATION"}))
    EXPECT_EQ(org["type"], "ORGANIZATION");
  const RunResult table = Run({"entities", "--db", db_});
  EXPECT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find((*igilmanov)["id"].get<std::string>() + "  PERSON"), std::string::npos);
}

TEST_F(EntityCommandsTest, MergeAndSplitAreKeptAcrossReingestAndReextract) {
  Write("a.txt", "Ismail Igilmanov met Gennady Vashchenkov in Almaty.\n");
  Write("b.txt", "Ismail Igelmanov spoke to Vadim Boreiko in Almaty.\n");
  ASSERT_EQ(Run({"ingest", "--db", db_, "--no-progress", (dir_ / "in").string()}).exit_code, 0);
  std::vector<json> entities = Entities();
  const std::string igilmanov = (*WithName(entities, "Ismail Igilmanov"))["id"];
  ASSERT_TRUE(HasName(*WithName(entities, "Ismail Igilmanov"), "Ismail Igelmanov"));
  const std::string vashchenkov = (*WithName(entities, "Gennady Vashchenkov"))["id"];
  const std::string boreiko = (*WithName(entities, "Vadim Boreiko"))["id"];

  RunResult split = Run({"split", "--db", db_, igilmanov});
  ASSERT_EQ(split.exit_code, 0) << split.err;
  EXPECT_EQ(split.err.rfind("split " + igilmanov + "; ", 0), 0u) << split.err;
  RunResult merge = Run({"merge", "--db", db_, vashchenkov, boreiko});
  ASSERT_EQ(merge.exit_code, 0) << merge.err;

  Write("c.txt", "Ismail Igelmanov and Vadim Boreiko returned to Almaty.\n");
  ASSERT_EQ(Run({"ingest", "--db", db_, "--no-progress", (dir_ / "in").string()}).exit_code, 0);
  const RunResult reextract = Run({"reextract", "--db", db_, "--no-progress"});
  ASSERT_EQ(reextract.exit_code, 0) << reextract.err;
  EXPECT_NE(reextract.err.find("re-extracted 3 sources"), std::string::npos) << reextract.err;

  entities = Entities();
  const json* kept = WithName(entities, "Ismail Igilmanov");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ((*kept)["id"], igilmanov);
  EXPECT_FALSE(HasName(*kept, "Ismail Igelmanov")) << kept->dump();
  const json* pair = WithName(entities, "Gennady Vashchenkov");
  ASSERT_NE(pair, nullptr);
  EXPECT_EQ((*pair)["id"], vashchenkov);
  EXPECT_TRUE(HasName(*pair, "Vadim Boreiko")) << pair->dump();
  EXPECT_EQ((*pair)["sources"], 3);
}

TEST_F(EntityCommandsTest, JudgmentErrorsAreOneLine) {
  Write("a.txt", "Ismail Igilmanov met Gennady Vashchenkov in Almaty.\n");
  ASSERT_EQ(Run({"ingest", "--db", db_, "--no-progress", (dir_ / "in").string()}).exit_code, 0);
  RunResult merge = Run({"merge", "--db", db_, "P-0000000000", "P-0000000001"});
  EXPECT_EQ(merge.exit_code, 1);
  EXPECT_EQ(merge.err, "dossier: no entity P-0000000000 (see `dossier entities`)\n");
  EXPECT_EQ(Run({"merge", "--db", db_, "P-0000000000"}).exit_code, 2);  // needs two ids
  RunResult type = Run({"entities", "--db", db_, "--type", "PEOPLE"});
  EXPECT_EQ(type.exit_code, 2);
  EXPECT_EQ(type.err, "dossier: --type: 'PEOPLE' is not PERSON, ORGANIZATION, LOCATION or OTHER\n");
  RunResult missing = Run({"entities", "--db", (dir_ / "none.db").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "dossier: " + (dir_ / "none.db").string() + ": no such database\n");
}

TEST_F(EntityCommandsTest, ImportedListsBecomeEntitiesMarkedWithTheirList) {
  Write("a.txt", "Ismail Igilmanov met Gennady Vashchenkov in Almaty.\n");
  ASSERT_EQ(
      Run({"ingest", "--db", db_, "--no-progress", (dir_ / "in").string() + "/a.txt"}).exit_code,
      0);
  const std::string list = (dir_ / "pep.csv").string();
  std::ofstream(list) << "name,date_of_birth,nationality\n"
                         "\"Igilmanov, Ismail\",1960-01-01,kz\n"
                         "Aigul Omarova,,kz\n";
  RunResult import = Run({"import", "--db", db_, list});
  ASSERT_EQ(import.exit_code, 0) << import.err;
  EXPECT_EQ(import.err.rfind("imported 2 names from " + list + " as list 'pep'; ", 0), 0u)
      << import.err;
  const std::vector<json> entities = Entities();
  const json* igilmanov = WithName(entities, "Ismail Igilmanov");
  ASSERT_NE(igilmanov, nullptr);
  EXPECT_EQ((*igilmanov)["lists"], json::array({"pep"}));
  EXPECT_EQ((*igilmanov)["origin"], "both");
  EXPECT_TRUE(HasName(*igilmanov, "Igilmanov, Ismail"));
  const json* omarova = WithName(entities, "Aigul Omarova");
  ASSERT_NE(omarova, nullptr);
  EXPECT_EQ((*omarova)["origin"], "list");
  EXPECT_EQ((*omarova)["sources"], 0);

  RunResult renamed = Run({"import", "--db", db_, list, "--list", "clients"});
  ASSERT_EQ(renamed.exit_code, 0) << renamed.err;
  EXPECT_EQ((*WithName(Entities(), "Aigul Omarova"))["lists"], json::array({"pep", "clients"}));

  RunResult missing = Run({"import", "--db", db_, (dir_ / "nope.csv").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err.rfind("dossier: " + (dir_ / "nope.csv").string() + ": ", 0), 0u)
      << missing.err;
}

// `dossier screen --db` checks names against every stored entity, extracted
// or imported, with the reasons of each match; other spellings and scripts
// are found, relatives are not called the same person.
TEST_F(EntityCommandsTest, ScreeningAgainstTheStore) {
  Write("a.txt",
        "Ismail Igilmanov met Gennady Vashchenkov in Almaty. Dariga Nazarbayeva was not there.\n");
  ASSERT_EQ(
      Run({"ingest", "--db", db_, "--no-progress", (dir_ / "in").string() + "/a.txt"}).exit_code,
      0);
  const RunResult run =
      Run({"screen", "--db", db_, "--json", "Ismail Igelmanov", "Ващенков Геннадий", "Nazarbayev"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<json> lines;
  std::stringstream in(run.out);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  ASSERT_EQ(lines.size(), 3u);
  ASSERT_FALSE(lines[0]["matches"].empty());
  EXPECT_EQ(lines[0]["matches"][0]["name"], "Ismail Igilmanov");
  EXPECT_EQ(lines[0]["matches"][0]["verdict"], "same");
  EXPECT_NE(lines[0]["matches"][0]["why"].get<std::string>().find("Igelmanov"), std::string::npos);
  ASSERT_FALSE(lines[1]["matches"].empty());
  EXPECT_EQ(lines[1]["matches"][0]["name"], "Gennady Vashchenkov");
  for (const json& match : lines[2]["matches"]) EXPECT_NE(match["verdict"], "same") << match;

  const RunResult both = Run({"screen", "--db", db_, "--list", db_, "X"});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_EQ(both.err, "dossier screen: give either --list FILE or --db STORE\n");
}

// `dossier screen --explain` against an FtM list: the readings compared, the
// name's and the attributes' reasons, and a namesake set aside by date of
// birth; --csv and --json carry the same.
TEST_F(EntityCommandsTest, ScreeningExplainsReadingsAndAttributes) {
  const std::string list = Write(
      "list.jsonl",
      R"({"id":"s1","schema":"Person","properties":{"name":["BIN SALEH, AHMED"],"birthDate":["1958-03-12"],"nationality":["sy"]}})"
      "\n"
      R"({"id":"s2","schema":"Person","properties":{"name":["Ahmed Saleh"],"birthDate":["1991"]}})"
      "\n");
  const std::string queries =
      Write("queries.csv", "name,dob,nationality\nAhmed bin Saleh,1958,Syria\n");
  const RunResult text = Run({"screen", "--list", list, "--file", queries, "--explain"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(text.out,
            "Ahmed bin Saleh\n"
            "  1.000  same      BIN SALEH, AHMED  [s1]\n"
            "         readings:   surname Saleh; given Ahmed | surname SALEH; given AHMED\n"
            "         name:       1.000  surname: Saleh = SALEH; given name: Ahmed = AHMED\n"
            "         attributes: date of birth: 1958 ~ 1958-03-12; nationality: sy = sy\n"
            "  0.690  different Ahmed Saleh  [s2]  (set aside)\n"
            "         readings:   surname Saleh; given Ahmed | surname Saleh; given Ahmed\n"
            "         name:       1.000  surname: Saleh = Saleh; given name: Ahmed = Ahmed\n"
            "         attributes: date of birth: 1958 ≠ 1991, another person\n");
  // Without --explain the namesake is not reported.
  const RunResult csv = Run({"screen", "--list", list, "--file", queries, "--csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out,
            "query,id,name,score,verdict,why,name_score,why_attributes,readings,vetoed\n"
            "Ahmed bin Saleh,s1,\"BIN SALEH, AHMED\",1.000,same,surname: Saleh = SALEH; given "
            "name: Ahmed = AHMED; date of birth: 1958 ~ 1958-03-12; nationality: sy = sy,1.000,"
            "date of birth: 1958 ~ 1958-03-12; nationality: sy = sy,surname Saleh; given Ahmed | "
            "surname SALEH; given AHMED,false\n");
  const RunResult js = Run({"screen", "--list", list, "--json", "--explain", "Ahmed Saleh"});
  ASSERT_EQ(js.exit_code, 0) << js.err;
  const json line = json::parse(js.out);
  ASSERT_EQ(line["matches"].size(), 2u);
  EXPECT_EQ(line["matches"][0]["why_attributes"], "");
  EXPECT_EQ(line["matches"][0]["readings"],
            "surname Saleh; given Ahmed | surname SALEH; given AHMED");
  EXPECT_EQ(line["matches"][1]["vetoed"], false);
}

// `dossier screen --db`: stored persons bring what the store knows beside
// their names, each named in the reasons: the citizenship and the date of
// birth their facts state (citizen_of, born_on) and the attributes of the
// imported list entries they hold.
TEST_F(EntityCommandsTest, ScreeningAgainstTheStoreUsesStoredAttributes) {
  Write("a.txt",
        "Dana Omarova is a Kazakh journalist. Serik Akhmetov, a banker, was born on 5 May 1960 "
        "in Almaty.\n");
  ASSERT_EQ(
      Run({"ingest", "--db", db_, "--no-progress", (dir_ / "in").string() + "/a.txt"}).exit_code,
      0);
  const std::string list = Write("list.csv",
                                 "name,date_of_birth,nationality,gender\n"
                                 "Aigul Sadykova,1975-02-03,kz,female\n");
  ASSERT_EQ(Run({"import", "--db", db_, list}).exit_code, 0);
  const std::string queries = Write("queries.csv",
                                    "name,dob,nationality\n"
                                    "Dana Omarova,,Russia\n"
                                    "Serik Akhmetov,1991,\n"
                                    "Aigul Sadykova,1975,KZ\n");
  const RunResult run = Run({"screen", "--db", db_, "--file", queries, "--json", "--explain"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<json> lines;
  std::stringstream in(run.out);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  ASSERT_EQ(lines.size(), 3u);
  const struct {
    const char* name;
    const char* why_attributes;
    bool vetoed;
  } expected[] = {
      {"Dana Omarova", "nationality: ru ≠ kz", false},
      {"Serik Akhmetov", "date of birth: 1991 ≠ 1960-05-05, another person", true},
      {"Aigul Sadykova", "date of birth: 1975 ~ 1975-02-03; nationality: kz = kz", false},
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    ASSERT_EQ(lines[i]["matches"].size(), 1u) << lines[i];
    const json& match = lines[i]["matches"][0];
    EXPECT_EQ(match["name"], expected[i].name);
    EXPECT_EQ(match["why_attributes"], expected[i].why_attributes);
    EXPECT_EQ(match["vetoed"], expected[i].vetoed);
  }
}

// `dossier profile` and `timeline` find a name among the stored entities'
// names, list the candidates of an ambiguous one, and give the same page for
// a name and for its entity's id.
TEST_F(EntityCommandsTest, ProfileFindsNamesAndIdsInTheStore) {
  ASSERT_EQ(Run({"ingest", "--db", db_, "--no-progress", kExamples}).exit_code, 0);

  const RunResult missing = Run({"profile", "--db", db_, "nobody such"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "dossier: no entity named 'nobody such' in the store\n");

  const RunResult ambiguous = Run({"profile", "--db", db_, "media"});
  EXPECT_EQ(ambiguous.exit_code, 1);
  EXPECT_EQ(ambiguous.err.rfind("dossier: 'media' names ", 0), 0u) << ambiguous.err;
  EXPECT_NE(ambiguous.err.find("  ORGANIZATION  Dala Media Group  ("), std::string::npos)
      << ambiguous.err;
  EXPECT_TRUE(ambiguous.out.empty());

  const RunResult by_name = Run({"profile", "--db", db_, "--format", "json", "Dala Media Group"});
  ASSERT_EQ(by_name.exit_code, 0) << by_name.err;
  const json page = json::parse(by_name.out);
  EXPECT_EQ(page["entity"]["name"], "Dala Media Group");
  const std::string id = page["entity"]["id"];
  EXPECT_EQ(id.rfind("O-", 0), 0u) << id;
  const RunResult by_id = Run({"profile", "--db", db_, "--format", "json", id});
  ASSERT_EQ(by_id.exit_code, 0) << by_id.err;
  EXPECT_EQ(by_id.out, by_name.out);

  const RunResult timeline = Run({"timeline", "--db", db_, id});
  EXPECT_EQ(timeline.exit_code, 0) << timeline.err;
  EXPECT_FALSE(timeline.out.empty());

  // --sources 1: one of the sources naming it read, the rest said to be
  // left out; --sources 0 reads them all, as by default in this small store.
  const int sources = page["sources"];
  ASSERT_GT(sources, 1);
  const RunResult one = Run({"profile", "--db", db_, "--sources", "1", id});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_NE(one.out.find(std::to_string(sources) + " sources (read: the 1 naming it most; " +
                         std::to_string(sources - 1) + " more not read)"),
            std::string::npos)
      << one.out;
  const RunResult one_json =
      Run({"profile", "--db", db_, "--format", "json", "--sources", "1", id});
  ASSERT_EQ(one_json.exit_code, 0) << one_json.err;
  EXPECT_EQ(json::parse(one_json.out)["sources_read"], 1);
  EXPECT_EQ(json::parse(one_json.out)["sources"], sources);
  const RunResult all = Run({"profile", "--db", db_, "--format", "json", "--sources", "0", id});
  EXPECT_EQ(all.out, by_name.out);
  EXPECT_EQ(Run({"profile", "--db", db_, "--sources", "-1", id}).exit_code, 2);
}

}  // namespace
}  // namespace dossier

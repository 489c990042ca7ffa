#include "dossier/testing/sample_corpus.h"

#include "dossier/testing/corpus_builder.h"

namespace dossier::testing {

Corpus SampleCorpus() {
  CorpusBuilder b;
  const int profile =
      b.AddSource("profile.md", "2019-01-10",
                  {"Arman Tulegenov was born on March 4, 1961 in Karaganda.",
                   "In 1983 he graduated from the Karaganda Polytechnic Institute.",
                   "1995-2004 – President of Radio Saryarka.", "His wife is Aliya Tulegenova.",
                   "\"Since 2005 I have lived in Geneva,\" Tulegenov said.",
                   "Arman Tulegenov was born on March 4, 1961 in Karaganda <repeat>."});
  b.MarkDuplicate(profile, 5, profile, 0);
  const std::string arman0 =
      b.AddEntity(profile, EntityType::kPerson, "Arman Tulegenov", {"Tulegenov"});
  const std::string radio0 = b.AddEntity(profile, EntityType::kOrganization, "Radio Saryarka");
  const std::string aliya0 = b.AddEntity(profile, EntityType::kPerson, "Aliya Tulegenova");
  b.AddFact(profile, {.subject = arman0, .predicate = "born_on", .object = "1961-03-04"},
            "Arman Tulegenov was born on March 4, 1961 in Karaganda.");
  b.AddFact(profile, {.subject = arman0, .predicate = "born_in", .object = "Karaganda"},
            "Arman Tulegenov was born on March 4, 1961 in Karaganda.");
  b.AddFact(profile,
            {.subject = arman0,
             .predicate = "educated_at",
             .object = "Karaganda Polytechnic Institute",
             .from = "1983-01-01",
             .to = "1983-12-31"},
            "In 1983 he graduated from the Karaganda Polytechnic Institute.");
  b.AddFact(profile,
            {.subject = arman0,
             .predicate = "position",
             .object = radio0,
             .object_is_entity = true,
             .role = "President",
             .from = "1995-01-01",
             .to = "2004-12-31"},
            "1995-2004 – President of Radio Saryarka.");
  b.AddFact(profile,
            {.subject = arman0, .predicate = "spouse", .object = aliya0, .object_is_entity = true},
            "His wife is Aliya Tulegenova.");
  b.AddFact(profile,
            {.subject = arman0,
             .predicate = "lives_in",
             .object = "Geneva",
             .from = "2005-01-01",
             .according_to = arman0},
            "Since 2005 I have lived in Geneva");
  b.AddQuote(profile, "Since 2005 I have lived in Geneva,", arman0);
  // A fact read from the repeated passage: never shown.
  b.AddFact(profile, {.subject = arman0, .predicate = "born_in", .object = "Temirtau"},
            "in Karaganda <repeat>.");

  const int herald =
      b.AddSource("herald.html", "2019-03-02",
                  {"Arman Tulegenov, born in 1962, founded Radio Saryarka.",
                   "Radio Saryarka is owned by Dala Media, its director Berik Omarov said.",
                   "\"Tulegenov never owned the station,\" Omarov said.",
                   "Aliya Tulegenova is the wife of Arman Tulegenov."},
                  "Steppe Herald");
  const std::string arman1 =
      b.AddEntity(herald, EntityType::kPerson, "Arman Tulegenov", {"Tulegenov"});
  const std::string radio1 = b.AddEntity(herald, EntityType::kOrganization, "Radio Saryarka");
  const std::string dala1 = b.AddEntity(herald, EntityType::kOrganization, "Dala Media");
  const std::string omarov1 = b.AddEntity(herald, EntityType::kPerson, "Berik Omarov", {"Omarov"});
  const std::string aliya1 = b.AddEntity(herald, EntityType::kPerson, "Aliya Tulegenova");
  b.AddFact(herald, {.subject = arman1, .predicate = "born_on", .object = "1962"},
            "Arman Tulegenov, born in 1962, founded Radio Saryarka.");
  b.AddFact(herald,
            {.subject = arman1, .predicate = "founded", .object = radio1, .object_is_entity = true},
            "Arman Tulegenov, born in 1962, founded Radio Saryarka.");
  b.AddFact(herald,
            {.subject = dala1,
             .predicate = "owns",
             .object = radio1,
             .object_is_entity = true,
             .according_to = omarov1},
            "Radio Saryarka is owned by Dala Media, its director Berik Omarov said.");
  b.AddFact(herald,
            {.subject = arman1,
             .predicate = "owns",
             .object = radio1,
             .object_is_entity = true,
             .according_to = omarov1,
             .denied = true},
            "\"Tulegenov never owned the station,\" Omarov said.");
  b.AddQuote(herald, "Tulegenov never owned the station,", omarov1);
  b.AddFact(herald,
            {.subject = arman1, .predicate = "spouse", .object = aliya1, .object_is_entity = true},
            "Aliya Tulegenova is the wife of Arman Tulegenov.");

  const int interview =
      b.AddSource("interview.txt", "2020-05-01",
                  {"\"I bought Radio Saryarka in 1995 and owned it until 2004,\" Tulegenov said.",
                   "\"Since 2007 I have lived in Geneva,\" he added."});
  const std::string arman2 = b.AddEntity(interview, EntityType::kPerson, "Tulegenov");
  const std::string radio2 = b.AddEntity(interview, EntityType::kOrganization, "Radio Saryarka");
  b.AddFact(interview,
            {.subject = arman2,
             .predicate = "owns",
             .object = radio2,
             .object_is_entity = true,
             .from = "1995-01-01",
             .to = "2004-12-31",
             .according_to = arman2},
            "I bought Radio Saryarka in 1995 and owned it until 2004,");
  b.AddQuote(interview, "I bought Radio Saryarka in 1995 and owned it until 2004,", arman2);
  b.AddFact(interview,
            {.subject = arman2,
             .predicate = "lives_in",
             .object = "Geneva",
             .from = "2007-01-01",
             .according_to = arman2},
            "Since 2007 I have lived in Geneva");
  b.AddQuote(interview, "Since 2007 I have lived in Geneva,", arman2, "added");

  b.Group("P-arman", {{profile, arman0}, {herald, arman1}, {interview, arman2}});
  b.Group("P-aliya", {{profile, aliya0}, {herald, aliya1}});
  b.Group("P-omarov", {{herald, omarov1}});
  b.Group("O-radio", {{profile, radio0}, {herald, radio1}, {interview, radio2}});
  b.Group("O-dala", {{herald, dala1}});
  return b.Build();
}

}  // namespace dossier::testing

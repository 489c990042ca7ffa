// Golden table for datelines (dateline.h): the story's first lines with and
// without one, in each language, and what a dateline does to relative dates.
#include "extract/time/dateline.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/time/time_money.h"
#include "text/testing/test_document.h"

namespace dossier {
namespace {

NormalizedDocument Document(const std::string& text, const char* language) {
  NormalizedDocument doc = MakeTestDocument(text);
  doc.language = language;
  for (Passage& p : doc.passages) p.language.clear();  // read in the document's language
  return doc;
}

std::string DatelineOf(const std::string& text, const char* language) {
  const std::optional<CivilDate> date = DatelineDate(Document(text, language));
  return date ? FormatIsoDate(*date) : "";
}

TEST(DatelineTest, GoldenTable) {
  struct Row {
    const char* language;
    const char* text;
    const char* date;  // "" for none
  };
  const Row rows[] = {
      {"ru", "Москва, 5 сентября 2022 года. В прошлом году компания потеряла лицензию.",
       "2022-09-05"},
      {"kk", "Тулегенов сұхбат берді\n\nАлматы, 2022 жылғы 5 қыркүйек. Өткен жылы ол кетті.",
       "2022-09-05"},
      {"en", "ALMATY, September 5, 2022 (Reuters) - The court ruled on Monday.", "2022-09-05"},
      {"en", "Court rejects appeal\n\nSeptember 5, 2022\n\nThe court ruled yesterday.",
       "2022-09-05"},
      {"en", "NUR-SULTAN — Sept. 5, 2022 — Officials said.", "2022-09-05"},
      // None: a date inside a sentence, a date without its year, a date
      // after a clause, a month, a date far into the text.
      {"en", "On September 5, 2022, the court ruled.", ""},
      {"en", "ALMATY, Sept. 5 (Reuters) - The court ruled.", ""},
      {"ru", "Сегодня, 5 сентября 2022 года, суд отклонил жалобу.", ""},
      {"en", "September 2022 - The court ruled.", ""},
      {"en", "The court ruled.\n\nIt did so.\n\nSeptember 5, 2022", ""},
      {"en", "", ""},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(DatelineOf(row.text, row.language), row.date) << row.text;
  }
}

TEST(DatelineTest, RelativeDatesResolveAgainstIt) {
  const NormalizedDocument doc =
      Document("Москва, 5 сентября 2022 года. Вчера суд отклонил жалобу.", "ru");
  const TimeMoneyResult found = ExtractTimesAndMoney(doc, std::nullopt);
  ASSERT_EQ(found.times.size(), 2u);
  EXPECT_EQ(found.times[1].text, "Вчера");
  EXPECT_EQ(found.times[1].from, "2022-09-04");
  // The metadata's date comes first.
  const TimeMoneyResult dated = ExtractTimesAndMoney(doc, CivilDate{2023, 1, 10});
  EXPECT_EQ(dated.times[1].from, "2023-01-09");
}

}  // namespace
}  // namespace dossier

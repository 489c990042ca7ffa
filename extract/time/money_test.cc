// Golden tables for the money grammar.
#include <gtest/gtest.h>

#include <string>

#include "extract/time/time_money.h"
#include "extract/time/time_money_test_rows.h"

namespace dossier {
namespace {

using testing_rows::MoneyRow;

TEST(MoneyGrammarTest, GoldenTable) {
  const MoneyRow kRows[] = {
      {"He paid $50,000 a month.", "$50,000 a month", 50000, "USD", "month"},
      {"Rent was $40,000 per month.", "$40,000 per month", 40000, "USD", "month"},
      {"Profit was $4 million a year earlier.", "$4 million", 4e6, "USD", ""},
      {"A salary of 2.5 thousand tenge per year.", "2.5 thousand tenge per year", 2500, "KZT",
       "year"},
      {"He received $ 2.5 thousand.", "$ 2.5 thousand", 2500, "USD"},
      {"The deal was worth $5 million.", "$5 million", 5e6, "USD"},
      {"Loans of 5 mln rubles.", "5 mln rubles", 5e6, "RUB"},
      {"Assets of 1.2bn roubles.", "1.2bn roubles", 1.2e9, "RUB"},
      {"It costs US$ 3.14.", "US$ 3.14", 3.14, "USD"},
      {"It costs USD 300.", "USD 300", 300, "USD"},
      {"It costs 300 dollars.", "300 dollars", 300, "USD"},
      {"It costs €20.", "€20", 20, "EUR"},
      {"It costs 20 euros.", "20 euros", 20, "EUR"},
      {"It costs £7.", "£7", 7, "GBP"},
      {"A fine of RUB 100,000.", "RUB 100,000", 100000, "RUB"},
      {"A fine of 100 ₽.", "100 ₽", 100, "RUB"},
      {"A fine of ₸500.", "₸500", 500, "KZT"},
      {"A fine of KZT 500.", "KZT 500", 500, "KZT"},
      {"He kept 3 million Swiss francs.", "3 million Swiss francs", 3e6, "CHF"},
      {"He kept CHF 40.", "CHF 40", 40, "CHF"},
      {"Estimated at $5-6 billion.", "$5-6 billion", 5e9, "USD", "", 6e9},
      {"He stole millions of dollars.", "millions of dollars", 1e6, "USD", "", 0, true},
      {"He spent seventy million dollars.", "seventy million dollars", 7e7, "USD"},
      {"It costs $10K.", "$10K", 1e4, "USD"},
  };
  testing_rows::CheckMoneyRows(std::vector<MoneyRow>(std::begin(kRows), std::end(kRows)), "en");
}

TEST(MoneyGrammarTest, NumbersThatAreNotMoney) {
  const char* kTexts[] = {"Inflation was 6.61%.", "Order No. 120.", "He is 52 years old.",
                          "Tune in to 104.7 FM.", "About 5,000 people came."};
  testing_rows::CheckNoMoney(std::vector<const char*>(std::begin(kTexts), std::end(kTexts)), "en");
}

TEST(MoneyGrammarTest, RateIsNotATime) {
  const TimeMoneyResult r =
      ExtractTimesAndMoneyFromText("He was paid $50,000 a month.", "en", std::nullopt);
  EXPECT_TRUE(r.times.empty());
}

}  // namespace
}  // namespace dossier

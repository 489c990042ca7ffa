// Golden-table rows for the time and money tests of every language: an
// input, the expression that must be found in it and its normalized value.
#ifndef DOSSIER_EXTRACT_TIME_TIME_MONEY_TEST_ROWS_H_
#define DOSSIER_EXTRACT_TIME_TIME_MONEY_TEST_ROWS_H_

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/time/time_money.h"

namespace dossier::testing_rows {

struct TimeRow {
  const char* input;
  const char* found;  // the mention's text
  const char* from;   // "" for null
  const char* to;
  const char* precision;
  const char* kind = "date";
};

struct MoneyRow {
  const char* input;
  const char* found;
  double amount;
  const char* currency;
  const char* per = "";
  double amount_max = 0;
  bool lower_bound = false;
};

// Checks each row: `input` read as one passage in `language` holds a time
// mention whose text is `found` (at the right bytes) with the row's values.
inline void CheckTimeRows(const std::vector<TimeRow>& rows, std::string_view language,
                          std::optional<CivilDate> anchor) {
  for (const TimeRow& row : rows) {
    SCOPED_TRACE(row.input);
    const std::string text = row.input;
    const TimeMoneyResult r = ExtractTimesAndMoneyFromText(text, language, anchor);
    const TimeMention* hit = nullptr;
    for (const TimeMention& t : r.times) {
      if (t.text == row.found) hit = &t;
    }
    ASSERT_NE(hit, nullptr) << "found " << r.times.size() << " mentions"
                            << (r.times.empty() ? "" : ", first: " + r.times[0].text);
    EXPECT_EQ(text.substr(hit->span.start, hit->span.size()), row.found);
    EXPECT_EQ(hit->from.value_or(""), row.from);
    EXPECT_EQ(hit->to.value_or(""), row.to);
    EXPECT_EQ(hit->precision, row.precision);
    EXPECT_EQ(TimeKindName(hit->kind), row.kind);
  }
}

// Checks that `text` in `language` holds no time expression.
inline void CheckNoTimes(const std::vector<const char*>& texts, std::string_view language) {
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    const TimeMoneyResult r = ExtractTimesAndMoneyFromText(text, language, std::nullopt);
    for (const TimeMention& t : r.times) ADD_FAILURE() << "unexpected time: " << t.text;
  }
}

// Checks each row: exactly one amount, with the row's text and values.
inline void CheckMoneyRows(const std::vector<MoneyRow>& rows, std::string_view language) {
  for (const MoneyRow& row : rows) {
    SCOPED_TRACE(row.input);
    const std::string text = row.input;
    const TimeMoneyResult r = ExtractTimesAndMoneyFromText(text, language, std::nullopt);
    ASSERT_EQ(r.money.size(), 1u) << (r.money.empty() ? "" : "first: " + r.money[0].text);
    const MoneyMention& m = r.money[0];
    EXPECT_EQ(m.text, row.found);
    EXPECT_EQ(text.substr(m.span.start, m.span.size()), row.found);
    ASSERT_TRUE(m.amount.has_value());
    EXPECT_DOUBLE_EQ(*m.amount, row.amount);
    EXPECT_EQ(m.currency, row.currency);
    EXPECT_EQ(m.per.value_or(""), row.per);
    EXPECT_DOUBLE_EQ(m.amount_max.value_or(0), row.amount_max);
    EXPECT_EQ(m.lower_bound, row.lower_bound);
  }
}

// Checks that none of `texts` in `language` holds an amount of money.
inline void CheckNoMoney(const std::vector<const char*>& texts, std::string_view language) {
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    const TimeMoneyResult r = ExtractTimesAndMoneyFromText(text, language, std::nullopt);
    for (const MoneyMention& m : r.money) ADD_FAILURE() << "unexpected money: " << m.text;
  }
}

}  // namespace dossier::testing_rows

#endif  // DOSSIER_EXTRACT_TIME_TIME_MONEY_TEST_ROWS_H_

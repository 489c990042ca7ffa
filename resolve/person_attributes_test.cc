#include "resolve/person_attributes.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(ParseBirthDateTest, GoldenTable) {
  const struct {
    const char* text;
    int from;
    int to;
    bool day;
  } cases[] = {
      {"1958-03-12", 19580312, 19580312, true},     {"12.03.1958", 19580312, 19580312, true},
      {"12/03/1958", 19580312, 19580312, true},     {"12 March 1958", 19580312, 19580312, true},
      {"March 12, 1958", 19580312, 19580312, true}, {"1958-03", 19580301, 19580331, false},
      {"Mar 1958", 19580301, 19580331, false},      {"1958", 19580101, 19581231, false},
      {"1955-1960", 19550101, 19601231, false},     {"1955 to 1960", 19550101, 19601231, false},
      {"circa 1958", 19570101, 19591231, false},    {"c. 1958", 19570101, 19591231, false},
  };
  for (const auto& c : cases) {
    BirthDate d;
    ASSERT_TRUE(ParseBirthDate(c.text, &d)) << c.text;
    EXPECT_EQ(d.from, c.from) << c.text;
    EXPECT_EQ(d.to, c.to) << c.text;
    EXPECT_EQ(d.day, c.day) << c.text;
    EXPECT_EQ(d.text, c.text);
  }
  for (const char* bad : {"", "unknown", "1958-13-01", "32.01.1958", "58", "1958 1959"}) {
    BirthDate d;
    EXPECT_FALSE(ParseBirthDate(bad, &d)) << bad;
  }
}

// Countries in any language, as codes, names or demonyms (the table's own
// golden rows are in extract/countries/countries_test.cc).
TEST(ParsePersonAttributesTest, CountriesAndGender) {
  const PersonAttributes a =
      ParsePersonAttributes({}, {"RU; Russian; Россия", "KAZ;Казахстан;Atlantis"}, "");
  EXPECT_EQ(a.countries, (std::vector<std::string>{"ru", "kz"}));
  EXPECT_EQ(ParseGender("F"), Gender::kFemale);
  EXPECT_EQ(ParseGender("муж"), Gender::kMale);
  EXPECT_EQ(ParseGender("n/a"), Gender::kUnknown);
}

// Each rule: what it adds, whether it vetoes, and the reason it gives.
TEST(CompareAttributesTest, GoldenTable) {
  const struct {
    std::vector<std::string> dob_a, country_a;
    const char* gender_a;
    std::vector<std::string> dob_b, country_b;
    const char* gender_b;
    double adjustment;
    bool veto;
    const char* reasons;
  } cases[] = {
      {{"1958-03-12"},
       {},
       "",
       {"12.03.1958"},
       {},
       "",
       0.08,
       false,
       "date of birth: 1958-03-12 = 12.03.1958"},
      {{"1958"}, {}, "", {"1958-03-12"}, {}, "", 0.04, false, "date of birth: 1958 ~ 1958-03-12"},
      {{"1957"}, {}, "", {"1955-1960"}, {}, "", 0.04, false, "date of birth: 1957 ~ 1955-1960"},
      // Several dates: the closest pair counts.
      {{"1991", "1958-03-12"},
       {},
       "",
       {"1958"},
       {},
       "",
       0.04,
       false,
       "date of birth: 1958-03-12 ~ 1958"},
      {{"1958-03-12"},
       {},
       "",
       {"1958-07-01"},
       {},
       "",
       -0.10,
       false,
       "date of birth: 1958-03-12 ≠ 1958-07-01, same year"},
      {{"1958"},
       {},
       "",
       {"1959"},
       {},
       "",
       -0.15,
       false,
       "date of birth: 1958 ≠ 1959, a year apart"},
      {{"1958"}, {}, "", {"1991"}, {}, "", 0, true, "date of birth: 1958 ≠ 1991, another person"},
      {{}, {"Russia"}, "", {}, {"RU", "KZ"}, "", 0.03, false, "nationality: ru = ru"},
      {{}, {"Syria"}, "", {}, {"Lebanon"}, "", -0.08, false, "nationality: sy ≠ lb"},
      {{}, {}, "male", {}, {}, "M", 0, false, "gender: male = male"},
      {{}, {}, "female", {}, {}, "male", -0.25, false, "gender: female ≠ male"},
      // One side unknown: nothing to say.
      {{"1958"}, {"Russia"}, "male", {}, {}, "", 0, false, ""},
      // The rise is capped.
      {{"1958-03-12"},
       {"ru"},
       "male",
       {"1958-03-12"},
       {"ru"},
       "male",
       kMaxAttributeRise,
       false,
       "date of birth: 1958-03-12 = 1958-03-12; nationality: ru = ru; gender: male = male"},
  };
  for (const auto& c : cases) {
    const PersonAttributes a = ParsePersonAttributes(c.dob_a, c.country_a, c.gender_a);
    const PersonAttributes b = ParsePersonAttributes(c.dob_b, c.country_b, c.gender_b);
    const AttributeMatch m = CompareAttributes(a, b);
    EXPECT_NEAR(m.adjustment, c.adjustment, 1e-9) << c.reasons;
    EXPECT_EQ(m.veto, c.veto) << c.reasons;
    EXPECT_EQ(m.reasons, c.reasons);
  }
}

}  // namespace
}  // namespace dossier

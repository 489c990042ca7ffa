#include "resolve/screening_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <span>
#include <thread>

#include "resolve/internal/screening_keys.h"
#include "resolve/transliterate.h"

namespace dossier {
namespace {

ScreeningIndex SeedIndex() {
  ScreeningIndex index;
  index.Add(1, "Nursultan Nazarbayev", EntityType::kPerson);
  index.Add(1, "Назарбаев Нурсултан Абишевич", EntityType::kPerson);
  index.Add(2, "Dariga Nursultanovna Nazarbayeva", EntityType::kPerson);
  index.Add(3, "Ismail Igilmanov", EntityType::kPerson);
  index.Add(4, "Medetbekov Serik Rakhimbaevich", EntityType::kPerson);
  index.Add(5, "Nursultan Nazarbekov", EntityType::kPerson);
  index.Add(6, "LLP Telefabrika Dala", EntityType::kOrganization);
  index.Add(7, "SALEK, ABDULHAI", EntityType::kPerson);
  index.Add(8, "Akezhan Kazhegeldin", EntityType::kPerson);
  index.Add(9, "   ", EntityType::kPerson);  // ignored: no letters
  index.Build();
  return index;
}

struct QueryCase {
  const char* query;
  std::vector<uint32_t> records;  // best first
};

// Checks each case's records, best first, for person queries; the hits'
// names and reasons are printed on a failure.
void ExpectPersonRecords(const ScreeningIndex& index, std::span<const QueryCase> cases) {
  for (const QueryCase& c : cases) {
    std::vector<uint32_t> records;
    std::string reasons;
    for (const ScreeningHit& hit : index.Query(c.query, EntityType::kPerson)) {
      records.push_back(hit.record);
      reasons += hit.matched_name + ": " + hit.match.reasons + "\n";
    }
    EXPECT_EQ(records, c.records) << c.query << "\n" << reasons;
  }
}

// An index of person names, the n-th (from 0) under record n + 1.
ScreeningIndex IndexOfPersons(std::initializer_list<const char*> names) {
  ScreeningIndex index;
  uint32_t record = 0;
  for (const char* name : names) index.Add(++record, name, EntityType::kPerson);
  index.Build();
  return index;
}

TEST(ScreeningIndexTest, GoldenQueries) {
  const ScreeningIndex index = SeedIndex();
  EXPECT_EQ(index.size(), 9u);
  const QueryCase cases[] = {
      {"Nazarbaev Nursultan", {1}}, {"Нурсултан Назарбаев", {1}}, {"Ismail Igelmanov", {3}},
      {"Исмаил Игильманов", {3}},   {"Igilmanov I.A.", {3}},      {"Serik Medetbekov", {4}},
      {"Abdulhai Salek", {7}},      {"Салек Абдулхай", {7}},      {"A. M. Kazhegeldin", {8}},
      {"Dala TV Factory", {6}},     {"John Smith", {}},
  };
  for (const QueryCase& c : cases) {
    std::vector<uint32_t> records;
    for (const ScreeningHit& hit : index.Query(c.query, std::nullopt)) {
      records.push_back(hit.record);
    }
    EXPECT_EQ(records, c.records) << c.query;
  }
}

// Spellings the comparison accepts share a vocabulary key: by frame
// (vowels, h/j and confusables), by the u/v reading, or by one edit.
TEST(ScreeningKeysTest, SpellingsShareAKey) {
  const std::pair<const char*, const char*> pairs[] = {
      {"Zhumabazhanov", "Schumabaschanow"},  // zh / sch: j read as a sibilant
      {"Kozhakhmetova", "Koschachmetowa"},   // kh / ch: h and q fold to k
      {"Ekaterina", "Jekaterina"},           // j read as a glide
      {"Nurpeiskhanov", "Nurpeishanov"},     // long frame, one letter deleted
      {"Bajtutajew", "Bajtntajew"},          // one full edit
      {"Uladzimir", "Vladimir"},             // u at the start read as v
      {"Putin", "Бвтин"},                    // v between consonants read as a vowel
      {"Igilmanov", "Игильманов"},
  };
  for (const auto& [a, b] : pairs) {
    std::vector<uint64_t> ka, kb;
    internal::FrameKeys(EntityType::kPerson, NameSkeleton(a), &ka);
    internal::FrameKeys(EntityType::kPerson, NameSkeleton(b), &kb);
    std::sort(ka.begin(), ka.end());
    std::sort(kb.begin(), kb.end());
    std::vector<uint64_t> shared;
    std::set_intersection(ka.begin(), ka.end(), kb.begin(), kb.end(), std::back_inserter(shared));
    EXPECT_FALSE(shared.empty()) << a << " / " << b;
  }
  // Types do not share keys.
  std::vector<uint64_t> person, org;
  internal::FrameKeys(EntityType::kPerson, "dala", &person);
  internal::FrameKeys(EntityType::kOrganization, "dala", &org);
  EXPECT_NE(person, org);
}

TEST(ScreeningKeysTest, Frames) {
  EXPECT_EQ(internal::Frame("nazarbaev", false), "nsrpv");
  EXPECT_EQ(internal::Frame("jumabajanov", false), "npnv");
  EXPECT_EQ(internal::Frame("jumabajanov", true), "snpsnv");
  EXPECT_EQ(internal::Frame("wumabawanov", true), "snpsnv");
  EXPECT_EQ(internal::Frame("kojahmetova", true), "kskntv");
  EXPECT_EQ(internal::Frame("kowaqmetova", false), "kskntv");
  EXPECT_EQ(internal::Frame("uladzimir", false, true), "vltsnr");
  EXPECT_EQ(internal::Frame("bvtin", false, true), "ptn");
  EXPECT_EQ(internal::Frame("bajtutajev", false), "pttv");  // t-u-t is not a run
}

// Blocking must not lose what the comparison accepts: spellings in other
// transliteration schemes (German, French) with the order changed, typos in
// either word, initials, Cyrillic, and a name written as one word.
TEST(ScreeningIndexTest, BlockingFindsVariants) {
  ScreeningIndex index;
  const char* const listed[] = {
      "Zhumabazhanov Kasym",                     // 0
      "Ekaterina Kozhakhmetova",                 // 1
      "Aleksandr Nurpeiskhanov",                 // 2
      "Sergej Bajtutajew",                       // 3
      "Sergei Igilmankhanov",                    // 4
      "Sergei Tursunzhanov",                     // 5
      "Vladimir Bauyrzhanovich Esimkhangaliov",  // 6
      "Ramimakhlouf",                            // 7
      "Ivanov A. S.",                            // 8
      "Madina Karimjanova",                      // 9
      "Jean Dubois",                             // 10
      "Vladimir Putin",                          // 11
      "Bashar Assad",                            // 12
  };
  for (uint32_t i = 0; i < std::size(listed); ++i) {
    index.Add(i, listed[i], EntityType::kPerson);
  }
  index.Build();
  const QueryCase cases[] = {
      {"Schumabaschanow Kassym", {0}}, {"Jekaterina Koschachmetowa", {1}},
      {"Екатерина Кожахметова", {1}},  {"Aleksandr Nurpeishanov", {2}},
      {"Bajtntajew Sergej", {3}},      {"Igilmanchanow Sergej", {4}},
      {"S. Tursunschanow", {5}},       {"Vladimir Bauyrzhanovich Esimshangaliov", {6}},
      {"Rami Makhlouf", {7}},          {"Aleksandr Ivanov", {8}},
      {"Madina Karimzhanova", {9}},    {"DUBOIS, Jean", {10}},
      {"Уладзімір Пуцін", {11}},  // Belarusian: u/v
      {"فلاديمير بوتين", {11}},   // Arabic: bvtin
      {"Basharassad", {12}},
  };
  for (const QueryCase& c : cases) {
    std::vector<uint32_t> records;
    for (const ScreeningHit& hit : index.Query(c.query, EntityType::kPerson)) {
      records.push_back(hit.record);
    }
    EXPECT_EQ(records, c.records) << c.query;
  }
}

// One slip per name: a swapped pair of letters in a surname, a wrong, missing
// or extra letter in a short given name when the surname agrees, a slip at the
// end of a feminine surname. Different people stay apart (another listed given
// name, two edits in the surname, the other gender's form).
TEST(ScreeningIndexTest, TyposFindTheirName) {
  ScreeningIndex index;
  index.Add(1, "Ivan Orlov", EntityType::kPerson);
  index.Add(2, "Oleg Orlov", EntityType::kPerson);
  index.Add(3, "Olga Semenova", EntityType::kPerson);
  index.Add(4, "Sergei Petrov", EntityType::kPerson);
  index.Add(5, "Nursultan Nazarbayev", EntityType::kPerson);
  index.Add(6, "Nursultan Nazarbekov", EntityType::kPerson);
  index.Add(7, "Dariga Nazarbayeva", EntityType::kPerson);
  index.Add(8, "Olga Khadeyeva", EntityType::kPerson);
  index.Add(9, "Sarah Johnson", EntityType::kPerson);
  index.Add(10, "Susan Smith", EntityType::kPerson);
  // One skeleton (viliam smit), two written forms: only William is one
  // written slip from Williax.
  index.Add(11, "Wiliam Smith", EntityType::kPerson);
  index.Add(12, "William Smith", EntityType::kPerson);
  index.Build();
  const QueryCase cases[] = {
      {"Ivak Orlov", {1}},
      {"Ivn Orlov", {1}},
      {"Olga Orlov", {}},
      {"Oga Semenova", {3}},
      {"Semenova Olda", {3}},
      {"Sergei Pterov", {4}},
      {"Srgei Petrov", {4}},
      {"Nursultan Nazarbayve", {5}},
      {"Nursultan Nazrabekov", {6}},
      {"Dariga Nazarbayev", {}},
      {"Olga Khadeyeav", {8}},
      // Slips the skeleton folding widens, one edit as written.
      {"Jhonson Sarah", {9}},
      {"Susan Sith", {10}},
      {"Williax Smith", {12}},
  };
  ExpectPersonRecords(index, cases);
}

// Namesakes that differ by patronymic, given name or gender stay apart, and
// each record with the one name is reported.
TEST(ScreeningIndexTest, NamesakesAreNotMerged) {
  ScreeningIndex index;
  index.Add(1, "Ivan Petrovich Sidorov", EntityType::kPerson);
  index.Add(2, "Ivan Sergeyevich Sidorov", EntityType::kPerson);
  index.Add(3, "Anna Sidorova", EntityType::kPerson);
  index.Add(4, "Petr Sidorov", EntityType::kPerson);
  index.Add(5, "Ivan Sidorov", EntityType::kPerson);
  index.Add(6, "Ivan Sidorov", EntityType::kPerson);
  index.Build();
  auto records = [&](std::string_view query) {
    std::vector<uint32_t> out;
    for (const ScreeningHit& hit : index.Query(query, EntityType::kPerson)) {
      out.push_back(hit.record);
    }
    return out;
  };
  // Records 5 and 6 are one written name, scored once and both reported.
  EXPECT_EQ(records("Ivan Petrovich Sidorov"), (std::vector<uint32_t>{1, 5, 6}));
  EXPECT_EQ(records("Иван Сергеевич Сидоров"), (std::vector<uint32_t>{2, 5, 6}));
  EXPECT_EQ(records("Anna Sidorova"), (std::vector<uint32_t>{3}));
  EXPECT_EQ(records("Ivan Sidorov"), (std::vector<uint32_t>{1, 2, 5, 6}));
  ScreeningOptions one;
  one.max_hits = 1;
  ASSERT_EQ(index.Query("Ivan Sidorov", EntityType::kPerson, one).size(), 1u);
}

// A common given name does not make a block: the query is looked up by its
// surname together with its given name, so a base full of Aleksandrs costs a
// query with a rare surname a handful of candidates.
TEST(ScreeningIndexTest, CommonGivenNameDoesNotBlock) {
  ScreeningIndex index;
  const char* const syllables[] = {"ka", "ro", "li", "mu", "te", "sa", "no", "bi"};
  uint32_t record = 0;
  for (const char* a : syllables) {
    for (const char* b : syllables) {
      for (const char* c : syllables) {
        index.Add(record++, std::string("Aleksandr ") + a + b + c + "ov", EntityType::kPerson);
      }
    }
  }
  index.Add(9999, "Aleksandr Nazarbayev", EntityType::kPerson);
  index.Build();
  const std::vector<ScreeningHit> hits = index.Query("Alexander Nazarbaev", EntityType::kPerson);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].record, 9999u);
  EXPECT_LE(ScreeningIndex::LastCandidateCount(), 5u);
}

TEST(ScreeningIndexTest, HitsCarryNameScoreAndReasons) {
  const ScreeningIndex index = SeedIndex();
  const std::vector<ScreeningHit> hits =
      index.Query("Ismail Igelmanov", EntityType::kPerson, ScreeningOptions());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].matched_name, "Ismail Igilmanov");
  EXPECT_EQ(hits[0].match.verdict, MatchVerdict::kSame);
  EXPECT_EQ(hits[0].match.reasons,
            "surname: Igelmanov ~ Igilmanov, 1 vowel; given name: Ismail = Ismail");
  // An organization query does not find persons.
  EXPECT_TRUE(index.Query("Ismail Igelmanov", EntityType::kOrganization).empty());
}

TEST(ScreeningIndexTest, RelatedOnlyWhenAsked) {
  const ScreeningIndex index = SeedIndex();
  ScreeningOptions options;
  options.include_related = true;
  std::vector<uint32_t> records;
  for (const ScreeningHit& hit :
       index.Query("Nursultan Nazarbayev", EntityType::kPerson, options)) {
    records.push_back(hit.record);
  }
  EXPECT_EQ(records, (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(index.Query("Nursultan Nazarbayev", EntityType::kPerson).size(), 1u);
}

TEST(ScreeningIndexTest, ThresholdAndLimit) {
  const ScreeningIndex index = SeedIndex();
  ScreeningOptions options;
  options.threshold = 0.75;
  // A surname alone is a possible match at 0.85.
  EXPECT_EQ(index.Query("Medetbekov", EntityType::kPerson, options).size(), 1u);
  options.threshold = 0.9;
  EXPECT_TRUE(index.Query("Medetbekov", EntityType::kPerson, options).empty());
}

// Sanctions-list forms find their person; a namesake's date of birth sets
// them apart.
TEST(ScreeningIndexTest, WorldConventionsAndAttributes) {
  ScreeningIndex index;
  index.Add(1, "KHALED AL-NOURI, ABDUL RAHIM", EntityType::kPerson);
  index.Add(2, "Ahmed bin Saleh", EntityType::kPerson);
  index.Add(3, "KIM, Jong Un", EntityType::kPerson);
  index.Add(4, "Janet Christine Diaz", EntityType::kPerson);
  index.Add(5, "Maria Garcia Lopez", EntityType::kPerson);
  index.Add(6, "Ahmed Saleh", EntityType::kPerson);  // a namesake of 2, born in 1991
  index.Add(7, "Abu Saleh", EntityType::kPerson, /*weak_alias=*/true);
  index.Add(7, "Omar Farouk", EntityType::kPerson);
  index.SetAttributes(2, ParsePersonAttributes({"1958-03-12"}, {"Syria"}, "male"));
  index.SetAttributes(6, ParsePersonAttributes({"1991"}, {"Syria"}, "male"));
  index.Build();
  const QueryCase cases[] = {
      {"ABDUL RAHIM KHALED AL-NOURI", {1}},
      {"Abdulrahim al-Nouri", {1}},
      {"BIN SALEH, AHMED", {2, 6}},
      {"Kim Jong-un", {3}},
      {"Jong Un Kim", {3}},
      {"Annette Christine Walsh", {}},
      {"GARCIA, Maria", {5}},
  };
  for (const QueryCase& c : cases) {
    std::vector<uint32_t> got;
    for (const ScreeningHit& hit : index.Query(c.query, EntityType::kPerson)) {
      got.push_back(hit.record);
    }
    EXPECT_EQ(got, c.records) << c.query;
  }
  // With the query's date of birth: the person rises, the namesake goes.
  const PersonAttributes born_1958 = ParsePersonAttributes({"1958"}, {}, "");
  std::vector<ScreeningHit> hits = index.Query("Ahmed Saleh", EntityType::kPerson, {}, &born_1958);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].record, 2u);
  EXPECT_NEAR(hits[0].match.score, 1.0, 1e-9);
  EXPECT_EQ(hits[0].attribute_reasons, "date of birth: 1958 ~ 1958-03-12");
  EXPECT_EQ(hits[0].match.reasons,
            "surname: Saleh = Saleh; given name: Ahmed = Ahmed; date of birth: 1958 ~ 1958-03-12");
  // Kept for review when asked: the namesake, vetoed, with the reason.
  ScreeningOptions review;
  review.keep_vetoed = true;
  hits = index.Query("Ahmed Saleh", EntityType::kPerson, review, &born_1958);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[1].record, 6u);
  EXPECT_TRUE(hits[1].vetoed);
  EXPECT_EQ(hits[1].match.verdict, MatchVerdict::kDifferent);
  EXPECT_DOUBLE_EQ(hits[1].name_score, 1.0);
  EXPECT_EQ(hits[1].attribute_reasons, "date of birth: 1958 ≠ 1991, another person");
  // A weak alias counts less.
  hits = index.Query("Abu Saleh", EntityType::kPerson);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].record, 7u);
  EXPECT_TRUE(hits[0].weak_alias);
  EXPECT_NEAR(hits[0].match.score, hits[0].name_score - kWeakAliasPenalty, 1e-9);
}

// Two given names of our list one typing slip apart (Jan / Juan): the name
// alone is below the threshold; the same birth day makes it a hit.
TEST(ScreeningIndexTest, GivenNameSlipAndBirthDay) {
  ScreeningIndex index;
  index.Add(1, "Juan Cruz", EntityType::kPerson);
  index.Add(2, "Maria Morales", EntityType::kPerson);
  index.SetAttributes(1, ParsePersonAttributes({"1970-05-04"}, {}, ""));
  index.SetAttributes(2, ParsePersonAttributes({"1980-01-02"}, {}, ""));
  index.Build();
  EXPECT_TRUE(index.Query("Jan Cruz", EntityType::kPerson).empty());
  const PersonAttributes same_day = ParsePersonAttributes({"04.05.1970"}, {}, "");
  std::vector<ScreeningHit> hits = index.Query("Jan Cruz", EntityType::kPerson, {}, &same_day);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].record, 1u);
  EXPECT_EQ(hits[0].match.verdict, MatchVerdict::kPossible);
  EXPECT_NEAR(hits[0].match.score, 0.77, 1e-9);
  EXPECT_EQ(hits[0].attribute_reasons, "date of birth: 04.05.1970 = 1970-05-04");
  // The same year is not enough, nor another day.
  const PersonAttributes same_year = ParsePersonAttributes({"1970"}, {}, "");
  EXPECT_TRUE(index.Query("Jan Cruz", EntityType::kPerson, {}, &same_year).empty());
  const PersonAttributes other_day = ParsePersonAttributes({"1980-01-03"}, {}, "");
  EXPECT_TRUE(index.Query("Marta Morales", EntityType::kPerson, {}, &other_day).empty());
  const PersonAttributes her_day = ParsePersonAttributes({"1980-01-02"}, {}, "");
  hits = index.Query("Marta Morales", EntityType::kPerson, {}, &her_day);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].record, 2u);
}

// The list's own family names: another family name of the list is never a
// typo of the query's (a typo makes a word nobody has); one record may
// carry a typo, so a family name listed once is still forgiven a slip.
TEST(ScreeningIndexTest, ListedFamilyNamesAreNotSlips) {
  ScreeningIndex index;
  const char* const names[] = {
      "John Nelson",      "Mary Nelson",     "Peter Nielsen",  "Anna Nielsen",
      "George Baker",     "Sarah Baker",     "Thomas Becker",  "Karl Becker",
      "James Hill",       "Susan Hill",      "Robert Hall",    "Linda Hall",
      "Ahmed al-Hashimi", "Omar al-Hashimi", "Ali al-Hashemi", "Khalid al-Hashemi",
      "Ivan Gorbachev",   "Petr Gorbachev",  "Oleg Gorbachov", "Pavel Gorbachov",
      "William Jonson",   "Mary Johnson",    "Paul Johnson",
  };
  for (uint32_t r = 0; r < std::size(names); ++r) index.Add(r + 1, names[r], EntityType::kPerson);
  index.Build();
  const QueryCase cases[] = {
      // Must not match: the query's family name is another of the list's.
      {"John Nielsen", {}},   // not John Nelson (1)
      {"George Becker", {}},  // not George Baker (5)
      {"Robert Hill", {}},    // not Robert Hall (11)
      {"Mary Nielsen", {}},   // not Mary Nelson (2)
      // Must match: a typo, which the list does not have.
      {"John Neslon", {1}},
      {"George Bakre", {5}},
      {"Robert Halll", {11}},
      {"Mary Nelsson", {2}},
      {"Thomas Beker", {7}},
      // Must match: spellings of one name, both listed.
      {"Omar al-Hashemi", {14}},
      {"Oleg Gorbachev", {19}},
      {"Ivan Gorbachov", {17}},
      // A family name listed by one record may be a typo: forgiven.
      {"William Johnson", {21}},
  };
  ExpectPersonRecords(index, cases);
}

// A vowel for another in a Russian Cyrillic surname is a letter: with one
// more difference, another family. Names of one skeleton in two scripts
// are scored apart.
TEST(ScreeningIndexTest, VowelsOfRussianCyrillicAreLetters) {
  const ScreeningIndex index =
      IndexOfPersons({"Ivan Mazin", "Иван Мазин", "Иван Мусин", "Mikhail Gorbachyov"});
  const QueryCase cases[] = {
      // Must not match: Мусин is not Mazin, nor Musin Мазин.
      {"Иван Мусин", {3}},
      {"Ivan Musin", {3, 1}},
      {"Иван Мазин", {1, 2}},  // equal scores: by record
      // Must match: ё written е, romanized yo; one mistyped vowel.
      {"Михаил Горбачев", {4}},
      {"Иван Мусан", {3}},
  };
  ExpectPersonRecords(index, cases);
}

// Word ids are each index's own: one thread querying two indexes in turn
// gets each index's answers (the similarity lookups by id never mix).
TEST(ScreeningIndexTest, TwoIndexesOnOneThread) {
  ScreeningIndex western, slavic;
  for (const char* name : {"John Smith", "Mary Smith", "John Baker", "Anna Baker"}) {
    western.Add(western.size() + 1, name, EntityType::kPerson);
  }
  for (const char* name : {"Ivan Petrov", "Olga Petrova", "Ivan Sidorov", "Anna Sidorova"}) {
    slavic.Add(slavic.size() + 1, name, EntityType::kPerson);
  }
  western.Build();
  slavic.Build();
  const QueryCase western_cases[] = {{"John Smiht", {1}}, {"Anna Bakre", {4}}, {"Ivan Petrov", {}}};
  const QueryCase slavic_cases[] = {
      {"Ivan Petorv", {1}}, {"Anna Sidrova", {4}}, {"John Smith", {}}};
  for (int round = 0; round < 2; ++round) {
    ExpectPersonRecords(western, western_cases);
    ExpectPersonRecords(slavic, slavic_cases);
  }
}

TEST(ScreeningIndexTest, ConcurrentQueries) {
  const ScreeningIndex index = SeedIndex();
  std::vector<std::thread> threads;
  std::vector<int> found(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        found[t] += static_cast<int>(index.Query("Ismail Igelmanov", std::nullopt).size());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(found[t], 200);
}

}  // namespace
}  // namespace dossier

#include "extract/internal/time_lexicon_en.h"

namespace dossier::internal {
namespace {

struct Entry {
  std::string_view word;
  int value;
};

template <size_t N>
int Find(const Entry (&table)[N], std::string_view word, int missing) {
  for (const Entry& e : table) {
    if (SameWord(e.word, word)) return e.value;
  }
  return missing;
}

constexpr Entry kMonths[] = {{"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},
                             {"may", 5},       {"june", 6},     {"july", 7},      {"august", 8},
                             {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}};
constexpr Entry kMonthAbbreviations[] = {{"jan", 1},  {"feb", 2},  {"mar", 3},  {"apr", 4},
                                         {"jun", 6},  {"jul", 7},  {"aug", 8},  {"sep", 9},
                                         {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
constexpr Entry kWeekdays[] = {{"monday", 1}, {"tuesday", 2},  {"wednesday", 3}, {"thursday", 4},
                               {"friday", 5}, {"saturday", 6}, {"sunday", 7},    {"mon", 1},
                               {"tue", 2},    {"tues", 2},     {"wed", 3},       {"thu", 4},
                               {"thur", 4},   {"thurs", 4},    {"fri", 5},       {"sat", 6},
                               {"sun", 7}};
constexpr Entry kSeasons[] = {
    {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3}, {"winter", 4}};
constexpr Entry kCardinals[] = {
    {"a", 1},         {"an", 1},       {"one", 1},      {"two", 2},        {"three", 3},
    {"four", 4},      {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},
    {"nine", 9},      {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},
    {"sixty", 60},    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"dozen", 12},
    {"hundred", 100}};
constexpr Entry kOrdinals[] = {
    {"first", 1},         {"second", 2},      {"third", 3},        {"fourth", 4},
    {"fifth", 5},         {"sixth", 6},       {"seventh", 7},      {"eighth", 8},
    {"ninth", 9},         {"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
    {"thirteenth", 13},   {"fourteenth", 14}, {"fifteenth", 15},   {"sixteenth", 16},
    {"seventeenth", 17},  {"eighteenth", 18}, {"nineteenth", 19},  {"twentieth", 20},
    {"twenty-first", 21}, {"thirtieth", 30},  {"thirty-first", 31}};

}  // namespace

int EnglishMonth(std::string_view word, bool* abbreviation) {
  *abbreviation = false;
  if (int m = Find(kMonths, word, 0)) return m;
  *abbreviation = true;
  return Find(kMonthAbbreviations, word, 0);
}

int EnglishWeekday(std::string_view word) { return Find(kWeekdays, word, 0); }
int EnglishSeason(std::string_view word) { return Find(kSeasons, word, 0); }
int EnglishCardinal(std::string_view word) { return Find(kCardinals, word, -1); }
int EnglishOrdinal(std::string_view word) { return Find(kOrdinals, word, 0); }

bool IsOrdinalSuffix(std::string_view word) {
  return word == "st" || word == "nd" || word == "rd" || word == "th";
}

bool EnglishTimeUnit(std::string_view word, TimeUnit* unit, bool* plural) {
  static constexpr struct {
    std::string_view singular, plural;
    TimeUnit unit;
  } kUnits[] = {{"day", "days", TimeUnit::kDay},
                {"week", "weeks", TimeUnit::kWeek},
                {"month", "months", TimeUnit::kMonth},
                {"year", "years", TimeUnit::kYear},
                {"quarter", "quarters", TimeUnit::kQuarter},
                {"decade", "decades", TimeUnit::kDecade},
                {"century", "centuries", TimeUnit::kCentury}};
  for (const auto& u : kUnits) {
    if (word == u.singular || word == u.plural) {
      *unit = u.unit;
      *plural = word == u.plural;
      return true;
    }
  }
  return false;
}

std::string_view DurationDesignator(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kDay:
      return "D";
    case TimeUnit::kWeek:
      return "W";
    case TimeUnit::kMonth:
      return "M";
    case TimeUnit::kQuarter:
      return "Q";
    case TimeUnit::kSeason:
      return "M";
    case TimeUnit::kYear:
      return "Y";
    case TimeUnit::kDecade:
      return "DE";
    case TimeUnit::kCentury:
      return "CE";
  }
  return "D";
}

}  // namespace dossier::internal

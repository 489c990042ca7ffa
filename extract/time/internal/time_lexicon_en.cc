#include "extract/time/internal/time_lexicon_en.h"

#include "extract/time/internal/time_word_table.h"

namespace dossier::internal {
namespace {

constexpr WordEntry kMonths[] = {{"january", 1},  {"february", 2},  {"march", 3},
                                 {"april", 4},    {"may", 5},       {"june", 6},
                                 {"july", 7},     {"august", 8},    {"september", 9},
                                 {"october", 10}, {"november", 11}, {"december", 12}};
constexpr WordEntry kMonthAbbreviations[] = {{"jan", 1},  {"feb", 2},  {"mar", 3},  {"apr", 4},
                                             {"jun", 6},  {"jul", 7},  {"aug", 8},  {"sep", 9},
                                             {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
constexpr WordEntry kWeekdays[] = {
    {"monday", 1},   {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
    {"saturday", 6}, {"sunday", 7},  {"mon", 1},       {"tue", 2},      {"tues", 2},
    {"wed", 3},      {"thu", 4},     {"thur", 4},      {"thurs", 4},    {"fri", 5},
    {"sat", 6},      {"sun", 7}};
constexpr WordEntry kSeasons[] = {
    {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3}, {"winter", 4}};
constexpr WordEntry kCardinals[] = {
    {"a", 1},         {"an", 1},       {"one", 1},      {"two", 2},        {"three", 3},
    {"four", 4},      {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},
    {"nine", 9},      {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},
    {"sixty", 60},    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"dozen", 12},
    {"hundred", 100}};
constexpr WordEntry kOrdinals[] = {
    {"first", 1},         {"second", 2},      {"third", 3},        {"fourth", 4},
    {"fifth", 5},         {"sixth", 6},       {"seventh", 7},      {"eighth", 8},
    {"ninth", 9},         {"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
    {"thirteenth", 13},   {"fourteenth", 14}, {"fifteenth", 15},   {"sixteenth", 16},
    {"seventeenth", 17},  {"eighteenth", 18}, {"nineteenth", 19},  {"twentieth", 20},
    {"twenty-first", 21}, {"thirtieth", 30},  {"thirty-first", 31}};

// Words that open a rule of the grammar without being month, weekday, season,
// number or unit words.
constexpr std::string_view kRuleOpeners[] = {
    "a",        "about",     "after",    "age",       "aged",         "ago",        "almost",
    "an",       "annually",  "around",   "before",    "beginning",    "between",    "by",
    "circa",    "coming",    "current",  "currently", "daily",        "during",     "each",
    "earlier",  "early",     "end",      "every",     "few",          "fiscal",     "following",
    "for",      "preceding", "from",     "future",    "half",         "hence",      "just",
    "last",     "late",      "later",    "latter",    "mid",          "middle",     "monthly",
    "more",     "nearly",    "next",     "now",       "nowadays",     "old",        "only",
    "over",     "past",      "previous", "recent",    "latest",       "comparable", "twenties",
    "thirties", "forties",   "fifties",  "sixties",   "seventies",    "eighties",   "nineties",
    "recently", "christmas", "boxing",   "halloween", "thanksgiving", "new",        "valentine",
    "roughly",  "season",    "several",  "since",     "some",         "start",      "the",
    "this",     "through",   "till",     "today",     "tomorrow",     "tonight",    "until",
    "up",       "upcoming",  "weekend",  "weekly",    "within",       "year",       "yearly",
    "yesterday"};

const WordTable* MakeStartWords() {
  auto* table = new WordTable(256);
  table->AddAll(kMonths), table->AddAll(kMonthAbbreviations), table->AddAll(kWeekdays);
  table->AddAll(kSeasons), table->AddAll(kCardinals), table->AddAll(kOrdinals);
  for (std::string_view w : kRuleOpeners) table->Add(w, 1);
  for (std::string_view w : {"day", "days", "week", "weeks", "month", "months", "years", "quarter",
                             "quarters", "decade", "decades", "century", "centuries"}) {
    table->Add(w, 1);
  }
  return table;
}

}  // namespace

bool IsEnglishTimeStartWord(std::string_view word) {
  static const WordTable* words = MakeStartWords();
  return words->Find(word, 0) != 0;
}

int EnglishMonth(std::string_view word, bool* abbreviation) {
  *abbreviation = false;
  static const WordTable* months = MakeWordTable(kMonths);
  static const WordTable* abbreviations = MakeWordTable(kMonthAbbreviations);
  if (int m = months->Find(word, 0)) return m;
  *abbreviation = true;
  return abbreviations->Find(word, 0);
}

int EnglishWeekday(std::string_view word) {
  static const WordTable* weekdays = MakeWordTable(kWeekdays);
  return weekdays->Find(word, 0);
}
int EnglishSeason(std::string_view word) {
  static const WordTable* seasons = MakeWordTable(kSeasons);
  return seasons->Find(word, 0);
}
int EnglishCardinal(std::string_view word) {
  static const WordTable* cardinals = MakeWordTable(kCardinals);
  return cardinals->Find(word, -1);
}
int EnglishOrdinal(std::string_view word) {
  static const WordTable* ordinals = MakeWordTable(kOrdinals);
  return ordinals->Find(word, 0);
}

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

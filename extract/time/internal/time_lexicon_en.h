// English words of the time and money grammars: months, weekdays, seasons,
// number words and ordinals, units of time. Lookups take lower-cased words.
//
// Thread-safe (immutable tables).
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_EN_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_EN_H_

#include <string_view>

#include "extract/time/internal/time_value.h"
#include "extract/time/internal/time_word_table.h"

namespace dossier::internal {

// 1-12 for a month name or abbreviation ("sept", "nov"); 0 otherwise.
// `*abbreviation` says whether the word was a short form.
int EnglishMonth(std::string_view word, bool* abbreviation);

// 1 (Monday) - 7 for a weekday name or abbreviation; 0 otherwise.
int EnglishWeekday(std::string_view word);

// 1 spring, 2 summer, 3 autumn/fall, 4 winter; 0 otherwise.
int EnglishSeason(std::string_view word);

// The value of a cardinal word ("one" 1 ... "ninety" 90, "a"/"an" 1,
// "dozen" 12); -1 otherwise.
int EnglishCardinal(std::string_view word);

// The value of an ordinal word ("first" 1 ... "thirty-first" parts,
// "twentieth" 20, "thirtieth" 30); 0 otherwise.
int EnglishOrdinal(std::string_view word);

// True for "st", "nd", "rd", "th" (ordinal suffix after digits).
bool IsOrdinalSuffix(std::string_view word);

// The unit a time-unit noun names ("years" kYear, "month" kMonth, "weeks"
// kWeek, "days" kDay, "decades" kDecade, "century" kCentury, "quarter"
// kQuarter); false otherwise. `*plural` is set for plural forms.
bool EnglishTimeUnit(std::string_view word, TimeUnit* unit, bool* plural);

// Whether an expression of the English grammar can begin with this word: the
// month, weekday, season, number and unit words, and the words the grammar's
// rules open with ("last", "since", "the", "for", "recently", ...). Words the
// grammar reads only around an expression ("of", "he", "was", "page") are not
// in it. The scan skips every other word without trying a rule, so a rule
// that opens with a new word must add it here (the golden tables of
// time_money_test.cc open with each of them).
bool IsEnglishTimeStartWord(std::string_view word);

// The TIMEX3 designator of a unit in a duration: "Y", "M", "W", "D", "Q",
// "DE" (decade), "CE" (century).
std::string_view DurationDesignator(TimeUnit unit);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_EN_H_

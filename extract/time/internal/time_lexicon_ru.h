// Russian words of the time and money grammars: months, seasons, weekdays,
// number words, ordinals, units of time and the words for parts of a period.
// Every lookup takes a word as the time tokenizer lowers it (ё read as е) and
// accepts it in any case and number: the tables hold each stem with the
// endings of its declension (WordTable::AddForms), so "январь", "января",
// "январе" and "январём" are one month.
//
// Thread-safe (immutable tables built on first use).
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_RU_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_RU_H_

#include <string_view>

#include "extract/time/internal/time_value.h"

namespace dossier::internal {

// 1-12 for a month name in any case ("марта", "мае", "декабрём"); 0 otherwise.
int RussianMonth(std::string_view word);

// 1-12 for a month abbreviation written with a period ("янв", "сент",
// "нояб"); 0 otherwise.
int RussianMonthAbbreviation(std::string_view word);

// 1 spring ... 4 winter for a season noun in any case ("весной", "лета",
// "зиму"); 0 otherwise.
int RussianSeason(std::string_view word);

// 1 (Monday) - 7 for the accusative of a weekday, the form after "в" ("в
// среду", "во вторник"); 0 otherwise ("в среде" is an environment).
int RussianWeekdayAccusative(std::string_view word);

// The value of a cardinal in any case ("три", "трёх", "двадцати", "сто"), 3
// for "несколько" (a few), 2 for "пару"; -1 otherwise.
int RussianCardinal(std::string_view word);

// 1-4 for "первый", "второй", "третий", "четвёртый" in any case and gender
// (quarters and halves); 0 otherwise.
int RussianSmallOrdinal(std::string_view word);

// A unit of time in any case and number ("лет", "года", "месяцев", "неделю",
// "дней", "десятилетия", "века", "квартале"); `*plural` for plural forms and
// "лет". False otherwise.
bool RussianTimeUnit(std::string_view word, TimeUnit* unit, bool* plural);

// The decade a plural ordinal adjective names ("девяностые", "двухтысячных":
// 1990, 2000); 0 otherwise.
int RussianDecadeWord(std::string_view word);

// The shift of an adjective of relative time in any case and gender:
// "прошлый"/"минувший" -1, "позапрошлый" -2, "этот"/"текущий"/"нынешний" 0,
// "следующий"/"будущий"/"грядущий" +1. Returns false for other words.
bool RussianShiftAdjective(std::string_view word, int* shift);

// Part of a period a noun names: "начало" early, "середина" mid, "конец"
// late, "половина" (with an ordinal: halves), in any case. `*half` is set for
// "половина". False otherwise.
bool RussianPartNoun(std::string_view word, TimePart* part, bool* half);

// The value of a Roman numeral written in Latin letters or in the Cyrillic
// look-alikes (х for x, і for i): "xx", "хх", "xix", "ххі"; 0 when `word` is
// none.
int RomanNumeral(std::string_view word);

// Whether an expression of the Russian grammar can begin with this word (the
// scan tries no rule at other words): prepositions of time, month, season,
// unit, number, part and relative words, and roman numerals are checked
// apart. A rule that opens with a new word must add it here.
bool IsRussianTimeStartWord(std::string_view word);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_RU_H_

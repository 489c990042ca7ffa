// Cyrillic name morphology and cue words for the tagger's lexicon flags
// (internal/ner_lexicon.h): Russian and Kazakh surnames and patronymics in
// every case and gender, organization designators and person cues. Our own
// lists, written for Dossier.
#include <algorithm>
#include <array>
#include <string>

#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/internal/organization_nouns.h"
#include "extract/ner/internal/sorted_list.h"

namespace dossier::internal {
namespace {

// Endings of Russian and Kazakh surnames, every case and gender, small
// letters: -ов/-ев/-ин/-ын with their feminine and case forms, -ский/-цкий,
// -енко, -ян, Kazakh -ұлы/-қызы (and -улы/-кызы as typed without Kazakh letters).
constexpr std::string_view kSurnameEndings[] = {
    "ов",   "ова",  "ову",  "овым",  "овой",  "ове",  "овых", "ев",     "ева",   "еву",  "евым",
    "евой", "еве",  "ёв",   "ёва",   "ёву",   "ёвым", "ин",   "ина",    "ину",   "иным", "иной",
    "ине",  "ын",   "ына",  "ыну",   "ыным",  "ский", "ская", "ского",  "скому", "ским", "ской",
    "скую", "цкий", "цкая", "цкого", "цкому", "цким", "цкой", "енко",   "ян",    "яна",  "яну",
    "яном", "ұлы",  "қызы", "улы",   "кызы",  "уулу", "бек",  "бекова", "баев",  "баева"};

constexpr std::string_view kPatronymicEndings[] = {
    "ович", "овича", "овичу", "овичем", "овиче", "евич", "евича", "евичу", "евичем", "евиче",
    "ьич",  "ьича",  "ьичу",  "овна",   "овны",  "овне", "овну",  "овной", "евна",   "евны",
    "евне", "евну",  "евной", "ична",   "ичны",  "ичне", "ичну",  "ичной"};

// Small letters; compared with the folded word (a trailing period dropped).
constexpr std::string_view kOrgWords[] = {
    "ао",          "агентство",    "агентства",    "акимат",       "акимата",      "ассоциация",
    "ассоциации",  "банк",         "банка",        "банке",        "зао",          "институт",
    "института",   "компания",     "компании",     "комитет",      "комитета",     "корпорация",
    "корпорации",  "министерство", "министерства", "министерстве", "мажилис",      "мажилиса",
    "нао",         "оао",          "ооо",          "пао",          "партия",       "партии",
    "суд",         "суда",         "тоо",          "университет",  "университета", "фонд",
    "фонда",       "холдинг",      "холдинга",     "ип",           "служба",       "службы",
    "сенат",       "сената",       "парламент",    "парламента",   "серіктестігі", "қоры",
    "министрлігі", "банкі"};

constexpr std::string_view kPersonCueWords[] = {
    "г-н",          "г-жа",        "господин",        "госпожа",     "президент",
    "президента",   "премьер",     "премьер-министр", "министр",     "министра",
    "аким",         "акима",       "директор",        "директора",   "председатель",
    "председателя", "депутат",     "депутата",        "журналист",   "журналиста",
    "бизнесмен",    "бизнесмена",  "генерал",         "генерала",    "судья",
    "прокурор",     "прокурора",   "губернатор",      "губернатора", "мэр",
    "мэра",         "экс-премьер", "экс-министр",     "сенатор",     "полковник",
    "мырза",        "ханым"};

// Whether `key` ends with one of `endings` after a stem of at least
// `min_stem` bytes (two per Cyrillic letter).
template <const auto& kEndings>
bool EndsWithOne(std::string_view key, size_t min_stem) {
  for (std::string_view e : kEndings) {
    if (key.size() >= e.size() + min_stem && key.substr(key.size() - e.size()) == e) return true;
  }
  return false;
}

bool IsCyrillicLead(unsigned char c) { return c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3; }

}  // namespace

bool StartsWithCyrillic(std::string_view word) {
  return !word.empty() && IsCyrillicLead(static_cast<unsigned char>(word[0]));
}

uint32_t CyrillicLexiconFlags(std::string_view word, std::string_view key) {
  if (!StartsWithCyrillic(word)) return 0;
  uint32_t flags = 0;
  const bool capitalized = StartsWithCapital(word);
  // A stem of at least two letters: "Ким" and "Ли" are not "-им"/"-и" forms.
  if (capitalized && EndsWithOne<kSurnameEndings>(key, 4)) flags |= kRegionSurname;
  if (capitalized && EndsWithOne<kPatronymicEndings>(key, 4)) flags |= kPatronymic;
  std::string_view bare = key;
  if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
  if (InSortedList<kOrgWords>(bare)) flags |= kOrgDesignator;
  if (InSortedList<kPersonCueWords>(bare)) flags |= kPersonCue;
  if (OrganizationHeadNoun(word)) flags |= kOrgHead;
  return flags;
}

}  // namespace dossier::internal

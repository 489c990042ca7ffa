// Kazakh stems and the ending chains they take. Endings come in back- and
// front-vowel pairs and in forms after voiced and voiceless sounds; the
// tables hold all of them for every stem, since a form a stem never takes is
// never written and costs nothing.
#include "extract/time/internal/time_lexicon_kk.h"

#include <iterator>

#include "extract/time/internal/time_lexicon_ru.h"
#include "extract/time/internal/time_word_table.h"

namespace dossier::internal {
namespace {

struct Ending {
  std::string_view text;
  KazakhCase grammatical_case;
};

constexpr Ending kEndings[] = {{"", KazakhCase::kBare},
                               {"ы", KazakhCase::kBare},
                               {"і", KazakhCase::kBare},
                               {"сы", KazakhCase::kBare},
                               {"сі", KazakhCase::kBare},
                               {"да", KazakhCase::kLocative},
                               {"де", KazakhCase::kLocative},
                               {"та", KazakhCase::kLocative},
                               {"те", KazakhCase::kLocative},
                               {"ында", KazakhCase::kLocative},
                               {"інде", KazakhCase::kLocative},
                               {"нда", KazakhCase::kLocative},
                               {"нде", KazakhCase::kLocative},
                               {"сында", KazakhCase::kLocative},
                               {"сінде", KazakhCase::kLocative},
                               {"дың", KazakhCase::kGenitive},
                               {"дің", KazakhCase::kGenitive},
                               {"тың", KazakhCase::kGenitive},
                               {"тің", KazakhCase::kGenitive},
                               {"ның", KazakhCase::kGenitive},
                               {"нің", KazakhCase::kGenitive},
                               {"ының", KazakhCase::kGenitive},
                               {"інің", KazakhCase::kGenitive},
                               {"сының", KazakhCase::kGenitive},
                               {"сінің", KazakhCase::kGenitive},
                               {"ға", KazakhCase::kDative},
                               {"ге", KazakhCase::kDative},
                               {"қа", KazakhCase::kDative},
                               {"ке", KazakhCase::kDative},
                               {"ына", KazakhCase::kDative},
                               {"іне", KazakhCase::kDative},
                               {"сына", KazakhCase::kDative},
                               {"сіне", KazakhCase::kDative},
                               {"дан", KazakhCase::kAblative},
                               {"ден", KazakhCase::kAblative},
                               {"тан", KazakhCase::kAblative},
                               {"тен", KazakhCase::kAblative},
                               {"нан", KazakhCase::kAblative},
                               {"нен", KazakhCase::kAblative},
                               {"ынан", KazakhCase::kAblative},
                               {"інен", KazakhCase::kAblative},
                               {"сынан", KazakhCase::kAblative},
                               {"сінен", KazakhCase::kAblative},
                               {"ғы", KazakhCase::kAdjectival},
                               {"гі", KazakhCase::kAdjectival},
                               {"қы", KazakhCase::kAdjectival},
                               {"кі", KazakhCase::kAdjectival},
                               {"дағы", KazakhCase::kAdjectival},
                               {"дегі", KazakhCase::kAdjectival},
                               {"тағы", KazakhCase::kAdjectival},
                               {"тегі", KazakhCase::kAdjectival},
                               {"ындағы", KazakhCase::kAdjectival},
                               {"індегі", KazakhCase::kAdjectival},
                               {"дар", KazakhCase::kPlural},
                               {"дер", KazakhCase::kPlural},
                               {"лар", KazakhCase::kPlural},
                               {"лер", KazakhCase::kPlural},
                               {"тар", KazakhCase::kPlural},
                               {"тер", KazakhCase::kPlural},
                               {"дары", KazakhCase::kPlural},
                               {"дері", KazakhCase::kPlural},
                               {"лары", KazakhCase::kPlural},
                               {"лері", KazakhCase::kPlural},
                               {"тары", KazakhCase::kPlural},
                               {"тері", KazakhCase::kPlural},
                               {"дарда", KazakhCase::kPlural},
                               {"дерде", KazakhCase::kPlural},
                               {"ларда", KazakhCase::kPlural},
                               {"лерде", KazakhCase::kPlural},
                               {"дарында", KazakhCase::kPlural},
                               {"дерінде", KazakhCase::kPlural},
                               {"дардың", KazakhCase::kPlural},
                               {"дердің", KazakhCase::kPlural},
                               {"ларының", KazakhCase::kPlural},
                               {"лерінің", KazakhCase::kPlural}};

constexpr int kCases = 8;

// Adds stem + every ending with value * kCases + case.
void AddChain(WordTable* t, std::string_view stem, int value) {
  for (const Ending& e : kEndings) {
    t->AddForms(stem, {e.text}, value * kCases + static_cast<int>(e.grammatical_case));
  }
}

KazakhWord Decode(int v) {
  if (v < 0) return {};
  return {v / kCases, static_cast<KazakhCase>(v % kCases)};
}

constexpr WordEntry kMonthStems[] = {
    {"қаңтар", 1}, {"ақпан", 2}, {"наурыз", 3},   {"сәуір", 4},  {"мамыр", 5},   {"маусым", 6},
    {"шілде", 7},  {"тамыз", 8}, {"қыркүйек", 9}, {"қазан", 10}, {"қараша", 11}, {"желтоқсан", 12}};

const WordTable* MakeChains(const WordEntry* stems, size_t n) {
  auto* t = new WordTable(n * std::size(kEndings) + 8);
  for (size_t k = 0; k < n; ++k) AddChain(t, stems[k].word, stems[k].value);
  return t;
}

constexpr WordEntry kSeasonStems[] = {{"көктем", 1}, {"жаз", 2}, {"күз", 3}, {"қыс", 4}};
constexpr WordEntry kYearStems[] = {{"жыл", 1}};
constexpr WordEntry kCenturyStems[] = {{"ғасыр", 1}};

constexpr WordEntry kCardinals[] = {{"бір", 1},     {"екі", 2},     {"үш", 3},      {"төрт", 4},
                                    {"бес", 5},     {"алты", 6},    {"жеті", 7},    {"сегіз", 8},
                                    {"тоғыз", 9},   {"он", 10},     {"жиырма", 20}, {"отыз", 30},
                                    {"қырық", 40},  {"елу", 50},    {"алпыс", 60},  {"жетпіс", 70},
                                    {"сексен", 80}, {"тоқсан", 90}, {"жүз", 100},   {"бірнеше", 3}};

constexpr WordEntry kOrdinals[] = {{"бірінші", 1}, {"екінші", 2}, {"үшінші", 3}, {"төртінші", 4}};

const WordTable* Months() {
  static const WordTable* t = MakeChains(kMonthStems, std::size(kMonthStems));
  return t;
}
const WordTable* Seasons() {
  static const WordTable* t = MakeChains(kSeasonStems, std::size(kSeasonStems));
  return t;
}
const WordTable* Cardinals() {
  static const WordTable* t = MakeWordTable(kCardinals);
  return t;
}
const WordTable* Ordinals() {
  static const WordTable* t = MakeWordTable(kOrdinals);
  return t;
}

}  // namespace

KazakhWord KazakhMonth(std::string_view word) { return Decode(Months()->Find(word, -1)); }

KazakhWord KazakhSeason(std::string_view word) { return Decode(Seasons()->Find(word, -1)); }

KazakhWord KazakhYearWord(std::string_view word) {
  static const WordTable* t = MakeChains(kYearStems, std::size(kYearStems));
  return Decode(t->Find(word, -1));
}

KazakhWord KazakhCenturyWord(std::string_view word) {
  static const WordTable* t = MakeChains(kCenturyStems, std::size(kCenturyStems));
  return Decode(t->Find(word, -1));
}

bool KazakhTimeUnit(std::string_view word, TimeUnit* unit) {
  static const WordTable* t = [] {
    // Values: the unit + 1 (0 is "not a unit").
    static constexpr WordEntry kUnits[] = {{"жыл", static_cast<int>(TimeUnit::kYear) + 1},
                                           {"ай", static_cast<int>(TimeUnit::kMonth) + 1},
                                           {"апта", static_cast<int>(TimeUnit::kWeek) + 1},
                                           {"күн", static_cast<int>(TimeUnit::kDay) + 1},
                                           {"ғасыр", static_cast<int>(TimeUnit::kCentury) + 1}};
    return MakeChains(kUnits, std::size(kUnits));
  }();
  const KazakhWord w = Decode(t->Find(word, -1));
  if (w.value == 0) return false;
  *unit = static_cast<TimeUnit>(w.value - 1);
  return true;
}

int KazakhCardinal(std::string_view word) { return Cardinals()->Find(word, -1); }

int KazakhSmallOrdinal(std::string_view word) { return Ordinals()->Find(word, 0); }

bool KazakhPartNoun(std::string_view word, TimePart* part, bool* half) {
  static const WordTable* t = [] {
    auto* table = new WordTable(32);
    table->AddForms("бас", {"ы", "ында", "ынан"}, static_cast<int>(TimePart::kEarly));
    table->AddForms("орта", {"сы", "сында"}, static_cast<int>(TimePart::kMid));
    table->AddForms("соң", {"ы", "ында"}, static_cast<int>(TimePart::kLate));
    table->AddForms("аяғ", {"ы", "ында"}, static_cast<int>(TimePart::kLate));
    table->AddForms("жарты", {"сы", "сында"}, static_cast<int>(TimePart::kFirstHalf) + 16);
    return table;
  }();
  const int v = t->Find(word, -1);
  if (v < 0) return false;
  *half = v >= 16;
  *part = static_cast<TimePart>(v % 16);
  return true;
}

bool IsKazakhTimeStartWord(std::string_view word) {
  // One table of every word that can open a rule: one probe per token.
  static const WordTable* t = [] {
    auto* table = new WordTable(1200);
    for (std::string_view w :
         {"кеше", "бүгін", "ертең", "бүрсігүні", "алдыңғы", "қазір", "өткен", "былтыр", "биыл",
          "осы", "келесі", "алдағы", "жыл", "ай", "апта", "күн", "бұдан", "соңғы"}) {
      table->Add(w, 1);
    }
    for (const WordTable* other : {Months(), Seasons(), Cardinals(), Ordinals()}) {
      table->AddWordsOf(*other, 1);
    }
    return table;
  }();
  return t->Find(word, 0) != 0 || RomanNumeral(word) != 0;
}

}  // namespace dossier::internal

// The English money grammar: amounts with a currency symbol, code or word
// before or after them ("$5 million", "US$ 3.14", "2.5 thousand tenge",
// "CHF 40", "10€"), multipliers ("1.2bn", "5 mln", "$10K"), ranges ("$5-6
// billion"), rates ("$50,000 a month", "per year") and vague amounts
// ("millions of dollars": a lower bound).
#include <cmath>
#include <string>
#include <string_view>

#include "extract/time/internal/time_lexicon_en.h"
#include "extract/time/money_grammar.h"

namespace dossier {
namespace {

using internal::TimeToken;
using internal::TimeTokenKind;

struct CurrencyWord {
  std::string_view word;
  std::string_view code;
  double factor;  // 0.01 for cents
};

constexpr CurrencyWord kSymbols[] = {{"$", "USD", 1},   {"€", "EUR", 1},   {"£", "GBP", 1},
                                     {"₽", "RUB", 1}, {"₸", "KZT", 1},   {"¥", "JPY", 1},
                                     {"₴", "UAH", 1},   {"¢", "USD", 0.01}};
constexpr CurrencyWord kCodes[] = {{"usd", "USD", 1}, {"eur", "EUR", 1}, {"gbp", "GBP", 1},
                                   {"rub", "RUB", 1}, {"kzt", "KZT", 1}, {"chf", "CHF", 1},
                                   {"jpy", "JPY", 1}, {"cny", "CNY", 1}, {"uah", "UAH", 1}};
constexpr CurrencyWord kWords[] = {
    {"dollars", "USD", 1}, {"dollar", "USD", 1},    {"bucks", "USD", 1},
    {"euros", "EUR", 1},   {"euro", "EUR", 1},      {"pounds", "GBP", 1},
    {"pound", "GBP", 1},   {"rubles", "RUB", 1},    {"ruble", "RUB", 1},
    {"roubles", "RUB", 1}, {"rouble", "RUB", 1},    {"tenge", "KZT", 1},
    {"francs", "CHF", 1},  {"franc", "CHF", 1},     {"yuan", "CNY", 1},
    {"yen", "JPY", 1},     {"hryvnias", "UAH", 1},  {"cents", "USD", 0.01},
    {"cent", "USD", 0.01}, {"pennies", "USD", 0.01}};

constexpr struct {
  std::string_view word;
  double factor;
} kMultipliers[] = {{"thousand", 1e3}, {"k", 1e3}, {"million", 1e6},   {"mln", 1e6},
                    {"mn", 1e6},       {"m", 1e6}, {"billion", 1e9},   {"bn", 1e9},
                    {"bln", 1e9},      {"b", 1e9}, {"trillion", 1e12}, {"tn", 1e12},
                    {"trln", 1e12}};

class MoneyParser {
 public:
  explicit MoneyParser(const std::vector<TimeToken>& tokens) : t_(tokens) {}

  void ScanAll(std::vector<MoneyMention>* out) const {
    size_t i = 0;
    while (i < t_.size()) {
      MoneyMention m;
      size_t next = 0;
      if (MayStart(i) && ParseMoney(i, &m, &next)) {
        m.span = Span{t_[i].start, t_[next - 1].end};
        out->push_back(std::move(m));
        i = next;
      } else {
        ++i;
      }
    }
  }

 private:
  // Whether ParseMoney can match at token i: a number, a currency symbol, or a
  // word that opens an amount ("us", a currency code, a number word,
  // "millions" of a vague amount). REQUIRES: i < size.
  bool MayStart(size_t i) const {
    const TimeToken& t = t_[i];
    switch (t.kind) {
      case TimeTokenKind::kNumber:
        return true;
      case TimeTokenKind::kPunct:
        return Lookup(i, std::begin(kSymbols), std::end(kSymbols)) != nullptr;
      case TimeTokenKind::kWord:
        return t.lower == "us" || t.lower == "hundreds" || t.lower == "thousands" ||
               t.lower == "millions" || t.lower == "billions" || t.lower == "trillions" ||
               internal::EnglishCardinal(t.lower) >= 0 ||
               Lookup(i, std::begin(kCodes), std::end(kCodes)) != nullptr;
    }
    return true;
  }

  bool Is(size_t i, TimeTokenKind kind, std::string_view s) const {
    return i < t_.size() && t_[i].kind == kind && t_[i].lower == s;
  }
  bool Word(size_t i, std::string_view w) const { return Is(i, TimeTokenKind::kWord, w); }
  bool Punct(size_t i, std::string_view p) const { return Is(i, TimeTokenKind::kPunct, p); }
  bool Glued(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  bool Number(size_t i) const {
    return i < t_.size() && t_[i].kind == TimeTokenKind::kNumber && t_[i].value >= 0;
  }

  const CurrencyWord* Lookup(size_t i, const CurrencyWord* begin, const CurrencyWord* end) const {
    if (i >= t_.size()) return nullptr;
    for (const CurrencyWord* c = begin; c != end; ++c) {
      if (t_[i].lower == c->word) return c;
    }
    return nullptr;
  }

  // "$", "US$", "USD", "CHF", "€" before the amount.
  bool Prefix(size_t i, std::string* code, size_t* next) const {
    if (Word(i, "us") && Punct(i + 1, "$") && Glued(i + 1)) {
      *code = "USD", *next = i + 2;
      return true;
    }
    const CurrencyWord* c = nullptr;
    if (i < t_.size() && t_[i].kind == TimeTokenKind::kPunct) {
      c = Lookup(i, std::begin(kSymbols), std::end(kSymbols));
    } else if (i < t_.size() && t_[i].kind == TimeTokenKind::kWord) {
      c = Lookup(i, std::begin(kCodes), std::end(kCodes));
    }
    if (c == nullptr || c->factor != 1) return false;
    *code = std::string(c->code), *next = i + 1;
    return true;
  }

  // "dollars", "US dollars", "Swiss francs", "USD", "$" (glued), "rubles".
  bool Suffix(size_t i, std::string* code, double* factor, size_t* next) const {
    size_t j = i;
    if (Word(j, "us") || Word(j, "u.s")) ++j;
    if (Word(j, "swiss") && (Word(j + 1, "francs") || Word(j + 1, "franc"))) {
      *code = "CHF", *factor = 1, *next = j + 2;
      return true;
    }
    if (Word(j, "pounds") && Word(j + 1, "sterling")) {
      *code = "GBP", *factor = 1, *next = j + 2;
      return true;
    }
    const CurrencyWord* c = Lookup(j, std::begin(kWords), std::end(kWords));
    if (c == nullptr && j == i) c = Lookup(j, std::begin(kCodes), std::end(kCodes));
    if (c == nullptr && j == i && j < t_.size() && t_[j].kind == TimeTokenKind::kPunct) {
      c = Lookup(j, std::begin(kSymbols), std::end(kSymbols));
    }
    if (c == nullptr) return false;
    if (t_[j].kind == TimeTokenKind::kWord && t_[j].lower == "c" && !Glued(j)) return false;
    *code = std::string(c->code), *factor = c->factor, *next = j + 1;
    return true;
  }

  bool Multiplier(size_t i, double* factor, size_t* next) const {
    if (i >= t_.size() || t_[i].kind != TimeTokenKind::kWord) return false;
    for (const auto& m : kMultipliers) {
      if (t_[i].lower != m.word) continue;
      // Single letters only glued to the number: "10K", "5m", "1.2b".
      if (m.word.size() == 1 && !Glued(i)) return false;
      *factor = m.factor, *next = i + 1;
      return true;
    }
    return false;
  }

  // A number with optional decimals and multiplier: "2.5 thousand", "50,000", "seventy million".
  bool Amount(size_t i, double* value, size_t* next, bool* multiplied) const {
    size_t j = i;
    double v = 0;
    if (Number(j)) {
      v = static_cast<double>(t_[j].value);
      ++j;
      if ((Punct(j, ".") || (Punct(j, ",") && !t_[i].grouped)) && Glued(j) && Number(j + 1) &&
          Glued(j + 1) && !t_[j + 1].grouped) {
        if (Punct(j, ",") && t_[j + 1].digits == 3) return false;  // handled by grouping
        v += static_cast<double>(t_[j + 1].value) / std::pow(10.0, t_[j + 1].digits);
        j += 2;
      }
    } else if (j < t_.size() && t_[j].kind == TimeTokenKind::kWord) {
      int n = internal::EnglishCardinal(t_[j].lower);
      if (n < 0) return false;
      ++j;
      if (n >= 20 && n % 10 == 0 && Punct(j, "-") && j + 1 < t_.size()) {
        const int unit = internal::EnglishCardinal(t_[j + 1].lower);
        if (unit >= 1 && unit <= 9 && t_[j + 1].lower != "a") n += unit, j += 2;
      }
      v = n;
    } else {
      return false;
    }
    *multiplied = false;
    double factor = 1;
    size_t k = j;
    if (Word(k, "hundred")) v *= 100, ++k;
    if (Multiplier(k, &factor, &k)) v *= factor, *multiplied = true;
    *value = v;
    *next = k;
    return true;
  }

  // "a month", "per year", "/month", "annually"
  void Rate(size_t i, MoneyMention* m, size_t* next) const {
    size_t j = i;
    if (Word(j, "a") || Word(j, "per") || Word(j, "each") || Word(j, "every") ||
        (Punct(j, "/") && Glued(j))) {
      ++j;
      static constexpr std::string_view kUnits[][2] = {
          {"day", "day"},    {"week", "week"}, {"month", "month"}, {"year", "year"},
          {"annum", "year"}, {"yr", "year"},   {"mo", "month"}};
      // "$4 million a year earlier" is an amount and a time, not a rate.
      if (Word(j + 1, "earlier") || Word(j + 1, "ago") || Word(j + 1, "before") ||
          Word(j + 1, "later")) {
        return;
      }
      for (const auto& u : kUnits) {
        if (Word(j, u[0])) {
          m->per = std::string(u[1]);
          *next = j + 1;
          return;
        }
      }
      return;
    }
    if (Word(j, "annually") || Word(j, "yearly")) m->per = "year", *next = j + 1;
    if (Word(j, "monthly")) m->per = "month", *next = j + 1;
  }

  bool ParseMoney(size_t i, MoneyMention* m, size_t* next) const {
    // Vague: "millions of dollars", "hundreds of thousands of euros".
    {
      size_t j = i;
      double lower = 1;
      bool any = false;
      while (j + 1 < t_.size() && Word(j + 1, "of")) {
        double f = 0;
        size_t k = 0;
        const std::string_view w = t_[j].lower;
        if (w == "hundreds") {
          f = 100;
        } else if (w == "thousands" || w == "millions" || w == "billions" || w == "trillions") {
          Multiplier(j, &f, &k);
          if (f == 0) {
            f = w == "thousands" ? 1e3 : w == "millions" ? 1e6 : w == "billions" ? 1e9 : 1e12;
          }
        } else {
          break;
        }
        lower *= f, any = true, j += 2;
      }
      std::string code;
      double factor = 1;
      size_t k = 0;
      if (any && Suffix(j, &code, &factor, &k)) {
        m->amount = lower * factor, m->lower_bound = true, m->currency = code;
        *next = k;
        return true;
      }
    }
    std::string code;
    size_t j = 0;
    double value = 0, factor = 1;
    bool multiplied = false;
    size_t k = 0;
    if (Prefix(i, &code, &j)) {
      if (!Amount(j, &value, &k, &multiplied)) return false;
    } else if (Amount(i, &value, &j, &multiplied)) {
      if (!Suffix(j, &code, &factor, &k)) return false;
      value *= factor;
      m->amount = value, m->currency = code;
      *next = k;
      Rate(k, m, next);
      return true;
    } else {
      return false;
    }
    m->amount = value, m->currency = code;
    *next = k;
    // Range: "$5-6 billion", "$5 to $6 million".
    size_t r = k;
    if (Punct(r, "-") || Word(r, "to")) {
      ++r;
      std::string code2;
      if (Prefix(r, &code2, &r) && code2 != code) r = 0;
      double high = 0;
      bool high_multiplied = false;
      size_t e = 0;
      if (r != 0 && Amount(r, &high, &e, &high_multiplied)) {
        if (high_multiplied && !multiplied) {
          const double f = high / std::max(1.0, static_cast<double>(t_[r].value));
          if (Number(r) && f > 1) m->amount = value * std::round(f);
        }
        m->amount_max = high;
        *next = k = e;
      }
    }
    std::string ignored;
    size_t after = 0;
    if (Suffix(*next, &ignored, &factor, &after) && ignored == code) *next = after;  // "$5 USD"
    Rate(*next, m, next);
    return true;
  }

  const std::vector<TimeToken>& t_;
};

class EnglishMoneyGrammarImpl final : public MoneyGrammar {
 public:
  void Scan(std::string_view text, const std::vector<internal::TimeToken>& tokens,
            std::vector<MoneyMention>* out) const override {
    MoneyParser(tokens).ScanAll(out);
  }
};

}  // namespace

const MoneyGrammar& EnglishMoneyGrammar() {
  static const EnglishMoneyGrammarImpl* grammar = new EnglishMoneyGrammarImpl();
  return *grammar;
}

}  // namespace dossier

#include "extract/time/internal/money_parser.h"

#include <cmath>
#include <string>

namespace dossier::internal {
namespace {

struct CurrencySymbol {
  std::string_view text;
  std::string_view code;
};

// Symbols and ISO codes written before an amount, in every language.
constexpr CurrencySymbol kBefore[] = {
    {"$", "USD"},   {"€", "EUR"},   {"£", "GBP"},   {"₽", "RUB"}, {"₸", "KZT"},
    {"¥", "JPY"},   {"₴", "UAH"},   {"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"},
    {"rub", "RUB"}, {"kzt", "KZT"}, {"chf", "CHF"}, {"cny", "CNY"}, {"jpy", "JPY"}};

std::string_view RateName(int rate) {
  switch (rate) {
    case kPerDay:
      return "day";
    case kPerWeek:
      return "week";
    case kPerMonth:
      return "month";
    case kPerYear:
      return "year";
  }
  return "";
}

class Parser {
 public:
  Parser(const MoneyLexicon& lexicon, std::string_view text, const std::vector<TimeToken>& tokens)
      : lex_(lexicon), text_(text), t_(tokens) {}

  void ScanAll(std::vector<MoneyMention>* out) const {
    size_t i = 0;
    while (i < t_.size()) {
      MoneyMention m;
      size_t next = 0;
      if (MayStart(i) && ParseMoney(i, &m, &next)) {
        size_t first = i, after = 0;
        if (!m.per && lex_.rate_before_amount && i > 0 &&
            !(out->size() > 0 && out->back().span.end > t_[i - 1].start)) {
          const int rate = Lookup(lex_.rates, i - 1, &after);
          if (rate > 0 && (rate & kNeedsPreposition) == 0) {
            m.per = std::string(RateName(rate)), first = i - 1;
          }
        }
        m.span = Span{t_[first].start, t_[next - 1].end};
        out->push_back(std::move(m));
        i = next;
      } else {
        ++i;
      }
    }
  }

 private:
  bool IsWord(size_t i) const { return i < t_.size() && t_[i].kind == TimeTokenKind::kWord; }
  bool Word(size_t i, std::string_view w) const { return IsWord(i) && SameWord(t_[i].lower, w); }
  bool Punct(size_t i, std::string_view p) const {
    return i < t_.size() && t_[i].kind == TimeTokenKind::kPunct && t_[i].lower == p;
  }
  bool Glued(size_t i) const { return i < t_.size() && i > 0 && !t_[i].space_before; }
  bool Number(size_t i) const {
    return i < t_.size() && t_[i].kind == TimeTokenKind::kNumber && t_[i].value >= 0;
  }
  // The value of word i in `table`, or -1; `*next` after it and, for an
  // abbreviation, its glued period.
  int Lookup(const WordTable* table, size_t i, size_t* next) const {
    if (table == nullptr || !IsWord(i)) return -1;
    const int v = table->Find(t_[i].lower, -1);
    if (v < 0) return -1;
    *next = i + 1;
    if ((v & kAbbreviation) && Punct(i + 1, ".") && Glued(i + 1)) *next = i + 2;
    return v & ~kAbbreviation;
  }

  // A number, a currency symbol or code, a number word, a vague count or
  // the range opener. REQUIRES: i < size.
  bool MayStart(size_t i) const {
    const TimeToken& t = t_[i];
    if (t.kind == TimeTokenKind::kNumber) return true;
    size_t next = 0;
    std::string code;
    if (t.kind == TimeTokenKind::kPunct) return Before(i, &code, &next);
    if (t.lower.size() <= 3 && Before(i, &code, &next)) return true;
    return SameWord(t.lower, lex_.range_from) || Lookup(lex_.vague, i, &next) >= 0 ||
           (lex_.cardinal != nullptr && lex_.cardinal(t.lower) >= 0);
  }

  // "$", "€", "USD", "US$" before the amount.
  bool Before(size_t i, std::string* code, size_t* next) const {
    if (i >= t_.size()) return false;
    if (Word(i, "us") && Punct(i + 1, "$") && Glued(i + 1)) {
      *code = "USD", *next = i + 2;
      return true;
    }
    for (const CurrencySymbol& s : kBefore) {
      if (t_[i].lower == s.text) {
        *code = std::string(s.code), *next = i + 1;
        return true;
      }
    }
    return false;
  }

  // A currency word after the amount, with its qualifiers: "долларов США",
  // "американских долларов", "фунтов стерлингов", "руб.", or a symbol.
  bool After(size_t i, std::string* code, double* factor, size_t* next) const {
    size_t j = i, k = 0;
    if (Lookup(lex_.qualifiers, j, &k) == 2) j = k;
    const int index = Lookup(lex_.currency_words, j, &k);
    if (index < 0) {
      if (j != i || i >= t_.size() || t_[i].kind != TimeTokenKind::kPunct) return false;
      return Before(i, code, next) && (*factor = 1, true);  // "100 ₽"
    }
    const CurrencyName& c = lex_.currencies[index];
    size_t q = 0;
    const bool qualified = Lookup(lex_.qualifiers, k, &q) == 1;
    if (c.needs_qualifier && !qualified) return false;
    *code = std::string(c.code), *factor = c.factor, *next = qualified ? q : k;
    return true;
  }

  // A number with decimals, groups of thousands and a multiplier: "2,5
  // тыс.", "1 500 000", "пяти миллионов", "2,500 млн" (a comma before a
  // multiplier is decimal).
  bool Amount(size_t i, double* value, size_t* next, bool* multiplied) const {
    size_t j = i;
    double v = 0;
    if (Number(i)) {
      v = static_cast<double>(t_[i].value);
      j = i + 1;
      if (t_[i].grouped) {
        size_t after = 0;
        const std::string_view written = text_.substr(t_[i].start, t_[i].end - t_[i].start);
        if (written.find(',') == written.rfind(',') && Lookup(lex_.multipliers, j, &after) >= 0) {
          v = std::floor(v / 1000) + std::fmod(v, 1000) / 1000;  // "2,500 млн"
        }
      } else if ((Punct(j, ",") || Punct(j, ".")) && Glued(j) && Number(j + 1) && Glued(j + 1) &&
                 !t_[j + 1].grouped) {
        v += static_cast<double>(t_[j + 1].value) / std::pow(10.0, t_[j + 1].digits);
        j += 2;
      } else if (t_[i].digits <= 3) {
        // "1 500 000": groups of three digits after spaces (six at most:
        // past 10^18 it is no amount, and a long run of groups stays linear).
        while (Number(j) && !Glued(j) && t_[j].digits == 3 && !t_[j].grouped && j < i + 7) {
          v = v * 1000 + static_cast<double>(t_[j].value);
          ++j;
        }
        if ((Punct(j, ",") || Punct(j, ".")) && Glued(j) && Number(j + 1) && Glued(j + 1) &&
            j > i + 1) {
          v += static_cast<double>(t_[j + 1].value) / std::pow(10.0, t_[j + 1].digits);
          j += 2;
        }
      }
    } else if (IsWord(i) && lex_.cardinal != nullptr) {
      int n = lex_.cardinal(t_[i].lower);
      if (n < 0) return false;
      j = i + 1;
      if (n >= 20 && n % 10 == 0 && n < 100 && IsWord(j)) {
        const int unit = lex_.cardinal(t_[j].lower);
        if (unit >= 1 && unit <= 9) n += unit, ++j;
      }
      if (n == 100 && IsWord(j)) {  // "сто пятьдесят"
        const int rest = lex_.cardinal(t_[j].lower);
        if (rest >= 1 && rest < 100) n += rest, ++j;
      }
      v = n;
    } else {
      return false;
    }
    *multiplied = false;
    size_t k = 0;
    const int power = Lookup(lex_.multipliers, j, &k);
    if (power >= 0) {
      v *= std::pow(10.0, power);
      *multiplied = true;
      j = k;
    }
    *value = v;
    *next = j;
    return true;
  }

  // "в месяц", "ежемесячно", "айына".
  void Rate(size_t i, MoneyMention* m, size_t* next) const {
    size_t j = i, k = 0;
    const bool preposition = !lex_.rate_preposition.empty() && Word(i, lex_.rate_preposition);
    if (preposition) ++j;
    const int v = Lookup(lex_.rates, j, &k);
    if (v < 0 || ((v & kNeedsPreposition) != 0) != preposition) return;
    m->per = std::string(RateName(v & ~kNeedsPreposition));
    *next = k;
  }

  // "миллионы долларов", "сотни тысяч рублей", "десятки миллионов тенге".
  bool Vague(size_t i, MoneyMention* m, size_t* next) const {
    size_t j = i, k = 0;
    int power = 0;
    bool any = false;
    for (int v; j < i + 4 && (v = Lookup(lex_.vague, j, &k)) >= 0;) power += v, j = k, any = true;
    std::string code;
    double factor = 1;
    if (!any || !After(j, &code, &factor, &k)) return false;
    m->amount = std::pow(10.0, power) * factor, m->lower_bound = true, m->currency = code;
    *next = k;
    return true;
  }

  bool ParseMoney(size_t i, MoneyMention* m, size_t* next) const {
    if (Vague(i, m, next)) return true;
    std::string code;
    size_t j = 0, k = 0;
    double value = 0, factor = 1;
    bool multiplied = false;
    if (Before(i, &code, &j)) {  // "$2,5 тыс.", "$5-6 млрд"
      if (!Amount(j, &value, &k, &multiplied)) return false;
      m->amount = value, m->currency = code;
      *next = k;
      double high = 0;
      bool high_multiplied = false;
      size_t e = 0, r = k + 1;
      std::string code2;
      if (Punct(k, "-") && Before(r, &code2, &r) && code2 != code) r = 0;
      if (Punct(k, "-") && r != 0 && Amount(r, &high, &e, &high_multiplied)) {
        if (high_multiplied && !multiplied && Number(r) && t_[r].value > 0) {
          m->amount = value * std::round(high / static_cast<double>(t_[r].value));
        }
        m->amount_max = high;
        *next = e;
      }
      std::string same;
      size_t after = 0;
      if (After(*next, &same, &factor, &after) && same == code) *next = after;  // "$5 долларов"
      Rate(*next, m, next);
      return true;
    }
    // "[от] 5 [до|-] 6 млн долларов"
    const bool from = !lex_.range_from.empty() && Word(i, lex_.range_from);
    const size_t s = from ? i + 1 : i;
    if (!Amount(s, &value, &j, &multiplied)) return false;
    double high = 0;
    bool has_high = false, high_multiplied = false;
    size_t h = 0;  // the upper end's first token
    if ((from && Word(j, lex_.range_to)) || (!from && Punct(j, "-"))) {
      h = j + 1;
      has_high = Amount(h, &high, &k, &high_multiplied);
      if (has_high) j = k;
    }
    if (from && !has_high) return false;  // "от 655 млрд долларов": the amount alone
    if (!After(j, &code, &factor, &k)) return false;
    // "5–6 млрд": the multiplier after the upper end serves both.
    if (has_high && high_multiplied && !multiplied && Number(h) && t_[h].value > 0) {
      value *= std::round(high / static_cast<double>(t_[h].value));
    }
    m->amount = value * factor, m->currency = code;
    if (has_high) m->amount_max = high * factor;
    *next = k;
    Rate(k, m, next);
    return true;
  }

  const MoneyLexicon& lex_;
  std::string_view text_;
  const std::vector<TimeToken>& t_;
};

}  // namespace

void ScanMoney(const MoneyLexicon& lexicon, std::string_view text,
               const std::vector<TimeToken>& tokens, std::vector<MoneyMention>* out) {
  Parser(lexicon, text, tokens).ScanAll(out);
}

void LexiconMoneyGrammar::Scan(std::string_view text, const std::vector<TimeToken>& tokens,
                               std::vector<MoneyMention>* out) const {
  ScanMoney(lexicon_, text, tokens, out);
}

}  // namespace dossier::internal

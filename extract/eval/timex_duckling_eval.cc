// EvaluateDucklingFile (declared in timex_eval.h): Duckling's English time
// and money corpora, scored per group of expected values.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "extract/eval/timex_eval.h"
#include "extract/time/time_money.h"

namespace dossier {
namespace {

// Reads the JSON string starting at the quote at `pos`; returns false when
// malformed. Handles the escapes the corpus uses (\" \\ \/ \n \t \uXXXX).
bool ReadJsonString(std::string_view line, size_t* pos, std::string* out) {
  if (*pos >= line.size() || line[*pos] != '"') return false;
  for (size_t i = *pos + 1; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"') {
      *pos = i + 1;
      return true;
    }
    if (c != '\\') {
      out->push_back(c);
      continue;
    }
    if (++i >= line.size()) return false;
    const char e = line[i];
    if (e == 'u' && i + 4 < line.size()) {
      const unsigned cp = std::stoul(std::string(line.substr(i + 1, 4)), nullptr, 16);
      i += 4;
      // A lone surrogate escape has no UTF-8 form: U+FFFD stands for it.
      AppendUtf8(cp >= 0xD800 && cp <= 0xDFFF ? U'\uFFFD' : static_cast<char32_t>(cp), out);
    } else {
      out->push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
    }
  }
  return false;
}

bool Field(std::string_view line, std::string_view key, std::string* out) {
  const std::string needle = "\"" + std::string(key) + "\": ";
  size_t pos = line.find(needle);
  if (pos == std::string_view::npos) return false;
  pos += needle.size();
  if (line.substr(pos, 4) == "null") return true;
  return ReadJsonString(line, &pos, out);
}

std::vector<std::string> Inputs(std::string_view line) {
  std::vector<std::string> inputs;
  size_t pos = line.find("\"inputs\": [");
  if (pos == std::string_view::npos) return inputs;
  pos += 11;
  while (pos < line.size() && line[pos] != ']') {
    if (line[pos] == '"') {
      std::string s;
      if (!ReadJsonString(line, &pos, &s)) break;
      inputs.push_back(std::move(s));
    } else {
      ++pos;
    }
  }
  return inputs;
}

// What a supported expectation asks for.
struct Expectation {
  std::string group;  // "" when unsupported; `unsupported_group` names it
  std::string unsupported_group;
  std::string from, to, precision;    // time
  double amount = 0, amount_max = 0;  // money
  std::string currency;
};

std::string Iso(int y, int m, int d) { return FormatIsoDate(CivilDate{y, m, d}); }

// "datetime (2013, 2, 15, 0, 0, 0) Day", "datetimeInterval ((..),(..)) Month"
Expectation TimeExpectation(const std::string& expect) {
  Expectation e;
  int a[6] = {0}, b[6] = {0};
  char grain[16] = {0};
  const bool point = std::sscanf(expect.c_str(), "datetime (%d, %d, %d, %d, %d, %d) %15s", &a[0],
                                 &a[1], &a[2], &a[3], &a[4], &a[5], grain) == 7;
  const bool interval =
      !point &&
      std::sscanf(expect.c_str(), "datetimeInterval ((%d,%d,%d,%d,%d,%d),(%d,%d,%d,%d,%d,%d)) %15s",
                  &a[0], &a[1], &a[2], &a[3], &a[4], &a[5], &b[0], &b[1], &b[2], &b[3], &b[4],
                  &b[5], grain) == 13;
  const std::string g = grain;
  const std::string kind = point ? "point" : "interval";
  if ((!point && !interval) || (g != "Day" && g != "Month" && g != "Year" && g != "Quarter")) {
    e.unsupported_group = expect.substr(0, expect.find(' ')) + (g.empty() ? "" : " " + g);
    return e;
  }
  e.group = kind + " " + g;
  e.from = Iso(a[0], a[1], a[2]);
  CivilDate end{a[0], a[1], a[2]};
  if (point) {
    if (g == "Day") e.precision = "day";
    if (g == "Month") e.precision = "month", end = AddDays(AddMonths(end, 1), -1);
    if (g == "Quarter") e.precision = "month", end = AddDays(AddMonths(end, 3), -1);
    if (g == "Year") e.precision = "year", end = CivilDate{a[0], 12, 31};
  } else {
    e.precision = g == "Day" ? "day" : g == "Year" ? "year" : "month";
    end = AddDays(CivilDate{b[0], b[1], b[2]}, -1);
  }
  e.to = FormatIsoDate(end);
  return e;
}

// "simple Dollar 10", "between EUR (10, 20)"
Expectation MoneyExpectation(const std::string& expect) {
  Expectation e;
  char unit[16] = {0};
  double x = 0, y = 0;
  const bool simple = std::sscanf(expect.c_str(), "simple %15s %lf", unit, &x) == 2;
  const bool between =
      !simple && std::sscanf(expect.c_str(), "between %15s (%lf, %lf)", unit, &x, &y) == 3;
  const std::string u = unit;
  std::string code;
  double factor = 1;
  if (u == "Dollar" || u == "USD") code = "USD";
  if (u == "Cent") code = "USD", factor = 0.01;
  if (u == "EUR") code = "EUR";
  if (u == "Pound" || u == "GBP") code = "GBP";
  if ((!simple && !between) || code.empty()) {
    e.unsupported_group = expect.substr(0, expect.find(' ')) + (u.empty() ? "" : " " + u);
    return e;
  }
  e.group = (simple ? "simple " : "between ") + code;
  e.currency = code;
  e.amount = x * factor;
  e.amount_max = y * factor;
  return e;
}

bool Close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

bool Passes(const Expectation& e, const std::string& input, bool money, CivilDate anchor) {
  const TimeMoneyResult r = ExtractTimesAndMoneyFromText(input, "en", anchor);
  if (money) {
    if (r.money.size() != 1) return false;
    const MoneyMention& m = r.money[0];
    return m.currency == e.currency && m.amount && Close(*m.amount, e.amount) &&
           Close(m.amount_max.value_or(0), e.amount_max);
  }
  std::vector<const TimeMention*> dates;
  for (const TimeMention& t : r.times) {
    if (t.kind == TimeKind::kDate) dates.push_back(&t);
  }
  if (dates.size() != 1) return false;
  const TimeMention& t = *dates[0];
  return t.from.value_or("") == e.from && t.to.value_or("") == e.to && t.precision == e.precision;
}

}  // namespace

StatusOr<DucklingScores> EvaluateDucklingFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  const bool money = path.find("money") != std::string::npos;
  DucklingScores scores;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    std::string section, expect;
    if (!Field(line, "section", &section) || !Field(line, "expect", &expect)) {
      return InvalidArgumentError(path + ":" + std::to_string(line_number) +
                                  ": not a Duckling corpus line");
    }
    const std::vector<std::string> inputs = Inputs(line);
    if (section == "latentCorpus") {
      scores.unsupported["latent"] += static_cast<int>(inputs.size());
      continue;
    }
    if (expect.empty()) {  // negativeCorpus: nothing may be found
      for (const std::string& input : inputs) {
        const TimeMoneyResult r = ExtractTimesAndMoneyFromText(input, "en", CivilDate{2013, 2, 12});
        GroupScore& g = scores.supported["negative"];
        ++g.total;
        if (money ? r.money.empty() : r.times.empty()) ++g.correct;
      }
      continue;
    }
    const Expectation e = money ? MoneyExpectation(expect) : TimeExpectation(expect);
    if (e.group.empty()) {
      scores.unsupported[e.unsupported_group] += static_cast<int>(inputs.size());
      continue;
    }
    const CivilDate anchor =
        section == "diffCorpus" ? CivilDate{2013, 2, 15} : CivilDate{2013, 2, 12};
    for (const std::string& input : inputs) {
      GroupScore& g = scores.supported[e.group];
      ++g.total;
      if (Passes(e, input, money, anchor)) ++g.correct;
    }
  }
  return scores;
}

}  // namespace dossier

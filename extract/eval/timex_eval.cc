#include "extract/eval/timex_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "extract/time/time_money.h"
#include "text/language.h"

namespace dossier {
namespace {

double F1(int matches, int predicted, int gold) {
  if (matches == 0) return 0;
  const double p = static_cast<double>(matches) / predicted;
  const double r = static_cast<double>(matches) / gold;
  return 2 * p * r / (p + r);
}

struct GoldTimex {
  Span span;
  std::string type;
  std::string value;
};

std::string Attribute(std::string_view tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const size_t pos = tag.find(key);
  if (pos == std::string_view::npos) return "";
  const size_t start = pos + key.size();
  const size_t end = tag.find('"', start);
  return std::string(tag.substr(start, end == std::string_view::npos ? 0 : end - start));
}

// Strips the markup of a TimeML <TEXT> body, keeping TIMEX3 spans in the
// stripped text and decoding the five XML entities.
void StripTimeMl(std::string_view body, std::string* text, std::vector<GoldTimex>* gold) {
  std::vector<GoldTimex> open;
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] == '<') {
      const size_t close = body.find('>', i);
      if (close == std::string_view::npos) break;
      std::string_view tag = body.substr(i, close - i + 1);
      if (tag.starts_with("<TIMEX3")) {
        open.push_back(GoldTimex{Span{static_cast<uint32_t>(text->size()), 0},
                                 Attribute(tag, "type"), Attribute(tag, "value")});
      } else if (tag.starts_with("</TIMEX3") && !open.empty()) {
        open.back().span.end = static_cast<uint32_t>(text->size());
        gold->push_back(open.back());
        open.pop_back();
      }
      i = close + 1;
    } else if (body[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool decoded = false;
      for (const auto& [entity, c] : kEntities) {
        if (body.substr(i).starts_with(entity)) {
          text->push_back(c), i += entity.size(), decoded = true;
          break;
        }
      }
      if (!decoded) text->push_back(body[i++]);
    } else {
      text->push_back(body[i++]);
    }
  }
}

}  // namespace

double TimexScores::StrictF1() const { return F1(strict_matches, predicted, gold); }
double TimexScores::RelaxedF1() const { return F1(relaxed_matches, predicted, gold); }
double TimexScores::ValueF1() const { return F1(value_matches, predicted, gold); }
double TimexScores::ValueAccuracy() const {
  return strict_matches == 0 ? 0 : static_cast<double>(value_matches) / strict_matches;
}

StatusOr<TimexScores> EvaluateTimeMl(std::string_view name, std::string_view tml) {
  const size_t dct = tml.find("functionInDocument=\"CREATION_TIME\"");
  const size_t dct_tag = dct == std::string_view::npos ? dct : tml.rfind("<TIMEX3", dct);
  const size_t body_start = tml.find("<TEXT>");
  const size_t body_end = tml.find("</TEXT>");
  if (dct_tag == std::string_view::npos || body_start == std::string_view::npos ||
      body_end == std::string_view::npos || body_end < body_start) {
    return InvalidArgumentError(std::string(name) + ": not TimeML (no DCT or no <TEXT>)");
  }
  const std::string dct_value =
      Attribute(tml.substr(dct_tag, tml.find('>', dct_tag) - dct_tag), "value");
  const std::optional<CivilDate> anchor = ParseDocumentDate(dct_value);
  if (!anchor) {
    return InvalidArgumentError(std::string(name) + ": DCT '" + dct_value + "' is not a date");
  }
  std::string text;
  std::vector<GoldTimex> all;
  StripTimeMl(tml.substr(body_start + 6, body_end - body_start - 6), &text, &all);
  std::vector<GoldTimex> gold;
  for (const GoldTimex& g : all) {
    if (g.type == "DATE") gold.push_back(g);
  }
  TimexScores s;
  s.documents = 1;
  s.gold = static_cast<int>(gold.size());
  // Scanned a paragraph (blank-line separated block) at a time, as the
  // pipeline scans passages: a year read in one paragraph does not date the
  // yearless dates of the next.
  NormalizedDocument document;
  document.language = "en";
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) {
      Passage passage;
      passage.span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
      document.passages.push_back(passage);
    }
    start = end + 2;
  }
  document.text = std::move(text);
  AssignPassageLanguages(&document);
  const TimeMoneyResult found = ExtractTimesAndMoney(document, anchor);
  for (const TimeMention& t : found.times) {
    if (t.kind != TimeKind::kDate) continue;
    for (const TimexPart& part : t.parts) {
      ++s.predicted;
      for (const GoldTimex& g : gold) {
        if (g.span.start < part.span.end && part.span.start < g.span.end) {
          ++s.relaxed_matches;
          if (g.span == part.span) {
            ++s.strict_matches;
            if (g.value == part.value) ++s.value_matches;
          }
          break;
        }
      }
    }
  }
  return s;
}

StatusOr<TimexScores> EvaluateTimeMlDir(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return NotFoundError(dir + ": not a directory");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".tml") {
      files.push_back(entry.path());
    }
  }
  if (files.empty()) return NotFoundError(dir + ": no .tml files");
  std::sort(files.begin(), files.end());
  TimexScores total;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return IoError(path.string() + ": cannot read");
    std::stringstream buffer;
    buffer << in.rdbuf();
    StatusOr<TimexScores> s = EvaluateTimeMl(path.string(), buffer.str());
    if (!s.ok()) return s.status();
    total.documents += s->documents;
    total.gold += s->gold;
    total.predicted += s->predicted;
    total.strict_matches += s->strict_matches;
    total.relaxed_matches += s->relaxed_matches;
    total.value_matches += s->value_matches;
  }
  return total;
}

}  // namespace dossier

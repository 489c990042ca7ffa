#include "cli/quote_commands.h"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "cli/ner_commands.h"
#include "extract/ner/entities.h"
#include "extract/quotes/quotes.h"
#include "pipeline/ingest_pipeline.h"

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;

// A half-open range of code points of the raw article.
struct CharRange {
  int64_t start = 0, end = 0;
};

bool Overlaps(CharRange a, CharRange b) { return a.start < b.end && b.start < a.end; }

struct GoldQuote {
  std::vector<CharRange> quoted;  // characters inside quotation marks
  std::vector<CharRange> source;  // empty when the attribution has no Source
  std::string source_text;
};

bool IsDoubleMark(char32_t c) { return c == '"' || c == 0x201C || c == 0x201D; }

std::u32string DecodeAll(const std::string& bytes, std::vector<int64_t>* char_of_byte) {
  std::u32string out;
  char_of_byte->assign(bytes.size() + 1, 0);
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned char lead = static_cast<unsigned char>(bytes[i]);
    int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = lead < 0x80 ? lead : lead & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07);
    for (int k = 1; k < length && i + k < bytes.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
    }
    for (int k = 0; k < length && i + k < bytes.size(); ++k) {
      (*char_of_byte)[i + k] = static_cast<int64_t>(out.size());
    }
    out.push_back(cp);
    i += length;
  }
  (*char_of_byte)[bytes.size()] = static_cast<int64_t>(out.size());
  return out;
}

std::vector<CharRange> ParseRanges(const std::string& text) {
  std::vector<CharRange> out;
  std::stringstream pieces(text);
  std::string piece;
  while (std::getline(pieces, piece, ';')) {
    std::stringstream numbers(piece);
    CharRange r;
    // Offsets outside the text or reversed are no range (a malformed file).
    if (numbers >> r.start >> r.end && r.start >= 0 && r.end >= r.start) out.push_back(r);
  }
  return out;
}

// The gold direct quotations of one .ann file over the article `chars`.
std::vector<GoldQuote> ReadGold(const fs::path& ann, const std::u32string& chars) {
  struct Textbound {
    std::string label;
    std::vector<CharRange> ranges;
    std::string text;
  };
  std::map<std::string, Textbound> spans;
  std::vector<std::map<std::string, std::string>> events;
  std::ifstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::stringstream s(line);
    std::string f;
    while (std::getline(s, f, '\t')) fields.push_back(f);
    if (fields.size() < 2) continue;
    if (fields[0][0] == 'T') {
      size_t space = fields[1].find(' ');
      if (space == std::string::npos) continue;
      spans[fields[0]] = {fields[1].substr(0, space), ParseRanges(fields[1].substr(space + 1)),
                          fields.size() > 2 ? fields[2] : ""};
    } else if (fields[0][0] == 'E') {
      std::map<std::string, std::string> roles;
      std::stringstream r(fields[1]);
      std::string role;
      while (r >> role) {
        size_t colon = role.find(':');
        if (colon != std::string::npos) roles[role.substr(0, colon)] = role.substr(colon + 1);
      }
      events.push_back(roles);
    }
  }
  std::vector<GoldQuote> out;
  for (const auto& roles : events) {
    auto content = roles.find("Content");
    if (content == roles.end() || !spans.count(content->second)) continue;
    GoldQuote gold;
    int64_t total = 0, inside = 0;
    for (CharRange r : spans[content->second].ranges) {
      bool open = false;
      int64_t run_start = -1;
      for (int64_t i = r.start; i < r.end && i < static_cast<int64_t>(chars.size()); ++i) {
        ++total;
        if (IsDoubleMark(chars[i])) {
          if (open && run_start >= 0 && i > run_start) gold.quoted.push_back({run_start, i});
          open = !open;
          run_start = open ? i + 1 : -1;
          continue;
        }
        inside += open;
      }
    }
    if (gold.quoted.empty() || inside * 2 < total) continue;
    auto source = roles.find("Source");
    if (source != roles.end() && spans.count(source->second)) {
      gold.source = spans[source->second].ranges;
      gold.source_text = spans[source->second].text;
    }
    out.push_back(std::move(gold));
  }
  return out;
}

bool IsPronoun(const std::string& text) {
  static const char* kPronouns[] = {"he", "she", "He", "She", "they", "They", "who", "I",
                                    "we", "We",  "it", "It",  "his",  "her",  "His", "Her"};
  for (const char* p : kPronouns) {
    if (text == p) return true;
  }
  return false;
}

struct Totals {
  int gold = 0, found = 0;
  int ours = 0, ours_matching = 0;
  int with_source = 0, speaker_right = 0, speaker_null = 0;
  int named = 0, named_right = 0;
};

}  // namespace

int RunEvalQuotes(const std::string& dir, const std::string& model_path, bool verbose) {
  const fs::path text_dir = fs::path(dir) / "text";
  const fs::path ann_dir = fs::path(dir) / "attributions";
  std::error_code error;
  if (!fs::is_directory(text_dir, error) || !fs::is_directory(ann_dir, error)) {
    fmt::print(stderr, "dossier: {}: not a brat attribution corpus (no text/ and attributions/)\n",
               dir);
    return 1;
  }
  StatusOr<NerModel> model = LoadNerModel(model_path);
  if (!model.ok()) {
    fmt::print(stderr, "dossier: {}\n", model.status().message());
    return 1;
  }
  std::map<std::string, fs::path> annotations;  // article name -> first annotator's file
  for (const fs::directory_entry& entry : fs::directory_iterator(ann_dir)) {
    const std::string stem = entry.path().stem().string();
    const size_t underscore = stem.rfind('_');
    if (entry.path().extension() != ".ann" || underscore == std::string::npos) continue;
    const std::string article = stem.substr(0, underscore);
    auto it = annotations.find(article);
    if (it == annotations.end() || entry.path() < it->second) annotations[article] = entry.path();
  }
  const Pipeline pipeline(PipelineOptions{}, nullptr);
  Totals totals;
  int articles = 0;
  for (const auto& [article, ann] : annotations) {
    const fs::path text_path = text_dir / (article + ".txt");
    StatusOr<ProcessedSource> processed = pipeline.ProcessFile(text_path.string());
    if (!processed.ok()) {
      fmt::print(stderr, "dossier: {}\n", processed.status().message());
      continue;
    }
    ++articles;
    std::vector<int64_t> char_of_byte;
    const std::u32string chars = DecodeAll(processed->raw, &char_of_byte);
    const NormalizedDocument& doc = processed->document;
    auto to_chars = [&](Span span) {
      const uint32_t start = doc.origin[span.start];
      const uint32_t end = span.end > span.start ? doc.origin[span.end - 1] + 1 : start;
      return CharRange{char_of_byte[std::min<size_t>(start, processed->raw.size())],
                       char_of_byte[std::min<size_t>(end, processed->raw.size())]};
    };
    std::vector<Entity> entities = ExtractEntities(doc, *model);
    const std::vector<Quote> quotes = ExtractQuotes(doc, &entities);
    const std::vector<GoldQuote> gold = ReadGold(ann, chars);
    std::map<std::string, const Entity*> by_id;
    for (const Entity& e : entities) by_id[e.id] = &e;

    for (const Quote& q : quotes) {
      ++totals.ours;
      bool matches = false;
      for (const GoldQuote& g : gold) {
        for (Span part : q.parts) {
          for (CharRange r : g.quoted) matches |= Overlaps(to_chars(part), r);
        }
      }
      totals.ours_matching += matches;
    }
    for (const GoldQuote& g : gold) {
      ++totals.gold;
      const Quote* match = nullptr;
      for (const Quote& q : quotes) {
        for (Span part : q.parts) {
          for (CharRange r : g.quoted) {
            if (match == nullptr && Overlaps(to_chars(part), r)) match = &q;
          }
        }
      }
      if (match == nullptr) {
        if (verbose) {
          CharRange r = g.quoted.front();
          std::string words;
          for (int64_t i = r.start; i < std::min(r.end, r.start + 60); ++i) {
            if (chars[i] < 0x80) words.push_back(static_cast<char>(chars[i]));
          }
          fmt::print("MISSED {} @{}: {}\n", article, r.start, words);
        }
        continue;
      }
      ++totals.found;
      if (g.source.empty()) continue;
      ++totals.with_source;
      const bool named = !IsPronoun(g.source_text);
      totals.named += named;
      bool right = false;
      if (!match->speaker.empty()) {
        const Entity* e = by_id[match->speaker];
        auto overlaps_source = [&](Span span) {
          for (CharRange s : g.source) right |= Overlaps(to_chars(span), s);
        };
        for (const EntityMention& m : e->mentions) overlaps_source(m.span);
        for (const EntityMention& m : e->references) overlaps_source(m.span);
        if (match->speaker_span.size() > 0) overlaps_source(match->speaker_span);
      } else {
        ++totals.speaker_null;
      }
      totals.speaker_right += right;
      totals.named_right += right && named;
      if (verbose && !right) {
        fmt::print("SPEAKER {} @{}: gold \"{}\", ours {} ({}) cue \"{}\"\n", article,
                   g.quoted.front().start, g.source_text,
                   match->speaker.empty() ? "null" : by_id[match->speaker]->name,
                   match->speaker_span.size() > 0
                       ? doc.text.substr(match->speaker_span.start, match->speaker_span.size())
                       : "",
                   match->cue);
        // The narration around the quotation, on one line, for grouping misses.
        const uint32_t from = match->span.start > 160 ? match->span.start - 160 : 0;
        const uint32_t to = std::min<uint32_t>(doc.text.size(), match->span.end + 120);
        std::string around = doc.text.substr(from, match->span.start - from) + "[Q]" +
                             doc.text.substr(match->span.end, to - match->span.end);
        std::replace(around.begin(), around.end(), '\n', '|');
        fmt::print("  | {}\n", around);
      }
    }
  }
  auto percent = [](int a, int b) { return b == 0 ? 0.0 : 100.0 * a / b; };
  fmt::print("articles                      {}\n", articles);
  fmt::print("gold direct quotations found  {}/{} = {:.1f}%\n", totals.found, totals.gold,
             percent(totals.found, totals.gold));
  fmt::print("our quotations in gold content {}/{} = {:.1f}%\n", totals.ours_matching, totals.ours,
             percent(totals.ours_matching, totals.ours));
  fmt::print("speaker accuracy              {}/{} = {:.1f}% (null speaker: {})\n",
             totals.speaker_right, totals.with_source,
             percent(totals.speaker_right, totals.with_source), totals.speaker_null);
  fmt::print("speaker accuracy, named source {}/{} = {:.1f}%\n", totals.named_right, totals.named,
             percent(totals.named_right, totals.named));
  return 0;
}

}  // namespace dossier::cli

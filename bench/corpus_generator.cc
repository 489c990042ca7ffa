#include "bench/corpus_generator.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <deque>
#include <string_view>
#include <utility>
#include <vector>

#include "bench/internal/article.h"
#include "bench/internal/corpus_vocabulary.h"

namespace dossier::bench {
namespace {

using namespace internal;  // NOLINT: the vocabulary tables and Article types

// splitmix64: tiny, fast and fully specified, so the corpus is the same on
// every platform (unlike std::uniform_int_distribution).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n). REQUIRES: n > 0.
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(((Next() >> 32) * n) >> 32); }

  // Uniform in [lo, hi].
  uint32_t Between(uint32_t lo, uint32_t hi) { return lo + Below(hi - lo + 1); }

  // True with probability percent/100.
  bool Percent(uint32_t percent) { return Below(100) < percent; }

  // Skewed towards small indexes (roughly harmonic), like word frequencies.
  uint32_t Skewed(uint32_t n) { return Below(Below(n) + 1); }

  template <size_t N>
  std::string_view Pick(const std::array<std::string_view, N>& words) {
    return words[Below(N)];
  }
  template <size_t N>
  std::string_view PickSkewed(const std::array<std::string_view, N>& words) {
    return words[Skewed(N)];
  }

 private:
  uint64_t state_;
};

void AppendInt(uint64_t value, std::string* out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, result.ptr);
}

class ArticleWriter {
 public:
  explicit ArticleWriter(Rng* rng) : rng_(*rng) {}

  Article Write(Lang lang, uint64_t target_bytes) {
    lang_ = lang;
    Article article;
    article.lang = lang;
    const bool en = lang == Lang::kEnglish;
    article.outlet = std::string(en ? rng_.Pick(kEnOutlets) : rng_.Pick(kRuOutlets));
    Add(&article, true, Title());
    Add(&article, false, Byline(article.outlet));

    const bool repeat_pull_quote = rng_.Percent(35);
    const bool footer = rng_.Percent(60);
    const std::string_view footer_text =
        en ? kEnFooters[rng_.Below(kEnFooters.size())] : kRuFooters[rng_.Below(kRuFooters.size())];
    const uint64_t body_target =
        target_bytes > footer_text.size() + 1 ? target_bytes - footer_text.size() - 1 : 0;

    std::string pull_quote;
    int pull_quote_at = -1;
    int since_heading = 0;
    int next_heading = rng_.Between(3, 8);
    while (article.size < body_target) {
      if (since_heading == next_heading) {
        Add(&article, true, std::string(en ? rng_.Pick(kEnHeadings) : rng_.Pick(kRuHeadings)));
        since_heading = 0;
        next_heading = rng_.Between(3, 8);
        continue;
      }
      ++since_heading;
      const int index = static_cast<int>(article.blocks.size());
      if (repeat_pull_quote && !pull_quote.empty() && pull_quote_at >= 0 &&
          index - pull_quote_at >= 4) {
        Add(&article, false, pull_quote);  // the same quotation again, verbatim
        pull_quote_at = -1;
        continue;
      }
      if (rng_.Percent(12)) {
        std::string quote;
        QuoteSentence(&quote);
        if (pull_quote.empty()) {
          pull_quote = quote;
          pull_quote_at = index;
        }
        Add(&article, false, std::move(quote));
        continue;
      }
      Add(&article, false, Paragraph());
    }
    if (footer) Add(&article, false, std::string(footer_text));
    return article;
  }

  // Returns `original` republished by another outlet: a new byline, some
  // paragraphs dropped, a word changed in others, a new closing line.
  Article Republish(const Article& original) {
    lang_ = original.lang;
    const bool en = lang_ == Lang::kEnglish;
    Article article;
    article.lang = original.lang;
    do {
      article.outlet = std::string(en ? rng_.Pick(kEnOutlets) : rng_.Pick(kRuOutlets));
    } while (article.outlet == original.outlet);
    for (size_t i = 0; i < original.blocks.size(); ++i) {
      const Block& block = original.blocks[i];
      if (i == 1) {
        std::string byline = en ? "Originally published by " : "Впервые опубликовано: ";
        byline += original.outlet;
        byline += ". ";
        byline += Byline(article.outlet);
        Add(&article, false, std::move(byline));
        continue;
      }
      if (block.heading || i == 0) {
        Add(&article, block.heading, block.text);
        continue;
      }
      if (rng_.Percent(5)) continue;  // dropped by the editor
      std::string text = block.text;
      if (rng_.Percent(25)) ReplaceOneWord(&text);
      Add(&article, false, std::move(text));
    }
    Add(&article, false, std::string(en ? rng_.Pick(kEnFooters) : rng_.Pick(kRuFooters)));
    return article;
  }

 private:
  void Add(Article* article, bool heading, std::string text) {
    article->size += text.size() + 2;
    article->blocks.push_back(Block{heading, std::move(text)});
  }

  std::string_view FunctionWord() {
    return lang_ == Lang::kEnglish ? rng_.PickSkewed(kEnFunction) : rng_.PickSkewed(kRuFunction);
  }
  std::string_view ContentWord() {
    return lang_ == Lang::kEnglish ? rng_.PickSkewed(kEnContent) : rng_.PickSkewed(kRuContent);
  }

  void Surname(bool female, std::string* out) {
    if (lang_ == Lang::kEnglish) {
      *out += rng_.Pick(kEnSurnameRoots);
      *out += female ? rng_.Pick(kEnFemaleSuffixes) : rng_.Pick(kEnMaleSuffixes);
    } else {
      *out += rng_.Pick(kRuSurnameRoots);
      *out += female ? rng_.Pick(kRuFemaleSuffixes) : rng_.Pick(kRuMaleSuffixes);
    }
  }

  // "Mr. Tulegenov", "I.P. Sarsenbayeva", "Aigerim Kassymova", "г-н Ахметов".
  // Returns the number of words written.
  int Person(std::string* out, bool* female_out = nullptr) {
    const bool en = lang_ == Lang::kEnglish;
    const bool female = rng_.Percent(35);
    if (female_out != nullptr) *female_out = female;
    switch (rng_.Below(3)) {
      case 0:
        *out += en ? (female ? "Ms. " : "Mr. ") : (female ? "г-жа " : "г-н ");
        break;
      case 1:
        *out += en ? rng_.Pick(kEnInitials) : rng_.Pick(kRuInitials);
        *out += '.';
        *out += en ? rng_.Pick(kEnInitials) : rng_.Pick(kRuInitials);
        *out += ". ";
        break;
      default:
        if (en) {
          *out += female ? rng_.Pick(kEnFemaleNames) : rng_.Pick(kEnMaleNames);
        } else {
          *out += female ? rng_.Pick(kRuFemaleNames) : rng_.Pick(kRuMaleNames);
        }
        *out += ' ';
        break;
    }
    Surname(female, out);
    return 2;
  }

  void Date(std::string* out) {
    const uint32_t day = rng_.Between(1, 28);
    const uint32_t month = rng_.Below(12);
    const uint32_t year = rng_.Between(2005, 2024);
    if (lang_ == Lang::kEnglish) {
      if (rng_.Percent(50)) {
        AppendInt(day, out);
        *out += ' ';
        *out += kEnMonths[month];
        *out += ' ';
      } else {
        *out += kEnMonths[month];
        *out += ' ';
        AppendInt(day, out);
        *out += ", ";
      }
      AppendInt(year, out);
    } else {
      AppendInt(day, out);
      *out += ' ';
      *out += kRuMonths[month];
      *out += ' ';
      AppendInt(year, out);
      *out += " г.";
    }
  }

  // A named entity, number, amount or date. Returns the number of words.
  int Entity(std::string* out) {
    const bool en = lang_ == Lang::kEnglish;
    switch (rng_.Below(9)) {
      case 0:
      case 1:
        return Person(out);
      case 2:
        Date(out);
        return 3;
      case 3: {  // money
        const uint32_t whole = rng_.Between(1, 950);
        const bool fraction = rng_.Percent(40);
        const uint32_t tenth = rng_.Below(10);
        const uint32_t unit = rng_.Below(3);
        if (en) {
          *out += rng_.Percent(60) ? "$ " : "KZT ";
          AppendInt(whole, out);
          if (fraction) {
            *out += '.';
            AppendInt(tenth, out);
          }
          *out += unit == 0 ? " thousand" : unit == 1 ? " million" : " billion";
        } else {
          AppendInt(whole, out);
          if (fraction) {
            *out += ',';
            AppendInt(tenth, out);
          }
          *out += unit == 0 ? " тыс. " : unit == 1 ? " млн " : " млрд ";
          *out += rng_.Percent(60) ? "тенге" : "долларов";
        }
        return 3;
      }
      case 4:  // document or case number
        *out += en ? "No. " : "№ ";
        AppendInt(rng_.Between(1, 2400), out);
        return 2;
      case 5:  // city
        *out += en ? rng_.Pick(kEnCities) : rng_.Pick(kRuCities);
        return 1;
      case 6:  // percentage
        AppendInt(rng_.Between(1, 99), out);
        *out += en ? '.' : ',';
        AppendInt(rng_.Below(10), out);
        *out += '%';
        return 1;
      case 7:  // law reference
        if (en) {
          *out += "Article ";
          AppendInt(rng_.Between(100, 450), out);
          *out += " of the Criminal Code";
          return 5;
        }
        *out += "ст. ";
        AppendInt(rng_.Between(100, 450), out);
        *out += rng_.Percent(50) ? " УК РК" : " УК РК, т.е.";
        return 4;
      default:  // a year
        *out += en ? "in " : "в ";
        AppendInt(rng_.Between(1995, 2024), out);
        if (!en) *out += " г.";
        return 2;
    }
  }

  // Appends `words` words of running text after a space (no end punctuation).
  void Words(int words, std::string* out) {
    int count = 0;
    while (count < words) {
      *out += ' ';
      const uint32_t roll = rng_.Below(100);
      if (roll < 9 && count + 3 < words) {
        count += Entity(out);
      } else if (roll < 50) {
        *out += FunctionWord();
        ++count;
      } else {
        *out += ContentWord();
        ++count;
      }
      if (count + 2 < words && rng_.Percent(6)) *out += ',';
    }
  }

  void Sentence(std::string* out) {
    const bool en = lang_ == Lang::kEnglish;
    const int words = static_cast<int>(rng_.Between(8, 30));
    if (rng_.Percent(15)) {
      Person(out);
    } else if (rng_.Percent(10)) {
      *out += en ? "On " : "";
      Date(out);
      *out += ',';
    } else {
      *out += en ? rng_.Pick(kEnSentenceStart) : rng_.Pick(kRuSentenceStart);
    }
    Words(words - 2, out);
    *out += rng_.Percent(3) ? '?' : '.';
  }

  // “We did nothing wrong,” said Mr. Tulegenov.  «Мы ...», — заявил г-н Ахметов.
  void QuoteSentence(std::string* out) {
    const bool en = lang_ == Lang::kEnglish;
    *out += en ? "\u201c" : "\u00ab";
    *out += en ? rng_.Pick(kEnQuoteStart) : rng_.Pick(kRuQuoteStart);
    Words(static_cast<int>(rng_.Between(6, 18)), out);
    bool female = false;
    if (en) {
      *out += ",\u201d ";
      *out += rng_.Pick(kEnSayVerbs);
      *out += ' ';
      Person(out, &female);
      if (rng_.Percent(40)) {
        *out += ", ";
        *out += rng_.Pick(kEnRoles);
      }
    } else {
      std::string person;
      Person(&person, &female);
      *out += "\u00bb, \u2014 ";
      *out += female ? "заявила " : "заявил ";
      *out += person;
      if (rng_.Percent(40)) {
        *out += ", ";
        *out += rng_.Pick(kRuRoles);
      }
    }
    *out += '.';
  }

  std::string Paragraph() {
    static constexpr std::array<uint32_t, 6> kCumulativePercent = {15, 40, 65, 83, 93, 100};
    const uint32_t roll = rng_.Below(100);
    int sentences = 1;
    while (roll >= kCumulativePercent[sentences - 1]) ++sentences;
    std::string text;
    text.reserve(sentences * 160);
    for (int i = 0; i < sentences; ++i) {
      if (i > 0) text += ' ';
      Sentence(&text);
    }
    return text;
  }

  // A headline: short, capitalized, no end punctuation.
  std::string Title() {
    const bool en = lang_ == Lang::kEnglish;
    std::string title(en ? rng_.Pick(kEnTitleStart) : rng_.Pick(kRuTitleStart));
    title += ' ';
    title += en ? rng_.Pick(kEnCities) : rng_.Pick(kRuCities);
    const int words = static_cast<int>(rng_.Between(3, 6));
    for (int i = 0; i < words && title.size() < 50; ++i) {
      title += ' ';
      title += ContentWord();
    }
    return title;
  }

  std::string Byline(std::string_view outlet) {
    const bool en = lang_ == Lang::kEnglish;
    std::string byline = en ? "By " : "Автор: ";
    const bool female = rng_.Percent(50);
    if (en) {
      byline += female ? rng_.Pick(kEnFemaleNames) : rng_.Pick(kEnMaleNames);
    } else {
      byline += female ? rng_.Pick(kRuFemaleNames) : rng_.Pick(kRuMaleNames);
    }
    byline += ' ';
    Surname(female, &byline);
    byline += ", ";
    byline += outlet;
    byline += ". ";
    const uint32_t day = rng_.Between(1, 28);
    const uint32_t month = rng_.Between(1, 12);
    if (day < 10) byline += '0';
    AppendInt(day, &byline);
    byline += month < 10 ? ".0" : ".";
    AppendInt(month, &byline);
    byline += '.';
    AppendInt(rng_.Between(2005, 2024), &byline);
    byline += ", ";
    AppendInt(rng_.Between(10, 23), &byline);
    byline += ':';
    AppendInt(rng_.Between(10, 59), &byline);
    return byline;
  }

  // Replaces one word (not the first) of `text` with another content word.
  void ReplaceOneWord(std::string* text) {
    std::vector<size_t> spaces;
    for (size_t i = 0; i < text->size(); ++i) {
      if ((*text)[i] == ' ') spaces.push_back(i);
    }
    if (spaces.size() < 3) return;
    const size_t k = 1 + rng_.Below(static_cast<uint32_t>(spaces.size() - 2));
    const size_t begin = spaces[k] + 1;
    const size_t end = spaces[k + 1];
    // Only the letters are replaced: punctuation and quote marks glued to the
    // word stay ("court," becomes "<new>,"). Cyrillic letters are 2-byte
    // sequences led by 0xD0 or 0xD1.
    size_t word_end = begin;
    while (word_end < end) {
      const unsigned char c = static_cast<unsigned char>((*text)[word_end]);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-') {
        ++word_end;
      } else if ((c == 0xD0 || c == 0xD1) && word_end + 1 < end) {
        word_end += 2;
      } else {
        break;
      }
    }
    if (word_end == begin) return;
    text->replace(begin, word_end - begin, ContentWord());
  }

  Rng& rng_;
  Lang lang_ = Lang::kEnglish;
};

constexpr size_t kRecentArticles = 8;  // republications copy one of these
constexpr uint64_t kMinFileBytes = 20 << 10;
constexpr uint64_t kMaxFileBytes = 100 << 10;
constexpr int kFilesPerFolder = 1000;

}  // namespace

struct CorpusGenerator::State {
  explicit State(const CorpusOptions& o) : options(o), rng(o.seed), writer(&rng) {}

  CorpusOptions options;
  Rng rng;
  ArticleWriter writer;
  std::deque<Article> recent;  // at most kRecentArticles originals
  CorpusStats stats;
};

CorpusGenerator::CorpusGenerator(const CorpusOptions& options)
    : state_(std::make_unique<State>(options)) {}

CorpusGenerator::~CorpusGenerator() = default;

const CorpusStats& CorpusGenerator::stats() const { return state_->stats; }

bool CorpusGenerator::Next(CorpusFile* file) {
  State& s = *state_;
  if (s.stats.bytes >= s.options.total_bytes) return false;
  const uint64_t remaining = s.options.total_bytes - s.stats.bytes;
  uint64_t target =
      s.options.file_bytes > 0 ? s.options.file_bytes : s.rng.Between(kMinFileBytes, kMaxFileBytes);
  // Fold a short remainder into the last file rather than writing a tiny file of its own.
  if (remaining < target + target / 4) target = remaining;

  Article article;
  RenderStyle style;
  const uint32_t roll = s.rng.Below(100);
  if (roll < 15 && !s.recent.empty()) {
    const Article& original = s.recent[s.rng.Below(static_cast<uint32_t>(s.recent.size()))];
    if (original.size <= remaining + remaining / 4) {
      article = s.writer.Republish(original);
      ++s.stats.republished;
    }
  }
  const bool republished = !article.blocks.empty();
  if (!republished) {
    const bool russian = s.rng.Percent(30);
    article = s.writer.Write(russian ? Lang::kRussian : Lang::kEnglish, target);
  }
  style.blank_line_between_paragraphs = s.rng.Percent(60);
  if (article.lang == Lang::kEnglish) {
    ++s.stats.english;
    if (s.rng.Percent(15)) {
      style.wrap_width = 72;
      ++s.stats.hard_wrapped;
    }
  } else if (!republished && s.rng.Percent(35)) {
    // Legacy Windows exports: windows-1251 with CRLF. Republications are
    // always UTF-8 (the aggregator re-encoded them).
    style.cp1251 = true;
    style.crlf = true;
    ++s.stats.russian_cp1251;
  } else {
    ++s.stats.russian_utf8;
  }
  Render(article, style, &file->bytes);

  const uint64_t index = s.stats.files;
  char name[64];
  std::snprintf(name, sizeof name, "%04llu/doc-%06llu.txt",
                static_cast<unsigned long long>(index / kFilesPerFolder),
                static_cast<unsigned long long>(index));
  file->path = name;
  ++s.stats.files;
  s.stats.bytes += file->bytes.size();

  if (!republished) {
    s.recent.push_back(std::move(article));
    if (s.recent.size() > kRecentArticles) s.recent.pop_front();
  }
  return true;
}

}  // namespace dossier::bench

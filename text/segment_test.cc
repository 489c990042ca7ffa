#include "text/segment.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dossier {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text, {0, static_cast<uint32_t>(text.size())})) {
    out.emplace_back(text.substr(s.start, s.size()));
  }
  return out;
}

struct SentenceRow {
  std::string_view input;
  std::vector<std::string> expected;
};

// Golden table: input -> exact sentences.
const SentenceRow kSentenceRows[] = {
    // Plain terminators.
    {"One. Two! Three? Four", {"One.", "Two!", "Three?", "Four"}},
    {"Wait… Then it came.", {"Wait…", "Then it came."}},
    {"Wait... Then it came.", {"Wait...", "Then it came."}},
    {"Really?! Yes.", {"Really?!", "Yes."}},
    // Initials never end a sentence.
    {"The channel was headed by I.P. Yegarmin is the person who manages it.",
     {"The channel was headed by I.P. Yegarmin is the person who manages it."}},
    {"In London, I met with A. M. Kazhegeldin (Akezhan). Events began.",
     {"In London, I met with A. M. Kazhegeldin (Akezhan).", "Events began."}},
    {"The financing of N.A. Nazarbayev's campaign is illegal. However, I kept copies.",
     {"The financing of N.A. Nazarbayev's campaign is illegal.", "However, I kept copies."}},
    {"Igilmanov I.A. said so. He left.", {"Igilmanov I.A. said so.", "He left."}},
    {"It was sent by Igilmanov I.A. (Ismail). He came.",
     {"It was sent by Igilmanov I.A. (Ismail).", "He came."}},
    {"Headed by G. Vashchenkov. The agency closed.",
     {"Headed by G. Vashchenkov.", "The agency closed."}},
    // Titles and abbreviations.
    {"I met Mr. Medetbekov in London. He agreed.",
     {"I met Mr. Medetbekov in London.", "He agreed."}},
    {"Dr. Smith and Prof. Jones met St. Peter.", {"Dr. Smith and Prof. Jones met St. Peter."}},
    {"He graduated from secondary school No. 120 in 1979.",
     {"He graduated from secondary school No. 120 in 1979."}},
    {"He said no. Then he left.", {"He said no.", "Then he left."}},
    {"It happened on Oct. 5 in Almaty.", {"It happened on Oct. 5 in Almaty."}},
    {"See e.g. Smith's report. It is long.", {"See e.g. Smith's report.", "It is long."}},
    // Numbers.
    {"He stole $ 2.5 thousand from the cash register. It turned out badly.",
     {"He stole $ 2.5 thousand from the cash register.", "It turned out badly."}},
    {"The frequency was 104.7 at that time. Later it changed.",
     {"The frequency was 104.7 at that time.", "Later it changed."}},
    {"He was born in 1961. In 1979 he graduated.",
     {"He was born in 1961.", "In 1979 he graduated."}},
    {"1. The plan was simple. 2. It failed.", {"1. The plan was simple.", "2. It failed."}},
    // Closing quotes and brackets.
    {"He clashed with the family.\" He left.", {"He clashed with the family.\"", "He left."}},
    {"\"He suffered for this,\" Medetbekov said. \"Why?\" she asked.",
     {"\"He suffered for this,\" Medetbekov said.", "\"Why?\" she asked."}},
    {"It was a raid (he said so.) Nobody believed.",
     {"It was a raid (he said so.)", "Nobody believed."}},
    {"Он сказал: «Всё кончено.» Потом ушёл.", {"Он сказал: «Всё кончено.»", "Потом ушёл."}},
    {"They met in the “Nurbank.” Then they left.",
     {"They met in the “Nurbank.”", "Then they left."}},
    // Ellipsis inside a sentence, lower-case continuations.
    {"We are against people… who worked for this regime.",
     {"We are against people… who worked for this regime."}},
    {"\"What kind of bureau?\" he asked. Yes.", {"\"What kind of bureau?\" he asked.", "Yes."}},
    {"It is done. and then more.", {"It is done. and then more."}},
    // Sentence starts: digit, quote mark, dash, bracket.
    {"It ended. 1999 was hard.", {"It ended.", "1999 was hard."}},
    {"It ended. \"My life was in danger.\"", {"It ended.", "\"My life was in danger.\""}},
    {"It ended. – Really? – Yes.", {"It ended.", "– Really?", "– Yes."}},
    {"It ended. (He left.) Then what?", {"It ended.", "(He left.)", "Then what?"}},
    // etc./Inc. end a sentence before a capitalised word, never before lower case.
    {"Radio RIK, Talk Radio etc. The company grew.",
     {"Radio RIK, Talk Radio etc.", "The company grew."}},
    {"They sold radios, TVs etc. and then closed.",
     {"They sold radios, TVs etc. and then closed."}},
    {"He joined Apple Inc. The firm grew.", {"He joined Apple Inc.", "The firm grew."}},
    {"He joined Apple Inc. in 1999.", {"He joined Apple Inc. in 1999."}},
    // Known limitation: a single capital letter is always an initial.
    {"It was in Plan B. Next came C.", {"It was in Plan B. Next came C."}},
    // URLs and e-mails are never split inside.
    {"Write to zagranburo@gmail.com for details. Or call.",
     {"Write to zagranburo@gmail.com for details.", "Or call."}},
    {"Visit https://kaztag.kz/ru/news/123.html today. It is there.",
     {"Visit https://kaztag.kz/ru/news/123.html today.", "It is there."}},
    {"Visit www.kaztag.kz. It is there.", {"Visit www.kaztag.kz.", "It is there."}},
    {"Send it to info@site.kz. Thanks.", {"Send it to info@site.kz.", "Thanks."}},
    // Cyrillic.
    {"Президент Н.А. Назарбаев выступил в г. Алматы. Потом уехал.",
     {"Президент Н.А. Назарбаев выступил в г. Алматы.", "Потом уехал."}},
    {"Это, т.е. всё. Он живёт на ул. Абая. Всё.",
     {"Это, т.е. всё.", "Он живёт на ул. Абая.", "Всё."}},
    {"Игильманов И.А. сказал. Да.", {"Игильманов И.А. сказал.", "Да."}},
    {"Ели яблоки, груши и т.д. Потом спали.", {"Ели яблоки, груши и т.д.", "Потом спали."}},
    {"Стоимость 5 тыс. тенге. Дёшево!", {"Стоимость 5 тыс. тенге.", "Дёшево!"}},
    {"Что это? Это бюро!", {"Что это?", "Это бюро!"}},
    // A blank line always separates sentences.
    {"No terminator here\n\nNext part", {"No terminator here", "Next part"}},
    {"Line one\nline two", {"Line one\nline two"}},
    // Whitespace and edge cases.
    {"   Padded.   Text.  ", {"Padded.", "Text."}},
    {"", {}},
    {"   ", {}},
    {"...", {"..."}},
    {"End.", {"End."}},
};

TEST(SplitSentencesTest, GoldenTable) {
  for (const SentenceRow& row : kSentenceRows) {
    EXPECT_THAT(Sentences(row.input), ElementsAreArray(row.expected)) << "input: " << row.input;
  }
}

TEST(SplitSentencesTest, RespectsRangeAndReturnsAbsoluteOffsets) {
  const std::string_view text = "XX First one. Second one. YY";
  const std::vector<Span> spans = SplitSentences(text, {3, 25});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{3, 13}));
  EXPECT_EQ(spans[1], (Span{14, 25}));
  EXPECT_EQ(text.substr(spans[1].start, spans[1].size()), "Second one.");
}

TEST(SplitSentencesTest, CoversEveryNonSpaceByte) {
  const std::string_view text =
      "  \"My life was in real danger. In August 1999 I had to flee,\" he said… Then? "
      "Mr. X left (K. T. A. G.).  ";
  const std::vector<Span> spans = SplitSentences(text, {0, static_cast<uint32_t>(text.size())});
  std::vector<bool> covered(text.size(), false);
  uint32_t previous_end = 0;
  for (const Span& span : spans) {
    EXPECT_LT(span.start, span.end);
    EXPECT_GE(span.start, previous_end);
    previous_end = span.end;
    for (uint32_t i = span.start; i < span.end; ++i) covered[i] = true;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != ' ') {
      EXPECT_TRUE(covered[i]) << "byte " << i;
    }
  }
}

TEST(SplitSentencesTest, SurvivesInvalidUtf8) {
  const std::string text = "Bad \xFF\xFE bytes. Next \xE2\x80 one.";
  EXPECT_THAT(Sentences(text), ElementsAre("Bad \xFF\xFE bytes.", "Next \xE2\x80 one."));
}

struct TokenRow {
  std::string_view input;
  std::vector<std::pair<std::string, TokenKind>> expected;
};

constexpr TokenKind kW = TokenKind::kWord;
constexpr TokenKind kN = TokenKind::kNumber;
constexpr TokenKind kP = TokenKind::kPunctuation;
constexpr TokenKind kS = TokenKind::kSymbol;

// Golden table: input -> exact tokens and kinds.
const TokenRow kTokenRows[] = {
    {"Nazarbayev's family", {{"Nazarbayev's", kW}, {"family", kW}}},
    {"Ust-Kamenogorsk", {{"Ust-Kamenogorsk", kW}}},
    {"No. 120", {{"No", kW}, {".", kP}, {"120", kN}}},
    {"$ 2.5 thousand", {{"$", kS}, {"2.5", kN}, {"thousand", kW}}},
    {"$50,000 a month", {{"$", kS}, {"50,000", kN}, {"a", kW}, {"month", kW}}},
    {"23.11.1961", {{"23.11.1961", kN}}},
    {"1992-1999 – President",
     {{"1992", kN}, {"-", kP}, {"1999", kN}, {"–", kP}, {"President", kW}}},
    {"• 1999", {{"•", kP}, {"1999", kN}}},
    {"№ 5", {{"№", kS}, {"5", kN}}},
    {"the 1990s and 2nd", {{"the", kW}, {"1990s", kW}, {"and", kW}, {"2nd", kW}}},
    {"COVID-19", {{"COVID-19", kW}}},
    {"students' rights", {{"students", kW}, {"'", kP}, {"rights", kW}}},
    {"\"Russian Radio\",", {{"\"", kP}, {"Russian", kW}, {"Radio", kW}, {"\"", kP}, {",", kP}}},
    {"Назарбаев’s г. Алматы", {{"Назарбаев’s", kW}, {"г", kW}, {".", kP}, {"Алматы", kW}}},
    {"Қазақстан 2022", {{"Қазақстан", kW}, {"2022", kN}}},
    {"e\u0301te\u0301", {{"e\u0301te\u0301", kW}}},
    {"a+b=c", {{"a", kW}, {"+", kS}, {"b", kW}, {"=", kS}, {"c", kW}}},
    {"end.", {{"end", kW}, {".", kP}}},
    {"1,000.", {{"1,000", kN}, {".", kP}}},
    {"  \n\t ", {}},
};

TEST(TokenizeTest, GoldenTable) {
  for (const TokenRow& row : kTokenRows) {
    std::vector<std::pair<std::string, TokenKind>> actual;
    for (const Token& token : Tokenize(row.input, {0, static_cast<uint32_t>(row.input.size())})) {
      actual.emplace_back(std::string(row.input.substr(token.span.start, token.span.size())),
                          token.kind);
    }
    EXPECT_THAT(actual, ElementsAreArray(row.expected)) << "input: " << row.input;
  }
}

TEST(TokenizeTest, OffsetsAreAbsoluteAndInsideRange) {
  const std::string_view text = "skip Mr. Medetbekov said skip";
  const std::vector<Token> tokens = Tokenize(text, {5, 24});
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].span, (Span{5, 7}));
  EXPECT_EQ(tokens[1].span, (Span{7, 8}));
  EXPECT_EQ(tokens[2].span, (Span{9, 19}));
  EXPECT_EQ(tokens[3].span, (Span{20, 24}));
}

TEST(AppendTest, AppendsWithoutClearing) {
  const std::string_view text = "One. Two.";
  std::vector<Span> sentences = {{0, 0}};
  AppendSentences(text, {0, static_cast<uint32_t>(text.size())}, &sentences);
  EXPECT_THAT(sentences, ElementsAre(Span{0, 0}, Span{0, 4}, Span{5, 9}));
  std::vector<Token> tokens;
  AppendTokens(text, {0, 4}, &tokens);
  AppendTokens(text, {5, 9}, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[2].span, (Span{5, 8}));
}

TEST(TokenizeTest, InvalidUtf8BecomesOneByteSymbols) {
  const std::string text =
      "a\xFF"
      "b";
  const std::vector<Token> tokens = Tokenize(text, {0, 3});
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].span, (Span{1, 2}));
  EXPECT_EQ(tokens[1].kind, TokenKind::kSymbol);
}

}  // namespace
}  // namespace dossier

#include "text/document_builder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/source.h"

namespace dossier {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A block holding raw[begin, end) unchanged (as a UTF-8 reader would).
SourceBlock Block(BlockKind kind, std::string_view raw, size_t begin, size_t end, int level = 0) {
  SourceBlock block;
  block.kind = kind;
  block.heading_level = level;
  block.text.origin = {static_cast<uint32_t>(begin)};
  block.text.AppendCopied(raw.substr(begin, end - begin), static_cast<uint32_t>(begin));
  return block;
}

// One plain block holding all of `raw`.
ParsedSource PlainSource(std::string_view raw) {
  ParsedSource source;
  source.blocks.push_back(Block(BlockKind::kPlain, raw, 0, raw.size()));
  return source;
}

std::string_view SpanText(const NormalizedDocument& doc, Span span) {
  return std::string_view(doc.text).substr(span.start, span.size());
}

std::vector<std::string> PassageTexts(const NormalizedDocument& doc) {
  std::vector<std::string> out;
  for (const Passage& passage : doc.passages) {
    out.push_back((passage.kind == PassageKind::kHeading ? "H: " : "P: ") +
                  std::string(SpanText(doc, passage.span)));
  }
  return out;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n'; }

// Checks the structural contract of a NormalizedDocument.
void ExpectInvariants(const NormalizedDocument& doc) {
  ASSERT_EQ(doc.origin.size(), doc.text.size() + 1);
  uint32_t previous_end = 0;
  size_t next_sentence = 0;
  size_t next_token = 0;
  for (size_t p = 0; p < doc.passages.size(); ++p) {
    const Passage& passage = doc.passages[p];
    SCOPED_TRACE("passage " + std::to_string(p));
    ASSERT_LT(passage.span.start, passage.span.end);
    ASSERT_LE(passage.span.end, doc.text.size());
    EXPECT_GE(passage.span.start, previous_end);
    previous_end = passage.span.end;
    EXPECT_FALSE(IsSpaceByte(doc.text[passage.span.start]));
    EXPECT_FALSE(IsSpaceByte(doc.text[passage.span.end - 1]));
    if (doc.sections.empty()) {
      EXPECT_EQ(passage.section, -1);
    } else {
      ASSERT_GE(passage.section, 0);
      ASSERT_LT(passage.section, static_cast<int>(doc.sections.size()));
    }
    EXPECT_EQ(passage.first_sentence, static_cast<int>(next_sentence));
    EXPECT_GE(passage.sentence_count, 1);
    for (int s = 0; s < passage.sentence_count; ++s, ++next_sentence) {
      ASSERT_LT(next_sentence, doc.sentences.size());
      const Span sentence = doc.sentences[next_sentence];
      EXPECT_GE(sentence.start, passage.span.start);
      EXPECT_LE(sentence.end, passage.span.end);
      EXPECT_LT(sentence.start, sentence.end);
      while (next_token < doc.tokens.size() && doc.tokens[next_token].span.start < sentence.end) {
        const Span token = doc.tokens[next_token].span;
        EXPECT_GE(token.start, sentence.start);
        EXPECT_LE(token.end, sentence.end);
        ++next_token;
      }
    }
  }
  EXPECT_EQ(next_sentence, doc.sentences.size());
  EXPECT_EQ(next_token, doc.tokens.size());
}

TEST(BuildDocumentTest, JoinsBlocksAndMapsEveryByteToTheRawInput) {
  //                     0         1         2         3         4         5
  //                     0123456789012345678901234567890123456789012345678901234
  const std::string raw =
      "<h1>Title</h1><p>  Some   paragraph.\n Second sentence. </p><pre>   </pre>"
      "Heading\n\nBody line one.\nBody line two.\n";
  ParsedSource source;
  source.kind = SourceKind::kHtml;
  const size_t title = raw.find("Title");
  const size_t para = raw.find("  Some");
  const size_t empty = raw.find("   </pre>");
  const size_t plain = raw.find("Heading");
  source.blocks.push_back(Block(BlockKind::kHeading, raw, title, title + 5, 1));
  source.blocks.push_back(Block(BlockKind::kParagraph, raw, para, raw.find("</p>")));
  source.blocks.push_back(Block(BlockKind::kParagraph, raw, empty, empty + 3));
  source.blocks.push_back(Block(BlockKind::kPlain, raw, plain, raw.size()));

  const NormalizedDocument doc = BuildDocument(source);
  ExpectInvariants(doc);
  EXPECT_EQ(doc.text,
            "Title\n\nSome paragraph. Second sentence.\n\nHeading\n\nBody line one.\nBody line "
            "two.");
  EXPECT_THAT(PassageTexts(doc),
              ElementsAre("H: Title", "P: Some paragraph. Second sentence.", "H: Heading",
                          "P: Body line one.", "P: Body line two."));
  // Every visible byte traces back to the same byte of the raw input.
  for (size_t i = 0; i < doc.text.size(); ++i) {
    if (IsSpaceByte(doc.text[i])) continue;
    EXPECT_EQ(raw[doc.origin[i]], doc.text[i]) << "text byte " << i;
  }
  // A separator maps to the start of the block after it.
  EXPECT_EQ(doc.origin[5], para + 2);
  EXPECT_EQ(doc.origin[6], para + 2);
  // The collapsed space maps to the first byte of the whitespace run.
  EXPECT_EQ(doc.origin[doc.text.find(" paragraph")], raw.find("   paragraph"));
  EXPECT_EQ(doc.origin.back(), raw.size() - 1);  // the plain block's trailing "\n" is dropped
  // Sections: the HTML heading has level 1; the plain-text one gets level 1.
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(doc.sections[0].title, "Title");
  EXPECT_EQ(doc.sections[0].level, 1);
  EXPECT_EQ(doc.sections[0].heading_passage, 0);
  EXPECT_EQ(doc.sections[1].title, "Heading");
  EXPECT_EQ(doc.sections[1].heading_passage, 2);
  std::vector<int> sections;
  for (const Passage& passage : doc.passages) sections.push_back(passage.section);
  EXPECT_THAT(sections, ElementsAre(0, 0, 1, 1, 1));
  // Sentences and tokens.
  EXPECT_EQ(doc.passages[1].sentence_count, 2);
  EXPECT_EQ(SpanText(doc, doc.sentences[doc.passages[1].first_sentence + 1]), "Second sentence.");
  EXPECT_EQ(SpanText(doc, doc.tokens[0].span), "Title");
  EXPECT_EQ(doc.language, "en");
}

TEST(BuildDocumentTest, HeadingLevelsAreKeptAndClamped) {
  const std::string raw = "ABC";
  ParsedSource source;
  source.blocks.push_back(Block(BlockKind::kHeading, raw, 0, 1, 2));
  source.blocks.push_back(Block(BlockKind::kHeading, raw, 1, 2, 9));
  source.blocks.push_back(Block(BlockKind::kParagraph, raw, 2, 3));
  const NormalizedDocument doc = BuildDocument(source);
  ExpectInvariants(doc);
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(doc.sections[0].level, 2);
  EXPECT_EQ(doc.sections[1].level, 6);
}

struct SectionRow {
  std::string_view name;
  std::string_view input;
  std::vector<std::string> titles;  // sections, in order
  std::vector<int> passage_sections;
};

// Golden table: plain text -> sections and the section of every passage.
const SectionRow kSectionRows[] = {
    {"repeated heading joins the section",
     "Escape story\n\nEscape story\n\nBody one.\n\nEscape story\n\nBody two.",
     {"Escape story", "Escape story"},
     {0, 0, 0, 1, 1}},
    {"lead section before the first heading",
     "Intro text.\n\nHeading\n\nBody.",
     {"", "Heading"},
     {0, 1, 1}},
    {"different consecutive headings each open a section",
     "Serik Medetbekov\n\nGeneral Information\n\nGeneral Information\n\nBody.",
     {"Serik Medetbekov", "General Information"},
     {0, 1, 1, 1}},
    {"no headings, no sections", "Just text.\nMore text.", {}, {-1, -1}},
};

TEST(BuildDocumentTest, SectionGoldenTable) {
  for (const SectionRow& row : kSectionRows) {
    SCOPED_TRACE(std::string(row.name));
    const NormalizedDocument doc = BuildDocument(PlainSource(row.input));
    ExpectInvariants(doc);
    std::vector<std::string> titles;
    for (const Section& section : doc.sections) titles.push_back(section.title);
    std::vector<int> passage_sections;
    for (const Passage& passage : doc.passages) passage_sections.push_back(passage.section);
    EXPECT_EQ(titles, row.titles);
    EXPECT_EQ(passage_sections, row.passage_sections);
  }
}

TEST(BuildDocumentTest, NormalizesAndKeepsOffsetsToRawBytes) {
  // "Cafe" + combining acute, CRLF line ends, a BOM.
  const std::string raw =
      "\xEF\xBB\xBF"
      "Cafe\xCC\x81 open.\r\n\r\nNext para.\r\n";
  const NormalizedDocument doc = BuildDocument(PlainSource(raw));
  ExpectInvariants(doc);
  EXPECT_EQ(doc.text, "Caf\u00E9 open.\n\nNext para.");
  EXPECT_EQ(doc.origin[0], 3u);  // "C" after the BOM
  EXPECT_EQ(doc.origin[3], 6u);  // "é" comes from "e" + U+0301
  EXPECT_EQ(doc.origin[4], 6u);
  EXPECT_EQ(doc.origin[5], 9u);    // the space after it
  EXPECT_EQ(doc.origin[11], 15u);  // "\n" from the first "\r\n"
  EXPECT_EQ(raw.substr(doc.origin[13], 4), "Next");
  EXPECT_THAT(PassageTexts(doc), ElementsAre("P: Caf\u00E9 open.", "P: Next para."));
}

TEST(BuildDocumentTest, EmptySourcesGiveAnEmptyDocument) {
  ParsedSource source;
  NormalizedDocument doc = BuildDocument(source);
  EXPECT_EQ(doc.text, "");
  EXPECT_EQ(doc.origin.size(), 1u);
  EXPECT_THAT(doc.passages, IsEmpty());
  EXPECT_EQ(doc.language, "und");

  const std::string raw = " \n\t\xE2\x80\x8B\n ";  // spaces and a zero-width space
  doc = BuildDocument(PlainSource(raw));
  EXPECT_EQ(doc.text, "");
  EXPECT_THAT(doc.passages, IsEmpty());
  EXPECT_THAT(doc.sentences, IsEmpty());
}

TEST(BuildDocumentTest, DetectsRussian) {
  const NormalizedDocument doc = BuildDocument(
      PlainSource("Президент Н.А. Назарбаев выступил в г. Алматы. Потом он уехал в Астану."));
  ExpectInvariants(doc);
  EXPECT_EQ(doc.language, "ru");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(SpanText(doc, doc.sentences[1]), "Потом он уехал в Астану.");
}

TEST(BuildDocumentTest, ArbitraryBytesKeepTheInvariants) {
  // Pieces that stress every stage, glued at random, plus raw random bytes.
  const std::vector<std::string> pieces = {
      "Mr. ",    "A. ",          "N.A. ",    "etc. ",   "No. 1",  "\n",
      "\n\n",    "\r\n",         " ",        "\t",      ".",      "?",
      "!",       "\u2026",       "\"",       "\u00BB",  ")",      "(",
      "e\u0301", "\u0438\u0306", "\u0301",   "\u00A0",  "\u200B", "\uFEFF",
      "\u2029",  "\xFF",         "\xE2\x80", "Word",    "word",   "\u0421\u043B\u043E\u0432\u043E",
      "\u049B",  "2.5",          "1,000",    "\u2022 ", "- ",     "1. ",
      "Heading", "\x01",         "\u0085"};
  std::mt19937 random(20240611);
  for (int round = 0; round < 300; ++round) {
    std::string raw;
    const int length = std::uniform_int_distribution<int>(0, 80)(random);
    for (int i = 0; i < length; ++i) {
      if (round % 3 == 0) {
        raw.push_back(static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random)));
      } else {
        raw += pieces[std::uniform_int_distribution<size_t>(0, pieces.size() - 1)(random)];
      }
    }
    ParsedSource source = PlainSource(raw);
    source.blocks.push_back(Block(BlockKind::kParagraph, raw, 0, raw.size()));
    source.blocks.push_back(Block(BlockKind::kHeading, raw, 0, raw.size() / 2, 2));
    SCOPED_TRACE("round " + std::to_string(round));
    const NormalizedDocument doc = BuildDocument(source);
    ExpectInvariants(doc);
    for (uint32_t origin : doc.origin) ASSERT_LE(origin, raw.size());
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

const Passage* FindPassage(const NormalizedDocument& doc, std::string_view text) {
  for (const Passage& passage : doc.passages) {
    if (SpanText(doc, passage.span) == text) return &passage;
  }
  return nullptr;
}

TEST(BuildDocumentTest, RealProfileDocument) {
  const std::string raw = ReadFile(DOSSIER_SHARED_DIR "/corpus/000_1531777d1a0cdfee.txt");
  if (raw.empty()) GTEST_SKIP() << "corpus document not present";
  const NormalizedDocument doc = BuildDocument(PlainSource(raw));
  ExpectInvariants(doc);
  EXPECT_EQ(doc.language, "en");

  // The file is clean NFC UTF-8: the text is the file, trimmed, byte for byte.
  for (size_t i = 0; i < doc.text.size(); ++i) {
    ASSERT_EQ(raw[doc.origin[i]], doc.text[i]) << "text byte " << i;
  }

  for (std::string_view heading :
       {"Serik Medetbekov", "General Information", "Escape story", "Exposing the fugitive",
        "Opposition Foreign Bureau – what is it?", "Severe opposition"}) {
    const Passage* passage = FindPassage(doc, heading);
    ASSERT_NE(passage, nullptr) << heading;
    EXPECT_EQ(passage->kind, PassageKind::kHeading) << heading;
  }
  for (std::string_view paragraph :
       {"Labor activity:", "Medetbekov's answer was not quite the same as in March:",
        "• 1999 – BBC, London, management of broadcasting companies.",
        "• 1999-2003 – Head of the North American office of the RNPK party."}) {
    const Passage* passage = FindPassage(doc, paragraph);
    ASSERT_NE(passage, nullptr) << paragraph;
    EXPECT_EQ(passage->kind, PassageKind::kParagraph) << paragraph;
  }
  // One paragraph per line: no passage spans a line break.
  for (const Passage& passage : doc.passages) {
    EXPECT_EQ(SpanText(doc, passage.span).find('\n'), std::string_view::npos)
        << SpanText(doc, passage.span);
  }
  // A repeated heading stays in the section its first copy opened.
  std::vector<std::string> titles;
  for (const Section& section : doc.sections) titles.push_back(section.title);
  EXPECT_EQ(std::count(titles.begin(), titles.end(), "General Information"), 1);
  EXPECT_EQ(std::count(titles.begin(), titles.end(), "Escape story"), 1);
  // Hard cases of the splitter stay inside one sentence.
  for (std::string_view phrase :
       {"I.P. Yegarmin", "A. M. Kazhegeldin", "N.A. Nazarbayev's", "Mr. Medetbekov", "No. 120",
        "$ 2.5 thousand", "Igilmanov I.A. (Ismail", "people… who worked", "(DN.Y.) party"}) {
    const size_t at = doc.text.find(phrase);
    ASSERT_NE(at, std::string::npos) << phrase;
    bool inside = false;
    for (const Span& sentence : doc.sentences) {
      inside |= sentence.start <= at && at + phrase.size() <= sentence.end;
    }
    EXPECT_TRUE(inside) << phrase;
  }
  const Passage* escape = FindPassage(
      doc,
      "However, in the spring of 2022, a copy of Medetbekov's statement was at the disposal "
      "of the KazTAG editors.");
  ASSERT_NE(escape, nullptr);
  EXPECT_EQ(escape->sentence_count, 1);
}

}  // namespace
}  // namespace dossier

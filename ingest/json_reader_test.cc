#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/internal/json_literal.h"
#include "ingest/internal/test_util.h"
#include "ingest/reader.h"

namespace dossier {
namespace {

using namespace std::string_literals;
using internal::Describe;
using internal::RawOf;

TEST(JsonReaderTest, Golden) {
  struct Case {
    std::string json;
    std::vector<std::string> blocks;
    const char* title;
    const char* url;
    const char* published;
  };
  const Case cases[] = {
      {R"({"text": "Hello world"})", {"T Hello world"}, "", "", ""},
      {R"({"title": " Big   news ", "url": "https://x.kz/a", "published": "2021-03-04",
           "text": "Line one.\nLine \"two\"."})",
       {"T Line one.\nLine \"two\"."},
       "Big news",
       "https://x.kz/a",
       "2021-03-04"},
      {R"({"text": "\u0416\u0443\u0440\u043d\u0430\u043b \ud83d\ude00", "title": null})",
       {"T Журнал 😀"},
       "",
       "",
       ""},
      {R"({"text": "first", "nested": {"text": 5}, "text": "last"})", {"T last"}, "", "", ""},
      {"\xEF\xBB\xBF{\"text\": \"with BOM\"}", {"T with BOM"}, "", "", ""},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("doc.json", c.json, ReadOptions{});
    ASSERT_TRUE(parsed.ok()) << c.json << ": " << parsed.status().ToString();
    EXPECT_EQ(parsed->kind, SourceKind::kJson);
    EXPECT_EQ(Describe(*parsed), c.blocks) << c.json;
    EXPECT_EQ(parsed->title, c.title);
    EXPECT_EQ(parsed->url, c.url);
    EXPECT_EQ(parsed->published, c.published);
    internal::ExpectWellFormed(*parsed, c.json.size());
  }
}

TEST(JsonReaderTest, OriginsPointIntoTheLiteral) {
  const std::string json = R"({"title": "t", "text": "A\n\u0416 \"q\" \ud83d\ude00 end"})";
  StatusOr<ParsedSource> parsed = ReadSource("doc.json", json, ReadOptions{});
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  const MappedText& text = parsed->blocks[0].text;
  EXPECT_EQ(text.text, "A\nЖ \"q\" 😀 end");
  EXPECT_EQ(RawOf(json, text, "A"), "A");
  EXPECT_EQ(RawOf(json, text, "\n"), "\\n");
  EXPECT_EQ(RawOf(json, text, "Ж"), "\\u0416");
  EXPECT_EQ(RawOf(json, text, "\"q\""), "\\\"q\\\"");
  EXPECT_EQ(RawOf(json, text, "😀"), "\\ud83d\\ude00");
  EXPECT_EQ(RawOf(json, text, "end"), "end");
  EXPECT_EQ(text.origin.back(), json.rfind('"'));  // the closing quote
}

TEST(JsonReaderTest, Utf16WithBomMapsThroughTheDecoding) {
  const std::u16string json16 = u"{\"text\": \"Жук\"}";
  std::string raw = "\xFF\xFE";
  for (char16_t unit : json16)
    raw += {static_cast<char>(unit & 0xFF), static_cast<char>(unit >> 8)};
  StatusOr<ParsedSource> parsed = ReadSource("doc.json", raw, ReadOptions{});
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->encoding, "UTF-16LE");
  EXPECT_EQ(Describe(*parsed), std::vector<std::string>{"T Жук"});
  EXPECT_EQ(RawOf(raw, parsed->blocks[0].text, "у"), raw.substr(2 + 2 * 11, 2));
}

TEST(JsonReaderTest, Errors) {
  struct Case {
    std::string json;
    StatusCode code;
    const char* message;
  };
  const Case cases[] = {
      {"", StatusCode::kInvalidArgument, "d.json: empty file"},
      {R"({"text": })", StatusCode::kInvalidArgument,
       "d.json: malformed JSON at byte 9: syntax error while parsing value - unexpected '}'; "
       "expected '[', '{', or a literal"},
      {R"({"text": "abc)", StatusCode::kInvalidArgument,
       "d.json: malformed JSON at byte 13: syntax error while parsing value - invalid string: "
       "missing closing quote; last read: '\"abc'"},
      {"[1, 2]", StatusCode::kInvalidArgument,
       "d.json: JSON top level is an array, expected an object with a \"text\" string"},
      {R"({"title": "x"})", StatusCode::kInvalidArgument,
       "d.json: JSON object has no \"text\" field"},
      {R"({"text": 42})", StatusCode::kInvalidArgument,
       "d.json: JSON field \"text\" is a number, expected a string"},
      {R"({"text": ["a"]})", StatusCode::kInvalidArgument,
       "d.json: JSON field \"text\" is an array, expected a string"},
      {R"({"text": "ok", "title": 7})", StatusCode::kInvalidArgument,
       "d.json: JSON field \"title\" is a number, expected a string"},
      {R"({"text": "ok", "published": {"y": 1}})", StatusCode::kInvalidArgument,
       "d.json: JSON field \"published\" is an object, expected a string"},
      {R"({"text": "  \n "})", StatusCode::kInvalidArgument,
       "d.json: no text found (JSON field \"text\" is empty)"},
      {"{\"text\": \"caf\xE9\"}", StatusCode::kInvalidArgument, "d.json: invalid UTF-8 at byte 13"},
      {"{\"text\": \"a\0b\"}"s, StatusCode::kInvalidArgument,
       "d.json: binary file (NUL byte at offset 11)"},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("d.json", c.json, ReadOptions{});
    ASSERT_FALSE(parsed.ok()) << c.json;
    EXPECT_EQ(parsed.status().code(), c.code) << c.json;
    EXPECT_EQ(parsed.status().message(), c.message) << c.json;
  }
}

TEST(JsonLiteralTest, FindTopLevelStringValue) {
  struct Case {
    const char* json;
    std::optional<size_t> quote;
  };
  const Case cases[] = {
      {R"({"text":"a"})", 8},
      {R"( { "a" : [1, {"text": "x"}], "text" : "y" } )", 38},
      {R"({"te\u0078t": "escaped key"})", 14},
      {R"({"text": 1})", std::nullopt},
      {R"({"other": "text"})", std::nullopt},
      {R"(["text", "x"])", std::nullopt},
      {R"({"text": "a", "text": 2})", std::nullopt},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(internal::FindTopLevelStringValue(c.json, "text"), c.quote) << c.json;
  }
}

TEST(JsonLiteralTest, DecodeJsonStringRejectsBrokenLiterals) {
  EXPECT_FALSE(internal::DecodeJsonString(R"("abc)", 0).has_value());
  EXPECT_FALSE(internal::DecodeJsonString(R"("\q")", 0).has_value());
  EXPECT_FALSE(internal::DecodeJsonString(R"("\u12")", 0).has_value());
  EXPECT_FALSE(internal::DecodeJsonString("abc", 0).has_value());
  std::optional<MappedText> lone = internal::DecodeJsonString(R"("a\udc00b")", 0);
  ASSERT_TRUE(lone.has_value());
  EXPECT_EQ(lone->text, "a\uFFFDb");
}

}  // namespace
}  // namespace dossier

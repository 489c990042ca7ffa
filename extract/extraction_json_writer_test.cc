#include "extract/extraction_json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dossier {
namespace {

using nlohmann::json;

std::string Dumped(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

// Strings as the writer escapes them, each beside nlohmann's dump of the
// same string: quotes, backslashes, every control character, UTF-8 of two
// to four bytes, and invalid UTF-8 (stray continuation bytes, overlong
// forms, surrogates, past U+10FFFF, a sequence cut short at the end).
TEST(JsonWriterTest, StringsAsNlohmannDumpsThem) {
  std::vector<std::string> cases = {
      "",
      "plain",
      "say \"hi\"",
      "back\\slash",
      "line\nfeed\ttab\rreturn\bbell\fform",
      "Алматы — Қазақстан",
      "emoji \xF0\x9F\x98\x80 end",
      "\x7F del",
      "stray \x80 byte",
      "overlong \xC0\xAF",
      "surrogate \xED\xA0\x80",
      "too high \xF4\x90\x80\x80",
      "cut short \xE2\x82",
      "\xE2\x82",
  };
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls.push_back(static_cast<char>(c));
  cases.push_back(controls);
  for (const std::string& s : cases) {
    std::string text;
    JsonWriter writer(&text);
    writer.String(s);
    EXPECT_EQ(text, Dumped(json(s), -1)) << s;
  }
}

// Nested objects and arrays, empty ones included, numbers of every kind,
// null and booleans: one line and indented, as dump() prints them.
TEST(JsonWriterTest, ValuesAsNlohmannDumpsThem) {
  const json expected = {{"a", json::array()},
                         {"b", json::object()},
                         {"c", {1, -2, 3.5, 1e-7, 1e21, 2.0, nullptr, true, false}},
                         {"d", {{"x", {{"y", json::array({json::array()})}}}, {"z", "s"}}}};
  for (int indent : {-1, 0, 2, 4}) {
    std::string text;
    JsonWriter w(&text, indent);
    w.BeginObject();
    w.Key("a"), w.BeginArray(), w.EndArray();
    w.Key("b"), w.BeginObject(), w.EndObject();
    w.Key("c");
    w.BeginArray();
    w.Uint(1), w.Int(-2), w.Double(3.5), w.Double(1e-7), w.Double(1e21), w.Double(2.0);
    w.Null(), w.Bool(true), w.Bool(false);
    w.EndArray();
    w.Key("d");
    w.BeginObject();
    w.Key("x");
    w.BeginObject();
    w.Key("y"), w.BeginArray(), w.BeginArray(), w.EndArray(), w.EndArray();
    w.EndObject();
    w.Key("z"), w.StringOrNull("s");
    w.EndObject();
    w.EndObject();
    EXPECT_EQ(text, Dumped(expected, indent)) << "indent " << indent;
  }
}

}  // namespace
}  // namespace dossier

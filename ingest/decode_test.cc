#include "ingest/decode.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <sstream>
#include <string>
#include <vector>

#include "ingest/internal/charset_guess.h"
#include "ingest/internal/test_util.h"

namespace dossier {
namespace {

using namespace std::string_literals;
using internal::RawOf;

struct EncodingCase {
  const char* encoding;  // expected ParsedSource encoding name
  const char* raw;
  const char* utf8;
};

// Short Russian sentences in every legacy Cyrillic encoding. Where an
// encoding's bytes coincide with windows-1251's, windows-1251 is the answer.
const EncodingCase kCyrillicCases[] = {
    {"windows-1251", "\xCC\xE8\xF0", "Мир"},
    {"KOI8-R", "\xED\xC9\xD2", "Мир"},
    {"IBM866", "\x8C\xA8\xE0", "Мир"},
    {"ISO-8859-5", "\xBC\xD8\xE0", "Мир"},
    {"x-mac-cyrillic", "\x8C\xE8\xF0", "Мир"},
    {"windows-1251", "\xE4\xE0", "да"},
    {"KOI8-R", "\xC4\xC1", "да"},
    {"IBM866", "\xA4\xA0", "да"},
    {"ISO-8859-5", "\xD4\xD0", "да"},
    {"windows-1251", "\xE4\xE0", "да"},
    {"windows-1251", "\xCE\xED \xF1\xEA\xE0\xE7\xE0\xEB: \xED\xE5\xF2", "Он сказал: нет"},
    {"KOI8-R", "\xEF\xCE \xD3\xCB\xC1\xDA\xC1\xCC: \xCE\xC5\xD4", "Он сказал: нет"},
    {"IBM866", "\x8E\xAD \xE1\xAA\xA0\xA7\xA0\xAB: \xAD\xA5\xE2", "Он сказал: нет"},
    {"ISO-8859-5", "\xBE\xDD \xE1\xDA\xD0\xD7\xD0\xDB: \xDD\xD5\xE2", "Он сказал: нет"},
    {"x-mac-cyrillic", "\x8E\xED \xF1\xEA\xE0\xE7\xE0\xEB: \xED\xE5\xF2", "Он сказал: нет"},
    {"windows-1251", "\xDF \xE8\xE4\xF3 \xE4\xEE\xEC\xEE\xE9", "Я иду домой"},
    {"KOI8-R", "\xF1 \xC9\xC4\xD5 \xC4\xCF\xCD\xCF\xCA", "Я иду домой"},
    {"IBM866", "\x9F \xA8\xA4\xE3 \xA4\xAE\xAC\xAE\xA9", "Я иду домой"},
    {"ISO-8859-5", "\xCF \xD8\xD4\xE3 \xD4\xDE\xDC\xDE\xD9", "Я иду домой"},
    {"x-mac-cyrillic", "\x9F \xE8\xE4\xF3 \xE4\xEE\xEC\xEE\xE9", "Я иду домой"},
    {"windows-1251",
     "\xCC\xEE\xF1\xEA\xE2\xE0 \xFF\xE2\xEB\xFF\xE5\xF2\xF1\xFF \xF1\xF2\xEE\xEB\xE8\xF6\xE5\xE9 "
     "\xD0\xEE\xF1\xF1\xE8\xE8.",
     "Москва является столицей России."},
    {"KOI8-R",
     "\xED\xCF\xD3\xCB\xD7\xC1 \xD1\xD7\xCC\xD1\xC5\xD4\xD3\xD1 \xD3\xD4\xCF\xCC\xC9\xC3\xC5\xCA "
     "\xF2\xCF\xD3\xD3\xC9\xC9.",
     "Москва является столицей России."},
    {"IBM866",
     "\x8C\xAE\xE1\xAA\xA2\xA0 \xEF\xA2\xAB\xEF\xA5\xE2\xE1\xEF \xE1\xE2\xAE\xAB\xA8\xE6\xA5\xA9 "
     "\x90\xAE\xE1\xE1\xA8\xA8.",
     "Москва является столицей России."},
    {"ISO-8859-5",
     "\xBC\xDE\xE1\xDA\xD2\xD0 \xEF\xD2\xDB\xEF\xD5\xE2\xE1\xEF \xE1\xE2\xDE\xDB\xD8\xE6\xD5\xD9 "
     "\xC0\xDE\xE1\xE1\xD8\xD8.",
     "Москва является столицей России."},
    {"x-mac-cyrillic",
     "\x8C\xEE\xF1\xEA\xE2\xE0 \xDF\xE2\xEB\xDF\xE5\xF2\xF1\xDF \xF1\xF2\xEE\xEB\xE8\xF6\xE5\xE9 "
     "\x90\xEE\xF1\xF1\xE8\xE8.",
     "Москва является столицей России."},
    {"windows-1251", "\xD1\xF3\xE4 \xEE\xF2\xEA\xEB\xEE\xED\xE8\xEB \xE8\xF1\xEA.",
     "Суд отклонил иск."},
    {"KOI8-R", "\xF3\xD5\xC4 \xCF\xD4\xCB\xCC\xCF\xCE\xC9\xCC \xC9\xD3\xCB.", "Суд отклонил иск."},
    {"IBM866", "\x91\xE3\xA4 \xAE\xE2\xAA\xAB\xAE\xAD\xA8\xAB \xA8\xE1\xAA.", "Суд отклонил иск."},
    {"ISO-8859-5", "\xC1\xE3\xD4 \xDE\xE2\xDA\xDB\xDE\xDD\xD8\xDB \xD8\xE1\xDA.",
     "Суд отклонил иск."},
    {"x-mac-cyrillic", "\x91\xF3\xE4 \xEE\xF2\xEA\xEB\xEE\xED\xE8\xEB \xE8\xF1\xEA.",
     "Суд отклонил иск."},
    {"windows-1251", "\xC2\xF1\xB8 \xF5\xEE\xF0\xEE\xF8\xEE, \xF1\xEF\xE0\xF1\xE8\xE1\xEE.",
     "Всё хорошо, спасибо."},
    {"KOI8-R", "\xF7\xD3\xA3 \xC8\xCF\xD2\xCF\xDB\xCF, \xD3\xD0\xC1\xD3\xC9\xC2\xCF.",
     "Всё хорошо, спасибо."},
    {"IBM866", "\x82\xE1\xF1 \xE5\xAE\xE0\xAE\xE8\xAE, \xE1\xAF\xA0\xE1\xA8\xA1\xAE.",
     "Всё хорошо, спасибо."},
    {"ISO-8859-5", "\xB2\xE1\xF1 \xE5\xDE\xE0\xDE\xE8\xDE, \xE1\xDF\xD0\xE1\xD8\xD1\xDE.",
     "Всё хорошо, спасибо."},
    {"x-mac-cyrillic", "\x82\xF1\xDE \xF5\xEE\xF0\xEE\xF8\xEE, \xF1\xEF\xE0\xF1\xE8\xE1\xEE.",
     "Всё хорошо, спасибо."},
    {"windows-1251", "\xCE\xCE\xCE \xD0\xEE\xEC\xE0\xF8\xEA\xE0", "ООО Ромашка"},
    {"KOI8-R", "\xEF\xEF\xEF \xF2\xCF\xCD\xC1\xDB\xCB\xC1", "ООО Ромашка"},
    {"IBM866", "\x8E\x8E\x8E \x90\xAE\xAC\xA0\xE8\xAA\xA0", "ООО Ромашка"},
    {"ISO-8859-5", "\xBE\xBE\xBE \xC0\xDE\xDC\xD0\xE8\xDA\xD0", "ООО Ромашка"},
    {"x-mac-cyrillic", "\x8E\x8E\x8E \x90\xEE\xEC\xE0\xF8\xEA\xE0", "ООО Ромашка"},
};

TEST(DecodeTest, ShortRussianInEveryCyrillicEncoding) {
  for (const EncodingCase& c : kCyrillicCases) {
    StatusOr<DecodedText> decoded = DecodeText(c.raw, DecodeOptions{});
    ASSERT_TRUE(decoded.ok()) << c.utf8 << ": " << decoded.status().ToString();
    EXPECT_EQ(decoded->text.text, c.utf8) << c.encoding;
    EXPECT_EQ(decoded->encoding, c.encoding) << c.utf8;
  }
}

// Encodes UTF-8 `text` in `charset` with ICU.
std::string Encode(const std::string& text, const char* charset) {
  UErrorCode error = U_ZERO_ERROR;
  std::string out(text.size() * 4 + 16, '\0');
  const int32_t length =
      ucnv_convert(charset, "UTF-8", out.data(), out.size(), text.data(), text.size(), &error);
  EXPECT_TRUE(U_SUCCESS(error)) << charset;
  out.resize(length);
  return out;
}

TEST(DecodeTest, EveryPrefixOfRussianNewsSentences) {
  const char* sentences[] = {
      "Суд отклонил иск бизнесмена к журналистам газеты.",
      "Президент подписал указ о назначении нового министра.",
      "В Алматы прошла пресс-конференция оппозиции.",
      "Он заявил, что не признаёт своей вины.",
      "Компания опровергла информацию о продаже активов.",
      "По словам аналитика, решение было принято заранее.",
      "Это было сделано по указанию руководства.",
      "Медетбеков родился в 1961 году в Алма-Ате.",
  };
  for (const char* sentence : sentences) {
    std::istringstream words(sentence);
    std::string prefix, word;
    words >> prefix;
    while (words >> word) {  // two words and more
      prefix += " " + word;
      for (const char* charset :
           {"windows-1251", "KOI8-R", "IBM866", "ISO-8859-5", "x-mac-cyrillic"}) {
        StatusOr<DecodedText> decoded = DecodeText(Encode(prefix, charset), DecodeOptions{});
        ASSERT_TRUE(decoded.ok());
        EXPECT_EQ(decoded->text.text, prefix) << charset << " guessed as " << decoded->encoding;
      }
    }
  }
}

TEST(DecodeTest, SingleByteOriginsPointAtTheirByte) {
  // "Он сказал" in KOI8-R: every two-byte UTF-8 letter maps to its one raw byte.
  const std::string raw = "\xEF\xCE \xD3\xCB\xC1\xDA\xC1\xCC: \xCE\xC5\xD4";
  StatusOr<DecodedText> decoded = DecodeText(raw, DecodeOptions{});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "KOI8-R");
  const MappedText& text = decoded->text;
  ASSERT_EQ(text.origin.size(), text.text.size() + 1);
  EXPECT_EQ(text.origin[0], 0u);  // О
  EXPECT_EQ(text.origin[1], 0u);
  EXPECT_EQ(text.origin[2], 1u);  // н
  EXPECT_EQ(text.origin[4], 2u);  // space
  EXPECT_EQ(text.origin.back(), raw.size());
  EXPECT_EQ(RawOf(raw, text, "сказал"), "\xD3\xCB\xC1\xDA\xC1\xCC");
  EXPECT_EQ(RawOf(raw, text, "нет"), "\xCE\xC5\xD4");
}

TEST(DecodeTest, Latin) {
  struct Case {
    std::string raw;
    const char* utf8;
    const char* encoding;
  };
  const Case cases[] = {
      {"Caf\xE9 cr\xE8me, na\xEFve fa\xE7"
       "ade.",
       "Café crème, naïve façade.", "ISO-8859-1"},
      {"Caf\xE9", "Café", "ISO-8859-1"},  // uchardet alone says ISO-8859-2
      {"\xC4rger \xFC"
       "ber \xD6l",
       "Ärger über Öl", "ISO-8859-1"},
      {"\x93Quoted\x94 \x96 text", "“Quoted” – text", "windows-1252"},
      {"It\x92s 5\x80", "It’s 5€", "windows-1252"},
  };
  for (const Case& c : cases) {
    StatusOr<DecodedText> decoded = DecodeText(c.raw, DecodeOptions{});
    ASSERT_TRUE(decoded.ok()) << c.utf8;
    EXPECT_EQ(decoded->text.text, c.utf8);
    EXPECT_EQ(decoded->encoding, c.encoding) << c.utf8;
  }
  StatusOr<DecodedText> decoded = DecodeText("na\xEFve", DecodeOptions{});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(RawOf("na\xEFve", decoded->text, "ï"), "\xEF");
  EXPECT_EQ(RawOf("na\xEFve", decoded->text, "ve"), "ve");
}

TEST(DecodeTest, Utf8StaysUtf8WithIdentityOrigins) {
  const std::string raw = "Привет, world";
  StatusOr<DecodedText> decoded = DecodeText(raw, DecodeOptions{});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "UTF-8");
  EXPECT_EQ(decoded->text.text, raw);
  for (size_t i = 0; i <= raw.size(); ++i) EXPECT_EQ(decoded->text.origin[i], i);
}

TEST(DecodeTest, ByteOrderMarks) {
  struct Case {
    std::string raw;
    const char* utf8;
    const char* encoding;
    std::vector<uint32_t> origins;
  };
  const Case cases[] = {
      {"\xEF\xBB\xBFHi \xD0\x96", "Hi Ж", "UTF-8", {3, 4, 5, 6, 7, 8}},
      {"\xFF\xFEH\0i\0 \0\x16\x04"s, "Hi Ж", "UTF-16LE", {2, 4, 6, 8, 8, 10}},
      {"\xFE\xFF\0H\0i\0 \x04\x16"s, "Hi Ж", "UTF-16BE", {2, 4, 6, 8, 8, 10}},
      // U+1F600 as a surrogate pair: all four UTF-8 bytes map to its first unit.
      {"\xFF\xFE"
       "A\0=\xD8\x00\xDE"s,
       "A😀",
       "UTF-16LE",
       {2, 4, 4, 4, 4, 8}},
      {"\xFF\xFE\0\0"
       "A\0\0\0\x00\xF6\x01\0"s,
       "A😀",
       "UTF-32LE",
       {4, 8, 8, 8, 8, 12}},
      {"\0\0\xFE\xFF"
       "\0\0\0A\0\x01\xF6\x00"s,
       "A😀",
       "UTF-32BE",
       {4, 8, 8, 8, 8, 12}},
  };
  for (const Case& c : cases) {
    StatusOr<DecodedText> decoded = DecodeText(c.raw, DecodeOptions{});
    ASSERT_TRUE(decoded.ok()) << c.encoding << ": " << decoded.status().ToString();
    EXPECT_EQ(decoded->text.text, c.utf8) << c.encoding;
    EXPECT_EQ(decoded->encoding, c.encoding);
    EXPECT_EQ(decoded->text.origin, c.origins) << c.encoding;
  }
}

TEST(DecodeTest, Utf16RussianOrigins) {
  std::string raw = "\xFF\xFE";
  for (char16_t unit : u"Мир") {
    if (unit == 0) break;
    raw += static_cast<char>(unit & 0xFF);
    raw += static_cast<char>(unit >> 8);
  }
  StatusOr<DecodedText> decoded = DecodeText(raw, DecodeOptions{});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text.text, "Мир");
  EXPECT_EQ(RawOf(raw, decoded->text, "и"), raw.substr(4, 2));
  EXPECT_EQ(RawOf(raw, decoded->text, "ир"), raw.substr(4, 4));
}

TEST(DecodeTest, Errors) {
  struct Case {
    std::string raw;
    DecodeOptions options;
    StatusCode code;
    const char* message;
  };
  DecodeOptions require_utf8;
  require_utf8.require_utf8 = true;
  DecodeOptions declared_utf8;
  declared_utf8.declared_charset = "UTF-8";
  const Case cases[] = {
      {"abc\0def"s, {}, StatusCode::kInvalidArgument, "binary file (NUL byte at offset 3)"},
      {"\x01\x02\x03 text",
       {},
       StatusCode::kInvalidArgument,
       "binary file (3 of 8 bytes are control characters)"},
      {"\xFF\xFE"
       "a\0b"s,
       {},
       StatusCode::kDataLoss,
       "truncated UTF-16LE (3 bytes after the BOM, not a multiple of 2)"},
      {"\xFE\xFF\0a\0"s,
       {},
       StatusCode::kDataLoss,
       "truncated UTF-16BE (3 bytes after the BOM, not a multiple of 2)"},
      {"\xFF\xFE\0\0"
       "a\0\0"s,
       {},
       StatusCode::kDataLoss,
       "truncated UTF-32LE (3 bytes after the BOM, not a multiple of 4)"},
      {"\xFF\xFE"
       "a\0\x00\xDC"
       "b\0"s,
       {},
       StatusCode::kInvalidArgument,
       "invalid UTF-16LE at byte 4"},
      {"\xFF\xFE"
       "a\0\0\0"s,
       {},
       StatusCode::kInvalidArgument,
       "binary file (NUL character at offset 4)"},
      {"\xEF\xBB\xBF"
       "ab\xE9z",
       {},
       StatusCode::kInvalidArgument,
       "invalid UTF-8 at byte 5"},
      {"{\"text\": \"caf\xE9\"}", require_utf8, StatusCode::kInvalidArgument,
       "invalid UTF-8 at byte 13"},
      {"<p>caf\xE9</p>", declared_utf8, StatusCode::kInvalidArgument, "invalid UTF-8 at byte 6"},
  };
  for (const Case& c : cases) {
    StatusOr<DecodedText> decoded = DecodeText(c.raw, c.options);
    ASSERT_FALSE(decoded.ok()) << c.message;
    EXPECT_EQ(decoded.status().code(), c.code) << c.message;
    EXPECT_EQ(decoded.status().message(), c.message);
  }
}

TEST(DecodeTest, DeclaredCharset) {
  DecodeOptions options;
  options.declared_charset = "windows-1251";
  // E4 E0 alone is as much MacCyrillic as windows-1251; the label settles it.
  StatusOr<DecodedText> decoded = DecodeText("\xE4\xE0", options);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text.text, "да");
  EXPECT_EQ(decoded->encoding, "windows-1251");

  options.declared_charset = "koi8-r";
  decoded = DecodeText("\xC4\xC1", options);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text.text, "да");
  EXPECT_EQ(decoded->encoding, "KOI8-R");

  // Valid UTF-8 wins over a legacy label: the page was mislabelled.
  options.declared_charset = "windows-1251";
  decoded = DecodeText("да", options);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text.text, "да");
  EXPECT_EQ(decoded->encoding, "UTF-8");

  // An unknown label is ignored and the encoding guessed.
  options.declared_charset = "no-such-charset";
  decoded = DecodeText("\xCC\xE8\xF0", options);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->text.text, "Мир");
  EXPECT_EQ(decoded->encoding, "windows-1251");
}

TEST(DecodeTest, MostlyUtf8WithAStrayByte) {
  const std::string raw = "Привет, мир! Как дела?\xFF Всё хорошо.";
  StatusOr<DecodedText> decoded = DecodeText(raw, DecodeOptions{});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "UTF-8");
  EXPECT_EQ(decoded->text.text, "Привет, мир! Как дела?\uFFFD Всё хорошо.");
  EXPECT_EQ(RawOf(raw, decoded->text, "\uFFFD"), "\xFF");
  EXPECT_EQ(RawOf(raw, decoded->text, "Всё"), "Всё");
}

TEST(DecodeTest, ConvertToUtf8) {
  StatusOr<MappedText> converted = ConvertToUtf8("\xCC\xE8\xF0", "cp1251", 10);
  ASSERT_TRUE(converted.ok());
  EXPECT_EQ(converted->text, "Мир");
  EXPECT_EQ(converted->origin, (std::vector<uint32_t>{10, 10, 11, 11, 12, 12, 13}));

  StatusOr<MappedText> unknown = ConvertToUtf8("abc", "klingon-8", 0);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(unknown.status().message(), "unknown charset 'klingon-8'");

  StatusOr<MappedText> empty_name = ConvertToUtf8("abc", "", 0);
  EXPECT_EQ(empty_name.status().message(), "unknown charset ''");
}

TEST(DecodeTest, CanonicalCharsetName) {
  const std::pair<const char*, const char*> cases[] = {
      {"cp1251", "windows-1251"},
      {"koi8r", "KOI8-R"},
      {"CP866", "IBM866"},
      {"utf8", "UTF-8"},
      {"latin1", "ISO-8859-1"},
      {"x-mac-cyrillic", "x-mac-cyrillic"},
      {"iso-8859-5", "ISO-8859-5"},
      {"klingon-8", ""},
      {"", ""},
  };
  for (const auto& [label, name] : cases) EXPECT_EQ(CanonicalCharsetName(label), name) << label;
}

TEST(DecodeTest, RussianScorePrefersTheRightTable) {
  const std::string koi8 = "\xEF\xCE \xD3\xCB\xC1\xDA\xC1\xCC: \xCE\xC5\xD4";  // Он сказал: нет
  EXPECT_GT(internal::RussianScore(koi8, "KOI8-R"), 0.0);
  EXPECT_LT(internal::RussianScore(koi8, "windows-1251"), internal::RussianScore(koi8, "KOI8-R"));
  EXPECT_LT(internal::RussianScore(koi8, "IBM866"), 0.0);
  EXPECT_LT(internal::RussianScore("plain ascii", "KOI8-R"), -100.0);
  EXPECT_LT(internal::RussianScore(koi8, "Shift_JIS"), -100.0);
}

TEST(DecodeTest, GreekIsNotTakenForRussian) {
  // "Καλημέρα κόσμε, η Αθήνα" in ISO-8859-7.
  const std::string raw =
      "\xCA\xE1\xEB\xE7\xEC\xDD\xF1\xE1 \xEA\xFC\xF3\xEC\xE5, \xE7 \xC1\xE8\xDE\xED\xE1";
  StatusOr<DecodedText> decoded = DecodeText(raw, DecodeOptions{});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "ISO-8859-7");
  EXPECT_EQ(decoded->text.text, "Καλημέρα κόσμε, η Αθήνα");
}

}  // namespace
}  // namespace dossier

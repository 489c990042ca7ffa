#include "extract/extraction_json_writer.h"

#include <cassert>
#include <charconv>
#include <nlohmann/json.hpp>

namespace dossier {
namespace {

// The length of the well-formed UTF-8 sequence at s[i] (Unicode 3-7: no
// overlong forms, surrogates or code points past U+10FFFF), 0 when there is
// none there. REQUIRES: s[i] >= 0x80.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = at(i);
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    if (at(i + k) < 0x80 || at(i + k) > 0xBF) return 0;
  }
  return n;
}

// Appends `value` quoted and escaped as nlohmann's dump(ensure_ascii =
// false, replace) does; false (appending nothing) when it is not valid UTF-8.
bool AppendEscaped(std::string_view value, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t copied = 0;  // value[copied, i) is still to append as is
  for (size_t i = 0; i < value.size();) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x80) {
      const size_t n = Utf8SequenceLength(value, i);
      if (n == 0) return false;
      i += n;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out->append(value.data() + copied, i - copied);
    switch (c) {
      case '\b':
        out->append("\\b");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\f':
        out->append("\\f");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      default: {
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(escaped, sizeof(escaped));
      }
    }
    copied = ++i;
  }
  out->append(value.data() + copied, value.size() - copied);
  out->push_back('"');
  return true;
}

}  // namespace

void JsonWriter::NewLine(size_t depth) {
  out_->push_back('\n');
  out_->append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  if (counts_.back()++ > 0) out_->push_back(',');
  if (indent_ >= 0) NewLine(counts_.size());
}

void JsonWriter::Open(char bracket) {
  Separate();
  out_->push_back(bracket);
  counts_.push_back(0);
}

void JsonWriter::Close(char bracket) {
  assert(!counts_.empty() && !after_key_);
  const bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (!empty && indent_ >= 0) NewLine(counts_.size());
  out_->push_back(bracket);
}

void JsonWriter::Key(std::string_view key) {
  Separate();
  WriteString(key);
  out_->append(indent_ >= 0 ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  Separate();
  WriteString(value);
}

void JsonWriter::WriteString(std::string_view value) {
  const size_t start = out_->size();
  if (!AppendEscaped(value, out_)) {
    out_->resize(start);
    out_->append(
        nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

void JsonWriter::StringOrNull(std::string_view value) {
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

void JsonWriter::StringOrNull(const std::optional<std::string>& value) {
  if (value) {
    String(*value);
  } else {
    Null();
  }
}

void JsonWriter::Null() {
  Separate();
  out_->append("null");
}

void JsonWriter::Bool(bool value) {
  Separate();
  out_->append(value ? "true" : "false");
}

void JsonWriter::Int(int64_t value) {
  Separate();
  char buf[24];
  const auto end = std::to_chars(buf, buf + sizeof(buf), value).ptr;
  out_->append(buf, end - buf);
}

void JsonWriter::Uint(uint64_t value) {
  Separate();
  char buf[24];
  const auto end = std::to_chars(buf, buf + sizeof(buf), value).ptr;
  out_->append(buf, end - buf);
}

void JsonWriter::Double(double value) {
  Separate();
  out_->append(nlohmann::json(value).dump());
}

}  // namespace dossier

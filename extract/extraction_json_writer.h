// JsonWriter: writes JSON text straight into a string, byte for byte as
// nlohmann::json's dump() would print the same value (keys in the order
// given, which must be nlohmann's: ascending bytes; one line or an indent;
// UTF-8 kept as is, control characters escaped, invalid UTF-8 replaced by
// U+FFFD), without building the value first. The extraction lists and the
// CLI's document JSON are written with it.
//
//   std::string text;
//   JsonWriter w(&text);
//   w.BeginObject();
//   w.Key("end"), w.Uint(16);
//   w.Key("start"), w.Uint(0);
//   w.EndObject();  // text == R"({"end":16,"start":0})"
//
// Not thread-safe per instance (it appends to its string); instances are
// independent.
#ifndef DOSSIER_EXTRACT_EXTRACTION_JSON_WRITER_H_
#define DOSSIER_EXTRACT_EXTRACTION_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

class JsonWriter {
 public:
  // Appends to *out. indent < 0: one line; else newlines and `indent`
  // spaces per level, as dump(indent).
  explicit JsonWriter(std::string* out, int indent = -1) : out_(out), indent_(indent) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // The next member's key; its value follows. REQUIRES: inside an object,
  // keys in ascending byte order (the order nlohmann::json keeps).
  void Key(std::string_view key);

  void String(std::string_view value);
  // null when empty (or absent), else the string.
  void StringOrNull(std::string_view value);
  void StringOrNull(const std::string& value) { StringOrNull(std::string_view(value)); }
  void StringOrNull(const char* value) { StringOrNull(std::string_view(value)); }
  void StringOrNull(const std::optional<std::string>& value);
  void Null();
  void Bool(bool value);
  void Int(int64_t value);
  void Uint(uint64_t value);
  void Double(double value);

 private:
  // Before a value (or a key) in the current container: comma and newline.
  void Separate();
  void Open(char bracket);
  void Close(char bracket);
  void NewLine(size_t depth);
  // The string quoted and escaped, with no separator before it.
  void WriteString(std::string_view value);

  std::string* out_;
  int indent_;
  std::vector<int> counts_;  // per open container: values (or keys) written
  bool after_key_ = false;   // a key was written; its value comes next
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EXTRACTION_JSON_WRITER_H_

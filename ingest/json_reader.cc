// JSON reader: an object {"text": "...", "title", "url", "published"}.
// nlohmann::json validates and parses; the "text" literal is scanned again
// (internal/json_literal.h) to map every decoded character to its escape.
#include <nlohmann/json.hpp>
#include <string>

#include "base/status.h"
#include "ingest/decode.h"
#include "ingest/internal/blocks.h"
#include "ingest/internal/json_literal.h"
#include "ingest/internal/readers.h"

namespace dossier::internal {
namespace {

using Json = nlohmann::json;

// "syntax error while parsing value - ..." out of nlohmann's
// "[json.exception.parse_error.101] parse error at line 1, column 5: ...".
std::string ParseErrorDetail(const char* what) {
  std::string_view detail = what;
  if (const size_t bracket = detail.find("] "); bracket != std::string_view::npos) {
    detail.remove_prefix(bracket + 2);
  }
  if (const size_t colon = detail.find(": "); colon != std::string_view::npos) {
    detail.remove_prefix(colon + 2);
  }
  return std::string(detail);
}

std::string TypeName(const Json& value) {
  const std::string name = value.type_name();
  return (name == "array" || name == "object" ? "an " : "a ") + name;
}

// Reads the optional string member `key` into *out; null counts as absent.
Status ReadOptionalString(const Json& object, const char* key, std::string* out) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) {
    return InvalidArgumentError(std::string("JSON field \"") + key + "\" is " + TypeName(*it) +
                                ", expected a string");
  }
  *out = CollapseWhitespace(it->get_ref<const std::string&>());
  return Status::Ok();
}

}  // namespace

StatusOr<ParsedSource> ReadJson(std::string_view bytes) {
  DecodeOptions options;
  options.require_utf8 = true;
  ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, options));
  const std::string& json = decoded.text.text;

  Json document;
  try {
    document = Json::parse(json);
  } catch (const Json::parse_error& error) {
    // error.byte counts the characters read; the last one is the culprit.
    const size_t culprit = std::min(error.byte > 0 ? error.byte - 1 : 0, json.size());
    return InvalidArgumentError("malformed JSON at byte " +
                                std::to_string(decoded.text.origin[culprit]) + ": " +
                                ParseErrorDetail(error.what()));
  } catch (const Json::exception& error) {
    return InvalidArgumentError(std::string("malformed JSON: ") + error.what());
  }
  if (!document.is_object()) {
    return InvalidArgumentError("JSON top level is " + TypeName(document) +
                                ", expected an object with a \"text\" string");
  }
  const auto text = document.find("text");
  if (text == document.end()) return InvalidArgumentError("JSON object has no \"text\" field");
  if (!text->is_string()) {
    return InvalidArgumentError("JSON field \"text\" is " + TypeName(*text) +
                                ", expected a string");
  }

  ParsedSource out;
  out.kind = SourceKind::kJson;
  out.encoding = std::move(decoded.encoding);
  RETURN_IF_ERROR(ReadOptionalString(document, "title", &out.title));
  RETURN_IF_ERROR(ReadOptionalString(document, "url", &out.url));
  RETURN_IF_ERROR(ReadOptionalString(document, "published", &out.published));

  const std::optional<size_t> quote = FindTopLevelStringValue(json, "text");
  std::optional<MappedText> literal =
      quote.has_value() ? DecodeJsonString(json, *quote) : std::nullopt;
  if (!literal.has_value() || literal->text != text->get_ref<const std::string&>()) {
    return InternalError("JSON reader: the \"text\" literal scan disagrees with the parser");
  }
  if (!HasVisibleText(literal->text)) return NoTextError("JSON field \"text\" is empty");
  SourceBlock block;
  block.kind = BlockKind::kPlain;
  block.text = ComposeOrigins(*literal, decoded.text);
  out.blocks.push_back(std::move(block));
  return out;
}

}  // namespace dossier::internal

#include "ingest/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf16.h>

#include <memory>
#include <optional>
#include <vector>

#include "base/utf8.h"
#include "ingest/internal/charset_guess.h"

namespace dossier {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// Returns nullptr when ICU does not know `charset`. An empty name would open
// the platform default converter, so it counts as unknown.
ConverterPtr OpenConverter(std::string_view charset) {
  if (charset.empty()) return nullptr;
  const std::string name(charset);
  UErrorCode error = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name.c_str(), &error));
  if (U_FAILURE(error)) return nullptr;
  return converter;
}

// Appends the UTF-16 units `units` (each with its origin) to `out` as UTF-8.
// A lead surrogate at the end is kept in *pending_lead for the next call.
// Unpaired surrogates become U+FFFD.
void AppendUtf16(const UChar* units, const uint32_t* origins, size_t count,
                 std::optional<std::pair<UChar, uint32_t>>* pending_lead, MappedText* out) {
  std::string utf8;
  auto emit = [&](char32_t cp, uint32_t origin) {
    utf8.clear();
    AppendUtf8(cp, &utf8);
    out->text += utf8;
    out->origin.insert(out->origin.end(), utf8.size(), origin);
  };
  for (size_t i = 0; i < count; ++i) {
    const UChar unit = units[i];
    if (pending_lead->has_value()) {
      const auto [lead, lead_origin] = **pending_lead;
      pending_lead->reset();
      if (U16_IS_TRAIL(unit)) {
        emit(U16_GET_SUPPLEMENTARY(lead, unit), lead_origin);
        continue;
      }
      emit(0xFFFD, lead_origin);
    }
    if (U16_IS_LEAD(unit)) {
      *pending_lead = std::make_pair(unit, origins[i]);
    } else {
      emit(U16_IS_TRAIL(unit) ? 0xFFFD : unit, origins[i]);
    }
  }
}

// Converts with an open converter. With `stop_on_invalid`, returns the raw
// offset (relative to `bytes`) of the first illegal sequence in
// *invalid_at and stops; otherwise illegal bytes become U+FFFD.
MappedText Convert(UConverter* converter, std::string_view bytes, uint32_t base_offset,
                   bool stop_on_invalid, std::optional<size_t>* invalid_at) {
  UErrorCode error = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter,
                      stop_on_invalid ? UCNV_TO_U_CALLBACK_STOP : UCNV_TO_U_CALLBACK_SUBSTITUTE,
                      nullptr, nullptr, nullptr, &error);
  constexpr size_t kChunk = 64 << 10;
  std::vector<UChar> units(2 * kChunk + 16);
  std::vector<int32_t> offsets(units.size());
  std::vector<uint32_t> origins(units.size());
  MappedText out;
  out.origin.pop_back();
  std::optional<std::pair<UChar, uint32_t>> pending_lead;

  const char* source = bytes.data();
  const char* const end = bytes.data() + bytes.size();
  while (true) {
    const char* chunk_limit = end - source > static_cast<ptrdiff_t>(kChunk) ? source + kChunk : end;
    const bool flush = chunk_limit == end;
    // Characters started in an earlier chunk report offset -1; they began
    // where the bytes ICU still holds began.
    error = U_ZERO_ERROR;
    const int32_t held = ucnv_toUCountPending(converter, &error);
    const size_t call_start = source - bytes.data();
    const uint32_t held_origin = base_offset + call_start - (held > 0 ? held : 0);
    UChar* target = units.data();
    error = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, units.data() + units.size(), &source, chunk_limit,
                   offsets.data(), flush, &error);
    const size_t produced = target - units.data();
    for (size_t i = 0; i < produced; ++i) {
      origins[i] = offsets[i] < 0 ? held_origin : base_offset + call_start + offsets[i];
    }
    AppendUtf16(units.data(), origins.data(), produced, &pending_lead, &out);
    if (error == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(error)) {
      char bad[32];
      int8_t bad_length = sizeof(bad);
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(converter, bad, &bad_length, &ignored);
      const size_t consumed = source - bytes.data();
      *invalid_at = consumed >= static_cast<size_t>(bad_length) ? consumed - bad_length : 0;
      break;
    }
    if (flush) break;
  }
  if (pending_lead.has_value()) {  // a lead surrogate at the very end
    const UChar replacement = 0xFFFD;
    const uint32_t origin = pending_lead->second;
    pending_lead.reset();
    AppendUtf16(&replacement, &origin, 1, &pending_lead, &out);
  }
  out.origin.push_back(base_offset + bytes.size());
  return out;
}

MappedText CopyUtf8(std::string_view bytes, uint32_t base_offset) {
  MappedText out;
  out.origin[0] = base_offset;
  out.AppendCopied(bytes, base_offset);
  return out;
}

struct Bom {
  std::string_view encoding;  // ICU name and display name
  size_t length = 0;
  size_t unit = 1;  // code unit size in bytes
};

Bom DetectBom(std::string_view bytes) {
  auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv)) return {"UTF-32LE", 4, 4};
  if (starts("\0\0\xFE\xFF"sv)) return {"UTF-32BE", 4, 4};
  if (starts("\xEF\xBB\xBF"sv)) return {"UTF-8", 3, 1};
  if (starts("\xFF\xFE"sv)) return {"UTF-16LE", 2, 2};
  if (starts("\xFE\xFF"sv)) return {"UTF-16BE", 2, 2};
  return {};
}

// C0 controls other than tab, line feed, vertical tab, form feed, carriage
// return and escape: rare in text, common in binary formats.
bool IsBinaryControl(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B;
}

// Refuses bytes that look binary: any NUL, or more than one byte in ten a
// control character.
Status CheckNotBinary(std::string_view bytes) {
  size_t controls = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) {
      return InvalidArgumentError("binary file (NUL byte at offset " + std::to_string(i) + ")");
    }
    if (IsBinaryControl(c)) ++controls;
  }
  if (controls * 10 > bytes.size()) {
    return InvalidArgumentError("binary file (" + std::to_string(controls) + " of " +
                                std::to_string(bytes.size()) + " bytes are control characters)");
  }
  return Status::Ok();
}

bool HasNonAscii(std::string_view bytes) {
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

StatusOr<DecodedText> DecodeWithBom(std::string_view bytes, const Bom& bom) {
  const std::string_view body = bytes.substr(bom.length);
  const std::string name(bom.encoding);
  if (bom.unit == 1) {  // UTF-8: the BOM is a claim
    RETURN_IF_ERROR(CheckNotBinary(body));
    if (std::optional<size_t> invalid = FindInvalidUtf8(body)) {
      return InvalidArgumentError("invalid UTF-8 at byte " + std::to_string(*invalid + bom.length));
    }
    return DecodedText{CopyUtf8(body, bom.length), name};
  }
  if (body.size() % bom.unit != 0) {
    return DataLossError("truncated " + name + " (" + std::to_string(body.size()) +
                         " bytes after the BOM, not a multiple of " + std::to_string(bom.unit) +
                         ")");
  }
  ConverterPtr converter = OpenConverter(bom.encoding);
  if (converter == nullptr) return InternalError("ICU has no converter for " + name);
  std::optional<size_t> invalid;
  MappedText text = Convert(converter.get(), body, bom.length, /*stop_on_invalid=*/true, &invalid);
  if (invalid.has_value()) {
    return InvalidArgumentError("invalid " + name + " at byte " +
                                std::to_string(*invalid + bom.length));
  }
  if (const size_t nul = text.text.find('\0'); nul != std::string::npos) {
    return InvalidArgumentError("binary file (NUL character at offset " +
                                std::to_string(text.origin[nul]) + ")");
  }
  return DecodedText{std::move(text), name};
}

}  // namespace

std::string CanonicalCharsetName(std::string_view charset) {
  ConverterPtr converter = OpenConverter(charset);
  if (converter == nullptr) return "";
  UErrorCode error = U_ZERO_ERROR;
  const char* name = ucnv_getName(converter.get(), &error);
  if (U_FAILURE(error) || name == nullptr) return "";
  for (const char* standard : {"MIME", "IANA"}) {
    error = U_ZERO_ERROR;
    const char* display = ucnv_getStandardName(name, standard, &error);
    if (U_SUCCESS(error) && display != nullptr) return display;
  }
  return name;
}

StatusOr<MappedText> ConvertToUtf8(std::string_view bytes, std::string_view charset,
                                   uint32_t base_offset) {
  ConverterPtr converter = OpenConverter(charset);
  if (converter == nullptr) {
    return InvalidArgumentError("unknown charset '" + std::string(charset) + "'");
  }
  std::optional<size_t> unused;
  return Convert(converter.get(), bytes, base_offset, /*stop_on_invalid=*/false, &unused);
}

StatusOr<DecodedText> DecodeText(std::string_view bytes, const DecodeOptions& options) {
  if (const Bom bom = DetectBom(bytes); bom.length > 0) return DecodeWithBom(bytes, bom);
  RETURN_IF_ERROR(CheckNotBinary(bytes));

  const std::optional<size_t> invalid = FindInvalidUtf8(bytes);
  bool claims_utf8 = options.require_utf8;
  if (!options.declared_charset.empty()) {
    const std::string declared = CanonicalCharsetName(options.declared_charset);
    if (declared == "UTF-8") {
      claims_utf8 = true;
    } else if (!declared.empty() && (invalid.has_value() || !HasNonAscii(bytes))) {
      ASSIGN_OR_RETURN(MappedText text, ConvertToUtf8(bytes, declared, 0));
      return DecodedText{std::move(text), declared};
    }
  }
  if (!invalid.has_value()) return DecodedText{CopyUtf8(bytes, 0), "UTF-8"};
  if (claims_utf8) return InvalidArgumentError("invalid UTF-8 at byte " + std::to_string(*invalid));

  const std::string guessed = internal::GuessLegacyEncoding(bytes);
  ASSIGN_OR_RETURN(MappedText text, ConvertToUtf8(bytes, guessed, 0));
  return DecodedText{std::move(text), guessed};
}

}  // namespace dossier

#include "store/internal/packing.h"

#include <bit>
#include <cstring>
#include <type_traits>

namespace dossier::store_internal {
namespace {

static_assert(sizeof(Span) == 2 * sizeof(uint32_t) && std::is_trivially_copyable_v<Span>,
              "Span must be two packed uint32s");

constexpr bool kLittleEndian = std::endian::native == std::endian::little;

void AppendLittleEndian(uint32_t value, std::string* out) {
  for (int byte = 0; byte < 4; ++byte) out->push_back(static_cast<char>(value >> (8 * byte)));
}

uint32_t ReadLittleEndian(const char* p) {
  uint32_t value = 0;
  for (int byte = 0; byte < 4; ++byte) {
    value |= static_cast<uint32_t>(static_cast<unsigned char>(p[byte])) << (8 * byte);
  }
  return value;
}

}  // namespace

std::string_view PackUint32s(const std::vector<uint32_t>& values, std::string* scratch) {
  if constexpr (kLittleEndian) {
    return std::string_view(reinterpret_cast<const char*>(values.data()),
                            values.size() * sizeof(uint32_t));
  }
  scratch->clear();
  for (uint32_t value : values) AppendLittleEndian(value, scratch);
  return *scratch;
}

std::string_view PackSpans(const std::vector<Span>& spans, std::string* scratch) {
  if constexpr (kLittleEndian) {
    return std::string_view(reinterpret_cast<const char*>(spans.data()),
                            spans.size() * sizeof(Span));
  }
  scratch->clear();
  for (const Span& span : spans) {
    AppendLittleEndian(span.start, scratch);
    AppendLittleEndian(span.end, scratch);
  }
  return *scratch;
}

bool UnpackUint32s(std::string_view bytes, std::vector<uint32_t>* out) {
  if (bytes.size() % sizeof(uint32_t) != 0) return false;
  out->resize(bytes.size() / sizeof(uint32_t));
  if constexpr (kLittleEndian) {
    if (!bytes.empty()) std::memcpy(out->data(), bytes.data(), bytes.size());
    return true;
  }
  for (size_t i = 0; i < out->size(); ++i) (*out)[i] = ReadLittleEndian(bytes.data() + 4 * i);
  return true;
}

bool UnpackSpans(std::string_view bytes, std::vector<Span>* out) {
  if (bytes.size() % sizeof(Span) != 0) return false;
  out->resize(bytes.size() / sizeof(Span));
  for (size_t i = 0; i < out->size(); ++i) {
    (*out)[i].start = ReadLittleEndian(bytes.data() + 8 * i);
    (*out)[i].end = ReadLittleEndian(bytes.data() + 8 * i + 4);
  }
  return true;
}

}  // namespace dossier::store_internal

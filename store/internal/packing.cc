#include "store/internal/packing.h"

#include <bit>
#include <cstdint>
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

void AppendVarint(uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

bool ReadVarint(std::string_view bytes, size_t* pos, uint64_t* value) {
  *value = 0;
  for (int shift = 0; shift < 64 && *pos < bytes.size(); shift += 7) {
    const auto byte = static_cast<unsigned char>(bytes[(*pos)++]);
    *value |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

uint64_t ZigZag(int64_t value) {
  return (static_cast<uint64_t>(value) << 1) ^ static_cast<uint64_t>(value >> 63);
}
int64_t UnZigZag(uint64_t value) {
  return static_cast<int64_t>(value >> 1) ^ -static_cast<int64_t>(value & 1);
}

}  // namespace

std::string PackOrigin(const std::vector<uint32_t>& origin) {
  std::string out;
  int64_t previous = 0;
  size_t i = 0;
  while (i < origin.size()) {
    const int64_t difference = static_cast<int64_t>(origin[i]) - previous;
    uint64_t repeat = 1;
    previous = origin[i];
    while (i + repeat < origin.size() &&
           static_cast<int64_t>(origin[i + repeat]) - previous == difference) {
      previous = origin[i + repeat];
      ++repeat;
    }
    AppendVarint(ZigZag(difference), &out);
    AppendVarint(repeat, &out);
    i += repeat;
  }
  return out;
}

bool UnpackOrigin(std::string_view bytes, size_t count, std::vector<uint32_t>* out) {
  out->clear();
  out->reserve(count);
  int64_t value = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    uint64_t zigzag = 0;
    uint64_t repeat = 0;
    if (!ReadVarint(bytes, &pos, &zigzag) || !ReadVarint(bytes, &pos, &repeat)) return false;
    const int64_t difference = UnZigZag(zigzag);
    if (repeat == 0 || repeat > count - out->size()) return false;
    for (uint64_t k = 0; k < repeat; ++k) {
      value += difference;
      if (value < 0 || value > UINT32_MAX) return false;
      out->push_back(static_cast<uint32_t>(value));
    }
  }
  return out->size() == count;
}

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

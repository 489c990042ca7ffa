// libFuzzer target: ReadSource on arbitrary bytes under a fixed path, whose
// extension (DOSSIER_FUZZ_PATH, set per target in fuzz/CMakeLists.txt) picks
// the reader; an unknown extension exercises content sniffing.
//
// Beyond "no crash, no sanitizer report", checks on success that every block
// keeps the MappedText contract and is valid UTF-8; aborts otherwise.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/utf8.h"
#include "ingest/reader.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dossier::ReadOptions options;
  options.max_bytes = 1 << 20;
  dossier::StatusOr<dossier::ParsedSource> parsed =
      dossier::ReadSource(DOSSIER_FUZZ_PATH, bytes, options);
  if (!parsed.ok()) {
    // Every message names the file.
    Check(std::string_view(parsed.status().message()).substr(0, sizeof(DOSSIER_FUZZ_PATH) - 1) ==
          DOSSIER_FUZZ_PATH);
    return 0;
  }
  for (const dossier::SourceBlock& block : parsed->blocks) {
    Check(block.text.origin.size() == block.text.text.size() + 1);
    Check(!dossier::FindInvalidUtf8(block.text.text).has_value());
    Check(!block.text.text.empty());
    // PDF origins index the extracted text layer, which may outgrow the file.
    if (parsed->kind == dossier::SourceKind::kPdf) continue;
    for (uint32_t origin : block.text.origin) Check(origin <= size);
  }
  return 0;
}

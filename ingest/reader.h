// Readers: turn the raw bytes of one file into a ParsedSource.
// Dispatches on the extension (.txt .md .markdown .html .htm .pdf .json);
// unknown extensions are sniffed by content. Decoding of legacy encodings
// (windows-1251, KOI8-R, UTF-16 with BOM, ...) happens here.
//
// Thread-safe: no shared mutable state.
//
//   ReadOptions options;
//   StatusOr<ParsedSource> parsed = ReadSource("news/a.html", bytes, options);
//   if (!parsed.ok()) std::cerr << parsed.status().message();
//     // "news/a.html: not HTML (no markup found)" style messages
#ifndef DOSSIER_INGEST_READER_H_
#define DOSSIER_INGEST_READER_H_

#include <cstdint>
#include <string_view>

#include "base/status.h"
#include "ingest/source.h"

namespace dossier {

struct ReadOptions {
  // Files larger than this are refused with kResourceExhausted before any
  // parsing. Larger limits cost memory (about 6x the file size at peak).
  uint64_t max_bytes = 256ull << 20;
};

// Parses `bytes`, the whole content of the file at `path` (used for the
// extension and in messages). Errors: kInvalidArgument for empty, binary or
// malformed input and undecodable text, kDataLoss for truncated files,
// kFailedPrecondition for encrypted PDFs, kResourceExhausted over the size
// limit. Every error message starts with `path` and names the problem.
StatusOr<ParsedSource> ReadSource(std::string_view path, std::string_view bytes,
                                  const ReadOptions& options);

// Returns the kind to read `bytes` as: by extension when it is a known one,
// else by sniffing the content (%PDF, '{', markup, else text).
SourceKind DetectSourceKind(std::string_view path, std::string_view bytes);

}  // namespace dossier

#endif  // DOSSIER_INGEST_READER_H_

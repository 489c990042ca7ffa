// Finding the charset an HTML page declares: <meta charset="..."> or
// <meta http-equiv="Content-Type" content="text/html; charset=...">, looked
// for in the first bytes of the page as browsers do (before decoding).
//
// Thread-safe (pure function).
#ifndef DOSSIER_INGEST_INTERNAL_HTML_CHARSET_H_
#define DOSSIER_INGEST_INTERNAL_HTML_CHARSET_H_

#include <string>
#include <string_view>

namespace dossier::internal {

// Returns the charset label declared in the first 8 KiB of `bytes`, adjusted
// as the WHATWG Encoding standard says browsers must ("iso-8859-1", "ascii"
// -> "windows-1252"; "utf-16" without a BOM -> "utf-8"), or "" when none.
std::string FindDeclaredCharset(std::string_view bytes);

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_HTML_CHARSET_H_

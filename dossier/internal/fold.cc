#include "dossier/internal/fold.h"

#include <unicode/uchar.h>

#include "base/utf8.h"

namespace dossier::internal {

std::string FoldKey(std::string_view text) {
  std::string key;
  bool pending_space = false;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const int length = DecodeUtf8(text, pos, &cp);
    if (length <= 0) {
      pending_space = !key.empty();
      ++pos;
      continue;
    }
    pos += length;
    if (u_isalnum(static_cast<UChar32>(cp))) {
      if (pending_space) key.push_back(' ');
      pending_space = false;
      AppendUtf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)),
                 &key);
    } else {
      pending_space = !key.empty();
    }
  }
  return key;
}

}  // namespace dossier::internal

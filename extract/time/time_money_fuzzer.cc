// libFuzzer target for the time and money grammars: arbitrary bytes as one
// passage of text in each language we read (English, Russian, Kazakh), with
// and without a document date. Checks that every mention lies inside the
// text and that intervals are ordered.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/time/time_money.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (std::string_view language : {"en", "ru", "kk"}) {
    for (std::optional<dossier::CivilDate> anchor :
         {std::optional<dossier::CivilDate>(), std::optional(dossier::CivilDate{2013, 2, 12})}) {
      const dossier::TimeMoneyResult r =
          dossier::ExtractTimesAndMoneyFromText(text, language, anchor);
      for (const dossier::TimeMention& t : r.times) {
        if (t.span.end > size || t.span.start >= t.span.end) std::abort();
        if (t.from && t.to && *t.from > *t.to) std::abort();
      }
      for (const dossier::MoneyMention& m : r.money) {
        if (m.span.end > size || m.span.start >= m.span.end) std::abort();
      }
    }
  }
  return 0;
}

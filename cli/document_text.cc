#include "cli/document_text.h"

#include <fmt/core.h>

#include <string>

namespace dossier::cli {
namespace {

std::string DuplicateLabel(const DuplicateRef& ref) {
  std::string where = ref.source_sha256.empty()
                          ? fmt::format("[{}]", ref.passage_index)
                          : fmt::format("source {} ({}) [{}]", ref.source_id,
                                        ref.source_sha256.substr(0, 12), ref.passage_index);
  if (ref.exact) return fmt::format("duplicate of {}", where);
  return fmt::format("near duplicate of {}, similarity {:.2f}", where, ref.similarity);
}

}  // namespace

void PrintDocumentText(const DocumentView& view, std::FILE* out) {
  const NormalizedDocument& document = *view.document;
  if (view.source_id != 0) fmt::print(out, "Source {}\n", view.source_id);
  fmt::print(out, "Title:    {}\n", view.title.empty() ? "(none)" : view.title);
  fmt::print(out, "Path:     {}\n", view.path);
  fmt::print(out, "SHA-256:  {}\n", view.sha256);
  fmt::print(out, "Kind:     {}, {} bytes, {}, language {}\n", view.kind, view.bytes, view.encoding,
             document.language);
  if (!view.published.empty()) fmt::print(out, "Published: {}\n", view.published);
  if (!view.url.empty()) fmt::print(out, "URL:      {}\n", view.url);

  const int duplicates = CountDuplicates(document);
  fmt::print(out, "Passages: {} ({} duplicate), sentences: {}\n", document.passages.size(),
             duplicates, document.sentences.size());

  int current_section = -2;
  for (size_t i = 0; i < document.passages.size(); ++i) {
    const Passage& passage = document.passages[i];
    if (passage.section != current_section) {
      current_section = passage.section;
      const std::string title =
          current_section >= 0 ? document.sections[current_section].title : std::string();
      fmt::print(out, "\n== {} ==\n", title.empty() ? "(untitled)" : title);
    }
    const std::string_view text =
        std::string_view(document.text).substr(passage.span.start, passage.span.size());
    const char* marker = passage.kind == PassageKind::kHeading ? "# " : "";
    if (passage.duplicate_of.has_value()) {
      fmt::print(out, "\n[{}] ({}) {}{}\n", i, DuplicateLabel(*passage.duplicate_of), marker, text);
    } else {
      fmt::print(out, "\n[{}] {}{}\n", i, marker, text);
    }
  }
}

}  // namespace dossier::cli

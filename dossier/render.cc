#include "dossier/render.h"

namespace dossier {

std::optional<ProfileFormat> ParseProfileFormat(std::string_view name) {
  if (name == "text") return ProfileFormat::kText;
  if (name == "md" || name == "markdown") return ProfileFormat::kMarkdown;
  if (name == "html") return ProfileFormat::kHtml;
  if (name == "json") return ProfileFormat::kJson;
  return std::nullopt;
}

std::string RenderProfile(const Profile& profile, const Corpus& corpus, ProfileFormat format) {
  switch (format) {
    case ProfileFormat::kText:
      return RenderProfileText(profile, corpus);
    case ProfileFormat::kMarkdown:
      return RenderProfileMarkdown(profile, corpus);
    case ProfileFormat::kHtml:
      return RenderProfileHtml(profile, corpus);
    case ProfileFormat::kJson:
      return RenderProfileJson(profile, corpus);
  }
  return RenderProfileText(profile, corpus);
}

}  // namespace dossier

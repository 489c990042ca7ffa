// Renderers of a profile: plain text for the terminal, Markdown, one
// self-contained HTML page (inline CSS, no network; each citation opens the
// cited passage on demand) and JSON. Every line of a profile ends with its
// citations; text and Markdown list the cited passages at the end.
//
//   Profile profile = BuildProfile(corpus, id);
//   std::string page = RenderProfile(profile, corpus, ProfileFormat::kHtml);
//
// Thread-compatible; the functions are pure. `corpus` is the one the profile
// was built from (citations index into it).
#ifndef DOSSIER_DOSSIER_RENDER_H_
#define DOSSIER_DOSSIER_RENDER_H_

#include <optional>
#include <string>
#include <string_view>

#include "dossier/corpus.h"
#include "dossier/profile.h"

namespace dossier {

enum class ProfileFormat { kText, kMarkdown, kHtml, kJson };

// "text", "md" (or "markdown"), "html", "json"; nullopt for anything else.
std::optional<ProfileFormat> ParseProfileFormat(std::string_view name);

std::string RenderProfile(const Profile& profile, const Corpus& corpus, ProfileFormat format);

std::string RenderProfileText(const Profile& profile, const Corpus& corpus);
std::string RenderProfileMarkdown(const Profile& profile, const Corpus& corpus);
std::string RenderProfileHtml(const Profile& profile, const Corpus& corpus);
// One JSON object: entity, names, facts, timeline, relations, said,
// said_about, claimed_by_others, disputes; each line with "citations"
// (source index, sha256, path, published, passage, start, end, text).
std::string RenderProfileJson(const Profile& profile, const Corpus& corpus);

// The timeline alone as text: one event a line, oldest first, with citations.
std::string RenderTimelineText(const Profile& profile, const Corpus& corpus);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_RENDER_H_

#include "dossier/internal/profile_layout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <tuple>

#include "dossier/corpus_index.h"
#include "dossier/internal/fold.h"

namespace dossier::internal {
namespace {

class Builder {
 public:
  Builder(const Corpus& corpus, Layout* layout) : corpus_(corpus), layout_(layout) {}

  CitedBy Cite(const Citation& citation, std::string who) {
    auto [it, inserted] =
        numbers_.emplace(std::make_tuple(citation.source, citation.span.start, citation.span.end),
                         static_cast<int>(layout_->citations.size() + 1));
    if (inserted) layout_->citations.push_back(citation);
    return {it->second, std::move(who), citation.published};
  }

  Line FromSupport(std::string text, const std::vector<Support>& support) {
    Line line{std::move(text), {}, {}};
    for (const Support& s : support) {
      line.cited.push_back(Cite(s.citation, DescribeSupporter(corpus_, s)));
    }
    return line;
  }

  Line FromStatement(std::string text, const Statement& statement) {
    Line line{std::move(text), {}, {}};
    const std::string who =
        statement.speaker.id.empty() ? "unknown speaker" : statement.speaker.name;
    for (const Citation& citation : statement.citations) line.cited.push_back(Cite(citation, who));
    return line;
  }

 private:
  const Corpus& corpus_;
  Layout* layout_;
  std::map<std::tuple<int, uint32_t, uint32_t>, int> numbers_;
};

std::string Capitalized(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string Quoted(const Statement& statement) { return "“" + Shorten(statement.text, 600) + "”"; }

void AddNames(const Profile& profile, const Corpus& corpus, Builder* builder, Layout* layout) {
  CorpusIndex index(corpus);
  std::map<std::string, Citation> first_mention;  // folded spelling -> citation
  std::optional<Citation> any_mention;
  for (int s = 0; s < static_cast<int>(corpus.sources.size()); ++s) {
    for (const Entity& entity : corpus.sources[s].extraction.entities) {
      if (index.Resolve(s, entity.id).id != profile.entity.id) continue;
      for (const EntityMention& mention : entity.mentions) {
        Citation citation = CiteSpan(corpus, s, -1, mention.span);
        if (IsDuplicatePassage(corpus.sources[s], citation.passage)) continue;
        first_mention.emplace(FoldKey(mention.text), citation);
        if (!any_mention) any_mention = citation;
      }
    }
  }
  Section section{"Names", {}};
  for (const std::string& name : profile.names) {
    auto it = first_mention.find(FoldKey(name));
    if (it == first_mention.end() && !any_mention) continue;  // never mentioned: nothing to cite
    const Citation& citation = it != first_mention.end() ? it->second : *any_mention;
    section.lines.push_back({name, {builder->Cite(citation, "")}, {}});
  }
  if (!section.lines.empty()) layout->sections.push_back(std::move(section));
}

void AddTimeline(const Profile& profile, Builder* builder, Layout* layout) {
  Section section{"Timeline", {}};
  for (const TimelineEvent& event : profile.timeline) {
    section.lines.push_back(builder->FromSupport(event.period + " — " + event.text, event.support));
  }
  if (!section.lines.empty()) layout->sections.push_back(std::move(section));
}

}  // namespace

std::string Shorten(std::string_view text, size_t limit) {
  if (text.size() <= limit) return std::string(text);
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

// The entity's name; a name in Cyrillic with the Latin spelling the sources
// use beside it ("Нурлан Садыков (Nurlan Sadykov)"), the first Latin name of
// as many words.
std::string Title(const Profile& profile) {
  const std::string& name = profile.entity.name;
  if (name.empty()) return profile.entity.id;
  auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; };
  auto cyrillic = [](std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
      return static_cast<unsigned char>(c) == 0xD0 || static_cast<unsigned char>(c) == 0xD1;
    });
  };
  auto latin = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
           std::any_of(s.begin(), s.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  };
  if (!cyrillic(name)) return name;
  for (const std::string& other : profile.names) {
    if (latin(other) && words(other) == words(name)) return name + " (" + other + ")";
  }
  return name;
}

Layout LayOut(const Profile& profile, const Corpus& corpus) {
  Layout layout;
  Builder builder(corpus, &layout);
  layout.title = Title(profile);
  layout.subtitle = std::string(ContractTypeName(profile.entity.type)) + " · " + profile.entity.id +
                    " · " + std::to_string(profile.sources) +
                    (profile.sources == 1 ? " source" : " sources");
  if (!profile.lists.empty()) {
    layout.subtitle += " · on lists:";
    for (const std::string& list : profile.lists) layout.subtitle += " " + list;
  }
  AddNames(profile, corpus, &builder, &layout);

  // Key facts, a section per topic in the profile's order.
  for (const ProfileFact& fact : profile.facts) {
    const std::string title = Capitalized(TopicName(fact.topic));
    if (layout.sections.empty() || layout.sections.back().title != title) {
      layout.sections.push_back({title, {}});
    }
    layout.sections.back().lines.push_back(builder.FromSupport(fact.text, fact.claim.support));
  }
  AddTimeline(profile, &builder, &layout);

  Section relations{"Relations", {}};
  for (const Relation& relation : profile.relations) {
    relations.lines.push_back(
        builder.FromSupport(std::string(RelationKindName(relation.kind)) + ": " + relation.text,
                            relation.claim.support));
  }
  if (!relations.lines.empty()) layout.sections.push_back(std::move(relations));

  Section said{"What " + layout.title + " said", {}};
  for (const Statement& statement : profile.said) {
    const std::string when = statement.date.empty() ? "" : statement.date + ", ";
    said.lines.push_back(builder.FromStatement(
        when + (statement.cue.empty() ? "said" : statement.cue) + ": " + Quoted(statement),
        statement));
  }
  if (!said.lines.empty()) layout.sections.push_back(std::move(said));

  Section about{"What others said about " + layout.title, {}};
  for (const Statement& statement : profile.said_about) {
    const std::string who =
        statement.speaker.id.empty() ? "unknown speaker" : statement.speaker.name;
    about.lines.push_back(builder.FromStatement(who + ": " + Quoted(statement), statement));
  }
  for (const ProfileFact& fact : profile.claimed_by_others) {
    about.lines.push_back(builder.FromSupport("claim: " + fact.text, fact.claim.support));
  }
  if (!about.lines.empty()) layout.sections.push_back(std::move(about));

  Section disputes{"Disputes", {}};
  for (const Dispute& dispute : profile.disputes) {
    Line line{dispute.matter + " (" + std::string(DisputeKindName(dispute.kind)) + ")", {}, {}};
    for (const DisputeSide& side : dispute.sides) {
      Line child{side.position, {}, {}};
      for (const DisputeStatement& statement : side.statements) {
        CitedBy cited = builder.Cite(statement.citation, statement.who);
        cited.when = statement.when;
        child.cited.push_back(std::move(cited));
      }
      line.children.push_back(std::move(child));
    }
    disputes.lines.push_back(std::move(line));
  }
  if (!disputes.lines.empty()) layout.sections.push_back(std::move(disputes));
  return layout;
}

Layout LayOutTimeline(const Profile& profile, const Corpus& corpus) {
  Layout layout;
  Builder builder(corpus, &layout);
  layout.title = Title(profile);
  layout.subtitle = "timeline";
  AddTimeline(profile, &builder, &layout);
  return layout;
}

}  // namespace dossier::internal

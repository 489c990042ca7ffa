#include "dossier/layout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <tuple>

#include "dossier/corpus_index.h"
#include "dossier/internal/fold.h"

namespace dossier {
namespace {

class Builder {
 public:
  Builder(const Corpus& corpus, ProfileLayout* layout) : corpus_(corpus), layout_(layout) {}

  CitedBy Cite(const Citation& citation, std::string who) {
    auto [it, inserted] =
        numbers_.emplace(std::make_tuple(citation.source, citation.span.start, citation.span.end),
                         static_cast<int>(layout_->citations.size() + 1));
    if (inserted) layout_->citations.push_back(citation);
    return {it->second, std::move(who), citation.published, SourceLabel(corpus_, citation.source)};
  }

  LayoutLine FromSupport(std::string text, const std::vector<Support>& support) {
    LayoutLine line{std::move(text), {}, {}, {}};
    for (const Support& s : support) {
      line.cited.push_back(Cite(s.citation, s.according_to.name));
    }
    return line;
  }

  LayoutLine FromStatement(std::string text, const Statement& statement) {
    LayoutLine line{std::move(text), {}, {}, {}};
    const std::string who =
        statement.speaker.id.empty() ? "unknown speaker" : statement.speaker.name;
    for (const Citation& citation : statement.citations) line.cited.push_back(Cite(citation, who));
    return line;
  }

 private:
  const Corpus& corpus_;
  ProfileLayout* layout_;
  std::map<std::tuple<int, uint32_t, uint32_t>, int> numbers_;
};

std::string Capitalized(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// The entities of `claim` other than `self`: those its words name.
std::vector<EntityRef> OthersIn(const Claim& claim, const std::string& self) {
  std::vector<EntityRef> out;
  if (!claim.subject.id.empty() && claim.subject.id != self) out.push_back(claim.subject);
  if (claim.object_is_entity() && claim.object_entity.id != self) {
    out.push_back(claim.object_entity);
  }
  return out;
}

// A fact's line. A denial reads as one: "Berik Omarov denies that Arman
// Tulegenov owns Radio Saryarka" (the first supporter who denies it; "the
// source" for a text's own denial).
std::string FactWords(const ProfileFact& fact) {
  if (!fact.claim.denied) return fact.text;
  Claim asserted = fact.claim;
  asserted.denied = false;
  std::string who = "The source";
  if (!fact.claim.support.empty() && !fact.claim.support.front().according_to.name.empty()) {
    who = fact.claim.support.front().according_to.name;
  }
  return who + " denies that " + fact.claim.subject.name + " " + DescribeClaim(asserted);
}

std::string Quoted(const Statement& statement) { return "“" + Shorten(statement.text, 600) + "”"; }

void AddNames(const Profile& profile, const Corpus& corpus, const CorpusIndex& index,
              Builder* builder, ProfileLayout* layout) {
  std::map<std::string, Citation> first_mention;  // folded spelling -> citation
  std::optional<Citation> any_mention;
  for (int s = 0; s < static_cast<int>(corpus.sources.size()); ++s) {
    for (const Entity& entity : corpus.sources[s].extraction.entities) {
      if (index.Resolve(s, entity.id).id != profile.entity.id) continue;
      for (const EntityMention& mention : entity.mentions) {
        Citation citation = CiteSpan(corpus, s, -1, mention.span);
        if (IsDuplicatePassage(corpus.sources[s], citation.passage)) continue;
        first_mention.emplace(internal::FoldKey(mention.text), citation);
        if (!any_mention) any_mention = citation;
      }
    }
  }
  LayoutSection section{"Names", {}};
  for (const std::string& name : profile.names) {
    auto it = first_mention.find(internal::FoldKey(name));
    if (it == first_mention.end() && !any_mention) continue;  // never mentioned: nothing to cite
    const Citation& citation = it != first_mention.end() ? it->second : *any_mention;
    section.lines.push_back({name, {builder->Cite(citation, "")}, {}, {}});
  }
  if (!section.lines.empty()) layout->sections.push_back(std::move(section));
}

void AddTimeline(const Profile& profile, Builder* builder, ProfileLayout* layout) {
  LayoutSection section{"Timeline", {}};
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

ProfileLayout LayOut(const Profile& profile, const Corpus& corpus, const CorpusIndex* index) {
  ProfileLayout layout;
  Builder builder(corpus, &layout);
  layout.title = Title(profile);
  layout.subtitle = std::string(ContractTypeName(profile.entity.type)) + " · " + profile.entity.id +
                    " · " + std::to_string(profile.sources) +
                    (profile.sources == 1 ? " source" : " sources");
  if (profile.sources_read > 0) {
    layout.subtitle += " (read: the " + std::to_string(profile.sources_read) + " naming it most; " +
                       std::to_string(profile.sources - profile.sources_read) + " more not read)";
  }
  if (profile.dispute_sources_not_read > 0) {
    layout.subtitle += " · disputes not looked for in " +
                       std::to_string(profile.dispute_sources_not_read) +
                       " more sources of the entities it concerns";
  }
  if (!profile.lists.empty()) {
    layout.subtitle += " · on lists:";
    for (const std::string& list : profile.lists) layout.subtitle += " " + list;
  }
  if (index != nullptr) {
    AddNames(profile, corpus, *index, &builder, &layout);
  } else {
    AddNames(profile, corpus, CorpusIndex(corpus), &builder, &layout);
  }

  // Key facts, a section per topic in the profile's order.
  for (const ProfileFact& fact : profile.facts) {
    const std::string title = Capitalized(TopicName(fact.topic));
    if (layout.sections.empty() || layout.sections.back().title != title) {
      layout.sections.push_back({title, {}});
    }
    layout.sections.back().lines.push_back(
        builder.FromSupport(FactWords(fact), fact.claim.support));
    layout.sections.back().lines.back().mentions = OthersIn(fact.claim, profile.entity.id);
  }
  AddTimeline(profile, &builder, &layout);

  LayoutSection relations{"Relations", {}};
  for (const Relation& relation : profile.relations) {
    relations.lines.push_back(
        builder.FromSupport(std::string(RelationKindName(relation.kind)) + ": " + relation.text,
                            relation.claim.support));
    relations.lines.back().mentions = {relation.other};
  }
  if (!relations.lines.empty()) layout.sections.push_back(std::move(relations));

  LayoutSection said{"What " + layout.title + " said", {}};
  for (const Statement& statement : profile.said) {
    const std::string when = statement.date.empty() ? "" : statement.date + ", ";
    said.lines.push_back(builder.FromStatement(
        when + (statement.cue.empty() ? "said" : statement.cue) + ": " + Quoted(statement),
        statement));
    said.lines.back().mentions = statement.mentioned;
  }
  if (!said.lines.empty()) layout.sections.push_back(std::move(said));

  LayoutSection about{"What others said about " + layout.title, {}};
  for (const Statement& statement : profile.said_about) {
    const std::string who =
        statement.speaker.id.empty() ? "unknown speaker" : statement.speaker.name;
    about.lines.push_back(builder.FromStatement(who + ": " + Quoted(statement), statement));
    if (!statement.speaker.id.empty()) about.lines.back().mentions = {statement.speaker};
  }
  for (const ProfileFact& fact : profile.claimed_by_others) {
    about.lines.push_back(builder.FromSupport(
        fact.claim.denied ? FactWords(fact) : "claim: " + fact.text, fact.claim.support));
    about.lines.back().mentions = OthersIn(fact.claim, profile.entity.id);
  }
  if (!about.lines.empty()) layout.sections.push_back(std::move(about));

  LayoutSection disputes{"Disputes", {}};
  for (const Dispute& dispute : profile.disputes) {
    LayoutLine line{
        dispute.matter + " (" + std::string(DisputeKindName(dispute.kind)) + ")", {}, {}, {}};
    for (const DisputeSide& side : dispute.sides) {
      LayoutLine child{side.position, {}, {}, {}};
      for (const DisputeStatement& statement : side.statements) {
        CitedBy cited = builder.Cite(statement.citation,
                                     statement.according_to.id.empty() ? "" : statement.who);
        cited.when = statement.when;
        child.cited.push_back(std::move(cited));
        if (!statement.according_to.id.empty() && statement.according_to.id != profile.entity.id) {
          child.mentions.push_back(statement.according_to);
        }
      }
      line.children.push_back(std::move(child));
    }
    disputes.lines.push_back(std::move(line));
  }
  if (!disputes.lines.empty()) layout.sections.push_back(std::move(disputes));
  return layout;
}

ProfileLayout LayOutTimeline(const Profile& profile, const Corpus& corpus) {
  ProfileLayout layout;
  Builder builder(corpus, &layout);
  layout.title = Title(profile);
  layout.subtitle = "timeline";
  AddTimeline(profile, &builder, &layout);
  return layout;
}

}  // namespace dossier

namespace dossier {

std::string CitationWords(const CitedBy& by) {
  std::string words = "[" + std::to_string(by.number) + "]";
  std::string sep = " ";
  for (const std::string* part : std::initializer_list<const std::string*>{&by.who, &by.source}) {
    if (part->empty()) continue;
    words += sep + *part;
    sep = ", ";
  }
  const std::string when = PublishedDay(by.when);
  if (!when.empty() && by.source.find(when) == std::string::npos) words += sep + when;
  return words;
}

std::string SourceLabel(const Corpus& corpus, int source) {
  if (source < 0 || source >= static_cast<int>(corpus.sources.size())) return "";
  const CorpusSource& from = corpus.sources[source];
  std::string title = from.title;
  if (title.empty()) {
    const size_t slash = from.path.find_last_of('/');
    title = slash == std::string::npos ? from.path : from.path.substr(slash + 1);
  }
  std::string outlet;
  if (const size_t scheme = from.url.find("://"); scheme != std::string::npos) {
    outlet = from.url.substr(scheme + 3);
    outlet = outlet.substr(0, outlet.find_first_of("/?#"));
    if (outlet.rfind("www.", 0) == 0) outlet = outlet.substr(4);
  }
  std::string label = title;
  const std::string day = PublishedDay(from.published);
  for (const std::string* part : std::initializer_list<const std::string*>{&outlet, &day}) {
    if (part->empty()) continue;
    label += (label.empty() ? "" : ", ") + *part;
  }
  return label;
}

}  // namespace dossier

#include "dossier/export_ftm.h"

#include <algorithm>
#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/sha256.h"
#include "dossier/claims.h"
#include "dossier/corpus_index.h"
#include "dossier/internal/fold.h"

namespace dossier {
namespace {

// FtM ids: letters, digits, '-' and '.'; anything else becomes '-'.
std::string IdOf(std::string_view prefix, std::string_view key) {
  std::string id(prefix);
  for (char c : key) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.';
    id += keep ? c : '-';
  }
  return id;
}

std::string HashId(std::string_view prefix, const std::string& content) {
  return std::string(prefix) + Sha256Hex(content).substr(0, 32);
}

// Leadership roles make a Directorship; other roles an Employment.
bool IsDirectorRole(std::string_view role) {
  static constexpr std::string_view kWords[] = {
      "director",  "president",       "head",         "chair",
      "ceo",       "founder",         "manager",      "chief",
      "owner",     "editor-in-chief", "board",        "директор",
      "президент", "председатель",    "руководитель", "глава"};
  const std::string folded = internal::FoldKey(role);
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](std::string_view word) { return folded.find(word) != std::string::npos; });
}

std::string FamilyRelationship(std::string_view predicate) {
  // From the person's side: the relative is the person's <relationship>.
  if (predicate == "spouse") return "spouse";
  if (predicate == "former_spouse") return "former spouse";
  if (predicate == "parent_of") return "child";
  if (predicate == "child_of") return "parent";
  if (predicate == "sibling_of") return "sibling";
  return std::string(predicate);
}

class Exporter {
 public:
  explicit Exporter(const Corpus& corpus) : corpus_(corpus), index_(corpus) {}

  std::vector<FtmEntity> Run() {
    for (int s = 0; s < static_cast<int>(corpus_.sources.size()); ++s) AddArticle(s);
    claims_ = CollectClaims(index_);
    // Things owned become Companies.
    for (const Claim& claim : claims_) {
      if (claim.predicate == "owns" && !claim.denied && claim.object_is_entity()) {
        owned_.insert(claim.object_entity.id);
      }
    }
    for (const CorpusEntity& entity : corpus_.entities) {
      if (entity.type == EntityType::kPerson || entity.type == EntityType::kOrganization ||
          owned_.count(entity.id)) {
        Thing({entity.id, entity.name, entity.type});
      }
    }
    for (const Claim& claim : claims_) AddClaim(claim);
    std::vector<FtmEntity> out;
    for (FtmEntity& entity : articles_) out.push_back(std::move(entity));
    for (FtmEntity& entity : things_) out.push_back(std::move(entity));
    for (FtmEntity& entity : links_) out.push_back(std::move(entity));
    return out;
  }

 private:
  void AddArticle(int s) {
    const CorpusSource& source = corpus_.sources[s];
    FtmEntity article;
    article.id = IdOf("dossier-source-", source.sha256.substr(0, 32));
    article.schema = "Article";
    const std::string title = source.title.empty() ? source.path : source.title;
    article.Add("name", title);
    article.Add("title", title);
    article.Add("fileName", source.path);
    article.Add("publishedAt", source.published);
    article.Add("sourceUrl", source.url);
    if (source.document.language != "und") article.Add("language", source.document.language);
    article_ids_.push_back(article.id);
    articles_.push_back(std::move(article));
  }

  // The FtM entity of a person or organization, created on first use; null
  // for a location or other that cannot stand in a link.
  FtmEntity* Thing(const EntityRef& ref, bool as_organization = false) {
    auto it = thing_index_.find(ref.id);
    if (it != thing_index_.end()) return &things_[it->second];
    std::string schema;
    if (ref.type == EntityType::kPerson) {
      schema = "Person";
    } else if (owned_.count(ref.id)) {
      schema = "Company";
    } else if (ref.type == EntityType::kOrganization || as_organization) {
      schema = "Organization";
    } else {
      return nullptr;
    }
    FtmEntity thing;
    thing.id = IdOf("dossier-", ref.id);
    thing.schema = schema;
    thing.Add("name", ref.name);
    std::set<int> sources;
    if (const CorpusEntity* entity = index_.Find(ref.id)) {
      for (const std::string& name : entity->names) {
        if (name != ref.name) thing.Add("alias", name);
      }
      for (const EntityMember& member : entity->members) sources.insert(member.source);
    }
    for (int s : sources) {
      thing.Add("proof", article_ids_[s]);
      FtmEntity documentation;
      documentation.schema = "Documentation";
      documentation.id = HashId("dossier-doc-", thing.id + "|" + article_ids_[s]);
      documentation.Add("document", article_ids_[s]);
      documentation.Add("entity", thing.id);
      documentation.Add("role", "mentioned");
      links_.push_back(std::move(documentation));
    }
    thing_index_.emplace(ref.id, things_.size());
    things_.push_back(std::move(thing));
    return &things_.back();
  }

  void AddProof(FtmEntity* entity, const Claim& claim) {
    for (const Support& support : claim.support) {
      entity->Add("proof", article_ids_[support.citation.source]);
    }
  }

  // A link or event: dates, evidence and where it was published.
  FtmEntity Link(std::string schema, const Claim& claim, const std::string& key) {
    FtmEntity link;
    link.schema = std::move(schema);
    link.id = HashId("dossier-" + internal::FoldKey(link.schema) + "-", key);
    if (claim.from) link.Add("startDate", *claim.from);
    if (claim.to) link.Add("endDate", *claim.to);
    link.Add("summary", claim.subject.name + ": " + DescribeClaim(claim));
    for (const Support& support : claim.support) {
      const CorpusSource& source = corpus_.sources[support.citation.source];
      std::string evidence(CitedText(corpus_, support.citation));
      if (!support.according_to.id.empty()) {
        evidence = "according to " + support.according_to.name + ": " + evidence;
      }
      link.Add("description", evidence);
      link.Add("publisher", source.title.empty() ? source.path : source.title);
      link.Add("sourceUrl", source.url);
    }
    return link;
  }

  std::string KeyOf(const Claim& claim) const {
    return claim.subject.id + "|" + claim.predicate + "|" + claim.object_entity.id + "|" +
           internal::FoldKey(claim.object) + "|" + internal::FoldKey(claim.role) + "|" +
           claim.from.value_or("") + "|" + claim.to.value_or("");
  }

  void AddClaim(const Claim& claim) {
    if (claim.denied) return;
    FtmEntity* subject = Thing(claim.subject);
    if (subject == nullptr) return;
    const std::string& p = claim.predicate;
    const bool person = subject->schema == "Person";
    const std::string period = DescribePeriod(claim.from, claim.to);
    const std::string dated = period.empty() ? claim.object : claim.object + " (" + period + ")";
    // Properties where FtM has them.
    if (person && p == "born_on") return AddProperty(subject, "birthDate", claim.object, claim);
    if (person && p == "born_in") return AddProperty(subject, "birthPlace", claim.object, claim);
    if (person && p == "died_on") return AddProperty(subject, "deathDate", claim.object, claim);
    if (person && p == "educated_at") {
      AddProperty(subject, "education", dated, claim);
      if (claim.from || claim.to) AddEvent(claim, subject->id);
      return;
    }
    if (p == "lives_in" || p == "moved_to") {
      AddProperty(subject, "address", claim.object, claim);
      if (claim.from || claim.to) AddEvent(claim, subject->id);
      return;
    }
    if (person && p == "position") {
      AddProperty(subject, "position", claim.role.empty() ? dated : claim.role + ", " + dated,
                  claim);
    }
    if (!claim.object_is_entity()) return;
    const bool organization_object =
        p == "position" || p == "employed_by" || p == "member_of" || p == "founded" || p == "owns";
    FtmEntity* object = Thing(claim.object_entity, organization_object);
    if (object == nullptr || object->id == subject->id) return;
    const std::string subject_id = subject->id, object_id = object->id;
    const bool object_person = object->schema == "Person";
    const bool object_organization = FtmIsA(object->schema, "Organization");
    const std::string key = KeyOf(claim);
    FtmEntity link;
    switch (RelationKindOf(p)) {
      case RelationKind::kFamily:
        if (!person || !object_person) return;
        link = Link("Family", claim, key);
        link.Add("person", subject_id);
        link.Add("relative", object_id);
        link.Add("relationship", FamilyRelationship(p));
        break;
      case RelationKind::kAssociate:
        if (!person || !object_person) return;
        link = Link("Associate", claim, key);
        link.Add("person", subject_id);
        link.Add("associate", object_id);
        break;
      case RelationKind::kOwnership:
        if (p == "owns") {
          if (!FtmIsA(object->schema, "Asset")) return;
          link = Link("Ownership", claim, key);
          link.Add("owner", subject_id);
          link.Add("asset", object_id);
        } else {  // founded
          if (!object_organization) return;
          link = Link("Directorship", claim, key);
          link.Add("director", subject_id);
          link.Add("organization", object_id);
          link.Add("role", "founder");
        }
        break;
      case RelationKind::kEmployment:
        if (!object_organization) return;
        if (p == "position" && IsDirectorRole(claim.role)) {
          link = Link("Directorship", claim, key);
          link.Add("director", subject_id);
          link.Add("organization", object_id);
        } else {
          if (!person) return;
          link = Link("Employment", claim, key);
          link.Add("employee", subject_id);
          link.Add("employer", object_id);
        }
        link.Add("role", claim.role);
        break;
      case RelationKind::kMembership:
        if (!object_organization) return;
        link = Link("Membership", claim, key);
        link.Add("member", subject_id);
        link.Add("organization", object_id);
        break;
      case RelationKind::kNone:
        return;
    }
    links_.push_back(std::move(link));
  }

  void AddProperty(FtmEntity* thing, std::string_view property, const std::string& value,
                   const Claim& claim) {
    thing->Add(property, value);
    AddProof(thing, claim);
  }

  void AddEvent(const Claim& claim, const std::string& subject_id) {
    FtmEntity event = Link("Event", claim, KeyOf(claim));
    event.Add("name", claim.subject.name + ": " + DescribeClaim(claim));
    event.Add("involved", subject_id);
    // Thing's publisher applies to Events too; proof links the articles.
    AddProof(&event, claim);
    links_.push_back(std::move(event));
  }

  const Corpus& corpus_;
  CorpusIndex index_;
  std::vector<Claim> claims_;
  std::set<std::string> owned_;
  std::vector<std::string> article_ids_;  // per source
  std::vector<FtmEntity> articles_, links_;
  std::deque<FtmEntity> things_;  // Thing() hands out pointers that must stay valid
  std::map<std::string, size_t> thing_index_;
};

}  // namespace

std::vector<FtmEntity> BuildFtmEntities(const Corpus& corpus) {
  std::vector<FtmEntity> entities = Exporter(corpus).Run();
  // The same link stated twice (two claims that differ only in who says
  // them) is one entity: keep the first, merge the properties of the rest.
  std::vector<FtmEntity> unique;
  std::map<std::string, size_t> seen;
  for (FtmEntity& entity : entities) {
    auto [it, inserted] = seen.emplace(entity.id, unique.size());
    if (inserted) {
      unique.push_back(std::move(entity));
      continue;
    }
    for (auto& [property, values] : entity.properties) {
      for (std::string& value : values) unique[it->second].Add(property, std::move(value));
    }
  }
  return unique;
}

std::string FtmJsonLines(const std::vector<FtmEntity>& entities) {
  std::string out;
  for (const FtmEntity& entity : entities) {
    nlohmann::ordered_json properties = nlohmann::ordered_json::object();
    for (const auto& [property, values] : entity.properties) properties[property] = values;
    nlohmann::ordered_json line = {
        {"id", entity.id}, {"schema", entity.schema}, {"properties", std::move(properties)}};
    out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

}  // namespace dossier

#include "extract/extraction_json.h"

#include <nlohmann/json.hpp>
#include <string>

namespace dossier {
namespace {

using nlohmann::json;

json OrNull(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

json OrNull(const std::string& value) { return value.empty() ? json(nullptr) : json(value); }

json SpanText(Span span, const std::string& text) {
  return {{"start", span.start}, {"end", span.end}, {"text", text}};
}

json MentionsJson(const std::vector<EntityMention>& mentions) {
  json out = json::array();
  for (const EntityMention& m : mentions) out.push_back(SpanText(m.span, m.text));
  return out;
}

json EntityJson(const Entity& e) {
  return {{"id", e.id},
          {"type", std::string(ContractTypeName(e.type))},
          {"name", e.name},
          {"aliases", e.aliases},
          {"mentions", MentionsJson(e.mentions)},
          {"references", MentionsJson(e.references)}};
}

json TimeJson(const TimeMention& t) {
  return {{"start", t.span.start},
          {"end", t.span.end},
          {"text", t.text},
          {"from", OrNull(t.from)},
          {"to", OrNull(t.to)},
          {"precision", t.precision},
          {"kind", std::string(TimeKindName(t.kind))},
          {"timex", t.timex}};
}

json MoneyJson(const MoneyMention& m) {
  json item = {{"start", m.span.start},  {"end", m.span.end},
               {"text", m.text},         {"amount", m.amount ? json(*m.amount) : json(nullptr)},
               {"currency", m.currency}, {"per", OrNull(m.per)}};
  if (m.amount_max) item["amount_max"] = *m.amount_max;
  if (m.lower_bound) item["lower_bound"] = true;
  return item;
}

json SpanOrNull(Span span) {
  if (span.start == 0 && span.end == 0) return nullptr;
  return {{"start", span.start}, {"end", span.end}};
}

json QuoteJson(const Quote& q) {
  json parts = json::array();
  for (Span part : q.parts) parts.push_back({{"start", part.start}, {"end", part.end}});
  return {{"start", q.span.start},
          {"end", q.span.end},
          {"text", q.text},
          {"speaker", OrNull(q.speaker)},
          {"cue", OrNull(q.cue)},
          {"cue_span", SpanOrNull(q.cue_span)},
          {"speaker_span", SpanOrNull(q.speaker_span)},
          {"addressee", OrNull(q.addressee)},
          {"addressee_entity", OrNull(q.addressee_entity)},
          {"passage", q.passage},
          {"parts", std::move(parts)}};
}

json FactJson(const Fact& f) {
  json item = {{"subject", f.subject},
               {"predicate", f.predicate},
               {"object", f.object},
               {"object_is_entity", f.object_is_entity},
               {"from", OrNull(f.from)},
               {"to", OrNull(f.to)},
               {"according_to", OrNull(f.according_to)},
               {"denied", f.denied},
               {"evidence", {{"start", f.evidence.start}, {"end", f.evidence.end}}},
               {"passage", f.passage}};
  if (!f.role.empty()) item["role"] = f.role;
  if (!f.relation.empty()) item["relation"] = f.relation;
  if (!f.authority.empty()) item["authority"] = f.authority;
  return item;
}

// Reading back: each accessor names the field it failed on.
class Reader {
 public:
  explicit Reader(std::string where) : where_(std::move(where)) {}

  const json* Field(const json& object, const char* name, json::value_t type, bool nullable) {
    if (!object.is_object()) return Fail(name, "is not an object");
    auto it = object.find(name);
    if (it == object.end()) return Fail(name, "is missing");
    if (nullable && it->is_null()) return nullptr;
    // Parsed JSON holds non-negative integers as number_unsigned.
    bool ok = it->type() == type ||
              (type == json::value_t::number_integer && it->is_number_integer()) ||
              (type == json::value_t::number_unsigned && it->is_number_integer() &&
               it->get<int64_t>() >= 0) ||
              (type == json::value_t::number_float && it->is_number());
    if (!ok) return Fail(name, "has the wrong type");
    return &*it;
  }

  std::string String(const json& o, const char* name) {
    const json* v = Field(o, name, json::value_t::string, false);
    return v ? v->get<std::string>() : std::string();
  }
  std::string StringOrEmpty(const json& o, const char* name) {
    if (!o.is_object() || !o.contains(name)) return {};
    const json* v = Field(o, name, json::value_t::string, true);
    return v ? v->get<std::string>() : std::string();
  }
  std::optional<std::string> OptionalString(const json& o, const char* name) {
    const json* v = Field(o, name, json::value_t::string, true);
    if (v == nullptr) return std::nullopt;
    return v->get<std::string>();
  }
  uint32_t Offset(const json& o, const char* name) {
    const json* v = Field(o, name, json::value_t::number_unsigned, false);
    return v ? v->get<uint32_t>() : 0;
  }
  int Int(const json& o, const char* name, int fallback) {
    if (!o.is_object() || !o.contains(name)) return fallback;
    const json* v = Field(o, name, json::value_t::number_integer, true);
    return v ? v->get<int>() : fallback;
  }
  bool Bool(const json& o, const char* name) {
    if (!o.is_object() || !o.contains(name)) return false;
    const json* v = Field(o, name, json::value_t::boolean, true);
    return v ? v->get<bool>() : false;
  }
  std::optional<double> Number(const json& o, const char* name) {
    if (!o.is_object() || !o.contains(name)) return std::nullopt;
    const json* v = Field(o, name, json::value_t::number_float, true);
    if (v == nullptr) return std::nullopt;
    return v->get<double>();
  }
  Span SpanOf(const json& o) { return {Offset(o, "start"), Offset(o, "end")}; }
  Span OptionalSpan(const json& o, const char* name) {
    if (!o.is_object() || !o.contains(name)) return {};
    const json* v = Field(o, name, json::value_t::object, true);
    return v ? SpanOf(*v) : Span{};
  }
  const json& Array(const json& o, const char* name) {
    static const json kEmpty = json::array();
    if (!o.is_object() || !o.contains(name)) return kEmpty;
    const json* v = Field(o, name, json::value_t::array, true);
    return v ? *v : kEmpty;
  }

  bool ok() const { return error_.empty(); }
  Status status() const { return ok() ? Status() : InvalidArgumentError(error_); }
  void set_where(std::string where) { where_ = std::move(where); }

 private:
  const json* Fail(const char* name, const char* problem) {
    if (error_.empty()) error_ = "extraction JSON: " + where_ + "." + name + " " + problem;
    return nullptr;
  }

  std::string where_;
  std::string error_;
};

std::vector<EntityMention> ReadMentions(Reader& r, const json& array) {
  std::vector<EntityMention> out;
  for (const json& m : array) out.push_back({r.SpanOf(m), r.String(m, "text")});
  return out;
}

}  // namespace

json ExtractionToJson(const DocumentExtraction& extraction) {
  json entities = json::array(), times = json::array(), money = json::array(),
       quotes = json::array(), facts = json::array();
  for (const Entity& e : extraction.entities) entities.push_back(EntityJson(e));
  for (const TimeMention& t : extraction.times) times.push_back(TimeJson(t));
  for (const MoneyMention& m : extraction.money) money.push_back(MoneyJson(m));
  for (const Quote& q : extraction.quotes) quotes.push_back(QuoteJson(q));
  for (const Fact& f : extraction.facts) facts.push_back(FactJson(f));
  return {{"entities", std::move(entities)},
          {"times", std::move(times)},
          {"money", std::move(money)},
          {"quotes", std::move(quotes)},
          {"facts", std::move(facts)}};
}

StatusOr<DocumentExtraction> ExtractionFromJson(const json& lists) {
  if (!lists.is_object()) return InvalidArgumentError("extraction JSON: not an object");
  DocumentExtraction out;
  Reader r("entities");
  for (const json& e : r.Array(lists, "entities")) {
    Entity entity;
    entity.id = r.String(e, "id");
    std::string type = r.String(e, "type");
    std::optional<EntityType> parsed = ParseContractType(type);
    if (r.ok() && !parsed)
      return InvalidArgumentError("extraction JSON: unknown entity type " + type);
    if (parsed) entity.type = *parsed;
    entity.name = r.String(e, "name");
    for (const json& alias : r.Array(e, "aliases")) {
      if (alias.is_string()) entity.aliases.push_back(alias.get<std::string>());
    }
    entity.mentions = ReadMentions(r, r.Array(e, "mentions"));
    entity.references = ReadMentions(r, r.Array(e, "references"));
    out.entities.push_back(std::move(entity));
  }
  r.set_where("times");
  for (const json& t : r.Array(lists, "times")) {
    TimeMention time;
    time.span = r.SpanOf(t);
    time.text = r.String(t, "text");
    time.from = r.OptionalString(t, "from");
    time.to = r.OptionalString(t, "to");
    time.precision = r.String(t, "precision");
    std::string kind = r.StringOrEmpty(t, "kind");
    for (TimeKind k : {TimeKind::kDate, TimeKind::kDuration, TimeKind::kAge, TimeKind::kSet}) {
      if (TimeKindName(k) == kind) time.kind = k;
    }
    time.timex = r.StringOrEmpty(t, "timex");
    out.times.push_back(std::move(time));
  }
  r.set_where("money");
  for (const json& m : r.Array(lists, "money")) {
    MoneyMention money;
    money.span = r.SpanOf(m);
    money.text = r.String(m, "text");
    money.amount = r.Number(m, "amount");
    money.amount_max = r.Number(m, "amount_max");
    money.lower_bound = r.Bool(m, "lower_bound");
    money.currency = r.String(m, "currency");
    money.per = r.OptionalString(m, "per");
    out.money.push_back(std::move(money));
  }
  r.set_where("quotes");
  for (const json& q : r.Array(lists, "quotes")) {
    Quote quote;
    quote.span = r.SpanOf(q);
    quote.text = r.String(q, "text");
    quote.speaker = r.StringOrEmpty(q, "speaker");
    quote.cue = r.StringOrEmpty(q, "cue");
    quote.cue_span = r.OptionalSpan(q, "cue_span");
    quote.speaker_span = r.OptionalSpan(q, "speaker_span");
    quote.addressee = r.StringOrEmpty(q, "addressee");
    quote.addressee_entity = r.StringOrEmpty(q, "addressee_entity");
    quote.passage = r.Int(q, "passage", -1);
    for (const json& part : r.Array(q, "parts")) quote.parts.push_back(r.SpanOf(part));
    out.quotes.push_back(std::move(quote));
  }
  r.set_where("facts");
  for (const json& f : r.Array(lists, "facts")) {
    Fact fact;
    fact.subject = r.String(f, "subject");
    fact.predicate = r.String(f, "predicate");
    fact.object = r.String(f, "object");
    fact.object_is_entity = r.Bool(f, "object_is_entity");
    fact.role = r.StringOrEmpty(f, "role");
    fact.relation = r.StringOrEmpty(f, "relation");
    fact.authority = r.StringOrEmpty(f, "authority");
    fact.from = r.OptionalString(f, "from");
    fact.to = r.OptionalString(f, "to");
    fact.according_to = r.StringOrEmpty(f, "according_to");
    fact.denied = r.Bool(f, "denied");
    fact.evidence = r.OptionalSpan(f, "evidence");
    fact.passage = r.Int(f, "passage", -1);
    out.facts.push_back(std::move(fact));
  }
  RETURN_IF_ERROR(r.status());
  return out;
}

}  // namespace dossier

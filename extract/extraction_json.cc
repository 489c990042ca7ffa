#include "extract/extraction_json.h"

#include <nlohmann/json.hpp>
#include <string>

namespace dossier {
namespace {

using nlohmann::json;

// Each writer below writes one value; the keys of an object in byte order,
// as nlohmann::json keeps them (the output is byte-identical to dumping the
// same value built as a json).
void WriteSpanText(Span span, const std::string& text, JsonWriter* w) {
  w->BeginObject();
  w->Key("end"), w->Uint(span.end);
  w->Key("start"), w->Uint(span.start);
  w->Key("text"), w->String(text);
  w->EndObject();
}

void WriteMentions(const std::vector<EntityMention>& mentions, JsonWriter* w) {
  w->BeginArray();
  for (const EntityMention& m : mentions) WriteSpanText(m.span, m.text, w);
  w->EndArray();
}

void WriteEntity(const Entity& e, JsonWriter* w) {
  w->BeginObject();
  w->Key("aliases");
  w->BeginArray();
  for (const std::string& alias : e.aliases) w->String(alias);
  w->EndArray();
  w->Key("id"), w->String(e.id);
  w->Key("mentions"), WriteMentions(e.mentions, w);
  w->Key("name"), w->String(e.name);
  w->Key("references"), WriteMentions(e.references, w);
  w->Key("type"), w->String(ContractTypeName(e.type));
  w->EndObject();
}

void WriteTime(const TimeMention& t, JsonWriter* w) {
  w->BeginObject();
  w->Key("end"), w->Uint(t.span.end);
  w->Key("from"), w->StringOrNull(t.from);
  w->Key("kind"), w->String(TimeKindName(t.kind));
  w->Key("precision"), w->String(t.precision);
  w->Key("start"), w->Uint(t.span.start);
  w->Key("text"), w->String(t.text);
  w->Key("timex"), w->String(t.timex);
  w->Key("to"), w->StringOrNull(t.to);
  w->EndObject();
}

void WriteNumberOrNull(const std::optional<double>& value, JsonWriter* w) {
  if (value) {
    w->Double(*value);
  } else {
    w->Null();
  }
}

void WriteMoney(const MoneyMention& m, JsonWriter* w) {
  w->BeginObject();
  w->Key("amount"), WriteNumberOrNull(m.amount, w);
  if (m.amount_max) w->Key("amount_max"), w->Double(*m.amount_max);
  w->Key("currency"), w->String(m.currency);
  w->Key("end"), w->Uint(m.span.end);
  if (m.lower_bound) w->Key("lower_bound"), w->Bool(true);
  w->Key("per"), w->StringOrNull(m.per);
  w->Key("start"), w->Uint(m.span.start);
  w->Key("text"), w->String(m.text);
  w->EndObject();
}

void WriteSpan(Span span, JsonWriter* w) {
  w->BeginObject();
  w->Key("end"), w->Uint(span.end);
  w->Key("start"), w->Uint(span.start);
  w->EndObject();
}

void WriteSpanOrNull(Span span, JsonWriter* w) {
  if (span.start == 0 && span.end == 0) {
    w->Null();
  } else {
    WriteSpan(span, w);
  }
}

void WriteQuote(const Quote& q, JsonWriter* w) {
  w->BeginObject();
  w->Key("addressee"), w->StringOrNull(q.addressee);
  w->Key("addressee_entity"), w->StringOrNull(q.addressee_entity);
  w->Key("cue"), w->StringOrNull(q.cue);
  w->Key("cue_span"), WriteSpanOrNull(q.cue_span, w);
  w->Key("end"), w->Uint(q.span.end);
  w->Key("parts");
  w->BeginArray();
  for (Span part : q.parts) WriteSpan(part, w);
  w->EndArray();
  w->Key("passage"), w->Int(q.passage);
  w->Key("speaker"), w->StringOrNull(q.speaker);
  w->Key("speaker_span"), WriteSpanOrNull(q.speaker_span, w);
  w->Key("start"), w->Uint(q.span.start);
  w->Key("text"), w->String(q.text);
  w->EndObject();
}

void WriteFact(const Fact& f, JsonWriter* w) {
  w->BeginObject();
  w->Key("according_to"), w->StringOrNull(f.according_to);
  if (!f.authority.empty()) w->Key("authority"), w->String(f.authority);
  w->Key("denied"), w->Bool(f.denied);
  w->Key("evidence"), WriteSpan(f.evidence, w);
  w->Key("from"), w->StringOrNull(f.from);
  w->Key("object"), w->String(f.object);
  w->Key("object_is_entity"), w->Bool(f.object_is_entity);
  w->Key("passage"), w->Int(f.passage);
  w->Key("predicate"), w->String(f.predicate);
  if (!f.relation.empty()) w->Key("relation"), w->String(f.relation);
  if (!f.role.empty()) w->Key("role"), w->String(f.role);
  w->Key("subject"), w->String(f.subject);
  w->Key("to"), w->StringOrNull(f.to);
  w->EndObject();
}

template <typename T, typename WriteOne>
void WriteList(const std::vector<T>& items, WriteOne write_one, JsonWriter* w) {
  w->BeginArray();
  for (const T& item : items) write_one(item, w);
  w->EndArray();
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

std::string_view ExtractionListName(ExtractionList list) {
  switch (list) {
    case ExtractionList::kEntities:
      return "entities";
    case ExtractionList::kFacts:
      return "facts";
    case ExtractionList::kMoney:
      return "money";
    case ExtractionList::kQuotes:
      return "quotes";
    case ExtractionList::kTimes:
      return "times";
  }
  return {};
}

void WriteExtractionList(const DocumentExtraction& extraction, ExtractionList list,
                         JsonWriter* writer) {
  switch (list) {
    case ExtractionList::kEntities:
      return WriteList(extraction.entities, WriteEntity, writer);
    case ExtractionList::kFacts:
      return WriteList(extraction.facts, WriteFact, writer);
    case ExtractionList::kMoney:
      return WriteList(extraction.money, WriteMoney, writer);
    case ExtractionList::kQuotes:
      return WriteList(extraction.quotes, WriteQuote, writer);
    case ExtractionList::kTimes:
      return WriteList(extraction.times, WriteTime, writer);
  }
}

std::string ExtractionToJsonText(const DocumentExtraction& extraction) {
  std::string text;
  JsonWriter writer(&text);
  writer.BeginObject();
  for (ExtractionList list : kExtractionLists) {
    writer.Key(ExtractionListName(list));
    WriteExtractionList(extraction, list, &writer);
  }
  writer.EndObject();
  return text;
}

json ExtractionToJson(const DocumentExtraction& extraction) {
  return json::parse(ExtractionToJsonText(extraction));
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

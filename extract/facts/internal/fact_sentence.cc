// The sentence context: the document's mentions, references, times and
// quotation parts indexed by offset, and each sentence folded into units.
#include "extract/facts/internal/fact_sentence.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>

#include "base/ascii.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "text/internal/chars.h"

namespace dossier::internal {
namespace {

// The size of a possessive ending ("'s", "\u2019s", "'") closing `word`;
// 0 when none.
size_t PossessiveEndingSize(std::string_view word) {
  for (std::string_view tail : {"'s", "\u2019s", "'", "\u2019"}) {
    if (word.ends_with(tail)) return tail.size();
  }
  return 0;
}

// An ASCII capital, a capital of another script, or a non-ASCII mark
// (quotation marks and symbols count as capitalized); not a lower-case
// Cyrillic letter.
bool StartsCapitalized(std::string_view text) {
  if (text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(text[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  char32_t cp = 0;
  text_internal::DecodeAt(text, 0, &cp);
  return !text_internal::IsLetter(cp) || text_internal::IsUpper(cp);
}

bool IsDashText(std::string_view t) {
  return t == "-" || t == "\u2013" || t == "\u2014" || t == "\u2012";
}

bool IsQuoteMarkText(std::string_view t) {
  static constexpr std::string_view kMarks[] = {"\"",     "\u201c", "\u201d", "\u00ab", "\u00bb",
                                                "\u201e", "'",      "\u2018", "\u2019"};
  return std::find(std::begin(kMarks), std::end(kMarks), t) != std::end(kMarks);
}

bool IsPossessiveTail(std::string_view tail) {
  return !tail.empty() && PossessiveEndingSize(tail) == tail.size();
}

// `text` without the spaces and quotation marks at its start (`front`) or end.
std::string_view TrimMarks(std::string_view text, bool front) {
  static constexpr std::string_view kMarks[] = {" ",      "\"",     "\u00ab", "\u00bb",
                                                "\u201c", "\u201d", "\u201e", "("};
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    for (std::string_view mark : kMarks) {
      if (front ? text.starts_with(mark) : text.ends_with(mark)) {
        text = front ? text.substr(mark.size()) : text.substr(0, text.size() - mark.size());
        trimmed = true;
      }
    }
  }
  return text;
}

// The kinds the words of `name` give ("Hit FM", "ТОО «Дала Медиа»").
OrganizationKinds KindsOfName(std::string_view name) {
  OrganizationKinds kinds = 0;
  size_t start = 0;
  while (start < name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word =
        TrimMarks(TrimMarks(name.substr(start, end - start), true), false);
    kinds |= KindBit(OrganizationKindOfWord(LowerWord(word)));
    start = end + 1;
  }
  return kinds;
}

// The kinds of an organization in its document: the words of its names and
// the nouns written right before and after its mentions ("радио
// «Сарыарка»", "«Сарыарқа» радиосының", "the Caravan newspaper").
OrganizationKinds KindsOfEntity(const Entity& entity, std::string_view text) {
  if (entity.type == EntityType::kPerson || entity.type == EntityType::kLocation) return 0;
  OrganizationKinds kinds = KindsOfName(entity.name);
  for (const std::string& alias : entity.aliases) kinds |= KindsOfName(alias);
  for (const EntityMention& m : entity.mentions) {
    const std::string_view before = TrimMarks(text.substr(0, m.span.start), false);
    const size_t word_start = before.find_last_of(" \n\t") + 1;  // npos + 1 == 0
    kinds |= KindBit(OrganizationKindOfWord(LowerWord(before.substr(word_start))));
    const std::string_view after = TrimMarks(text.substr(m.span.end), true);
    size_t word_end = 0;
    while (word_end < after.size() && (static_cast<unsigned char>(after[word_end]) >= 0x80 ||
                                       std::isalpha(static_cast<unsigned char>(after[word_end])))) {
      ++word_end;
    }
    kinds |= KindBit(OrganizationKindOfWord(LowerWord(after.substr(0, word_end))));
  }
  return kinds;
}
}  // namespace

FactContext::FactContext(const NormalizedDocument& doc, const std::vector<Entity>& entities,
                         const std::vector<TimeMention>& times, const std::vector<Quote>& quotes)
    : doc_(doc), entities_(entities), times_(times), quotes_(quotes) {
  for (int e = 0; e < static_cast<int>(entities.size()); ++e) {
    for (const EntityMention& m : entities[e].mentions) mentions_.push_back({m.span, e, false});
    for (const EntityMention& m : entities[e].references) mentions_.push_back({m.span, e, true});
  }
  std::stable_sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    return a.span.end > b.span.end;
  });
  for (int t = 0; t < static_cast<int>(times.size()); ++t) {
    if (times[t].kind == TimeKind::kDate || times[t].kind == TimeKind::kDuration ||
        times[t].kind == TimeKind::kAge || times[t].kind == TimeKind::kSet) {
      time_order_.push_back(t);
    }
  }
  std::stable_sort(time_order_.begin(), time_order_.end(),
                   [&](int a, int b) { return times[a].span.start < times[b].span.start; });
  for (int q = 0; q < static_cast<int>(quotes.size()); ++q) {
    for (Span part : quotes[q].parts) quote_parts_.push_back({part, q});
    if (quotes[q].parts.empty()) quote_parts_.push_back({quotes[q].span, q});
  }
  std::sort(quote_parts_.begin(), quote_parts_.end(),
            [](const QuotePart& a, const QuotePart& b) { return a.span.start < b.span.start; });
  // A country is the document's own only when it has at least three of
  // every four country mentions: "President X" in a story set abroad may be
  // any country's.
  size_t most = 0, all = 0;
  int best = -1;
  for (int e = 0; e < static_cast<int>(entities.size()); ++e) {
    if (entities[e].type != EntityType::kLocation ||
        CountryNamed(AsciiLower(entities[e].name)).empty()) {
      continue;
    }
    all += entities[e].mentions.size();
    if (entities[e].mentions.size() > most) {
      most = entities[e].mentions.size();
      best = e;
    }
  }
  if (4 * most >= 3 * all) dominant_country_ = best;
  std::vector<PartyMention> named;
  for (const Mention& m : mentions_) {
    if (!m.reference) named.push_back({m.span, m.entity});
  }
  parties_ = FindCaseParties(doc.text, named);
  kinds_.reserve(entities.size());
  for (const Entity& entity : entities) kinds_.push_back(KindsOfEntity(entity, doc.text));
  // The surnames of the persons named in full: the last word of a name of
  // two or more words; a surname two persons share names neither.
  for (int e = 0; e < static_cast<int>(entities.size()); ++e) {
    const std::string& name = entities[e].name;
    const size_t space = name.rfind(' ');
    if (entities[e].type != EntityType::kPerson || space == std::string::npos ||
        name.size() - space - 1 < 3 || !StartsCapitalized(name.substr(space + 1))) {
      continue;
    }
    auto [it, added] = surnames_.emplace(AsciiLower(name.substr(space + 1)), e);
    if (!added && it->second != e) it->second = -1;
  }
  for (const Entity& entity : entities) {
    if (entity.type == EntityType::kOrganization)
      organization_names_.insert(AsciiLower(entity.name));
  }
}

bool FactContext::TypedOrganizationElsewhere(int entity) const {
  return entities_[entity].type == EntityType::kOrganization ||
         organization_names_.contains(AsciiLower(entities_[entity].name));
}

int FactContext::PersonBySurname(std::string_view word) const {
  word.remove_suffix(PossessiveEndingSize(word));
  if (surnames_.empty() || !StartsCapitalized(word)) return -1;
  const auto it = surnames_.find(AsciiLower(word));
  return it == surnames_.end() ? -1 : it->second;
}

std::string_view FactContext::Text(Span span) const {
  return std::string_view(doc_.text).substr(span.start, span.size());
}

int FactContext::QuoteSpeaker(int quote) const {
  if (quote < 0) return -1;
  const std::string& id = quotes_[quote].speaker;
  if (id.empty()) return -1;
  for (int e = 0; e < static_cast<int>(entities_.size()); ++e) {
    if (entities_[e].id == id) return e;
  }
  return -1;
}

int FactContext::EntityNamed(std::string_view text) const {
  const std::string lower = AsciiLower(text);
  for (int e = 0; e < static_cast<int>(entities_.size()); ++e) {
    if (entities_[e].type == EntityType::kPerson) continue;
    if (AsciiLower(entities_[e].name) == lower) return e;
    for (const std::string& alias : entities_[e].aliases) {
      if (AsciiLower(alias) == lower) return e;
    }
  }
  return -1;
}

int FactContext::RecentOrganization(uint32_t before, std::string_view noun, bool definite) const {
  if (noun.size() < 3) return -1;
  const OrganizationKind kind = OrganizationKindOfWord(noun);
  // The passages a description reaches back to: four for a definite noun of
  // a kind, the one holding `before` and the one before it for any other.
  const int reach = kind != OrganizationKind::kNone && definite ? 4 : 2;
  uint32_t floor = 0;
  int passages_seen = 0;
  for (int p = static_cast<int>(doc_.passages.size()) - 1; p >= 0; --p) {
    if (doc_.passages[p].span.start <= before) {
      floor = doc_.passages[p].span.start;
      if (++passages_seen == reach) break;
    }
  }
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->span.end > before || it->reference) continue;
    if (it->span.start < floor) break;
    const Entity& entity = entities_[it->entity];
    if (entity.type == EntityType::kPerson || entity.type == EntityType::kLocation) continue;
    if (kind != OrganizationKind::kNone) {
      if (KindsAgree(kinds_[it->entity], kind)) return it->entity;
      continue;
    }
    if (AsciiLower(entity.name).find(noun) != std::string::npos) return it->entity;
    // The word before the mention, quotation marks skipped.
    uint32_t end = it->span.start;
    while (end > 0 && (doc_.text[end - 1] == ' ' || doc_.text[end - 1] == '"')) --end;
    uint32_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(doc_.text[start - 1]))) --start;
    if (AsciiLower(std::string_view(doc_.text).substr(start, end - start)) == noun) {
      return it->entity;
    }
  }
  return -1;
}

SentenceView FactContext::View(int sentence, int passage) const {
  SentenceView view;
  view.sentence = sentence;
  view.passage = passage;
  view.span = doc_.sentences[sentence];
  const Span range = view.span;
  auto token =
      std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), range.start,
                       [](const Token& t, uint32_t start) { return t.span.start < start; });
  // Mentions and times lie inside sentences, so none starts before this one and overlaps it.
  auto mention =
      std::lower_bound(mentions_.begin(), mentions_.end(), range.start,
                       [](const Mention& m, uint32_t start) { return m.span.start < start; });
  auto time = std::lower_bound(time_order_.begin(), time_order_.end(), range.start,
                               [&](int t, uint32_t start) { return times_[t].span.start < start; });
  // At most a unit per token.
  const auto tokens_end =
      std::lower_bound(token, doc_.tokens.end(), range.end,
                       [](const Token& t, uint32_t end) { return t.span.start < end; });
  view.units.reserve(static_cast<size_t>(tokens_end - token));
  // The first quotation part starting after the unit (units only move forward).
  auto part =
      std::upper_bound(quote_parts_.begin(), quote_parts_.end(), range.start,
                       [](uint32_t start, const QuotePart& p) { return start < p.span.start; });
  while (token != doc_.tokens.end() && token->span.start < range.end) {
    const uint32_t at = token->span.start;
    while (mention != mentions_.end() && mention->span.end <= at) ++mention;
    while (time != time_order_.end() && times_[*time].span.end <= at) ++time;
    Unit unit;
    uint32_t covered_end = token->span.end;
    bool is_mention = mention != mentions_.end() && mention->span.start <= at;
    bool is_time = time != time_order_.end() && times_[*time].span.start <= at;
    if (is_mention && is_time) {
      // The one starting first wins; on a tie, the longer.
      const Span m = mention->span, t = times_[*time].span;
      if (t.start < m.start || (t.start == m.start && t.end > m.end)) {
        is_mention = false;
      } else {
        is_time = false;
      }
    }
    if (is_mention) {
      unit.kind = UnitKind::kEntity;
      unit.span = {at, mention->span.end};
      unit.entity = mention->entity;
      unit.reference = mention->reference;
      covered_end = mention->span.end;
    } else if (is_time) {
      const TimeMention& t = times_[*time];
      unit.kind = UnitKind::kTime;
      unit.span = {at, std::min(t.span.end, range.end)};
      unit.time = *time;
      covered_end = unit.span.end;
    } else {
      unit.span = token->span;
      unit.kind = token->kind == TokenKind::kWord     ? UnitKind::kWord
                  : token->kind == TokenKind::kNumber ? UnitKind::kNumber
                                                      : UnitKind::kPunct;
      // "Thurman graduated": a surname alone the tagger left untagged
      // refers to the one person of the document who has it, unless
      // capitalized words around make it part of another name ("Uma
      // Thurman", "Thurman Street").
      const int person = unit.kind == UnitKind::kWord ? PersonBySurname(Text(token->span)) : -1;
      const bool inside_name =
          (token != doc_.tokens.begin() && std::prev(token)->span.start >= range.start &&
           std::prev(token)->kind == TokenKind::kWord &&
           StartsCapitalized(Text(std::prev(token)->span))) ||
          (std::next(token) != doc_.tokens.end() && std::next(token)->span.start < range.end &&
           std::next(token)->kind == TokenKind::kWord &&
           StartsCapitalized(Text(std::next(token)->span)));
      if (person >= 0 && !inside_name) {
        unit.kind = UnitKind::kEntity;
        unit.entity = person;
        unit.reference = true;
        // "Zhakenov's wife": the name without its possessive ending.
        const size_t ending = PossessiveEndingSize(Text(token->span));
        unit.span.end -= static_cast<uint32_t>(ending);
        unit.possessive = ending > 0;
      }
    }
    const std::string_view text = Text(unit.span);
    unit.lower = LowerWord(text);
    unit.capitalized = StartsCapitalized(text);
    if (unit.kind == UnitKind::kPunct) {
      unit.dash = IsDashText(unit.lower);
      unit.quote_mark = IsQuoteMarkText(unit.lower);
    }
    // Consume every token the unit covers; a token running past a mention
    // holds its possessive ending ("Nazarbayeva's").
    while (token != doc_.tokens.end() && token->span.start < covered_end) {
      if (unit.kind == UnitKind::kEntity && token->span.end > covered_end &&
          IsPossessiveTail(Text({covered_end, token->span.end}))) {
        unit.possessive = true;
      }
      ++token;
    }
    // Quotation parts do not overlap: the last one starting at or before the unit may hold it.
    while (part != quote_parts_.end() && part->span.start <= unit.span.start) ++part;
    if (part != quote_parts_.begin() && std::prev(part)->span.end > unit.span.start) {
      unit.quote = std::prev(part)->quote;
    }
    view.units.push_back(std::move(unit));
  }
  return view;
}

std::string DateAtPrecision(const TimeMention& time) {
  if (!time.from) return {};
  const std::string& date = *time.from;
  if (time.precision == "day") return date;
  if (time.precision == "month") return date.substr(0, 7);
  if (time.precision == "year") return date.substr(0, 4);
  return {};
}

}  // namespace dossier::internal

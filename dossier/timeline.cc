#include "dossier/timeline.h"

#include <algorithm>
#include <tuple>

namespace dossier {
namespace {

// At most `limit` bytes of `text`, cut at a space and marked with "…".
std::string Excerpt(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + "…";
}

bool LooksLikeDate(const std::string& value) {
  return value.size() >= 4 &&
         std::all_of(value.begin(), value.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<TimelineEvent> BuildTimeline(const std::vector<Claim>& claims,
                                         const std::vector<Statement>& statements,
                                         const std::string& entity_id) {
  std::vector<TimelineEvent> events;
  for (const Claim& claim : claims) {
    if (claim.denied) continue;
    const bool subject = claim.subject.id == entity_id;
    if (!subject && claim.object_entity.id != entity_id) continue;
    TimelineEvent event;
    if ((claim.predicate == "born_on" || claim.predicate == "died_on") && subject &&
        LooksLikeDate(claim.object)) {
      event.from = claim.object;
      event.period = claim.object;
      event.text = claim.predicate == "born_on" ? "born" : "died";
    } else if (claim.from || claim.to) {
      event.from = claim.from ? *claim.from : *claim.to;
      event.to = claim.from && claim.to && *claim.to != *claim.from ? *claim.to : "";
      event.period = DescribePeriod(claim.from, claim.to);
      Claim undated = claim;
      undated.from.reset();
      undated.to.reset();
      event.text = subject ? DescribeClaim(undated) : DescribeClaimFromObject(undated);
    } else {
      continue;
    }
    event.support = claim.support;
    events.push_back(std::move(event));
  }
  for (const Statement& statement : statements) {
    if (statement.speaker.id != entity_id || statement.date.empty()) continue;
    TimelineEvent event;
    event.from = statement.date;
    event.period = statement.date;
    event.text = (statement.cue.empty() ? std::string("said") : statement.cue) + ": “" +
                 Excerpt(statement.text, 200) + "”";
    for (const Citation& citation : statement.citations) {
      event.support.push_back({statement.speaker, citation});
    }
    events.push_back(std::move(event));
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) {
                     if (a.from != b.from) return a.from < b.from;
                     if (a.to != b.to) return a.to < b.to;
                     const Citation& x = a.support.front().citation;
                     const Citation& y = b.support.front().citation;
                     return std::tie(x.source, x.span.start) < std::tie(y.source, y.span.start);
                   });
  return events;
}

}  // namespace dossier

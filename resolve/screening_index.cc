#include "resolve/screening_index.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "resolve/internal/name_compare.h"
#include "resolve/internal/screening_keys.h"
#include "resolve/transliterate.h"

namespace dossier {
namespace {

thread_local size_t last_candidate_count = 0;

using Word = PreparedName::Word;
using internal::FrameKeys;
using internal::InitialKey;
using internal::InitialLetter;
using internal::PairKey;
using internal::Postings;
using internal::TokenPostings;
using internal::WrittenKeys;

constexpr EntityType kAllTypes[] = {EntityType::kPerson, EntityType::kOrganization,
                                    EntityType::kLocation, EntityType::kOther};

// The signature of what the comparison reads from a person's name (roles,
// skeletons, order flag, surname readings): names with equal signatures score
// alike against any query, so they are scored once.
std::string PersonSignature(const PreparedName& name) {
  std::string out;
  for (uint8_t at : name.surname_readings()) out += static_cast<char>('A' + at);
  out += ':';
  for (const Word& w : name.words()) {
    out += static_cast<char>('0' + w.role);
    out += w.skeleton;
    out += '|';
  }
  for (const std::string& alt : name.alternatives()) {
    out += '#';
    out += alt;
  }
  return out;
}

// The written forms of a name's words: names of one shape with different
// written forms score alike unless the comparison consults the written forms.
std::string WrittenSignature(const PreparedName& name) {
  std::string out;
  for (const Word& w : name.words()) {
    out += w.latin;
    out += w.romanized ? '~' : '|';
  }
  return out;
}

bool IsFullPersonWord(const Word& w) {
  return w.role == Word::kGiven || w.role == Word::kSurname || w.role == Word::kOtherSurname;
}

}  // namespace

struct ScreeningIndex::Impl {
  std::vector<PreparedName> names;
  std::vector<uint8_t> weak;                                  // per name: a weak alias
  std::unordered_map<uint32_t, PersonAttributes> attributes;  // by record
  std::vector<uint32_t> records;  // per name, until Build() moves them into shape_entries
  // Per name: its position among the names as added (Build() lays names
  // out by family name; ties between a record's names go to the first added).
  std::vector<uint32_t> added;
  bool built = false;

  // After Build(): names with one signature form a shape, scored once. Laid
  // out for Query(), which reads a candidate's Shape and then its entries in
  // order: a million names do not fit in a cache, and every random read of
  // per-name arrays is a miss.
  struct Shape {
    uint32_t rep;    // the name scored for the shape: its first entry's
    uint32_t first;  // its entries: shape_entries[first, end)
    uint32_t end;
    EntityType type;
  };
  struct ShapeEntry {
    uint32_t name;
    uint32_t record;  // of `name`, as given to Add()
  };
  std::vector<Shape> shape_info;
  std::vector<ShapeEntry> shape_entries;
  // Per entry of shape_entries: 1 where a new written form starts (names of a
  // shape are grouped by WrittenSignature; the first entry always starts one).
  std::vector<uint8_t> written_starts;

  // The vocabulary: distinct (type, skeleton) words.
  std::unordered_map<std::string, uint32_t> token_ids;
  // The written forms (Word::latin) of persons' words, numbered from 1
  // (Word::latin_token).
  std::unordered_map<std::string, uint32_t> latin_ids;
  std::vector<std::string> tokens;  // skeleton per token
  Postings frames;                  // frame key -> tokens
  Postings written;                 // WrittenKeys of the words' written forms -> tokens

  TokenPostings all;     // token -> shapes with the word
  TokenPostings single;  // token -> shapes with fewer than two full words
  Postings pairs;        // PairKey(token, token) -> shapes with both words
  Postings initials;     // InitialKey(token, letter) -> shapes with the word and
                         // another full word starting with the letter
  // Per token: how many records list it as a person's family name (the
  // parse's reading), capped; Word::listed_family of every word with it.
  std::vector<uint16_t> family_records;
  // Per token: how many records list it as another full word of a person's
  // name (a given name); Word::listed_given.
  std::vector<uint16_t> given_records;
  // Per token: how its listed words are spelled (kSpelling* bits), for
  // dropping the query's surname neighbours that the comparison rejects.
  static constexpr uint8_t kSpellingRomanized = 1, kSpellingCyrillic = 2, kSpellingOther = 4,
                           kSpellingAlternatives = 8;
  std::vector<uint8_t> spellings;
  // This index's id among all built (Word::token ids are its own).
  uint64_t vocabulary_id = 0;

  // The token of (type, skeleton); -1 when the vocabulary lacks it.
  int64_t FindToken(EntityType type, std::string_view skeleton) const {
    std::string key(1, static_cast<char>('0' + static_cast<int>(type)));
    key += skeleton;
    auto it = token_ids.find(key);
    return it == token_ids.end() ? -1 : static_cast<int64_t>(it->second);
  }

  // Sets Word::token, latin_token, listed_family and listed_given of each
  // full word and patronymic of `name`. With `fresh` (a query), words the
  // vocabulary lacks get ids of their own (internal::FreshToken), so that
  // their comparisons are looked up by id too. REQUIRES with `fresh`:
  // internal::UseVocabulary(vocabulary_id) was called on this thread.
  void MarkListedFamilies(PreparedName* name, bool fresh = false) const {
    const auto first_free = static_cast<uint32_t>(std::max(tokens.size(), latin_ids.size()) + 1);
    for (size_t i = 0; i < name->words().size(); ++i) {
      const Word& w = name->words()[i];
      if (w.role == Word::kInitial) continue;
      const int64_t token = FindToken(name->type(), w.skeleton);
      const auto latin = latin_ids.find(w.latin);
      uint32_t latin_token = latin == latin_ids.end() ? 0 : latin->second;
      if (fresh && latin_token == 0) latin_token = internal::FreshToken(first_free);
      if (token < 0) {
        name->set_listed(i, fresh ? internal::FreshToken(first_free) : 0, 0, 0, latin_token);
      } else {
        const auto t = static_cast<size_t>(token);
        name->set_listed(i, static_cast<uint32_t>(t + 1), family_records[t], given_records[t],
                         latin_token);
      }
    }
  }

  uint32_t Intern(EntityType type, std::string_view skeleton) {
    std::string key(1, static_cast<char>('0' + static_cast<int>(type)));
    key += skeleton;
    auto [it, inserted] = token_ids.try_emplace(std::move(key), tokens.size());
    if (inserted) tokens.emplace_back(skeleton);
    return it->second;
  }

  // The vocabulary words the matcher could accept as a spelling of
  // `skeleton` (given-name or surname tolerance, whichever is looser),
  // sorted.
  // With `latin` (the word's written form), also the words written one edit
  // apart, which the comparison accepts whatever their skeletons.
  void Similar(EntityType type, std::string_view skeleton, const MatchOptions& options,
               std::vector<uint32_t>* out, std::string_view latin = {}) const {
    std::vector<uint64_t> keys;
    FrameKeys(type, skeleton, &keys);
    std::vector<uint32_t> found;
    for (uint64_t key : keys) {
      const auto ids = frames.Find(key);
      found.insert(found.end(), ids.begin(), ids.end());
    }
    if (!latin.empty()) {
      keys.clear();
      WrittenKeys(type, latin, &keys);
      // Written one edit apart, the skeletons stay within the similarity's
      // reach (40 % of the longer word).
      for (uint64_t key : keys) {
        for (uint32_t token : written.Find(key)) {
          const std::string& word = tokens[token];
          const double reach =
              0.4 * static_cast<double>(std::max(word.size(), skeleton.size())) + 1e-9;
          if (word == skeleton || WeightedEditDistance(skeleton, word, reach) <= reach) {
            out->push_back(token);
          }
        }
      }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    // Accepted: similarity at or above the looser threshold, or one edit in
    // words of five letters or more (CloseWords) and in given names of four
    // letters or more (GivenNameSlip).
    const double tolerance = std::min(options.given_threshold, options.word_threshold);
    for (uint32_t token : found) {
      const std::string& word = tokens[token];
      const size_t longest = std::max(word.size(), skeleton.size());
      const size_t shortest = std::min(word.size(), skeleton.size());
      double limit = (1 - tolerance) * static_cast<double>(longest) + 1e-9;
      if (longest >= 5 || (longest >= 4 && shortest >= 3 && type == EntityType::kPerson)) {
        limit = std::max(limit, 1.0 + 1e-9);
      }
      limit = std::min(limit, 0.4 * static_cast<double>(longest));
      // Every letter of difference in length costs at least half.
      if (0.5 * static_cast<double>(longest - shortest) > limit) continue;
      if (word == skeleton || WeightedEditDistance(skeleton, word, limit) <= limit) {
        out->push_back(token);
      }
    }
  }

  void CollectCandidates(const PreparedName& query, const ScreeningOptions& options,
                         std::vector<uint32_t>* shapes) const;

  // Reorders names (with weak, records and added) so that names of one
  // family name and first given name lie together, each name's words in
  // memory allocated in that order: a query's candidates are mostly the
  // namesakes of a few family names, read one after the other, and a
  // million names do not fit in a cache.
  void LayOut();
};

void ScreeningIndex::Impl::LayOut() {
  std::vector<std::pair<std::string, uint32_t>> keys(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    const PreparedName& name = names[i];
    std::string& key = keys[i].first;
    key += static_cast<char>('0' + static_cast<int>(name.type()));
    std::string_view surname, given;
    for (const Word& w : name.words()) {
      if (w.role == Word::kSurname && surname.empty()) surname = w.skeleton;
      if (w.role == Word::kGiven && given.empty()) given = w.skeleton;
    }
    if (name.type() != EntityType::kPerson) surname = name.words().front().skeleton;
    key.append(surname);
    key += '\0';
    key.append(given);
    key += '\0';
    if (name.type() == EntityType::kPerson) key += PersonSignature(name);
    keys[i].second = static_cast<uint32_t>(i);
  }
  std::sort(keys.begin(), keys.end());
  std::vector<PreparedName> laid_out;
  laid_out.reserve(names.size());
  std::vector<uint8_t> laid_out_weak(names.size());
  std::vector<uint32_t> laid_out_records(names.size());
  added.resize(names.size());
  for (size_t k = 0; k < keys.size(); ++k) {
    const uint32_t i = keys[k].second;
    laid_out.push_back(names[i]);  // a copy: its words allocated in this order
    laid_out_weak[k] = weak[i];
    laid_out_records[k] = records[i];
    added[k] = i;
  }
  names = std::move(laid_out);
  weak = std::move(laid_out_weak);
  records = std::move(laid_out_records);
}

ScreeningIndex::ScreeningIndex() : impl_(std::make_unique<Impl>()) {}
ScreeningIndex::~ScreeningIndex() = default;
ScreeningIndex::ScreeningIndex(ScreeningIndex&&) noexcept = default;
ScreeningIndex& ScreeningIndex::operator=(ScreeningIndex&&) noexcept = default;

void ScreeningIndex::Add(uint32_t record, std::string_view name, EntityType type, bool weak_alias) {
  PreparedName prepared(name, type);
  if (prepared.words().empty()) return;
  impl_->names.push_back(std::move(prepared));
  impl_->records.push_back(record);
  impl_->weak.push_back(weak_alias ? 1 : 0);
}

void ScreeningIndex::SetAttributes(uint32_t record, PersonAttributes attributes) {
  if (attributes.empty()) {
    impl_->attributes.erase(record);
  } else {
    impl_->attributes[record] = std::move(attributes);
  }
}

void ScreeningIndex::Build() {
  Impl& m = *impl_;
  m.LayOut();
  // Shapes: persons grouped by signature, every other name its own shape.
  std::vector<uint32_t> shape_of(m.names.size());
  std::vector<uint32_t> shape_rep;  // per shape: its first name
  std::vector<uint32_t> shape_name_offsets;
  std::vector<uint32_t> shape_names;  // names of shape s: [offsets[s], offsets[s + 1])
  {
    std::unordered_map<std::string, uint32_t> by_signature;
    for (size_t i = 0; i < m.names.size(); ++i) {
      const PreparedName& name = m.names[i];
      uint32_t shape = static_cast<uint32_t>(shape_rep.size());
      if (name.type() == EntityType::kPerson) {
        shape = by_signature.try_emplace(PersonSignature(name), shape).first->second;
      }
      if (shape == shape_rep.size()) shape_rep.push_back(static_cast<uint32_t>(i));
      shape_of[i] = shape;
    }
  }
  const size_t shape_count = shape_rep.size();
  shape_name_offsets.assign(shape_count + 1, 0);
  for (uint32_t s : shape_of) ++shape_name_offsets[s + 1];
  for (size_t s = 0; s < shape_count; ++s) shape_name_offsets[s + 1] += shape_name_offsets[s];
  shape_names.resize(m.names.size());
  {
    std::vector<uint32_t> next(shape_name_offsets.begin(), shape_name_offsets.end() - 1);
    for (size_t i = 0; i < m.names.size(); ++i) {
      shape_names[next[shape_of[i]]++] = static_cast<uint32_t>(i);
    }
  }
  m.written_starts.assign(m.names.size(), 0);
  for (size_t s = 0; s < shape_count; ++s) {
    const auto first = shape_names.begin() + shape_name_offsets[s];
    const auto last = shape_names.begin() + shape_name_offsets[s + 1];
    m.written_starts[shape_name_offsets[s]] = 1;
    if (last - first < 2) continue;
    std::vector<std::pair<std::string, uint32_t>> by_written;
    for (auto it = first; it != last; ++it)
      by_written.emplace_back(WrittenSignature(m.names[*it]), *it);
    std::stable_sort(by_written.begin(), by_written.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t k = 0; k < by_written.size(); ++k) {
      first[k] = by_written[k].second;
      if (k > 0 && by_written[k].first != by_written[k - 1].first) {
        m.written_starts[shape_name_offsets[s] + k] = 1;
      }
    }
    shape_rep[s] = *first;
  }

  // Words of every shape, and the posting lists.
  std::vector<std::pair<uint32_t, uint32_t>> all_pending, single_pending;
  std::vector<uint32_t> words;                   // tokens of the shape's full words and readings
  std::vector<char> letters;                     // InitialLetter of each of `words`
  std::unordered_set<std::string> written_seen;  // (type, written form, token)
  std::vector<uint64_t> written_keys;
  for (uint32_t s = 0; s < shape_count; ++s) {
    const PreparedName& name = m.names[shape_rep[s]];
    const EntityType type = name.type();
    const bool person = type == EntityType::kPerson;
    words.clear();
    letters.clear();
    size_t full = 0;
    for (const Word& w : name.words()) {
      if (w.role == Word::kInitial) continue;
      words.push_back(m.Intern(type, w.skeleton));
      // An initial in a query stands for a given name (or, read the other
      // way round, the surname), never for the patronymic.
      letters.push_back(IsFullPersonWord(w) ? InitialLetter(w.skeleton) : 0);
      full += person ? IsFullPersonWord(w) : 1;
    }
    // Other nominative readings of the surname pair like the surname.
    for (const std::string& skeleton : name.alternative_skeletons()) {
      if (!person) break;
      if (skeleton.empty()) continue;
      words.push_back(m.Intern(type, skeleton));
      letters.push_back(0);
    }
    const bool multi = full >= 2;
    for (size_t i = 0; i < words.size(); ++i) {
      all_pending.emplace_back(words[i], s);
      if (!multi) single_pending.emplace_back(words[i], s);
      if (!multi) continue;
      for (size_t j = 0; j < words.size(); ++j) {
        if (j == i) continue;
        if (j > i) m.pairs.Add(PairKey(words[i], words[j]), s);
        if (person && letters[j] != 0) m.initials.Add(InitialKey(words[i], letters[j]), s);
      }
    }
  }
  // The list's family names: per token, the records whose parse reads it
  // as the family name (a record's names are usually added together, so a
  // record is counted once per run of its names).
  // Its given names likewise: the other full words.
  {
    std::vector<uint32_t> last_family(m.tokens.size(), UINT32_MAX);
    std::vector<uint32_t> last_given(m.tokens.size(), UINT32_MAX);
    m.family_records.assign(m.tokens.size(), 0);
    m.given_records.assign(m.tokens.size(), 0);
    m.spellings.assign(m.tokens.size(), 0);
    auto count = [&](std::vector<uint32_t>& last, std::vector<uint16_t>& counts, size_t token,
                     uint32_t record) {
      if (last[token] == record) return;
      last[token] = record;
      if (counts[token] < UINT16_MAX) ++counts[token];
    };
    // In the order the names were added (a record's names together).
    std::vector<uint32_t> position(m.names.size());
    for (size_t k = 0; k < m.added.size(); ++k) position[m.added[k]] = static_cast<uint32_t>(k);
    for (const uint32_t i : position) {
      const PreparedName& name = m.names[i];
      if (name.type() != EntityType::kPerson || name.surname_readings().empty()) continue;
      int at = name.surname_readings()[0];
      for (const Word& w : name.words()) {
        if (!IsFullPersonWord(w)) continue;
        // Every full word is in the vocabulary (interned with its shape).
        const auto token = static_cast<size_t>(m.FindToken(EntityType::kPerson, w.skeleton));
        m.spellings[token] |=
            (w.romanized ? Impl::kSpellingRomanized : 0) |
            (DetectScript(w.written) == Script::kCyrillic ? Impl::kSpellingCyrillic
                                                          : Impl::kSpellingOther) |
            (name.alternatives().empty() ? 0 : Impl::kSpellingAlternatives);
        if (at-- == 0) {
          count(last_family, m.family_records, token, m.records[i]);
        } else {
          count(last_given, m.given_records, token, m.records[i]);
        }
      }
    }
    for (const PreparedName& name : m.names) {
      if (name.type() != EntityType::kPerson) continue;
      for (const Word& w : name.words()) {
        m.latin_ids.try_emplace(w.latin, static_cast<uint32_t>(m.latin_ids.size() + 1));
      }
    }
    for (PreparedName& name : m.names) {
      if (name.type() == EntityType::kPerson) m.MarkListedFamilies(&name);
    }
  }
  // Written forms of every name (a shape's names share skeletons, not
  // written forms).
  for (const PreparedName& name : m.names) {
    for (const Word& w : name.words()) {
      if (w.role == Word::kInitial) continue;
      const uint32_t token = m.Intern(name.type(), w.skeleton);
      std::string seen(1, static_cast<char>('0' + static_cast<int>(name.type())));
      seen += w.latin;
      seen += '|';
      seen += std::to_string(token);
      if (!written_seen.insert(std::move(seen)).second) continue;
      written_keys.clear();
      WrittenKeys(name.type(), w.latin, &written_keys);
      for (uint64_t k : written_keys) m.written.Add(k, token);
    }
  }
  m.shape_info.resize(shape_count);
  m.shape_entries.resize(shape_names.size());
  for (size_t s = 0; s < shape_count; ++s) {
    m.shape_info[s] = {shape_rep[s], shape_name_offsets[s], shape_name_offsets[s + 1],
                       m.names[shape_rep[s]].type()};
  }
  for (size_t k = 0; k < shape_names.size(); ++k) {
    m.shape_entries[k] = {shape_names[k], m.records[shape_names[k]]};
  }
  m.records.clear();
  m.records.shrink_to_fit();
  m.weak.shrink_to_fit();
  m.all.Build(m.tokens.size(), &all_pending);
  m.single.Build(m.tokens.size(), &single_pending);
  m.pairs.Build();
  m.initials.Build();

  // Frames of the vocabulary; the type is the first character of the key.
  std::vector<uint64_t> keys;
  for (const auto& [key, token] : m.token_ids) {
    keys.clear();
    FrameKeys(static_cast<EntityType>(key[0] - '0'), m.tokens[token], &keys);
    for (uint64_t k : keys) m.frames.Add(k, token);
  }
  m.frames.Build();
  m.written.Build();
  static std::atomic<uint64_t> next_vocabulary{1};
  m.vocabulary_id = next_vocabulary.fetch_add(1);
  m.built = true;
}

bool ScreeningIndex::built() const { return impl_->built; }

size_t ScreeningIndex::size() const { return impl_->names.size(); }

size_t ScreeningIndex::LastCandidateCount() { return last_candidate_count; }

size_t ScreeningIndex::MemoryBytes() const {
  const Impl& m = *impl_;
  size_t bytes = m.records.capacity() * 4 + m.names.capacity() * sizeof(PreparedName) +
                 m.shape_info.capacity() * sizeof(Impl::Shape) +
                 m.shape_entries.capacity() * sizeof(Impl::ShapeEntry) + m.frames.MemoryBytes() +
                 m.written.MemoryBytes() + m.all.MemoryBytes() + m.single.MemoryBytes() +
                 m.pairs.MemoryBytes() + m.initials.MemoryBytes() + m.written_starts.capacity() +
                 m.added.capacity() * 4;
  for (const std::string& t : m.tokens) bytes += sizeof(t) * 2 + 16 + t.size() + 1;
  for (const PreparedName& n : m.names) {
    bytes += n.text().capacity() > 15 ? n.text().capacity() : 0;
    bytes += n.words().capacity() * sizeof(Word);
    for (const Word& w : n.words()) {
      bytes += w.written.capacity() > 15 ? w.written.capacity() : 0;
      bytes += w.skeleton.capacity() > 15 ? w.skeleton.capacity() : 0;
      bytes += w.latin.capacity() > 15 ? w.latin.capacity() : 0;
    }
  }
  return bytes;
}

// The shapes that may score at or above the threshold against `query` (or,
// with include_related, be related to it). Persons: a kept match needs the
// surnames close and, when both names have full given names, a given name in
// common; so a query word pair is looked up as a pair, and only names with
// fewer than two full words (surname only, initials, no surname) by a single
// word. Organizations: every word must match, so the two rarest words are
// looked up as a pair.
void ScreeningIndex::Impl::CollectCandidates(const PreparedName& query,
                                             const ScreeningOptions& options,
                                             std::vector<uint32_t>* shapes) const {
  const EntityType type = query.type();
  const MatchOptions& mo = options.match;
  const std::vector<Word>& qwords = query.words();
  // Similar vocabulary words per query word (initials have none).
  std::vector<std::vector<uint32_t>> similar(qwords.size());
  for (size_t i = 0; i < qwords.size(); ++i) {
    if (qwords[i].role == Word::kInitial) continue;
    Similar(type, qwords[i].skeleton, mo, &similar[i], qwords[i].latin);
    std::sort(similar[i].begin(), similar[i].end());
    similar[i].erase(std::unique(similar[i].begin(), similar[i].end()), similar[i].end());
  }
  auto add_all = [&](const TokenPostings& table, const std::vector<uint32_t>& tokens) {
    for (uint32_t t : tokens) {
      const auto ids = table.Find(t);
      shapes->insert(shapes->end(), ids.begin(), ids.end());
    }
  };
  auto add_pairs = [&](const std::vector<uint32_t>& xs, const std::vector<uint32_t>& ys) {
    for (uint32_t x : xs) {
      for (uint32_t y : ys) {
        const auto ids = pairs.Find(PairKey(x, y));
        shapes->insert(shapes->end(), ids.begin(), ids.end());
      }
    }
  };
  auto posting_size = [&](const std::vector<uint32_t>& tokens) {
    size_t n = 0;
    for (uint32_t t : tokens) n += all.Find(t).size();
    return n;
  };

  if (type != EntityType::kPerson) {
    std::vector<size_t> order(qwords.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<size_t> sizes(qwords.size());
    for (size_t i = 0; i < qwords.size(); ++i) sizes[i] = posting_size(similar[i]);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sizes[a] < sizes[b]; });
    if (options.include_related || qwords.size() == 1) {
      add_all(options.include_related ? all : single, similar[order[0]]);
    } else {
      add_pairs(similar[order[0]], similar[order[1]]);
    }
    // Acronyms listed alone: those the options state, and with
    // infer_acronyms the initial letters of the query's words.
    std::vector<uint32_t> acronyms;
    for (const auto& [acronym, expansion] : mo.acronyms) {
      Similar(type, NameSkeleton(acronym), mo, &acronyms);
      const PreparedName expanded(expansion, type);
      if (qwords.size() == 1 && expanded.words().size() >= 2) {
        std::vector<uint32_t> more;
        CollectCandidates(expanded, options, &more);
        shapes->insert(shapes->end(), more.begin(), more.end());
      }
    }
    if (mo.infer_acronyms && qwords.size() >= 2) {
      std::string letters;
      for (const Word& w : qwords) letters += w.written.substr(0, 1);
      Similar(type, NameSkeleton(letters), mo, &acronyms);
    }
    if (qwords.size() >= 2) add_all(single, acronyms);
    return;
  }

  // Persons: the full words in written order, as name_match.cc reads them.
  std::vector<size_t> full;
  const Word* first_initial = nullptr;
  for (size_t i = 0; i < qwords.size(); ++i) {
    if (IsFullPersonWord(qwords[i])) full.push_back(i);
    if (qwords[i].role == Word::kInitial && first_initial == nullptr) first_initial = &qwords[i];
  }
  // Names listed without a second full word match on any one word.
  for (size_t i = 0; i < qwords.size(); ++i) add_all(single, similar[i]);
  if (query.surname_readings().empty()) {
    // No surname in the query: any name with one of its words may match.
    for (size_t i = 0; i < qwords.size(); ++i) add_all(all, similar[i]);
    return;
  }
  std::vector<int> readings;
  for (uint8_t at : query.surname_readings()) {
    if (at < full.size()) readings.push_back(at);
  }
  for (size_t r = 0; r < readings.size(); ++r) {
    const Word& surname = qwords[full[readings[r]]];
    std::vector<uint32_t> surnames = similar[full[readings[r]]];
    // Another family name of the list is never a slip of this one: the
    // neighbours the comparison rejects whichever way they are written.
    if (surname.listed_family >= kListedFamilyRecords && !surname.romanized &&
        query.alternatives().empty()) {
      const bool cyrillic = DetectScript(surname.written) == Script::kCyrillic;
      const internal::FamilySpelling q{surname.skeleton, surname.listed_family, false, cyrillic};
      const uint8_t one_way = cyrillic ? Impl::kSpellingCyrillic : Impl::kSpellingOther;
      std::erase_if(surnames, [&](uint32_t t) {
        return spellings[t] == one_way &&
               internal::TwoListedFamilies(q, {tokens[t], family_records[t], false, cyrillic},
                                           mo.word_threshold);
      });
    }
    if (!options.include_related) {
      // The other gender's form (Ivanova for Ivanov) is only ever related.
      std::erase_if(surnames, [&](uint32_t t) {
        const std::string& word = tokens[t];
        return word != surname.skeleton && (word.back() == 'a' || surname.skeleton.back() == 'a') &&
               internal::GenderedPair(surname.skeleton, word, mo.word_threshold);
      });
    }
    if (r == 0) {
      for (const std::string& alt : query.alternative_skeletons()) {
        Similar(type, alt, mo, &surnames);
      }
    }
    if (options.include_related) {
      // The whole family: every name with the surname or its other gender.
      std::vector<std::string> forms = internal::MasculineForms(surname.skeleton);
      if (forms.empty()) {
        forms.push_back(surname.skeleton + "a");
        const std::string& s = surname.skeleton;
        if (s.size() > 2 && s.back() == 'i') {
          const bool oi = s[s.size() - 2] == 'o';
          forms.push_back(s.substr(0, s.size() - (oi ? 2 : 1)) + "aia");
        }
      }
      for (const std::string& form : forms) Similar(type, form, mo, &surnames);
      add_all(all, surnames);
      continue;
    }
    bool given = false;
    for (size_t k = 0; k < full.size(); ++k) {
      if (static_cast<int>(k) == readings[r]) continue;
      given = true;
      add_pairs(surnames, similar[full[k]]);
    }
    if (given) continue;
    if (first_initial != nullptr) {
      const char letter = InitialLetter(first_initial->skeleton);
      for (uint32_t t : surnames) {
        const auto ids = initials.Find(InitialKey(t, letter));
        shapes->insert(shapes->end(), ids.begin(), ids.end());
      }
      add_all(single, surnames);
    } else {
      add_all(all, surnames);  // a surname alone matches every given name
    }
  }
  // One word written as two: "Rami Makhlouf" / "Ramimakhlouf". A one-word
  // query is split where both parts are listed words (spelled exactly).
  if (full.size() == 1 && !options.include_related) {
    const std::string& joined = qwords[full[0]].skeleton;
    std::string key(1, static_cast<char>('0' + static_cast<int>(type)));
    for (size_t cut = 2; cut + 2 <= joined.size(); ++cut) {
      auto left = token_ids.find(key + joined.substr(0, cut));
      if (left == token_ids.end()) continue;
      auto right = token_ids.find(key + joined.substr(cut));
      if (right == token_ids.end()) continue;
      const auto ids = pairs.Find(PairKey(left->second, right->second));
      shapes->insert(shapes->end(), ids.begin(), ids.end());
    }
  }
  if (full.size() >= 2) {
    std::string forward, backward;
    for (size_t k = 0; k < full.size(); ++k) {
      forward += qwords[full[k]].skeleton;
      backward += qwords[full[full.size() - 1 - k]].skeleton;
    }
    std::vector<uint32_t> joined;
    Similar(type, forward, mo, &joined);
    Similar(type, backward, mo, &joined);
    add_all(single, joined);
  }
}

std::vector<ScreeningHit> ScreeningIndex::Query(std::string_view name,
                                                std::optional<EntityType> type,
                                                const ScreeningOptions& options,
                                                const PersonAttributes* attributes) const {
  const Impl& m = *impl_;
  last_candidate_count = 0;
  if (attributes != nullptr && (attributes->empty() || m.attributes.empty())) attributes = nullptr;
  // A kept match: the name, its score and verdict, and the query it matched.
  struct Found {
    uint32_t record;
    uint32_t name;
    double score;
    size_t query;
  };
  // The name's score becomes the record's: a weak alias lowers it, the
  // attributes move it or veto it. `birth_day_decides`: the name's
  // NameMatch::birth_day_decides.
  auto adjust = [&](uint32_t record, uint32_t name_index, double name_score, bool birth_day_decides,
                    bool* veto, AttributeMatch* why) {
    double score = name_score;
    if (m.weak[name_index]) score -= kWeakAliasPenalty;
    *veto = false;
    bool same_birth_day = false;
    if (attributes != nullptr) {
      auto it = m.attributes.find(record);
      if (it != m.attributes.end()) {
        AttributeMatch am = CompareAttributes(*attributes, it->second);
        score += am.adjustment;
        *veto = am.veto;
        same_birth_day = am.same_birth_day;
        if (why != nullptr) *why = std::move(am);
      }
    }
    // Agreeing attributes rank a name hit higher; they never make one, but
    // for a given name one typing slip from another of our list (Jan /
    // Juan) beside the same birth day.
    const bool lifted = birth_day_decides && same_birth_day && !*veto;
    if (score > name_score && name_score < options.threshold && !lifted) score = name_score;
    return std::clamp(score, 0.0, 1.0);
  };
  const double lowest = options.threshold;
  std::vector<Found> found;
  std::vector<PreparedName> queries;
  std::vector<uint32_t> shapes;
  for (EntityType t : kAllTypes) {
    if (type.has_value() && *type != t) continue;
    PreparedName query(name, t);
    if (query.words().empty()) continue;
    if (t == EntityType::kPerson) {
      internal::UseVocabulary(m.vocabulary_id);
      m.MarkListedFamilies(&query, /*fresh=*/true);
    }
    shapes.clear();
    m.CollectCandidates(query, options, &shapes);
    std::sort(shapes.begin(), shapes.end());
    shapes.erase(std::unique(shapes.begin(), shapes.end()), shapes.end());
    last_candidate_count += shapes.size();
    // kDifferent scores stay below possible_threshold - 0.01: when the
    // threshold is above, their exact scores are never needed.
    const internal::ScreeningQuery screening_query(
        query, lowest > std::max(0.0, options.match.possible_threshold - 0.01), m.vocabulary_id);
    // The candidates' shapes, names and words lie scattered over the index:
    // each is fetched a few candidates ahead of its comparison, in stages (a
    // shape gives its name and entries, a name its words).
    // Every cache line of [data, data + bytes): an object that does not
    // start on a line ends on one more than bytes / 64 lines.
    auto prefetch_bytes = [](const void* data, size_t bytes) {
      const auto first = reinterpret_cast<uintptr_t>(data) & ~uintptr_t{63};
      const auto end = reinterpret_cast<uintptr_t>(data) + bytes;
      for (uintptr_t line = first; line < end; line += 64) {
        __builtin_prefetch(reinterpret_cast<const void*>(line));
      }
    };
    auto prefetch = [&](size_t i) {
      if (i + 6 < shapes.size()) __builtin_prefetch(&m.shape_info[shapes[i + 6]]);
      if (i + 4 < shapes.size()) {
        const Impl::Shape& ahead = m.shape_info[shapes[i + 4]];
        prefetch_bytes(&m.names[ahead.rep], sizeof(PreparedName));
        __builtin_prefetch(&m.shape_entries[ahead.first]);
      }
      if (i + 2 < shapes.size()) {
        // Every word (the comparison reads each one's role and strings) and
        // the surname readings.
        const PreparedName& ahead = m.names[m.shape_info[shapes[i + 2]].rep];
        prefetch_bytes(ahead.words().data(), ahead.words().size() * sizeof(Word));
        __builtin_prefetch(ahead.surname_readings().data());
      }
    };
    for (size_t i = 0; i < shapes.size(); ++i) {
      prefetch(i);
      const Impl::Shape& shape = m.shape_info[shapes[i]];
      if (shape.type != t) continue;
      const PreparedName& listed = m.names[shape.rep];
      internal::ResetWrittenConsulted();
      NameMatch match = screening_query.Compare(listed, options.match);
      // Only when the written forms were consulted do the shape's other
      // written forms need scoring of their own.
      const bool per_written = internal::WrittenConsulted();
      for (uint32_t k = shape.first; k < shape.end; ++k) {
        const Impl::ShapeEntry& entry = m.shape_entries[k];
        if (per_written && m.written_starts[k] && k != shape.first) {
          match = screening_query.Compare(m.names[entry.name], options.match);
        }
        const bool related = options.include_related && match.verdict == MatchVerdict::kRelated;
        const bool by_birth_day = match.birth_day_decides && attributes != nullptr;
        if (match.score < lowest && !related && !by_birth_day) {
          if (!per_written) break;
          continue;
        }
        bool veto = false;
        const double score =
            adjust(entry.record, entry.name, match.score, match.birth_day_decides, &veto, nullptr);
        if (veto ? !options.keep_vetoed : (score < options.threshold && !related)) continue;
        found.push_back({entry.record, entry.name, veto ? 0.0 : score, queries.size()});
      }
    }
    queries.push_back(std::move(query));
  }
  // Best first, ties by record; each record once, by its best name (then
  // its first). A name is found once, so the order is total: sorting only a
  // prefix that holds max_hits records gives the same hits as sorting all
  // (initial queries find thousands of names).
  auto better = [&m](const Found& a, const Found& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.record != b.record) return a.record < b.record;
    return m.added[a.name] < m.added[b.name];
  };
  const size_t prefix = 4 * options.max_hits;
  if (options.max_hits > 0 && found.size() > 2 * prefix) {
    std::partial_sort(found.begin(), found.begin() + prefix, found.end(), better);
    std::unordered_set<uint32_t> records;
    for (size_t i = 0; i < prefix && records.size() < options.max_hits; ++i) {
      records.insert(found[i].record);
    }
    if (records.size() < options.max_hits) std::sort(found.begin() + prefix, found.end(), better);
  } else {
    std::sort(found.begin(), found.end(), better);
  }
  {
    std::unordered_set<uint32_t> seen;
    size_t kept = 0;
    for (size_t i = 0; i < found.size(); ++i) {
      if (options.max_hits > 0 && kept == options.max_hits) break;
      if (seen.insert(found[i].record).second) found[kept++] = found[i];
    }
    found.resize(kept);
  }
  // Reasons only for what is returned.
  std::vector<ScreeningHit> hits;
  hits.reserve(found.size());
  for (const Found& f : found) {
    ScreeningHit hit;
    hit.record = f.record;
    hit.matched_name = m.names[f.name].text();
    hit.match = ComparePrepared(queries[f.query], m.names[f.name], options.match);
    hit.name_score = hit.match.score;
    hit.name_reasons = hit.match.reasons;
    hit.weak_alias = m.weak[f.name] != 0;
    AttributeMatch am;
    const bool lift = hit.match.birth_day_decides;
    hit.match.score = adjust(f.record, f.name, hit.match.score, lift, &hit.vetoed, &am);
    if (lift && hit.match.score >= options.match.possible_threshold && !hit.vetoed) {
      hit.match.verdict = MatchVerdict::kPossible;
    }
    hit.attribute_reasons = std::move(am.reasons);
    if (hit.weak_alias) hit.match.reasons += "; weak alias";
    if (!hit.attribute_reasons.empty()) hit.match.reasons += "; " + hit.attribute_reasons;
    const MatchOptions& mo = options.match;
    if (hit.vetoed) {
      hit.match.verdict = MatchVerdict::kDifferent;
      hit.match.score = std::min(hit.match.score, mo.possible_threshold - 0.01);
    } else if (hit.match.verdict == MatchVerdict::kSame && hit.match.score < mo.same_threshold) {
      hit.match.verdict = MatchVerdict::kPossible;
    } else if (hit.match.verdict == MatchVerdict::kPossible &&
               hit.match.score < mo.possible_threshold) {
      hit.match.verdict = MatchVerdict::kDifferent;
    }
    hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace dossier

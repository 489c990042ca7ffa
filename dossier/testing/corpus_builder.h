// CorpusBuilder: hand-made corpora for golden tests of the dossier. Sources
// are paragraphs of text; entities, facts and quotes are placed by the text
// they cover, so a test reads as a table of sentences and what they say.
//
//   CorpusBuilder b;
//   int s = b.AddSource("a.txt", "2019-03-02", {"Arman Tulegenov was born in 1961."});
//   std::string arman = b.AddEntity(s, EntityType::kPerson, "Arman Tulegenov");
//   b.AddFact(s, {.subject = arman, .predicate = "born_on", .object = "1961"},
//             "was born in 1961");
//   b.Group("P-arman", {{s, arman}});
//   Corpus corpus = b.Build();
//
// Not thread-safe. Test-only: the product builds corpora from the store.
#ifndef DOSSIER_DOSSIER_TESTING_CORPUS_BUILDER_H_
#define DOSSIER_DOSSIER_TESTING_CORPUS_BUILDER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/corpus.h"

namespace dossier::testing {

class CorpusBuilder {
 public:
  // Adds a source whose text is `paragraphs` joined by blank lines, one
  // passage per paragraph and one sentence per passage. Returns its index.
  int AddSource(std::string path, std::string published, const std::vector<std::string>& paragraphs,
                std::string title = "");

  // Marks passage `passage` of source `source` as repeating passage
  // `of_passage` of source `of_source` (the same source: internal repeat).
  void MarkDuplicate(int source, int passage, int of_source, int of_passage);

  // Adds an entity to `source` with a mention at every occurrence of `name`
  // and of each alias. Returns its local id ("e1", ...).
  std::string AddEntity(int source, EntityType type, std::string name,
                        std::vector<std::string> aliases = {});

  // Adds `fact` with its evidence at the first occurrence of `evidence` in
  // the source's text (the test fails loudly when absent: an empty span).
  void AddFact(int source, Fact fact, std::string_view evidence);

  // Adds a quote of `words` (their first occurrence) said by `speaker`
  // ("" for unknown) with cue `cue`.
  void AddQuote(int source, std::string_view words, std::string speaker, std::string cue = "said");

  // Adds a dated time at the first occurrence of `words`, naming the
  // inclusive ISO dates `from` to `to`.
  void AddTime(int source, std::string_view words, std::string from, std::string to);

  // Groups per-source entities into corpus entity `id`; its name and names
  // come from the members' names and aliases.
  void Group(std::string id, std::vector<std::pair<int, std::string>> members);

  Corpus Build() const { return corpus_; }

 private:
  Span Find(int source, std::string_view text) const;
  int PassageAt(int source, uint32_t offset) const;

  Corpus corpus_;
};

}  // namespace dossier::testing

#endif  // DOSSIER_DOSSIER_TESTING_CORPUS_BUILDER_H_

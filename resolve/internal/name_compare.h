// The pieces of the comparison (name_match.cc, word_compare.cc) that the
// screening index needs to block and filter candidates exactly as the
// comparison will judge them.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_RESOLVE_INTERNAL_NAME_COMPARE_H_
#define DOSSIER_RESOLVE_INTERNAL_NAME_COMPARE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/name_match.h"

namespace dossier::internal {

// A screening query compared with many listed names: ComparePrepared()
// without the reasons (NameMatch::reasons is empty), with the query's parts
// per reading computed once. The verdict and score are ComparePrepared()'s;
// with `quick_different`, a kDifferent verdict may come with score 0 (the
// comparison stops at the part that decides it: surnames too far apart),
// for callers that drop every kDifferent result.
// Borrows `name`, which must outlive it unmoved. Thread-compatible.
class ScreeningQuery {
 public:
  // `vocabulary`: the id of the index whose Word::token the names carry
  // (UseVocabulary()).
  ScreeningQuery(const PreparedName& name, bool quick_different, uint64_t vocabulary);
  ~ScreeningQuery();
  ScreeningQuery(const ScreeningQuery&) = delete;
  ScreeningQuery& operator=(const ScreeningQuery&) = delete;

  NameMatch Compare(const PreparedName& listed, const MatchOptions& options) const;

 private:
  struct Readings;
  const PreparedName* name_;
  bool quick_different_;
  std::unique_ptr<Readings> readings_;  // persons only
};

// The similarity of two skeletons in [0, 1]: 1 - WeightedEditDistance / the
// longer length; 0 when the cost exceeds 40 % of the longer length.
double WordSimilarity(std::string_view a, std::string_view b);
// The same for two words' skeletons, looked up by Word::token when both
// have one. REQUIRES: UseVocabulary() was called on this thread with the id
// of the index whose tokens the words carry.
double WordSimilarity(const PreparedName::Word& a, const PreparedName::Word& b);

// Makes this thread's similarity lookups by Word::token those of the index
// with id `vocabulary` (unique per built index, never 0).
void UseVocabulary(uint64_t vocabulary);

// An id for a query word that the vocabulary lacks, at least `first_free`
// (above every id of the vocabulary), never handed out before on this
// thread since the last UseVocabulary() switch: answers about it are looked
// up like those about the vocabulary's words. REQUIRES: UseVocabulary() was
// called on this thread.
uint32_t FreshToken(uint32_t first_free);

// Whether two skeletons of similarity `similarity` are spellings of one word:
// similarity at or above `threshold`, or one edit apart in words of five
// letters or more.
bool CloseWords(std::string_view a, std::string_view b, double similarity, double threshold);

// The masculine skeletons a feminine surname skeleton stands for
// (nazarbaeva -> nazarbaev, tolstaia -> tolstoi, tolsti); empty when the
// skeleton has no feminine ending.
std::vector<std::string> MasculineForms(std::string_view feminine);

// Whether surname skeletons `a` and `b` are the masculine and feminine forms
// of one family name, in either order (the comparison calls such surnames
// kRelated). Two feminine forms are not such a pair.
// A feminine form and a word that does not end as the masculine form does or
// is no closer to it than to the feminine form (a slip in the ending:
// Khadeyeav, Kasymovk) are not such a pair.
bool GenderedPair(std::string_view a, std::string_view b, double threshold);

// Whether given-name skeletons `a` and `b` of similarity `similarity` (below
// the given-name threshold) can be one name with one slip: at most one full
// edit (a wrong, missing, extra or swapped letter), the longer of four
// letters or more, the shorter of three or more, and not two different names
// of our given-name list (Oleg / Olga). The comparison allows it only when
// the surnames agree without any allowance of their own.
bool GivenNameSlip(std::string_view a, std::string_view b, double similarity);

// A family name as the rule of the list's own family names reads it.
struct FamilySpelling {
  std::string_view skeleton;
  uint16_t records = 0;    // listed records with it as family name (Word::listed_family)
  bool romanized = false;  // Word::romanized
  bool cyrillic = false;   // written in Cyrillic
};

// Whether `a` and `b` are two family names of the list rather than one name
// and a slip: both listed by kListedFamilyRecords records or more, with
// different skeletons, each spelled one way (neither a romanization, both
// in one script: Hill / Hall, Baker / Becker, Чудеев / Чудоев), and not the
// masculine and feminine forms of one name. Romanizations vary beyond one
// letter (Kozhakhmetova / Koschachmetowa, Hashimi / Hashemi, a Cyrillic
// original and its German spelling) and keep the slip tolerance.
bool TwoListedFamilies(const FamilySpelling& a, const FamilySpelling& b, double threshold);

// Whether a comparison on this thread since the last ResetWrittenConsulted()
// read the words' written forms (PreparedName::Word::latin); when it did not,
// names with the same skeletons score alike whatever their written forms.
void ResetWrittenConsulted();
bool WrittenConsulted();

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_NAME_COMPARE_H_

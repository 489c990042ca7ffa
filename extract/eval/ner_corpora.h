// Annotated corpora for training and measuring the named-entity tagger, read
// as ConllDocuments whose gold tags are BIO tags of our types (PER, ORG, LOC,
// MISC). Used by `dossier train ner` and `dossier eval ner`, never on the
// extraction path.
//
//  - A CoNLL file (CoNLL-2003, KazNERD's IOB2): the last column is the tag;
//    PERSON becomes PER, ORGANISATION and ORGANIZATION become ORG, GPE and
//    LOCATION become LOC; any other type (KazNERD's DATE, NORP, POSITION, ...)
//    becomes O. A file without "-DOCSTART-" lines is one document per sentence.
//  - A factRuEval-2016 folder (book_N.tokens, .spans, .objects): one document
//    per book, sentences as in .tokens; a token is PER when it is in a name,
//    surname, patronymic or nickname span of a Person object, LOC in a
//    loc_name span of a Location or LocOrg object, ORG in an org_name span of
//    an Org object (descriptions such as "мэрии" are O; a location inside an
//    organization's name stays LOC); Project objects are not tagged.
//
// A spec "PATH#PART" keeps a deterministic part of the documents, by their
// index i in reading order: "dev" is i % 10 == 9, "test" is i % 10 == 8,
// "train" the rest, "notdev" everything but "dev"; for five-fold
// cross-validation, "foldK" (K in 0-4) is i % 5 == K and "notfoldK" the rest
// (over the whole corpus: for KazNERD, whose one file holds our test tenth,
// use train/dev/test).
//
//   ASSIGN_OR_RETURN(std::vector<ConllDocument> docs, ReadNerCorpus("kaznerd.txt#train"));
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_EVAL_NER_CORPORA_H_
#define DOSSIER_EXTRACT_EVAL_NER_CORPORA_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/eval/ner_conll.h"

namespace dossier {

// Reads the corpus named by `spec` (see above). Errors: NotFound when PATH is
// missing, InvalidArgument for an unknown PART or a malformed file (naming it
// and the line).
StatusOr<std::vector<ConllDocument>> ReadNerCorpus(const std::string& spec);

// Maps one gold tag of another scheme to ours ("B-PERSON" -> "B-PER",
// "I-GPE" -> "I-LOC", "B-DATE" -> "O"); tags already ours are kept.
std::string NormalizeNerTag(std::string_view tag);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EVAL_NER_CORPORA_H_

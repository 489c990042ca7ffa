// A small fictional corpus for the dossier's tests: three sources about
// Arman Tulegenov and Radio Saryarka that agree on some facts, repeat one,
// and disagree on his birth year, on who owns the station, and with
// themselves on when he moved to Geneva.
//
// Sources: 0 "profile.md" (2019-01-10), 1 "herald.html" (2019-03-02,
// "Steppe Herald"), 2 "interview.txt" (2020-05-01). Corpus entities:
// "P-arman", "P-aliya", "P-omarov", "O-radio", "O-dala".
#ifndef DOSSIER_DOSSIER_TESTING_SAMPLE_CORPUS_H_
#define DOSSIER_DOSSIER_TESTING_SAMPLE_CORPUS_H_

#include "dossier/corpus.h"

namespace dossier::testing {

Corpus SampleCorpus();

}  // namespace dossier::testing

#endif  // DOSSIER_DOSSIER_TESTING_SAMPLE_CORPUS_H_

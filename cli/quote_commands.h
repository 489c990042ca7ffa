// `dossier eval quotes DIR`: scores the quotation extractor on a corpus of
// brat attribution annotations (PolNeAR: DIR/text/NAME.txt with
// DIR/attributions/NAME_ANNOTATOR.ann; the first annotator's file counts).
//
// A gold direct quotation is an attribution whose Content is at least half
// made of characters inside double quotation marks. It is found when one of
// our quotations' parts overlaps its quoted characters. Its speaker is right
// when our speaker entity has a mention or reference overlapping the gold
// Source span, or our speaker_span overlaps it; a null speaker is wrong.
// Printed: quotations found (recall), the share of our quotations that
// overlap any gold Content (precision), speaker accuracy on found gold direct
// quotations that have a Source, and the same for sources that are names
// (not pronouns), which a pronoun resolved to the wrong entity cannot pass.
#ifndef DOSSIER_CLI_QUOTE_COMMANDS_H_
#define DOSSIER_CLI_QUOTE_COMMANDS_H_

#include <string>

namespace dossier::cli {

// Runs the evaluation over DIR with the NER model at `model` ("" = the
// shipped one). `verbose` prints each missed or misattributed quotation.
// Returns 0, or 1 when DIR cannot be read.
int RunEvalQuotes(const std::string& dir, const std::string& model, bool verbose);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_QUOTE_COMMANDS_H_

// dossier: the command-line front end. Parses arguments and dispatches to the
// subcommands in commands.h; exit 0 success, 1 some input failed, 2 usage.

#include <fmt/core.h>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/ner_commands.h"
#include "cli/time_commands.h"

namespace {

using dossier::cli::GlobalOptions;

constexpr int kUsageError = 2;

// Adds the options every subcommand takes.
void AddGlobalOptions(CLI::App* command, GlobalOptions* global, bool listing) {
  command->add_option("--db", global->db, "SQLite evidence store")->capture_default_str();
  if (listing) command->add_flag("--json", global->json, "print JSON instead of a table");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Dossier: an evidence engine for investigating public figures"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dossier 0.1.0");

  GlobalOptions global;

  dossier::cli::IngestOptions ingest;
  CLI::App* ingest_cmd = app.add_subcommand("ingest", "store files and folders (recursively)");
  AddGlobalOptions(ingest_cmd, &global, /*listing=*/true);
  ingest_cmd->add_option("paths", ingest.paths, "files or folders")->required();
  ingest_cmd->add_option("--max-bytes", ingest.max_bytes, "refuse files larger than this")
      ->capture_default_str();
  bool no_progress = false;
  ingest_cmd->add_flag("--no-progress", no_progress, "never draw the progress bar");

  CLI::App* sources_cmd = app.add_subcommand("sources", "list stored sources");
  AddGlobalOptions(sources_cmd, &global, /*listing=*/true);

  std::string show_source;
  CLI::App* show_cmd =
      app.add_subcommand("show", "print a stored source's text with sections and duplicates");
  AddGlobalOptions(show_cmd, &global, /*listing=*/true);
  show_cmd->add_option("source", show_source, "source id or SHA-256 prefix (6+ hex digits)")
      ->required();

  dossier::cli::SearchOptions search;
  CLI::App* search_cmd = app.add_subcommand("search", "full-text search over passages");
  AddGlobalOptions(search_cmd, &global, /*listing=*/true);
  search_cmd->add_option("query", search.query, "words, \"phrases\", prefix*")->required();
  search_cmd->add_option("--limit", search.limit, "most hits to print")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));

  dossier::cli::ExtractOptions extract;
  CLI::App* extract_cmd =
      app.add_subcommand("extract", "run the pipeline on files without storing them");
  extract_cmd->add_flag("--json", global.json, "print the extraction contract JSON");
  CLI::Option* extract_db =
      extract_cmd->add_option("--db", global.db, "also mark duplicates of stored passages");
  extract_cmd->add_option("paths", extract.paths, "files or folders")->required();
  extract_cmd->add_option("--max-bytes", extract.max_bytes, "refuse files larger than this")
      ->capture_default_str();

  CLI::App* eval_cmd = app.add_subcommand("eval", "score extractors on public corpora");
  eval_cmd->require_subcommand(1);
  std::string eval_path;
  CLI::App* eval_timex =
      eval_cmd->add_subcommand("timex", "TimeML TIMEX3 DATE span F1 and value accuracy");
  eval_timex->add_option("dir", eval_path, "folder of .tml files")->required();
  CLI::App* eval_duckling =
      eval_cmd->add_subcommand("duckling", "Duckling time or money corpus accuracy per group");
  eval_duckling->add_option("file", eval_path, "time-en.jsonl or money-en.jsonl")->required();

  std::string ner_model;
  CLI::App* eval_ner = eval_cmd->add_subcommand("ner", "CoNLL precision, recall and F1 per type");
  eval_ner->add_option("file", eval_path, "CoNLL file with a gold tag column")->required();
  eval_ner->add_option("--model", ner_model, "model file (default: the shipped models/ner-en.bin)");

  CLI::App* train_cmd = app.add_subcommand("train", "train a model");
  train_cmd->require_subcommand(1);
  std::string train_file, dev_file, model_out = "models/ner-en.bin";
  uint64_t seed = 1;
  int epochs = 12;
  CLI::App* train_ner = train_cmd->add_subcommand("ner", "train the named-entity tagger");
  train_ner->add_option("--train", train_file, "CoNLL training file")->required();
  train_ner->add_option("--dev", dev_file, "CoNLL development file (picks the epoch)");
  std::vector<std::string> unlabeled_paths;
  train_ner->add_option("--unlabeled", unlabeled_paths,
                        "running text (files or folders of .txt/.tml) for the word clusters");
  train_ner->add_option("--out", model_out, "model file to write")->capture_default_str();
  train_ner->add_option("--seed", seed, "shuffling seed")->capture_default_str();
  train_ner->add_option("--epochs", epochs, "most epochs")->capture_default_str();

  std::string conll_file;
  CLI::App* ner_cmd = app.add_subcommand("ner", "tag CoNLL tokens with the named-entity model");
  ner_cmd->add_option("--conll", conll_file, "CoNLL file to tag")->required();
  ner_cmd->add_option("--model", ner_model, "model file (default: the shipped models/ner-en.bin)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsageError;
  }

  if (*ingest_cmd) {
    ingest.progress = !no_progress;
    return dossier::cli::RunIngest(global, ingest);
  }
  if (*sources_cmd) return dossier::cli::RunSources(global);
  if (*show_cmd) return dossier::cli::RunShow(global, show_source);
  if (*search_cmd) return dossier::cli::RunSearch(global, search);
  if (*extract_cmd) {
    extract.use_db = extract_db->count() > 0;
    return dossier::cli::RunExtract(global, extract);
  }
  if (*eval_ner) return dossier::cli::RunEvalNer(ner_model, eval_path);
  if (*train_ner) {
    return dossier::cli::RunTrainNer(train_file, dev_file, unlabeled_paths, model_out, seed,
                                     epochs);
  }
  if (*ner_cmd) return dossier::cli::RunNerConll(ner_model, conll_file);
  if (*eval_timex) return dossier::cli::RunEvalTimex(eval_path);
  if (*eval_duckling) return dossier::cli::RunEvalDuckling(eval_path);
  return kUsageError;
}

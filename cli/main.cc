// dossier: the command-line front end. Parses arguments and dispatches to the
// subcommands in commands.h; exit 0 success, 1 some input failed, 2 usage.

#include <fmt/core.h>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/dossier_commands.h"
#include "cli/entity_commands.h"
#include "cli/fact_commands.h"
#include "cli/ner_commands.h"
#include "cli/quote_commands.h"
#include "cli/resolve_commands.h"
#include "cli/time_commands.h"
#include "cli/web_commands.h"

namespace {

using dossier::cli::GlobalOptions;

constexpr int kUsageError = 2;

// Adds the options every subcommand takes.
void AddGlobalOptions(CLI::App* command, GlobalOptions* global, bool listing) {
  command->add_option("--db", global->db, "evidence store: SQLite file or postgresql:// URI")
      ->capture_default_str();
  if (listing) command->add_flag("--json", global->json, "print JSON instead of a table");
}

// Adds --jobs to a command that reads many documents.
void AddJobsOption(CLI::App* command, GlobalOptions* global) {
  command
      ->add_option("--jobs,-j", global->jobs,
                   "worker threads (default: one per core); the result is the same for any number")
      ->check(CLI::Range(1, 1024));
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
  AddJobsOption(ingest_cmd, &global);
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
  CLI::Option* extract_db = extract_cmd->add_option(
      "--db", global.db,
      "also mark duplicates of stored passages (SQLite file or postgresql:// URI)");
  extract_cmd->add_option("paths", extract.paths, "files or folders")->required();
  extract_cmd->add_option("--max-bytes", extract.max_bytes, "refuse files larger than this")
      ->capture_default_str();
  AddJobsOption(extract_cmd, &global);

  CLI::App* eval_cmd = app.add_subcommand("eval", "score extractors on public corpora");
  eval_cmd->require_subcommand(1);
  std::string eval_path;
  CLI::App* eval_timex =
      eval_cmd->add_subcommand("timex", "TimeML TIMEX3 DATE span F1 and value accuracy");
  eval_timex->add_option("dir", eval_path, "folder of .tml files")->required();
  CLI::App* eval_duckling =
      eval_cmd->add_subcommand("duckling", "Duckling time or money corpus accuracy per group");
  eval_duckling->add_option("file", eval_path, "time-en.jsonl or money-en.jsonl")->required();
  CLI::App* eval_names = eval_cmd->add_subcommand(
      "names", "transliteration and name matching on ../shared/datasets/names");
  eval_names->add_option("dir", eval_path, "the names dataset folder")->required();

  dossier::cli::ScreenOptions screen;
  CLI::App* screen_cmd =
      app.add_subcommand("screen", "check names against a list (names, CSV or FtM JSON lines)");
  screen_cmd->add_option("names", screen.names, "names to check");
  screen_cmd->add_option("--file", screen.file, "a list of names to check (any list format)");
  screen_cmd->add_option("--list,--against", screen.list, "the list to check against");
  screen_cmd->add_option(
      "--db", screen.db,
      "check against every entity of this store (SQLite file or postgresql:// URI) instead");
  screen_cmd->add_option("--threshold", screen.threshold, "lowest score printed")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  screen_cmd->add_option("--limit", screen.max_hits, "most matches per name")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  screen_cmd->add_flag("--json", screen.json, "one JSON object per name");
  screen_cmd->add_flag("--csv", screen.csv, "CSV: query,id,name,score,verdict,why,...");
  screen_cmd->add_flag("--explain", screen.explain,
                       "per hit: the readings compared, the name's and the attributes' reasons, "
                       "and the namesakes the attributes set aside");

  std::string ner_model;
  CLI::App* eval_ner = eval_cmd->add_subcommand("ner", "CoNLL precision, recall and F1 per type");
  eval_ner
      ->add_option(
          "file", eval_path,
          "CoNLL file with a gold tag column, or a factRuEval folder; "
          "PATH#train|dev|test|notdev|foldK|notfoldK keeps a part (extract/eval/ner_corpora.h)")
      ->required();
  eval_ner->add_option("--model", ner_model, "model file (default: the shipped models/ner-en.bin)");
  bool document_rules = false;
  eval_ner->add_flag("--document-rules", document_rules,
                     "correct the tagger's spans by the whole document, as extraction does");
  bool eval_verbose = false;
  CLI::App* eval_quotes = eval_cmd->add_subcommand(
      "quotes", "quotations found and speaker accuracy on brat attributions (PolNeAR)");
  eval_quotes->add_option("dir", eval_path, "folder with text/ and attributions/")->required();
  eval_quotes->add_option("--model", ner_model, "NER model (default: the shipped one)");
  eval_quotes->add_flag("--verbose", eval_verbose, "print each miss");
  CLI::App* eval_facts = eval_cmd->add_subcommand(
      "facts",
      "fact recall and precision per family on Re-DocRED JSON or factRuEval (cli/fact_commands.h)");
  eval_facts
      ->add_option("file", eval_path,
                   "a Re-DocRED/DocRED JSON file, or a factRuEval-2016 folder (devset, testset)")
      ->required();
  eval_facts->add_flag("--verbose", eval_verbose, "print each miss and wrong fact");

  CLI::App* train_cmd = app.add_subcommand("train", "train a model");
  train_cmd->require_subcommand(1);
  std::vector<std::string> train_files;
  std::string dev_file, model_out = "models/ner-en.bin";
  uint64_t seed = 1;
  int epochs = 12;
  CLI::App* train_ner = train_cmd->add_subcommand("ner", "train the named-entity tagger");
  train_ner
      ->add_option("--train", train_files,
                   "CoNLL file or factRuEval folder, PATH#PART for a part; repeatable")
      ->required();
  train_ner->add_option("--dev", dev_file, "development corpus, the same forms (picks the epoch)");
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
  ner_cmd->add_flag("--document-rules", document_rules,
                    "correct the tagger's spans by the whole document, as extraction does");

  dossier::cli::ProfileOptions profile;
  CLI::App* profile_cmd =
      app.add_subcommand("profile", "one page about a person or organization, every line sourced");
  profile_cmd->add_option("name", profile.name, "any spelling of the name, or an entity id")
      ->required();
  profile_cmd->add_option("--format", profile.format, "text, md, html or json")
      ->capture_default_str();
  profile_cmd->add_option("--db", profile.db, "evidence store: SQLite file or postgresql:// URI")
      ->capture_default_str();
  const char* const kSourcesHelp =
      "most sources read of an entity named in more (those naming it most), and as many for its "
      "disputes; 0 reads all";
  profile_cmd->add_option("--sources", profile.max_sources, kSourcesHelp)
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  CLI::App* timeline_cmd = app.add_subcommand("timeline", "the dated events of one entity");
  timeline_cmd->add_option("name", profile.name, "any spelling of the name, or an entity id")
      ->required();
  timeline_cmd->add_option("--db", profile.db, "evidence store: SQLite file or postgresql:// URI")
      ->capture_default_str();
  timeline_cmd->add_option("--sources", profile.max_sources, kSourcesHelp)
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  dossier::cli::ExportOptions export_options;
  CLI::App* export_cmd = app.add_subcommand(
      "export", "FollowTheMoney entities (ftm), one JSON document (json) or CSV tables (csv)");
  export_cmd->add_option("--format", export_options.format, "ftm, json or csv")
      ->capture_default_str();
  export_cmd->add_option("--out", export_options.out,
                         "file (ftm, json; default stdout) or folder (csv)");
  export_cmd
      ->add_option("--db", export_options.db, "evidence store: SQLite file or postgresql:// URI")
      ->capture_default_str();

  std::string entity_type;
  CLI::App* entities_cmd = app.add_subcommand(
      "entities", "list the entities across sources and lists, with all their names");
  AddGlobalOptions(entities_cmd, &global, /*listing=*/true);
  entities_cmd->add_option("--type", entity_type, "PERSON, ORGANIZATION, LOCATION or OTHER");
  std::vector<std::string> merge_ids;
  CLI::App* merge_cmd = app.add_subcommand(
      "merge", "make two entities one; kept on every re-link until a later split");
  AddGlobalOptions(merge_cmd, &global, /*listing=*/false);
  merge_cmd->add_option("ids", merge_ids, "two entity ids (see `dossier entities`)")
      ->required()
      ->expected(2);
  std::string split_id;
  CLI::App* split_cmd = app.add_subcommand(
      "split",
      "make each spelling of an entity (each distinct matching key of its names) its own "
      "entity; automatic linking never joins them again, a later merge can");
  AddGlobalOptions(split_cmd, &global, /*listing=*/false);
  split_cmd->add_option("id", split_id, "entity id (see `dossier entities`)")->required();
  std::string import_file, import_list;
  CLI::App* import_cmd = app.add_subcommand(
      "import", "store a list of names (lines, CSV or FtM JSON lines) as entities on that list");
  AddGlobalOptions(import_cmd, &global, /*listing=*/false);
  import_cmd->add_option("file", import_file, "the list file")->required();
  import_cmd->add_option("--list", import_list,
                         "the list's name (default: the file name without extension); "
                         "importing a name again replaces that list");
  CLI::App* relink_cmd = app.add_subcommand(
      "relink",
      "link every stored entity again from scratch (ingest, import and judgments link only "
      "what they change)");
  AddGlobalOptions(relink_cmd, &global, /*listing=*/false);
  CLI::App* reextract_cmd = app.add_subcommand(
      "reextract", "recompute every stored extraction with the current extractors, re-link");
  AddGlobalOptions(reextract_cmd, &global, /*listing=*/false);
  AddJobsOption(reextract_cmd, &global);
  bool reextract_no_progress = false;
  reextract_cmd->add_flag("--no-progress", reextract_no_progress, "never draw the progress bar");

  std::string migrate_from, migrate_to;
  CLI::App* migrate_cmd = app.add_subcommand(
      "migrate", "copy a store into an empty one (SQLite file <-> postgresql:// URI)");
  migrate_cmd->add_option("--from", migrate_from, "the store to copy")->required();
  migrate_cmd->add_option("--to", migrate_to, "the empty store to copy it into")->required();
  dossier::cli::ServeOptions serve;
  CLI::App* serve_cmd = app.add_subcommand(
      "serve", "the workbench and its JSON API over a store, in a browser (docs/api.md)");
  serve_cmd->add_option("--db", serve.db, "evidence store")->capture_default_str();
  serve_cmd->add_option("--port", serve.port, "port on 127.0.0.1 (0: any free one)")
      ->capture_default_str();
  serve_cmd->add_option("--listen", serve.listen,
                        "ADDR:PORT to listen on; beyond loopback --token is required");
  serve_cmd->add_option("--token", serve.token, "every request must carry it (16+ characters)");
  dossier::cli::SiteOptions site;
  CLI::App* site_cmd = app.add_subcommand(
      "site", "a static dossier site: a page per person, organization and source, and search");
  site_cmd->add_option("--db", site.db, "evidence store")->capture_default_str();
  site_cmd->add_option("--out", site.out, "folder to write")->required();
  site_cmd->add_option("--only", site.only, "names or ids of the entities to publish");

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
  if (*entities_cmd) return dossier::cli::RunEntities(global, entity_type);
  if (*merge_cmd) return dossier::cli::RunMerge(global, merge_ids[0], merge_ids[1]);
  if (*split_cmd) return dossier::cli::RunSplit(global, split_id);
  if (*import_cmd) return dossier::cli::RunImport(global, import_file, import_list);
  if (*reextract_cmd) return dossier::cli::RunReextract(global, !reextract_no_progress);
  if (*relink_cmd) return dossier::cli::RunRelink(global);
  if (*show_cmd) return dossier::cli::RunShow(global, show_source);
  if (*search_cmd) return dossier::cli::RunSearch(global, search);
  if (*extract_cmd) {
    extract.use_db = extract_db->count() > 0;
    return dossier::cli::RunExtract(global, extract);
  }
  if (*profile_cmd) return dossier::cli::RunProfile(profile);
  if (*timeline_cmd) return dossier::cli::RunTimeline(profile);
  if (*export_cmd) return dossier::cli::RunExport(export_options);
  if (*eval_ner) return dossier::cli::RunEvalNer(ner_model, eval_path, document_rules);
  if (*eval_quotes) return dossier::cli::RunEvalQuotes(eval_path, ner_model, eval_verbose);
  if (*eval_facts) return dossier::cli::RunEvalFacts(eval_path, eval_verbose);
  if (*train_ner) {
    return dossier::cli::RunTrainNer(train_files, dev_file, unlabeled_paths, model_out, seed,
                                     epochs);
  }
  if (*ner_cmd) return dossier::cli::RunNerConll(ner_model, conll_file, document_rules);
  if (*eval_timex) return dossier::cli::RunEvalTimex(eval_path);
  if (*eval_duckling) return dossier::cli::RunEvalDuckling(eval_path);
  if (*eval_names) return dossier::cli::RunEvalNames(eval_path);
  if (*screen_cmd) return dossier::cli::RunScreen(screen);
  if (*migrate_cmd) return dossier::cli::RunMigrate(migrate_from, migrate_to);
  if (*serve_cmd) return dossier::cli::RunServe(serve);
  if (*site_cmd) return dossier::cli::RunSite(site);
  return kUsageError;
}

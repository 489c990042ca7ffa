# Time and money extraction (issue 7): the library, its tests, the evaluation
# commands for the CLI and a libFuzzer target.
add_library(dossier_extract_time
  time_civil.cc
  time_money.cc
  time_grammar_en.cc
  time_grammar_en_relative.cc
  time_grammar_ru.cc
  time_grammar_ru_relative.cc
  time_grammar_kk.cc
  time_grammars.cc
  money_grammar_en.cc
  money_grammar_ru.cc
  money_grammar_kk.cc
  timex_eval.cc
  timex_duckling_eval.cc
  internal/time_parser_base.cc
  internal/time_tokens.cc
  internal/time_value.cc
  internal/time_lexicon_en.cc
  internal/time_lexicon_ru.cc
  internal/time_lexicon_kk.cc
  internal/money_parser.cc)
target_link_libraries(dossier_extract_time PUBLIC dossier_text dossier_base)

# `dossier eval timex|duckling` implementations; the lead wires them into cli/main.cc.
add_library(dossier_cli_time ${PROJECT_SOURCE_DIR}/cli/time_commands.cc)
target_link_libraries(dossier_cli_time PUBLIC dossier_extract_time fmt::fmt)

dossier_test(time_money_test
  SOURCES time_money_test.cc money_test.cc timex_eval_test.cc time_money_ru_test.cc
          time_money_kk_test.cc
  LIBS dossier_extract_time)

if(DOSSIER_FUZZ)
  add_executable(fuzz_time_money time_money_fuzzer.cc)
  target_link_libraries(fuzz_time_money PRIVATE dossier_extract_time)
  target_link_options(fuzz_time_money PRIVATE -fsanitize=fuzzer)
endif()


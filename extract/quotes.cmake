# Quotations, their speakers and references to entities (issue 4): the
# library, its tests, `dossier eval quotes` and a libFuzzer target for the
# mark scanner. Included by extract/CMakeLists.txt.
add_library(dossier_quotes
  ${CMAKE_CURRENT_LIST_DIR}/quote_scanner.cc
  ${CMAKE_CURRENT_LIST_DIR}/speakers.cc
  ${CMAKE_CURRENT_LIST_DIR}/references.cc
  ${CMAKE_CURRENT_LIST_DIR}/quotes.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/quote_context.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/quote_dialogue.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/quote_lexicon.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/quote_lexicon_en.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/quote_lexicon_ru.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/name_forms_ru.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/quote_names.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/quote_phrases.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/quote_text.cc)
target_link_libraries(dossier_quotes PUBLIC dossier_ner dossier_text dossier_base)

# `dossier eval quotes DIR` (cli/quote_commands.h): PolNeAR-style brat attributions.
add_library(dossier_cli_quotes ${CMAKE_CURRENT_LIST_DIR}/../cli/quote_commands.cc)
target_link_libraries(dossier_cli_quotes
  PUBLIC dossier_quotes dossier_cli_ner dossier_pipeline fmt::fmt)

dossier_test(quotes_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/quote_scanner_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/quotes_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/quote_names_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/quotes_ru_test.cc
  LIBS dossier_quotes dossier_text_testing dossier_extract_testing)

if(DOSSIER_FUZZ)
  add_executable(fuzz_quote_scanner ${CMAKE_CURRENT_LIST_DIR}/quote_scanner_fuzzer.cc)
  target_link_libraries(fuzz_quote_scanner PRIVATE dossier_quotes)
  target_link_options(fuzz_quote_scanner PRIVATE -fsanitize=fuzzer)
endif()

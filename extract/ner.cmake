# Named entities: the tagger, its trainer, CoNLL I/O and scoring, and the
# grouping of mentions into entities (docs/ner.md). Included by
# extract/CMakeLists.txt.
add_library(dossier_ner
  ${CMAKE_CURRENT_LIST_DIR}/ner_tags.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_conll.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_corpora.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_score.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_clusters.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_gazetteer.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_unlabeled.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_features.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_decode.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_model.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_models.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_tagger.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_train.cc
  ${CMAKE_CURRENT_LIST_DIR}/entities.cc
  ${CMAKE_CURRENT_LIST_DIR}/name_forms_ru.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/ner_lexicon.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/ner_lexicon_cyrillic.cc)
target_link_libraries(dossier_ner PUBLIC dossier_base dossier_text PRIVATE nlohmann_json::nlohmann_json)

# The CLI side (dossier train ner, dossier ner --conll, dossier eval ner, the
# `entities` JSON); cli/main.cc links it through dossier_cli.
add_library(dossier_cli_ner ${CMAKE_CURRENT_LIST_DIR}/../cli/ner_commands.cc
  ${CMAKE_CURRENT_LIST_DIR}/../cli/shipped_models.cc)
target_link_libraries(dossier_cli_ner PUBLIC dossier_ner nlohmann_json::nlohmann_json)
# A binary run from its build folder finds the source tree's models
# (cli/shipped_models.h); an installed one finds share/dossier/models.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/../cli/shipped_models.cc PROPERTIES
  COMPILE_DEFINITIONS DOSSIER_SOURCE_MODELS_DIR="${PROJECT_SOURCE_DIR}/models")

dossier_test(ner_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/ner_tags_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/ner_score_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/ner_features_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/ner_model_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/entities_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/ner_gazetteer_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/ner_corpora_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/name_forms_ru_test.cc
  LIBS dossier_ner dossier_text_testing dossier_extract_testing)

# Tagging throughput (docs/ner.md); built with -DDOSSIER_BENCH=ON.
if(DOSSIER_BENCH)
  find_package(benchmark REQUIRED)
  add_executable(ner_benchmark ${CMAKE_CURRENT_LIST_DIR}/../bench/ner_benchmark.cc)
  target_link_libraries(ner_benchmark PRIVATE dossier_ner benchmark::benchmark)
  target_compile_definitions(ner_benchmark PRIVATE DOSSIER_SOURCE_DIR="${CMAKE_CURRENT_LIST_DIR}/..")
endif()

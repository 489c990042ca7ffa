# Facts (issue 6): sourced triples about entities from prose patterns and
# profile layouts, with attribution and denials (docs/facts.md). Included by
# extract/CMakeLists.txt.
add_library(dossier_facts
  ${CMAKE_CURRENT_LIST_DIR}/facts.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_patterns_en.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_roles_en.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_organizations_en.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_family_en.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_profile_layout.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_attribution.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_patterns_ru.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_roles_ru.cc
  ${CMAKE_CURRENT_LIST_DIR}/fact_attribution_ru.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/fact_sentence.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/fact_matcher.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/fact_lexicon_en.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/fact_lexicon_ru.cc
  ${CMAKE_CURRENT_LIST_DIR}/internal/fact_matcher_ru.cc)
target_link_libraries(dossier_facts
  PUBLIC dossier_quotes dossier_ner dossier_extract_time dossier_text dossier_base)

dossier_test(facts_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/facts_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/facts_ru_test.cc
  LIBS dossier_facts dossier_quotes dossier_ingest dossier_dedupe dossier_text_testing
       dossier_extract_testing)

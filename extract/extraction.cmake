# One call for every extractor (document_extraction.h) and the JSON of its
# lists (extraction_json.h). Included by extract/CMakeLists.txt after the
# extractor families it combines.
add_library(dossier_extract
  ${CMAKE_CURRENT_LIST_DIR}/document_extraction.cc
  ${CMAKE_CURRENT_LIST_DIR}/extraction_json.cc)
target_link_libraries(dossier_extract
  PUBLIC dossier_ner dossier_extract_time dossier_quotes dossier_facts dossier_base
  PRIVATE nlohmann_json::nlohmann_json)

dossier_test(extraction_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/extraction_json_test.cc
  LIBS dossier_extract nlohmann_json::nlohmann_json)

# The shipped model for the tests that run the real tagger.
if(DOSSIER_TESTS)
  add_library(dossier_extract_testing ${CMAKE_CURRENT_LIST_DIR}/testing/shipped_model.cc
    ${CMAKE_CURRENT_LIST_DIR}/testing/marked_text.cc)
  target_link_libraries(dossier_extract_testing PUBLIC dossier_ner dossier_extract_time)
  target_compile_definitions(dossier_extract_testing PRIVATE
    DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()

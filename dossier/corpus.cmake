# Loading a Corpus from the evidence store (corpus_from_store.h). Included by
# dossier/CMakeLists.txt.
# Also the part of it one profile reads (profile_from_store.h).
add_library(dossier_corpus ${CMAKE_CURRENT_LIST_DIR}/corpus_from_store.cc
  ${CMAKE_CURRENT_LIST_DIR}/profile_from_store.cc)
target_link_libraries(dossier_corpus
  PUBLIC dossier_store dossier_extract dossier_profile dossier_base
  PRIVATE nlohmann_json::nlohmann_json)

dossier_test(corpus_from_store_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/corpus_from_store_test.cc
  LIBS dossier_corpus dossier_pipeline dossier_extract_testing nlohmann_json::nlohmann_json)

# A person's profile from three news articles through the real pipeline.
dossier_test(news_profile_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/news_profile_test.cc
  LIBS dossier_corpus dossier_pipeline dossier_profile dossier_extract_testing)

# Screening against the store's entities (store_screening.h).
add_library(dossier_store_screening ${CMAKE_CURRENT_LIST_DIR}/store_screening.cc)
target_link_libraries(dossier_store_screening
  PUBLIC dossier_corpus dossier_pipeline dossier_resolve)

# The part of the store one profile reads gives the whole corpus' profile.
dossier_test(profile_from_store_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/profile_from_store_test.cc
  LIBS dossier_corpus dossier_pipeline dossier_profile dossier_extract_testing)

# Screening from the entities' names, attributes read on demand (StoreScreener).
dossier_test(store_screening_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/store_screening_test.cc
  LIBS dossier_store_screening dossier_corpus dossier_pipeline dossier_extract_testing)

#include "extract/ner/word_dictionary.h"

#include <filesystem>
#include <hunspell.hxx>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "extract/ner/internal/ner_lexicon.h"

namespace dossier {
namespace {

constexpr char kDictionaryDir[] = "/usr/share/hunspell/";

class Dictionary {
 public:
  // Loads <kDictionaryDir><locale>.aff/.dic; Stems() finds nothing when
  // either file is missing.
  explicit Dictionary(const std::string& locale) {
    const std::string base = kDictionaryDir + locale;
    std::error_code error;
    if (std::filesystem::exists(base + ".aff", error) &&
        std::filesystem::exists(base + ".dic", error)) {
      hunspell_ = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
    }
  }

  std::vector<std::string> Stems(const std::string& word) {
    if (hunspell_ == nullptr) return {};
    std::lock_guard<std::mutex> lock(mutex_);
    return hunspell_->stem(word);
  }

 private:
  std::mutex mutex_;
  std::unique_ptr<Hunspell> hunspell_;
};

Dictionary& DictionaryOf(DictionaryLanguage language) {
  switch (language) {
    case DictionaryLanguage::kEnglish: {
      static Dictionary* const kEnglish = new Dictionary("en_US");
      return *kEnglish;
    }
    case DictionaryLanguage::kKazakh: {
      static Dictionary* const kKazakh = new Dictionary("kk_KZ");
      return *kKazakh;
    }
    case DictionaryLanguage::kRussian:
      break;
  }
  static Dictionary* const kRussian = new Dictionary("ru_RU");
  return *kRussian;
}

}  // namespace

std::vector<std::string> DictionaryStems(std::string_view word, DictionaryLanguage language) {
  if (word.empty()) return {};
  // The stems this thread asked for lately, per language: a name comes back
  // many times in a document, and the dictionaries answer one thread at a
  // time. Forgotten all at once past kMaxCached words, so memory stays flat.
  constexpr size_t kMaxCached = size_t{1} << 14;
  constexpr int kLanguages = 3;
  thread_local std::unordered_map<std::string, std::vector<std::string>> cached[kLanguages];
  auto& stems = cached[static_cast<int>(language)];
  std::string key(word);
  if (auto it = stems.find(key); it != stems.end()) return it->second;
  if (stems.size() >= kMaxCached) stems.clear();
  std::vector<std::string> found = DictionaryOf(language).Stems(key);
  stems.emplace(std::move(key), found);
  return found;
}

bool OnlyACommonEnglishWord(std::string_view word) {
  const std::vector<std::string> stems = DictionaryStems(word, DictionaryLanguage::kEnglish);
  if (stems.empty()) return false;
  for (const std::string& stem : stems) {
    if (internal::StartsWithCapital(stem)) return false;
  }
  return true;
}

bool AProperNounInEnglish(std::string_view word) {
  for (const std::string& stem : DictionaryStems(word, DictionaryLanguage::kEnglish)) {
    if (internal::StartsWithCapital(stem)) return true;
  }
  return false;
}

}  // namespace dossier

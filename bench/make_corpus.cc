// dossier_make_corpus: writes a deterministic synthetic news corpus for the
// throughput benchmarks (see corpus_generator.h for what it contains).
//
//   dossier_make_corpus --out /tmp/corpus --bytes 100M [--seed 1] [--file-bytes 64K]
//
// Refuses an --out folder that exists and is not empty, so two corpora never
// mix. Prints one summary line to stdout. Exit 0, 1 (write failed), 2 (usage).
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "bench/corpus_generator.h"

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage =
    "usage: dossier_make_corpus --out DIR --bytes N[K|M|G] [--seed S] [--file-bytes N[K|M|G]]\n"
    "  --out DIR         folder to create (must not exist or be empty)\n"
    "  --bytes N         total corpus size; K, M, G are binary multiples (2^10, 2^20, 2^30)\n"
    "  --seed S          PRNG seed (default 1); the same seed gives the same bytes\n"
    "  --file-bytes N    size of each file (default: each drawn from 20K-100K)\n";

// Parses "123", "10K", "100M", "1G" (binary multiples). Returns nullopt on
// anything else.
std::optional<uint64_t> ParseSize(std::string_view text) {
  uint64_t multiplier = 1;
  if (!text.empty()) {
    switch (text.back()) {
      case 'K':
      case 'k':
        multiplier = 1ull << 10;
        break;
      case 'M':
      case 'm':
        multiplier = 1ull << 20;
        break;
      case 'G':
      case 'g':
        multiplier = 1ull << 30;
        break;
      default:
        break;
    }
    if (multiplier != 1) text.remove_suffix(1);
  }
  uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  if (value > UINT64_MAX / multiplier) return std::nullopt;
  return value * multiplier;
}

int Usage(std::string_view problem) {
  std::fprintf(stderr, "dossier_make_corpus: %.*s\n%.*s", static_cast<int>(problem.size()),
               problem.data(), static_cast<int>(kUsage.size()), kUsage.data());
  return 2;
}

bool WriteFile(const fs::path& path, const std::string& bytes) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    std::fprintf(stderr, "dossier_make_corpus: %s: cannot create (%s)\n", path.c_str(),
                 std::strerror(errno));
    return false;
  }
  const size_t written = std::fwrite(bytes.data(), 1, bytes.size(), file);
  const bool closed = std::fclose(file) == 0;
  if (written != bytes.size() || !closed) {
    std::fprintf(stderr, "dossier_make_corpus: %s: write failed (%s)\n", path.c_str(),
                 std::strerror(errno));
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out;
  std::optional<uint64_t> bytes;
  dossier::bench::CorpusOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
      return 0;
    }
    if (i + 1 >= argc) return Usage(std::string(arg) + ": missing value");
    const std::string_view value = argv[++i];
    if (arg == "--out") {
      out = value;
    } else if (arg == "--bytes") {
      bytes = ParseSize(value);
      if (!bytes || *bytes == 0)
        return Usage("--bytes: not a positive size: " + std::string(value));
    } else if (arg == "--seed") {
      const std::optional<uint64_t> seed = ParseSize(value);
      if (!seed || value.find_first_not_of("0123456789") != std::string_view::npos) {
        return Usage("--seed: not a number: " + std::string(value));
      }
      options.seed = *seed;
    } else if (arg == "--file-bytes") {
      const std::optional<uint64_t> file_bytes = ParseSize(value);
      if (!file_bytes || *file_bytes == 0) {
        return Usage("--file-bytes: not a positive size: " + std::string(value));
      }
      options.file_bytes = *file_bytes;
    } else {
      return Usage("unknown option " + std::string(arg));
    }
  }
  if (out.empty()) return Usage("--out is required");
  if (!bytes) return Usage("--bytes is required");
  options.total_bytes = *bytes;

  const fs::path root(out);
  std::error_code error;
  if (fs::exists(root, error) && !fs::is_empty(root, error)) {
    std::fprintf(stderr, "dossier_make_corpus: %s: exists and is not empty\n", root.c_str());
    return 1;
  }
  fs::create_directories(root, error);
  if (error) {
    std::fprintf(stderr, "dossier_make_corpus: %s: cannot create (%s)\n", root.c_str(),
                 error.message().c_str());
    return 1;
  }

  const auto start = std::chrono::steady_clock::now();
  dossier::bench::CorpusGenerator generator(options);
  dossier::bench::CorpusFile file;
  fs::path current_folder;
  while (generator.Next(&file)) {
    const fs::path path = root / file.path;
    if (path.parent_path() != current_folder) {
      current_folder = path.parent_path();
      fs::create_directories(current_folder, error);
      if (error) {
        std::fprintf(stderr, "dossier_make_corpus: %s: cannot create (%s)\n",
                     current_folder.c_str(), error.message().c_str());
        return 1;
      }
    }
    if (!WriteFile(path, file.bytes)) return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const dossier::bench::CorpusStats& stats = generator.stats();
  std::printf(
      "%s: %llu files, %llu bytes (%llu English, %llu Russian UTF-8, %llu Russian windows-1251; "
      "%llu republished, %llu hard-wrapped) in %.2f s\n",
      root.c_str(), static_cast<unsigned long long>(stats.files),
      static_cast<unsigned long long>(stats.bytes), static_cast<unsigned long long>(stats.english),
      static_cast<unsigned long long>(stats.russian_utf8),
      static_cast<unsigned long long>(stats.russian_cp1251),
      static_cast<unsigned long long>(stats.republished),
      static_cast<unsigned long long>(stats.hard_wrapped), seconds);
  return 0;
}

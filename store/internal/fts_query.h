// Turns a user's search text into a safe SQLite FTS5 MATCH expression.
//
// Users type words, "quoted phrases" and trailing-* prefixes. Everything is
// emitted as quoted FTS5 strings, so FTS5 operators and syntax in the input
// (AND, OR, NOT, NEAR, column:, ^, parentheses, a stray quote) are searched
// for literally and can never make the query fail. Thread-safe (pure).
//
//   BuildFtsQuery("tax* \"open tender\" OR")  // "tax"* "open tender" "OR"
#ifndef DOSSIER_STORE_INTERNAL_FTS_QUERY_H_
#define DOSSIER_STORE_INTERNAL_FTS_QUERY_H_

#include <string>
#include <string_view>

namespace dossier::store_internal {

// Returns the MATCH expression: one quoted string per word or phrase, all of
// which must match (FTS5's implicit AND), a * after those typed with one. An
// unclosed quote runs to the end of the input. Terms without a letter or digit
// are dropped; returns "" when no term is left.
std::string BuildFtsQuery(std::string_view user_query);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_FTS_QUERY_H_

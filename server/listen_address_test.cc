#include "server/listen_address.h"

#include <gtest/gtest.h>

#include "server/internal/route.h"

namespace dossier::server {
namespace {

struct AddressRow {
  const char* text;
  const char* host;  // nullptr: an error whose message holds `error`
  int port;
  const char* error;
};

TEST(ListenAddressTest, GoldenTable) {
  const AddressRow rows[] = {
      {"127.0.0.1:8080", "127.0.0.1", 8080, ""},
      {"0.0.0.0:80", "0.0.0.0", 80, ""},
      {":9000", "127.0.0.1", 9000, ""},
      {"[::1]:8080", "::1", 8080, ""},
      {"localhost:0", "localhost", 0, ""},
      {"8080", nullptr, 0, "expected ADDR:PORT"},
      {"127.0.0.1:", nullptr, 0, "bad port"},
      {"127.0.0.1:65536", nullptr, 0, "port above 65535"},
      {"127.0.0.1:80a", nullptr, 0, "bad port"},
      {"::1:8080", nullptr, 0, "in brackets"},
      {"[]:8080", nullptr, 0, "empty address"},
      {"host name:80", nullptr, 0, "bad address"},
  };
  for (const AddressRow& row : rows) {
    StatusOr<ListenAddress> parsed = ParseListenAddress(row.text);
    if (row.host == nullptr) {
      ASSERT_FALSE(parsed.ok()) << row.text;
      EXPECT_NE(parsed.status().message().find(row.error), std::string::npos)
          << row.text << ": " << parsed.status().message();
      EXPECT_NE(parsed.status().message().find(row.text), std::string::npos);
      continue;
    }
    ASSERT_TRUE(parsed.ok()) << row.text << ": " << parsed.status().message();
    EXPECT_EQ(parsed->host, row.host) << row.text;
    EXPECT_EQ(parsed->port, row.port) << row.text;
  }
}

TEST(ListenAddressTest, LoopbackIsOnlyLoopback) {
  EXPECT_TRUE(IsLoopback("127.0.0.1"));
  EXPECT_TRUE(IsLoopback("127.1.2.3"));
  EXPECT_TRUE(IsLoopback("::1"));
  EXPECT_TRUE(IsLoopback("localhost"));
  EXPECT_FALSE(IsLoopback("0.0.0.0"));
  EXPECT_FALSE(IsLoopback("::"));
  EXPECT_FALSE(IsLoopback("10.0.0.1"));
  EXPECT_FALSE(IsLoopback("localhost.example"));
  EXPECT_FALSE(IsLoopback("1127.0.0.1"));
}

TEST(RouteTest, PathSegmentsRefuseTraversal) {
  using internal::PathSegments;
  EXPECT_EQ(*PathSegments("/api/entities/P-1/graph"),
            (std::vector<std::string>{"api", "entities", "P-1", "graph"}));
  EXPECT_EQ(*PathSegments("//assets//site.js/"), (std::vector<std::string>{"assets", "site.js"}));
  EXPECT_TRUE(PathSegments("/")->empty());
  EXPECT_EQ(PathSegments("/assets/../../etc/passwd"), std::nullopt);
  EXPECT_EQ(PathSegments("/assets/./x"), std::nullopt);
  EXPECT_EQ(PathSegments("/assets/..\\x"), std::nullopt);
  EXPECT_EQ(PathSegments(std::string_view("/a\0b", 4)), std::nullopt);
  EXPECT_EQ(internal::ParseCount("42"), 42);
  EXPECT_EQ(internal::ParseCount("-1"), std::nullopt);
  EXPECT_EQ(internal::ParseCount("1e3"), std::nullopt);
  EXPECT_EQ(internal::ParseCount("9999999999999999"), std::nullopt);
}

}  // namespace
}  // namespace dossier::server

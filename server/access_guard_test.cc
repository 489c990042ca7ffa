#include "server/access_guard.h"

#include <gtest/gtest.h>

namespace dossier::server {
namespace {

HttpRequest Get(std::string path) {
  HttpRequest request;
  request.method = "GET";
  request.path = std::move(path);
  request.remote_address = "127.0.0.1";
  request.headers["host"] = "127.0.0.1:8080";
  return request;
}

HttpRequest JsonPost() {
  HttpRequest request = Get("/api/screen");
  request.method = "POST";
  request.headers["content-type"] = "application/json";
  return request;
}

constexpr char kToken[] = "0123456789abcdef";

TEST(AccessGuardTest, WithoutTokenLoopbackRequestsPass) {
  AccessGuard guard({});
  EXPECT_EQ(guard.Check(Get("/")), std::nullopt);
  EXPECT_EQ(guard.Check(JsonPost()), std::nullopt);
}

TEST(AccessGuardTest, TokenRequiredByHeaderCookieOrQuery) {
  AccessGuard guard({.token = kToken});
  std::optional<HttpResponse> refused = guard.Check(Get("/"));
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->status, 401);
  EXPECT_NE(refused->body.find("\"error\""), std::string::npos);

  HttpRequest bearer = Get("/");
  bearer.headers["authorization"] = std::string("Bearer ") + kToken;
  EXPECT_EQ(guard.Check(bearer), std::nullopt);
  bearer.headers["authorization"] = "Bearer 0123456789abcdeX";
  EXPECT_EQ(guard.Check(bearer)->status, 401);

  HttpRequest cookie = Get("/");
  cookie.headers["cookie"] = std::string("theme=dark; dossier_token=") + kToken;
  EXPECT_EQ(guard.Check(cookie), std::nullopt);

  // ?token= is turned into a cookie and dropped from the address.
  HttpRequest query = Get("/search");
  query.query.emplace("token", kToken);
  query.query.emplace("q", "a b");
  std::optional<HttpResponse> redirect = guard.Check(query);
  ASSERT_TRUE(redirect.has_value());
  EXPECT_EQ(redirect->status, 303);
  ASSERT_EQ(redirect->headers.size(), 2u);
  EXPECT_EQ(redirect->headers[0].second, "/search?q=a%20b");
  EXPECT_EQ(redirect->headers[1].second,
            std::string("dossier_token=") + kToken + "; HttpOnly; SameSite=Strict; Path=/");
}

TEST(AccessGuardTest, CrossSitePostsAreRefused) {
  AccessGuard guard({});
  HttpRequest other_origin = JsonPost();
  other_origin.headers["origin"] = "http://evil.example";
  EXPECT_EQ(guard.Check(other_origin)->status, 403);

  HttpRequest same_origin = JsonPost();
  same_origin.headers["origin"] = "http://127.0.0.1:8080";
  same_origin.headers["sec-fetch-site"] = "same-origin";
  EXPECT_EQ(guard.Check(same_origin), std::nullopt);

  HttpRequest cross_site = JsonPost();
  cross_site.headers["sec-fetch-site"] = "cross-site";
  EXPECT_EQ(guard.Check(cross_site)->status, 403);

  // A form a page of another site could send: no JSON, no custom header.
  HttpRequest form = JsonPost();
  form.headers["content-type"] = "application/x-www-form-urlencoded";
  std::optional<HttpResponse> refused = guard.Check(form);
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->status, 403);
  form.headers["x-dossier-request"] = "1";
  EXPECT_EQ(guard.Check(form), std::nullopt);
}

TEST(AccessGuardTest, RateLimitPerPeer) {
  AccessGuard guard({.requests_per_second = 0.001, .burst = 3});
  for (int i = 0; i < 3; ++i) EXPECT_EQ(guard.Check(Get("/")), std::nullopt);
  EXPECT_EQ(guard.Check(Get("/"))->status, 429);
  HttpRequest other = Get("/");
  other.remote_address = "127.0.0.2";
  EXPECT_EQ(guard.Check(other), std::nullopt);
}

TEST(AccessGuardTest, ConstantTimeEquals) {
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
  EXPECT_FALSE(ConstantTimeEquals("", "a"));
}

}  // namespace
}  // namespace dossier::server

#include "base/status.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

StatusOr<int> ParsePositive(int value) {
  if (value <= 0) return InvalidArgumentError("value must be positive");
  return value;
}

StatusOr<int> Doubled(int value) {
  ASSIGN_OR_RETURN(int parsed, ParsePositive(value));
  return parsed * 2;
}

Status Check(int value) {
  RETURN_IF_ERROR(ParsePositive(value).status());
  return Status::Ok();
}

TEST(StatusTest, OkHasNoMessage) {
  EXPECT_TRUE(Status::Ok().ok());
  EXPECT_EQ(Status::Ok().ToString(), "OK");
}

TEST(StatusTest, ErrorCarriesCodeAndMessage) {
  Status status = DataLossError("truncated");
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kDataLoss);
  EXPECT_EQ(status.ToString(), "DataLoss: truncated");
  EXPECT_EQ(status.WithPrefix("a.pdf").message(), "a.pdf: truncated");
}

TEST(StatusTest, AssignOrReturnPropagates) {
  EXPECT_EQ(*Doubled(4), 8);
  StatusOr<int> failed = Doubled(-1);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().message(), "value must be positive");
  EXPECT_EQ(Check(-3).code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(Check(3).ok());
}

}  // namespace
}  // namespace dossier

// The sign-in messages in JSON: the challenge tells the app when it may offer "resend" and how many
// tries are left, a refused code says the tries left, and a stay-signed-in answer says the new end.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/dto.h"

namespace muqeem::api {
namespace {

using nlohmann::json;

TEST(SignInDto, AChallengeCarriesItsTriesAndResendTime) {
  const CodeChallengeResponse sent{"c1", "05******67", 1767225900, 3, 1767225660, 3};
  const auto read = read_code_challenge(json(sent));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->attempts_left, 3);
  EXPECT_EQ(read->resend_available_at, 1767225660);
  EXPECT_EQ(read->resends_left, 3);
  json old = json(sent);
  old.erase("resendAvailableAt");
  EXPECT_FALSE(read_code_challenge(old));
}

TEST(SignInDto, AProblemMaySayTheTriesLeftAndWhenToResend) {
  Problem wrong{
      "https://muqeem.example/problems/wrong-code", 400, {"رمز التحقق غير صحيح", "Wrong code"}, {}, 2, {}};
  const json written = wrong;
  EXPECT_EQ(written["attemptsLeft"], 2);
  EXPECT_FALSE(written.contains("resendAvailableAt"));
  const auto read = read_problem(written);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->attempts_left, 2);
  EXPECT_FALSE(read->resend_available_at);

  json early = json(Problem{"https://muqeem.example/problems/resend-too-early", 429, {"انتظر", "Wait"}});
  EXPECT_FALSE(early.contains("attemptsLeft"));
  early["resendAvailableAt"] = 1767225660;
  EXPECT_EQ(read_problem(early)->resend_available_at, 1767225660);
  early["resendAvailableAt"] = "soon";
  EXPECT_FALSE(read_problem(early));
}

TEST(SignInDto, StayingSignedInAnswersWithTheNewEnd) {
  const json written = SessionExpiry{1767226500};
  EXPECT_EQ(written, json({{"expiresAt", 1767226500}}));
  EXPECT_EQ(read_session_expiry(written)->expires_at, 1767226500);
  EXPECT_FALSE(read_session_expiry(json::object()));
}

TEST(SignInDto, AResendNamesItsChallenge) {
  std::vector<FieldError> errors;
  EXPECT_FALSE(read_resend_code(json::object(), errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "challengeId");
  EXPECT_FALSE(errors[0].message.ar.empty());
  errors.clear();
  EXPECT_EQ(read_resend_code(json(ResendCodeRequest{"c1"}), errors)->challenge_id, "c1");
}

}  // namespace
}  // namespace muqeem::api

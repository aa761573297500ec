// Signing in as a government-relations officer does: captcha, password, SMS code, session.
#include "portal/auth/sign_in.h"

#include <gtest/gtest.h>

#include "portal/store/demo_data.h"

namespace muqeem::portal::auth {
namespace {

constexpr int64_t kNow = 1'767'225'600;  // 2026-01-01T00:00:00Z

class SignInTest : public testing::Test {
 protected:
  void SetUp() override {
    db_ = store::Database::open(":memory:");
    ASSERT_NE(db_, nullptr);
    store::seed_demo_data(*db_, {20, 5, {2026, 1, 1}, 1, PasswordCost::Minimum});
    sms_ = std::make_unique<OutboxSmsGateway>(*db_);
    sign_in_ = std::make_unique<SignIn>(*db_, *sms_, SignInPolicy{});
  }
  domain::Result<CodeChallenge, SignInFailure> start(const char* username, const char* password,
                                                     int64_t now = kNow) {
    const Captcha captcha = sign_in_->new_captcha(now);
    return sign_in_->start(username, password, captcha.id, captcha.answer, now);
  }
  std::string last_code() {
    store::Statement sms = db_->prepare("SELECT text FROM sms_outbox ORDER BY id DESC LIMIT 1");
    return sms.step() ? sms.text(0) : "";
  }
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<OutboxSmsGateway> sms_;
  std::unique_ptr<SignIn> sign_in_;
};

TEST_F(SignInTest, PasswordThenSmsCodeGivesASessionForTheUsersEstablishment) {
  const auto challenge = start("golden.admin", "Muqeem@2026");
  ASSERT_TRUE(challenge);
  EXPECT_EQ(challenge->masked_mobile, "05******67");
  const std::string code = last_code();
  ASSERT_EQ(code.size(), 6u);
  const auto session = sign_in_->verify_code(challenge->id, code, kNow + 30);
  ASSERT_TRUE(session);
  EXPECT_EQ(session->establishment_id, store::kDemoEstablishment);
  EXPECT_TRUE(sign_in_->session(session->token, kNow + 60));
  sign_in_->sign_out(session->token);
  EXPECT_FALSE(sign_in_->session(session->token, kNow + 61));
}

TEST_F(SignInTest, EveryAttemptIsAuditedWithoutSecrets) {
  start("golden.admin", "guess");
  const auto challenge = start("golden.admin", "Muqeem@2026");
  ASSERT_TRUE(challenge);
  ASSERT_TRUE(sign_in_->verify_code(challenge->id, last_code(), kNow));
  store::Statement log =
      db_->prepare("SELECT at, establishment_id, operation, outcome FROM audit_log ORDER BY id");
  std::vector<std::string> outcomes;
  while (log.step()) {
    EXPECT_EQ(log.text(0), "2026-01-01T00:00:00Z");
    EXPECT_EQ(log.integer(1), store::kDemoEstablishment);
    outcomes.push_back(log.text(2) + ":" + log.text(3));
  }
  EXPECT_EQ(outcomes, (std::vector<std::string>{"sign-in:wrong-password", "sign-in:code-sent",
                                                "verify-code:session-started"}));
  store::Statement secrets = db_->prepare(
      "SELECT count(*) FROM audit_log WHERE outcome LIKE '%Muqeem@2026%' OR user_name LIKE '%guess%'");
  ASSERT_TRUE(secrets.step());
  EXPECT_EQ(secrets.integer(0), 0);
}

TEST_F(SignInTest, UsernamesIgnoreCase) {
  EXPECT_TRUE(start("Golden.Admin", "Muqeem@2026"));
}

TEST_F(SignInTest, ACaptchaServesOneAttemptAndMustBeRight) {
  const Captcha captcha = sign_in_->new_captcha(kNow);
  EXPECT_EQ(sign_in_->start("golden.admin", "Muqeem@2026", captcha.id, "WRONG", kNow).error().error,
            SignInError::WrongCaptcha);
  EXPECT_EQ(sign_in_->start("golden.admin", "Muqeem@2026", captcha.id, captcha.answer, kNow).error().error,
            SignInError::WrongCaptcha);  // already used
  const Captcha old = sign_in_->new_captcha(kNow);
  EXPECT_EQ(sign_in_->start("golden.admin", "Muqeem@2026", old.id, old.answer, kNow + 3600).error().error,
            SignInError::WrongCaptcha);  // expired
}

TEST_F(SignInTest, AnUnknownUserLooksExactlyLikeAWrongPassword) {
  EXPECT_EQ(start("nobody", "Muqeem@2026").error().error, SignInError::WrongCredentials);
  EXPECT_EQ(start("golden.admin", "guess").error().error, SignInError::WrongCredentials);
}

TEST_F(SignInTest, FiveWrongPasswordsLockTheAccountForFifteenMinutes) {
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ(start("golden.admin", "guess").error().error, SignInError::WrongCredentials);
  const auto fifth = start("golden.admin", "guess");
  ASSERT_EQ(fifth.error().error, SignInError::LockedOut);
  EXPECT_EQ(fifth.error().locked_until, kNow + 15 * 60);
  EXPECT_EQ(start("golden.admin", "Muqeem@2026", kNow + 60).error().error, SignInError::LockedOut);
  EXPECT_TRUE(start("golden.admin", "Muqeem@2026", kNow + 15 * 60 + 1));
}

TEST_F(SignInTest, CodesExpireAndAllowThreeAttempts) {
  const auto expired = start("golden.admin", "Muqeem@2026");
  ASSERT_TRUE(expired);
  EXPECT_EQ(sign_in_->verify_code(expired->id, last_code(), kNow + 301).error().error, CodeError::Expired);

  const auto challenge = start("golden.admin", "Muqeem@2026");
  ASSERT_TRUE(challenge);
  const std::string code = last_code();
  const std::string wrong = code == "000000" ? "111111" : "000000";
  EXPECT_EQ(sign_in_->verify_code(challenge->id, wrong, kNow).error().attempts_left, 2);
  EXPECT_EQ(sign_in_->verify_code(challenge->id, wrong, kNow).error().attempts_left, 1);
  EXPECT_EQ(sign_in_->verify_code(challenge->id, wrong, kNow).error().error, CodeError::NoAttemptsLeft);
  EXPECT_EQ(sign_in_->verify_code(challenge->id, code, kNow).error().error, CodeError::NoAttemptsLeft);
}

TEST_F(SignInTest, ACodeTypedInArabicIndicDigitsWorksOnce) {
  const auto challenge = start("golden.admin", "Muqeem@2026");
  ASSERT_TRUE(challenge);
  std::string arabic;
  for (char d : last_code()) arabic += std::string("\xD9") + static_cast<char>(0xA0 + (d - '0'));
  EXPECT_TRUE(sign_in_->verify_code(challenge->id, arabic, kNow));
  EXPECT_EQ(sign_in_->verify_code(challenge->id, arabic, kNow).error().error, CodeError::UnknownChallenge);
}

TEST_F(SignInTest, SessionsEndAfterFifteenIdleMinutesAndUseKeepsThemAlive) {
  const auto challenge = start("golden.admin", "Muqeem@2026");
  ASSERT_TRUE(challenge);
  const auto session = sign_in_->verify_code(challenge->id, last_code(), kNow);
  ASSERT_TRUE(session);
  EXPECT_TRUE(sign_in_->session(session->token, kNow + 14 * 60));  // used: idle time restarts
  EXPECT_TRUE(sign_in_->session(session->token, kNow + 28 * 60));
  EXPECT_FALSE(sign_in_->session(session->token, kNow + 44 * 60));
  EXPECT_FALSE(sign_in_->session("not-a-token", kNow));
}

}  // namespace
}  // namespace muqeem::portal::auth

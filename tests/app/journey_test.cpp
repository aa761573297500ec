// The journey's screens as state machines, driven headless through the whole app against a portal
// in memory: signing in (errors kept with what was typed), the dashboard, renewing an iqama step by
// step, a lost answer retried with the same Idempotency-Key (one renewal, one charge), a session
// that ends mid-form (sign in again, carry on with the values intact), an ineligible resident.
#include <gtest/gtest.h>

#include <optional>

#include "api/portal_client.h"
#include "app/app_driver.h"

namespace muqeem::app {
namespace {

using test::AppDriver;
using ui::Role;

class Journey : public testing::Test {
 protected:
  // Signs in with a client of the test's own and asks the portal for quotes until one is renewable
  // (or, with `eligible` false, one that is not), as an officer would try residents.
  std::string resident(bool eligible) {
    api::ResidentsQuery query;
    query.expiring_within_days = 90;
    query.size = 100;
    return driver_.first_resident(query, [eligible](api::PortalClient& client, const std::string& iqama) {
      bool fits = false;
      client.quote_renewal({iqama, 12, {}}, [&](auto result) {
        // A renewable one without a late fine, so its total is the fee alone.
        fits =
            result && result.value().eligible == eligible && (!eligible || result.value().fees.size() == 1);
      });
      return fits;
    });
  }

  int64_t balance() {
    int64_t value = -1;
    // The balance as the dashboard shows it, read through the app's own session.
    driver_.app().portal()->client().establishment(
        [&](auto result) { value = result.value().balance_halalas; });
    return value;
  }

  // From the dashboard to the verified details of `iqama` for 12 months.
  void verify(const std::string& iqama) {
    driver_.go("#/services/renew-iqama");
    driver_.click(Role::Button, "أرسل رمز التحقق");
    driver_.type("رمز التحقق للمعاملة", driver_.latest_code());
    driver_.click(Role::Button, "متابعة");
    driver_.type("رقم الإقامة", iqama);
    driver_.click(Role::Radio, "12 شهرًا");
    driver_.click(Role::Button, "تحقق من البيانات");
  }

  AppDriver driver_;
};

TEST_F(Journey, SigningInWithEmptyFieldsNamesEachOneAndKeepsWhatWasTyped) {
  driver_.go("#/");
  EXPECT_TRUE(driver_.shows(Role::Heading, "تسجيل الدخول"));
  driver_.type("اسم المستخدم", "golden.admin");
  driver_.click(Role::Button, "دخول");
  EXPECT_TRUE(driver_.shows(Role::Alert, "يوجد خطأ في البيانات"));
  EXPECT_TRUE(driver_.shows(Role::Link, "أدخل كلمة المرور"));
  EXPECT_TRUE(driver_.shows(Role::Link, "اكتب الرمز الظاهر في الصورة"));
  EXPECT_FALSE(driver_.shows(Role::Link, "أدخل اسم المستخدم"));
  EXPECT_EQ(driver_.get(Role::TextBox, "اسم المستخدم").value, "golden.admin");
}

TEST_F(Journey, AWrongPasswordIsSaidPlainlyAndTheCaptchaIsReplaced) {
  driver_.go("#/");
  const std::string first_image = driver_.get(Role::Image, "رمز التحقق المرئي").value;
  EXPECT_NE(first_image.find("<svg"), std::string::npos);
  driver_.type("اسم المستخدم", "golden.admin");
  driver_.type("كلمة المرور", "wrong password");
  driver_.type("الرمز الظاهر في الصورة", driver_.outbox()["captchas"][0]["answer"]);
  driver_.click(Role::Button, "دخول");
  EXPECT_TRUE(driver_.says("غير صحيح"));  // the server's own Arabic wording
  EXPECT_NE(driver_.get(Role::Image, "رمز التحقق المرئي").value, first_image);  // one try per captcha
  EXPECT_EQ(driver_.get(Role::TextBox, "اسم المستخدم").value, "golden.admin");
  EXPECT_EQ(driver_.get(Role::TextBox, "الرمز الظاهر في الصورة").value, "");
}

TEST_F(Journey, SignedInTheDashboardShowsTheEstablishmentAndItsCounts) {
  driver_.go("#/");
  driver_.sign_in();
  EXPECT_TRUE(driver_.shows(Role::Heading, "شركة الرمال الذهبية للمقاولات"));
  EXPECT_TRUE(driver_.shows(Role::Button, "تسجيل الخروج"));
  // "300 المقيمون": the fixture seeds 300 residents for this establishment.
  EXPECT_TRUE(driver_.shows(Role::Link, "300 المقيمون"));
}

TEST_F(Journey, ALostAnswerToTheRenewalIsAskedForAgainWithTheSameKeyAndChargedOnce) {
  driver_.go("#/");
  driver_.sign_in();
  const std::string iqama = resident(true);
  const int64_t before = balance();
  verify(iqama);
  driver_.click(Role::Button, "تجديد");
  driver_.faulty.drop_replies("/api/v1/iqama-renewals", 1);
  driver_.click(Role::Button, "تأكيد التجديد");
  // The client sent it once more by itself (the key makes that safe), and the officer sees the result.
  EXPECT_TRUE(driver_.shows(Role::Status, "تم تجديد الإقامة بنجاح"));
  EXPECT_TRUE(driver_.says(iqama));
  EXPECT_EQ(driver_.faulty.dropped_keys.size(), 1u);
  EXPECT_EQ(before - balance(), 65000);  // 12 months: SAR 650 (DOMAIN.md), once
}

TEST_F(Journey, RenewingAfterAnswersLostTwiceOffersARetryWithTheSameKeyAndChargesOnce) {
  driver_.go("#/");
  driver_.sign_in();
  const std::string iqama = resident(true);
  const int64_t before = balance();
  verify(iqama);
  EXPECT_TRUE(driver_.shows(Role::Heading, "البيانات بعد التحقق"));
  EXPECT_TRUE(driver_.says("الإجمالي: 650.00 ريال"));  // 12 months: SAR 650 (DOMAIN.md)
  driver_.click(Role::Button, "تجديد");
  EXPECT_TRUE(driver_.shows(Role::Dialog, "تأكيد التجديد"));

  driver_.faulty.drop_replies("/api/v1/iqama-renewals", 2);  // the client's own retry is lost too
  driver_.click(Role::Button, "تأكيد التجديد");
  EXPECT_TRUE(driver_.says("تعذّر الاتصال بالخادم"));
  EXPECT_TRUE(driver_.says("لم يضع شيء مما أدخلته"));
  EXPECT_TRUE(driver_.shows(Role::Link, "تواصل مع الدعم"));
  driver_.click(Role::Button, "إعادة المحاولة");
  EXPECT_TRUE(driver_.shows(Role::Status, "تم تجديد الإقامة بنجاح"));
  EXPECT_TRUE(driver_.says(iqama));
  ASSERT_EQ(driver_.faulty.dropped_keys.size(), 2u);
  EXPECT_EQ(driver_.faulty.dropped_keys[0], driver_.faulty.dropped_keys[1]);
  // The first attempt did renew; every retry got that renewal back: one fee of SAR 650.
  EXPECT_EQ(before - balance(), 65000);
}

TEST_F(Journey, ASessionEndingMidFormSignsInAgainAndReturnsWithTheValuesIntact) {
  driver_.go("#/");
  driver_.sign_in();
  const std::string iqama = resident(true);
  driver_.go("#/services/renew-iqama");
  driver_.click(Role::Button, "أرسل رمز التحقق");
  driver_.type("رمز التحقق للمعاملة", driver_.latest_code());
  driver_.click(Role::Button, "متابعة");
  driver_.type("رقم الإقامة", iqama);
  driver_.click(Role::Radio, "12 شهرًا");
  driver_.portal.now += 16 * 60;  // idle past the 15 minutes a session lasts
  driver_.click(Role::Button, "تحقق من البيانات");
  EXPECT_TRUE(driver_.shows(Role::Heading, "تسجيل الدخول"));
  driver_.sign_in();
  EXPECT_TRUE(driver_.shows(Role::Heading, "تجديد الإقامة"));
  EXPECT_EQ(driver_.get(Role::TextBox, "رقم الإقامة").value, iqama);
  EXPECT_TRUE(driver_.get(Role::Radio, "12 شهرًا").states.checked);
}

TEST_F(Journey, AResidentWhoCannotRenewSeesEveryReasonAndCannotSubmit) {
  driver_.go("#/");
  driver_.sign_in();
  verify(resident(false));
  EXPECT_TRUE(driver_.shows(Role::Alert, "لا يمكن تجديد هذه الإقامة الآن"));
  EXPECT_TRUE(driver_.get(Role::Button, "تجديد").states.disabled);
}

TEST_F(Journey, SigningOutForgetsEverything) {
  driver_.go("#/");
  driver_.sign_in();
  driver_.go("#/services/renew-iqama");
  driver_.click(Role::Button, "تسجيل الخروج");
  driver_.frames();
  EXPECT_TRUE(driver_.shows(Role::Heading, "تسجيل الدخول"));
  EXPECT_EQ(driver_.get(Role::TextBox, "اسم المستخدم").value, "");
  EXPECT_FALSE(driver_.app().portal()->signed_in());
}

}  // namespace
}  // namespace muqeem::app

namespace muqeem::app {
namespace {

TEST_F(Journey, TwoMinutesBeforeTheSessionEndsAWarningOffersToStaySignedIn) {
  driver_.go("#/");
  driver_.sign_in();
  driver_.clock = static_cast<double>(driver_.portal.now);
  driver_.frames();
  EXPECT_FALSE(driver_.shows(Role::Dialog, "ستنتهي جلستك قريبًا"));
  driver_.pass(15 * 60 - 100);  // idle until 100 seconds are left
  driver_.frames();
  ASSERT_TRUE(driver_.shows(Role::Dialog, "ستنتهي جلستك قريبًا"));
  EXPECT_TRUE(driver_.says("1:40"));
  driver_.click(Role::Button, "البقاء متصلًا");
  EXPECT_FALSE(driver_.shows(Role::Dialog, "ستنتهي جلستك قريبًا"));
  driver_.pass(10 * 60);  // the extended session is still alive ten minutes later
  driver_.go("#/residents");
  EXPECT_TRUE(driver_.shows(Role::Heading, "المقيمون"));
}

}  // namespace
}  // namespace muqeem::app

namespace muqeem::app {
namespace {

TEST_F(Journey, ARowOfTheListOpensTheResidentsFileAndRenewalStartsFromIt) {
  driver_.go("#/");
  driver_.sign_in();
  driver_.go("#/residents");
  const ui::SemanticNode* first_cell = nullptr;
  const auto& nodes = driver_.app().semantics().nodes();
  const int row = driver_.app().semantics().index_of("residents.table.row.0");
  ASSERT_GE(row, 0);
  first_cell = &nodes[static_cast<size_t>(row) + 1];
  const std::string name = first_cell->name;
  const std::string iqama = nodes[static_cast<size_t>(row) + 2].name;
  driver_.post({ui::UiEvent::Kind::Activate, "residents.table.row.0"});
  driver_.frames();
  EXPECT_TRUE(driver_.shows(Role::Heading, name));
  EXPECT_TRUE(driver_.says("رقم الإقامة: " + iqama));
  driver_.click(Role::Tab, "التابعون");
  EXPECT_TRUE(driver_.get(Role::Tab, "التابعون").states.selected);
  driver_.click(Role::Link, "تجديد الإقامة");
  driver_.frames();
  driver_.click(Role::Button, "أرسل رمز التحقق");
  driver_.type("رمز التحقق للمعاملة", driver_.latest_code());
  driver_.click(Role::Button, "متابعة");
  EXPECT_EQ(driver_.get(Role::TextBox, "رقم الإقامة").value, iqama);
}

}  // namespace
}  // namespace muqeem::app

namespace muqeem::app {
namespace {

TEST_F(Journey, AWrongCodeSaysHowManyTriesAreLeftAndANewCodeCanBeAskedForAfterTheWait) {
  driver_.go("#/");
  driver_.clock = static_cast<double>(driver_.portal.now);
  driver_.type("اسم المستخدم", "golden.admin");
  driver_.type("كلمة المرور", "Muqeem@2026");
  driver_.type("الرمز الظاهر في الصورة", driver_.outbox()["captchas"][0]["answer"]);
  driver_.click(Role::Button, "دخول");
  EXPECT_TRUE(driver_.says("تبقت 3 محاولات"));                   // DOMAIN.md: 3 attempts per code
  EXPECT_FALSE(driver_.shows(Role::Button, "أرسل رمزًا جديدًا"));  // not before the wait
  const std::string first = driver_.latest_code();
  driver_.type("رمز التحقق", first == "000000" ? "111111" : "000000");
  driver_.click(Role::Button, "تحقق");
  EXPECT_TRUE(driver_.says("تبقت محاولتان"));
  driver_.pass(61);  // the wait for a new code is over
  driver_.frames();
  driver_.click(Role::Button, "أرسل رمزًا جديدًا");
  const std::string second = driver_.latest_code();
  driver_.type("رمز التحقق", second);
  driver_.click(Role::Button, "تحقق");
  EXPECT_TRUE(driver_.shows(Role::Heading, "شركة الرمال الذهبية للمقاولات"));
}

}  // namespace
}  // namespace muqeem::app

namespace muqeem::app {
namespace {

TEST_F(Journey, TheResidentsListFiltersByNationalityChosenByTypingItsName) {
  driver_.go("#/");
  driver_.sign_in();
  driver_.go("#/residents");
  driver_.type("الجنسية", "الهند");
  EXPECT_TRUE(driver_.shows(Role::Option, "الهند"));
  ui::UiEvent enter{ui::UiEvent::Kind::Key, "residents.nationality"};
  enter.key = ui::Key::Enter;
  driver_.post(enter);
  driver_.frames();
  EXPECT_EQ(driver_.get(Role::ComboBox, "الجنسية").value, "الهند");
  int rows = 0;
  const auto& nodes = driver_.app().semantics().nodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].role != Role::Row || nodes[i].id.rfind("residents.table.row.", 0) != 0) continue;
    ++rows;
    EXPECT_EQ(nodes[i + 3].name, "الهند");  // row, name, iqama, nationality
  }
  EXPECT_GT(rows, 0);
}

}  // namespace
}  // namespace muqeem::app

namespace muqeem::app {
namespace {

TEST_F(Journey, APrintedCodeIsCheckedWithoutSigningIn) {
  driver_.go("#/");
  driver_.sign_in();
  const std::string iqama = resident(true);
  verify(iqama);
  driver_.click(Role::Button, "تجديد");
  driver_.click(Role::Button, "تأكيد التجديد");
  std::string request_number;
  for (const auto& node : driver_.app().semantics().nodes())
    if (node.name.rfind("رقم الطلب: ", 0) == 0)
      request_number = node.name.substr(std::string("رقم الطلب: ").size());
  ASSERT_FALSE(request_number.empty());
  std::string code;
  driver_.app().portal()->client().renewal_document(
      request_number, [&](auto result) { code = result.value().verification.code; });
  driver_.click(Role::Button, "تسجيل الخروج");
  driver_.go("#/verify?code=" + code);
  EXPECT_TRUE(driver_.shows(Role::Status, "الوثيقة صحيحة وصادرة من بوابة مقيم"));
  EXPECT_TRUE(driver_.says("الوثيقة: تجديد إقامة"));
  EXPECT_TRUE(driver_.says("رقم الوثيقة: " + request_number));
  EXPECT_TRUE(driver_.says("******" + iqama.substr(6)));  // masked but for the last four digits
  driver_.go("#/verify?code=AAAAAAAAAAAAAAAA");
  EXPECT_TRUE(driver_.shows(Role::Alert, "تعذّر التحقق من هذه الوثيقة"));
}

TEST_F(Journey, AResidentReportsCodeSaysWhatThePaperIsAndTheIqamasExpiry) {
  driver_.go("#/");
  driver_.sign_in();
  const std::string iqama = resident(true);
  std::optional<api::ResidentReport> report;
  driver_.app().portal()->client().issue_resident_report({iqama}, "report-key-1", [&](auto result) {
    if (result) report = result.value();
  });
  ASSERT_TRUE(report.has_value());
  driver_.click(Role::Button, "تسجيل الخروج");
  driver_.go("#/verify?code=" + report->verification.code);
  EXPECT_TRUE(driver_.shows(Role::Status, "الوثيقة صحيحة وصادرة من بوابة مقيم"));
  EXPECT_TRUE(driver_.says("الوثيقة: تقرير مقيم"));
  EXPECT_TRUE(driver_.says("رقم الوثيقة: " + report->report_number));
  // The iqama's expiry as the report stated it, in words with its year, e.g. "انتهاء الإقامة: 14 ديسمبر
  // 2026 …" (a renewal's paper would say "تاريخ الانتهاء الجديد" instead).
  const std::string year = report->resident.summary.iqama_expiry.substr(0, 4);
  bool expiry_shown = false;
  for (const auto& node : driver_.app().semantics().nodes())
    expiry_shown |= node.name.rfind("انتهاء الإقامة: ", 0) == 0 && node.name.find(year) != std::string::npos;
  EXPECT_TRUE(expiry_shown);
  EXPECT_FALSE(driver_.says("تاريخ الانتهاء الجديد"));
}

}  // namespace
}  // namespace muqeem::app

namespace muqeem::app {
namespace {

// The page's other tabs share the one session (the browser's cookie): what one tab tells the others
// over the BroadcastChannel, and what this one does when told.
TEST_F(Journey, TheTabsShareTheSessionsWarningAndItsEnd) {
  std::vector<std::string> told;
  driver_.app().on_tell_other_tabs = [&told](const std::string& message) { told.push_back(message); };
  driver_.go("#/");
  driver_.sign_in();
  EXPECT_EQ(told, std::vector<std::string>{"signed-in"});
  driver_.pass(15 * 60 - 100);  // 100 seconds left

  // Another tab came in front: the warning is its to show, not this one's.
  driver_.app().heard_from_other_tab("front");
  driver_.frames();
  EXPECT_FALSE(driver_.shows(Role::Dialog, "ستنتهي جلستك قريبًا"));
  // This one comes back in front: it shows the warning, and tells the others.
  driver_.app().came_to_front();
  driver_.frames();
  EXPECT_TRUE(driver_.shows(Role::Dialog, "ستنتهي جلستك قريبًا"));
  EXPECT_EQ(told.back(), "front");
  // "Stay signed in" pressed here: the others are told the new end.
  driver_.click(Role::Button, "البقاء متصلًا");
  EXPECT_FALSE(driver_.shows(Role::Dialog, "ستنتهي جلستك قريبًا"));
  EXPECT_EQ(told.back(), "extended:" + std::to_string(driver_.portal.now + 15 * 60));
  // Pressed in another tab, this one's end moves too.
  driver_.pass(15 * 60 - 100);
  driver_.frames();
  ASSERT_TRUE(driver_.shows(Role::Dialog, "ستنتهي جلستك قريبًا"));
  driver_.app().heard_from_other_tab("extended:" + std::to_string(driver_.portal.now + 15 * 60));
  driver_.frames();
  EXPECT_FALSE(driver_.shows(Role::Dialog, "ستنتهي جلستك قريبًا"));
  // Signed out in another tab: this one forgets everything and shows the sign-in.
  driver_.go("#/residents");
  driver_.app().heard_from_other_tab("signed-out");
  driver_.frames();
  EXPECT_FALSE(driver_.app().portal()->signed_in());
  EXPECT_TRUE(driver_.shows(Role::Heading, "تسجيل الدخول"));
}

}  // namespace
}  // namespace muqeem::app

namespace muqeem::app {
namespace {

// A new build of the site is ready (its service worker waits): every page offers it, in the page's
// language, and nothing changes until the officer chooses to reload: what they typed stays.
TEST_F(Journey, ANewVersionIsOfferedAndTakenOnlyWhenTheOfficerChooses) {
  int reloads = 0;
  driver_.app().on_apply_update = [&reloads] { ++reloads; };
  driver_.go("#/sign-in");
  driver_.type("اسم المستخدم", "golden.admin");
  EXPECT_FALSE(driver_.says("يتوفر إصدار جديد من مقيم"));

  driver_.app().set_update_ready();
  driver_.frames();
  EXPECT_TRUE(driver_.shows(Role::Status, "يتوفر إصدار جديد من مقيم"));
  EXPECT_EQ(driver_.get(Role::TextBox, "اسم المستخدم").value, "golden.admin");
  EXPECT_EQ(reloads, 0);

  driver_.click(Role::Button, "English");
  EXPECT_TRUE(driver_.shows(Role::Status, "A new version of Muqeem is ready"));
  driver_.click(Role::Button, "Reload now");
  EXPECT_EQ(reloads, 1);
  EXPECT_EQ(driver_.get(Role::TextBox, "Username").value, "golden.admin");
}

}  // namespace
}  // namespace muqeem::app

namespace muqeem::app {
namespace {

// The page's own sign-in form was usable while the app downloaded: the app carries on from it with
// the same captcha (no second one is asked for), so the answer typed there signs the officer in.
TEST_F(Journey, TheSignInCarriesOnFromThePagesEarlyForm) {
  nlohmann::json captcha;
  driver_.portal_transport.send({"POST", "/api/v1/auth/captcha"}, [&](api::TransportResult result) {
    captcha = nlohmann::json::parse(result.value().body);
  });
  const std::string answer = driver_.outbox()["captchas"][0]["answer"];
  ui::EarlySignIn early{"golden.admin",      "Muqeem@2026", captcha["captchaId"],
                        captcha["imageSvg"], answer,        "password"};
  early.submitted = true;
  driver_.app().take_over_sign_in(early);
  driver_.go("#/sign-in");

  EXPECT_TRUE(driver_.shows(Role::TextBox, "رمز التحقق"));  // the SMS code's step: signed in so far
  EXPECT_EQ(driver_.outbox()["captchas"].size(), 0u);       // the one captcha used, no other asked for
  driver_.type("رمز التحقق", driver_.latest_code());
  driver_.click(Role::Button, "تحقق");
  EXPECT_TRUE(driver_.app().portal()->signed_in());
}

TEST_F(Journey, AnEarlyFormNotSubmittedKeepsItsValuesAndFocus) {
  driver_.app().take_over_sign_in({"golden.admin", "typed", "", "", "abc", "username"});
  driver_.go("#/sign-in");
  EXPECT_EQ(driver_.get(Role::TextBox, "اسم المستخدم").value, "golden.admin");
  EXPECT_EQ(driver_.app().interaction().focused(), "signin.username");
  // No picture came with it, so an answer typed for none is not kept; the app asks for its own.
  EXPECT_EQ(driver_.get(Role::TextBox, "الرمز الظاهر في الصورة").value, "");
  EXPECT_EQ(driver_.outbox()["captchas"].size(), 1u);
}

}  // namespace
}  // namespace muqeem::app

// The shared transaction flow as a state machine, driven through the whole app against the portal in
// memory with an exit/re-entry visa: security code → details → a quote with problems (nothing can be
// submitted) → details fixed → verified → confirmed → the visa; a refused security code goes back to
// its step; an answer lost twice is retried with the same Idempotency-Key and charged once. And what
// every service shares: each address opens its own form, an unknown one says "not found", and an
// officer is offered only the services their permissions allow.
#include <gtest/gtest.h>

#include <string>

#include "api/portal_client.h"
#include "app/app_driver.h"

namespace muqeem::app {
namespace {

using test::AppDriver;
using ui::Role;

class TransactionFlowTest : public testing::Test {
 protected:
  // A resident a 30-day single exit/re-entry visa can (or, with `eligible` false, cannot) be issued
  // for now, found as an officer would: by asking for quotes.
  std::string visa_candidate(bool eligible) {
    api::ResidentsQuery query;
    query.sort = eligible ? "iqamaExpiry,desc" : "iqamaExpiry,asc";
    query.size = 100;
    return driver_.first_resident(query, [eligible](api::PortalClient& client, const std::string& iqama) {
      bool fits = false;
      client.quote_exit_reentry({iqama, "single", 30, "", ""},
                                [&](auto result) { fits = result && result.value().eligible == eligible; });
      return fits;
    });
  }

  int64_t balance() {
    int64_t value = -1;
    driver_.app().portal()->client().establishment(
        [&](auto result) { value = result.value().balance_halalas; });
    return value;
  }

  // How many exit/re-entry visas the resident holds, as the portal has them.
  int64_t visas_of(const std::string& iqama) {
    int64_t count = -1;
    driver_.app().portal()->client().visas({iqama, "exit-reentry-single"},
                                           [&](auto result) { count = result.value().total_elements; });
    return count;
  }

  void code_step() {
    driver_.click(Role::Button, "أرسل رمز التحقق");
    driver_.type("رمز التحقق للمعاملة", driver_.latest_code());
    driver_.click(Role::Button, "متابعة");
  }

  void details(const std::string& iqama) {
    driver_.type("رقم الإقامة", iqama);
    driver_.click(Role::Radio, "مفردة");
    driver_.type("مدة التأشيرة بالأيام", "30");
  }

  void signed_in_at(const std::string& hash, const std::string& username = "golden.admin") {
    driver_.go("#/");
    driver_.sign_in(username);
    driver_.go(hash);
  }

  AppDriver driver_;
};

TEST_F(TransactionFlowTest, AQuoteWithProblemsBlocksTheVisaUntilTheDetailsAreFixed) {
  const std::string blocked = visa_candidate(false);
  const std::string fine = visa_candidate(true);
  signed_in_at("#/services/exit-reentry");
  const int64_t held = visas_of(fine);  // earlier visas, used or cancelled, count too
  EXPECT_TRUE(driver_.shows(Role::Heading, "تأشيرة خروج وعودة"));
  code_step();
  details(blocked);
  // The fee shows before asking the portal: SAR 200 for a single visa of up to two months.
  EXPECT_TRUE(driver_.says("200.00 ريال"));
  driver_.click(Role::Button, "تحقق من البيانات");
  EXPECT_TRUE(driver_.shows(Role::Alert, "لا يمكن إصدار التأشيرة الآن"));
  EXPECT_TRUE(driver_.get(Role::Button, "إصدار التأشيرة").states.disabled);

  driver_.click(Role::Button, "تعديل البيانات");
  EXPECT_EQ(driver_.get(Role::TextBox, "رقم الإقامة").value, blocked);  // nothing typed was lost
  EXPECT_EQ(driver_.get(Role::TextBox, "مدة التأشيرة بالأيام").value, "30");
  driver_.type("رقم الإقامة", fine);
  driver_.click(Role::Button, "تحقق من البيانات");
  EXPECT_FALSE(driver_.shows(Role::Alert, "لا يمكن إصدار التأشيرة الآن"));
  const int64_t before = balance();
  driver_.click(Role::Button, "إصدار التأشيرة");
  driver_.click(Role::Button, "تأكيد الإصدار");
  EXPECT_TRUE(driver_.shows(Role::Status, "تم إصدار تأشيرة الخروج والعودة"));
  EXPECT_TRUE(driver_.says("رقم التأشيرة"));
  EXPECT_TRUE(driver_.shows(Role::Link, "عرض التأشيرة"));
  EXPECT_EQ(balance(), before - 20000);
  EXPECT_EQ(visas_of(fine), held + 1);
}

TEST_F(TransactionFlowTest, AVisaOnTheResidentsFileOpensItsPageWhichOffersWhatItAllows) {
  const std::string fine = visa_candidate(true);
  signed_in_at("#/services/exit-reentry?iqama=" + fine);
  code_step();
  EXPECT_EQ(driver_.get(Role::TextBox, "رقم الإقامة").value, fine);  // filled in from the link
  details(fine);
  driver_.click(Role::Button, "تحقق من البيانات");
  driver_.click(Role::Button, "إصدار التأشيرة");
  driver_.click(Role::Button, "تأكيد الإصدار");
  ASSERT_TRUE(driver_.shows(Role::Status, "تم إصدار تأشيرة الخروج والعودة"));

  driver_.go("#/residents/" + fine);
  driver_.click(Role::Tab, "التأشيرات");
  std::string row;
  const auto& nodes = driver_.app().semantics().nodes();
  for (const auto& node : nodes)  // the visa's type cell, in its row
    if (node.role == Role::Cell && node.name.find("خروج وعودة") != std::string::npos && node.parent >= 0)
      row = nodes[static_cast<size_t>(node.parent)].id;
  ASSERT_FALSE(row.empty());
  driver_.post({ui::UiEvent::Kind::Activate, row});
  driver_.frames();
  // An open exit/re-entry visa: it can be extended, cancelled and printed again.
  EXPECT_TRUE(driver_.shows(Role::Link, "تمديد تأشيرة الخروج والعودة"));
  EXPECT_TRUE(driver_.shows(Role::Link, "إلغاء التأشيرة"));
  EXPECT_TRUE(driver_.shows(Role::Button, "طباعة التأشيرة"));
  EXPECT_TRUE(driver_.says("صادرة"));
}

TEST_F(TransactionFlowTest, ARefusedSecurityCodeGoesBackToItsStepWithTheReason) {
  const std::string fine = visa_candidate(true);
  signed_in_at("#/services/exit-reentry");
  const int64_t held = visas_of(fine);  // earlier visas, used or cancelled, count too
  driver_.click(Role::Button, "أرسل رمز التحقق");
  driver_.type("رمز التحقق للمعاملة", "000000");
  driver_.click(Role::Button, "متابعة");
  details(fine);
  driver_.click(Role::Button, "تحقق من البيانات");
  driver_.click(Role::Button, "إصدار التأشيرة");
  driver_.click(Role::Button, "تأكيد الإصدار");
  const ui::SemanticNode& code = driver_.get(Role::TextBox, "رمز التحقق للمعاملة");
  EXPECT_TRUE(code.states.invalid);
  EXPECT_FALSE(code.description.empty());
  EXPECT_EQ(visas_of(fine), held);
  // A right code then issues it, the details as they were.
  driver_.type("رمز التحقق للمعاملة", driver_.latest_code());
  driver_.click(Role::Button, "متابعة");
  EXPECT_EQ(driver_.get(Role::TextBox, "رقم الإقامة").value, fine);
  driver_.click(Role::Button, "تحقق من البيانات");
  driver_.click(Role::Button, "إصدار التأشيرة");
  driver_.click(Role::Button, "تأكيد الإصدار");
  EXPECT_TRUE(driver_.shows(Role::Status, "تم إصدار تأشيرة الخروج والعودة"));
  EXPECT_EQ(visas_of(fine), held + 1);
}

TEST_F(TransactionFlowTest, AnAnswerLostTwiceIsRetriedWithTheSameKeyAndChargedOnce) {
  const std::string fine = visa_candidate(true);
  signed_in_at("#/services/exit-reentry");
  const int64_t held = visas_of(fine);  // earlier visas, used or cancelled, count too
  code_step();
  details(fine);
  driver_.click(Role::Button, "تحقق من البيانات");
  const int64_t before = balance();
  driver_.click(Role::Button, "إصدار التأشيرة");
  driver_.faulty.drop_replies("/api/v1/exit-reentry-visas", 2);  // the client's own retry is lost too
  driver_.click(Role::Button, "تأكيد الإصدار");
  EXPECT_TRUE(driver_.shows(Role::Alert, "تعذّر الاتصال بالخادم. تحقق من اتصالك بالشبكة."));
  EXPECT_TRUE(driver_.shows(Role::Link, "تواصل مع الدعم"));
  driver_.click(Role::Button, "إعادة المحاولة");
  EXPECT_TRUE(driver_.shows(Role::Status, "تم إصدار تأشيرة الخروج والعودة"));
  ASSERT_EQ(driver_.faulty.dropped_keys.size(), 2u);
  const std::string key = driver_.app().portal()->service("exit-reentry")->idempotency_key();
  EXPECT_EQ(driver_.faulty.dropped_keys[0], key);
  EXPECT_EQ(driver_.faulty.dropped_keys[1], key);
  EXPECT_EQ(visas_of(fine), held + 1);
  EXPECT_EQ(balance(), before - 20000);
}

TEST_F(TransactionFlowTest, EveryServiceAddressOpensItsOwnFormAndAnUnknownOneSaysNotFound) {
  signed_in_at("#/");
  const std::pair<const char*, const char*> services[] = {
      {"#/services/renew-iqama", "تجديد الإقامة"},
      {"#/services/issue-iqama", "إصدار إقامة لقادم جديد"},
      {"#/services/exit-reentry", "تأشيرة خروج وعودة"},
      {"#/services/final-exit", "تأشيرة خروج نهائي"},
      {"#/services/occupation-change", "تعديل المهنة"},
      {"#/services/transfer", "نقل الخدمات"},
      {"#/services/passport-update", "نقل معلومات الجواز"},
      {"#/services/resident-report", "تقرير مقيم"},
      {"#/services/visa-extension", "تمديد تأشيرة الخروج والعودة"},
      {"#/services/visa-cancellation", "إلغاء التأشيرة"},
      {"#/services/transfer-accept", "قبول طلب نقل الخدمات"},
      {"#/services/transfer-decline", "رفض طلب نقل الخدمات"}};
  for (const auto& [hash, title] : services) {
    driver_.go(hash);
    EXPECT_TRUE(driver_.shows(Role::Heading, title)) << hash;
  }
  driver_.go("#/services/exit-reentery");
  EXPECT_TRUE(driver_.shows(Role::Heading, "الصفحة غير موجودة"));
  driver_.click(Role::Link, "العودة إلى الرئيسية");
  driver_.frames();
  EXPECT_TRUE(driver_.shows(Role::Heading, "شركة الرمال الذهبية للمقاولات"));
}

// Flows are made when first opened (app/portal_screens.cpp), so a name the routes know but no
// definition answers would fail only when someone opens it: every name must have one.
TEST_F(TransactionFlowTest, EveryServiceTheRoutesNameHasAFlow) {
  for (const std::string& name : app::service_names())
    EXPECT_NE(driver_.app().portal()->service(name), nullptr) << name;
  EXPECT_EQ(driver_.app().portal()->service("exit-reentery"), nullptr);
}

TEST_F(TransactionFlowTest, AClerkIsOfferedOnlyTheServicesTheirPermissionsAllow) {
  signed_in_at("#/", "golden.clerk");
  EXPECT_TRUE(driver_.shows(Role::Link, "تأشيرة خروج وعودة"));
  EXPECT_TRUE(driver_.shows(Role::Link, "تأشيرة خروج نهائي"));
  EXPECT_TRUE(driver_.shows(Role::Link, "تقرير مقيم"));
  EXPECT_FALSE(driver_.shows(Role::Link, "تجديد الإقامة"));
  EXPECT_FALSE(driver_.shows(Role::Link, "إصدار إقامة لقادم جديد"));
  EXPECT_FALSE(driver_.shows(Role::Link, "تعديل المهنة"));
  EXPECT_FALSE(driver_.shows(Role::Link, "نقل الخدمات"));
  EXPECT_FALSE(driver_.shows(Role::Link, "نقل معلومات الجواز"));
  // Typed in by hand, a service they may not use is refused by the portal, naming the permission.
  driver_.go("#/services/renew-iqama");
  driver_.click(Role::Button, "أرسل رمز التحقق");
  EXPECT_TRUE(driver_.says("تجديد الإقامة"));
  EXPECT_TRUE(driver_.says("ليست لديك صلاحية"));
}

// Changing a colleague's permissions starts from what they hold, whichever of the two lists (the
// permissions there are, the users) the portal answers first and however many frames come between.
TEST_F(TransactionFlowTest, AColleaguesPermissionsAreTickedAsTheyStandWhenTheUsersListAnswersLast) {
  signed_in_at("#/");
  driver_.faulty.hold("/api/v1/users?");
  driver_.go("#/services/user-permissions?username=golden.clerk");
  code_step();
  driver_.frames(5);  // the permissions are in; the users are still on their way
  EXPECT_FALSE(driver_.shows(Role::Checkbox, "تأشيرات الخروج والعودة والخروج النهائي"))
      << "no box is offered until it can say what the colleague holds";
  driver_.faulty.release();
  driver_.frames();
  EXPECT_TRUE(driver_.get(Role::Checkbox, "تأشيرات الخروج والعودة والخروج النهائي").states.checked);
  EXPECT_TRUE(driver_.get(Role::Checkbox, "التقارير").states.checked);
  EXPECT_FALSE(driver_.get(Role::Checkbox, "تجديد الإقامة").states.checked);
}

// The users list lost on its way (twice: a read is sent once more by itself): said, with "try
// again", and no box offered as if the colleague held nothing; trying again ticks what they hold.
TEST_F(TransactionFlowTest, AColleaguesPermissionsNotLoadedAreSaidAndTryingAgainTicksThem) {
  signed_in_at("#/");
  driver_.faulty.drop_replies("/api/v1/users?", 2);
  driver_.go("#/services/user-permissions?username=golden.clerk");
  code_step();
  EXPECT_FALSE(driver_.shows(Role::Checkbox, "تأشيرات الخروج والعودة والخروج النهائي"));
  ASSERT_TRUE(driver_.shows(Role::Button, "إعادة المحاولة"));
  driver_.click(Role::Button, "إعادة المحاولة");
  driver_.frames();
  EXPECT_TRUE(driver_.get(Role::Checkbox, "تأشيرات الخروج والعودة والخروج النهائي").states.checked);
  EXPECT_FALSE(driver_.get(Role::Checkbox, "تجديد الإقامة").states.checked);
}

// Another colleague's form starts from theirs: nothing of the one opened before (their name, their
// ticks) stands while the other's are asked for.
TEST_F(TransactionFlowTest, AnotherColleaguesPermissionsStartFromTheirsNotThePreviousOnes) {
  signed_in_at("#/services/user-permissions?username=golden.clerk");
  code_step();
  ASSERT_TRUE(driver_.get(Role::Checkbox, "تأشيرات الخروج والعودة والخروج النهائي").states.checked);
  // The two as the portal has them: the clerk's name, whether the admin holds visas.
  std::string clerk_name;
  bool admin_has_visas = false;
  driver_.app().portal()->client().users(0, 200, [&](auto result) {
    for (const auto& user : result.value().content) {
      if (user.username == "golden.clerk") clerk_name = user.name.ar;
      if (user.username == "golden.admin")
        for (const auto& permission : user.permissions) admin_has_visas |= permission.code == "visas";
    }
  });
  ASSERT_FALSE(clerk_name.empty());
  ASSERT_TRUE(driver_.says(clerk_name));
  ASSERT_FALSE(admin_has_visas) << "pick a permission the clerk holds and the admin does not";

  driver_.go("#/users");
  driver_.faulty.hold("/api/v1/users?");
  driver_.go("#/services/user-permissions?username=golden.admin");
  if (driver_.shows(Role::Button, "أرسل رمز التحقق")) code_step();
  EXPECT_FALSE(driver_.says(clerk_name)) << "the clerk's name beside the admin's username";
  EXPECT_FALSE(driver_.shows(Role::Checkbox, "تأشيرات الخروج والعودة والخروج النهائي"))
      << "the clerk's ticks stood for the admin's";
  driver_.faulty.release();
  driver_.frames();
  EXPECT_FALSE(driver_.get(Role::Checkbox, "تأشيرات الخروج والعودة والخروج النهائي").states.checked);
}

TEST_F(TransactionFlowTest, AResidentReportIsIssuedWithoutACodeAndShowsWhatItStates) {
  const std::string iqama = visa_candidate(true);
  signed_in_at("#/services/resident-report?iqama=" + iqama);
  EXPECT_FALSE(driver_.shows(Role::Button, "أرسل رمز التحقق"));
  EXPECT_EQ(driver_.get(Role::TextBox, "رقم الإقامة").value, iqama);
  driver_.click(Role::Button, "إصدار التقرير");
  EXPECT_TRUE(driver_.shows(Role::Status, "تم إصدار تقرير المقيم"));
  EXPECT_TRUE(driver_.says("رقم التقرير"));
  EXPECT_TRUE(driver_.says(iqama));
}

}  // namespace
}  // namespace muqeem::app

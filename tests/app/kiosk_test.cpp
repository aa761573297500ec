// Kiosk mode through the whole app (issue 17): the start screen in both languages; "Finish and sign
// out" on every page; left alone, a warning counting down and then a reset that leaves nothing of the
// last person in what the page shows or the controls remember, and ends the session on the server;
// "I am still here" keeps the session and the page. And the settings a deployment gives.
#include <gtest/gtest.h>

#include <string>

#include "app/app_driver.h"
#include "app/kiosk.h"

namespace muqeem::app {
namespace {

using test::AppDriver;
using ui::Role;

TEST(KioskSettings, OnByTheFileOrTheAddressWithTheDefaultsAndNothingOutOfRange) {
  EXPECT_FALSE(kiosk_settings("", false)->on);
  const auto asked = kiosk_settings("", true);
  ASSERT_TRUE(asked);
  EXPECT_TRUE(asked->on);
  EXPECT_EQ(asked->idle_seconds, 90);
  EXPECT_EQ(asked->warning_seconds, 30);
  const auto file = kiosk_settings(R"({"idleSeconds": 120, "warningSeconds": 20, "language": "en",
                                       "keyboard": false, "printing": false})",
                                   false);
  ASSERT_TRUE(file);
  EXPECT_TRUE(file->on);
  EXPECT_EQ(file->idle_seconds, 120);
  EXPECT_EQ(file->warning_seconds, 20);
  EXPECT_EQ(file->language, "en");
  EXPECT_FALSE(file->keyboard);
  EXPECT_FALSE(file->printing);
  EXPECT_FALSE(kiosk_settings(R"({"idleSeconds": 1})", false));        // would reset mid-sentence
  EXPECT_FALSE(kiosk_settings(R"({"warningSeconds": "30"})", false));  // not a number
  EXPECT_FALSE(kiosk_settings(R"({"language": "fr"})", false));
  EXPECT_FALSE(kiosk_settings("{", false));
}

class Kiosk : public testing::Test {
 protected:
  Kiosk() : driver_(false, *kiosk_settings(R"({"idleSeconds": 90, "warningSeconds": 30})", false)) {
    driver_.pass(0);  // the app's clock is the portal's
  }
  bool says_anywhere(const std::string& text) {
    for (const auto& node : driver_.app().semantics().nodes())
      if ((node.name + node.value + node.description).find(text) != std::string::npos) return true;
    return false;
  }
  // Started in Arabic, signed in, and on a resident's file.
  void visiting(const std::string& iqama) {
    driver_.go("#/");
    ASSERT_TRUE(driver_.shows(Role::Button, "ابدأ بالعربية"));
    EXPECT_TRUE(driver_.shows(Role::Button, "Start in English"));
    driver_.click(Role::Button, "ابدأ بالعربية");
    EXPECT_TRUE(driver_.shows(Role::Button, "إنهاء وتسجيل الخروج"));  // even before signing in
    driver_.sign_in();
    driver_.go("#/residents/" + iqama);
    ASSERT_TRUE(driver_.shows(Role::Button, "إنهاء وتسجيل الخروج"));
  }
  std::string resident() {
    api::ResidentsQuery query;
    return driver_.first_resident(query, [](api::PortalClient&, const std::string&) { return true; });
  }

  AppDriver driver_;
};

TEST_F(Kiosk, LeftAloneItWarnsThenResetsLeavingNothingOfTheLastPerson) {
  const std::string iqama = resident();
  visiting(iqama);
  ASSERT_TRUE(says_anywhere(iqama));
  driver_.go("#/residents");
  driver_.type("البحث", iqama);  // something typed, to be forgotten too
  driver_.pass(91);
  driver_.frames();
  ASSERT_TRUE(driver_.shows(Role::Dialog, "هل ما زلت هنا؟"));
  EXPECT_TRUE(says_anywhere("بعد 29 ثانية"));
  driver_.pass(30);
  driver_.frames(4);
  // The start screen, in the kiosk's language, and nothing of the visit anywhere.
  EXPECT_TRUE(driver_.shows(Role::Button, "ابدأ بالعربية"));
  EXPECT_FALSE(driver_.shows(Role::Dialog, "هل ما زلت هنا؟"));
  EXPECT_FALSE(says_anywhere(iqama));
  EXPECT_FALSE(driver_.app().portal()->signed_in());
  EXPECT_FALSE(driver_.app().portal()->client().signed_in());
  // Started again, the next person meets an empty sign-in, not the last one's page.
  driver_.click(Role::Button, "ابدأ بالعربية");
  EXPECT_EQ(driver_.get(Role::TextBox, "اسم المستخدم").value, "");
  EXPECT_FALSE(says_anywhere(iqama));
  driver_.sign_in();
  driver_.go("#/residents");
  EXPECT_EQ(driver_.get(Role::TextBox, "البحث").value, "");  // the last person's search is gone
}

TEST_F(Kiosk, IAmStillHereKeepsTheSessionAndThePage) {
  const std::string iqama = resident();
  visiting(iqama);
  driver_.pass(100);
  driver_.frames();
  ASSERT_TRUE(driver_.shows(Role::Dialog, "هل ما زلت هنا؟"));
  driver_.click(Role::Button, "ما زلت هنا");
  EXPECT_FALSE(driver_.shows(Role::Dialog, "هل ما زلت هنا؟"));
  driver_.pass(60);  // within the new idle time
  driver_.frames();
  EXPECT_FALSE(driver_.shows(Role::Dialog, "هل ما زلت هنا؟"));
  EXPECT_TRUE(says_anywhere(iqama));
  EXPECT_TRUE(driver_.app().portal()->signed_in());
}

TEST_F(Kiosk, FinishAndSignOutResetsAtOnce) {
  const std::string iqama = resident();
  visiting(iqama);
  driver_.click(Role::Button, "إنهاء وتسجيل الخروج");
  driver_.frames();
  EXPECT_TRUE(driver_.shows(Role::Button, "ابدأ بالعربية"));
  EXPECT_FALSE(says_anywhere(iqama));
  EXPECT_FALSE(driver_.app().portal()->client().signed_in());
}

// Every control on the way through a visit is a finger's target: 48 px each way, table rows too.
TEST_F(Kiosk, EveryTargetIsAtLeast48PixelsEachWay) {
  const auto check = [this](const std::string& page) {
    int targets = 0;
    for (const auto& node : driver_.app().semantics().nodes()) {
      if (!ui::is_focusable(node) || node.rect.width <= 0) continue;
      ++targets;
      EXPECT_GE(node.rect.height, 48.0f) << page << ": " << node.name;
      EXPECT_GE(node.rect.width, 48.0f) << page << ": " << node.name;
    }
    EXPECT_GT(targets, 1) << page;
  };
  driver_.go("#/");
  check("start");
  driver_.click(Role::Button, "ابدأ بالعربية");
  check("sign-in");
  driver_.sign_in();
  check("dashboard");
  driver_.go("#/residents?status=valid&expiring=30");
  check("residents");
  driver_.go("#/services/renew-iqama");
  check("renewal");
}

TEST(KioskPrinting, AKioskWithoutAPrinterOffersNoPrinting) {
  const auto page_offers_printing = [](const char* settings) {
    AppDriver driver(false, *kiosk_settings(settings, false));
    driver.pass(0);
    driver.go("#/");
    driver.click(Role::Button, "ابدأ بالعربية");
    driver.sign_in();
    driver.go("#/reports/residents?from=2026-12-01&to=2026-12-31");
    EXPECT_TRUE(driver.shows(Role::Heading, "المقيمون")) << settings;
    return driver.shows(Role::Button, "طباعة التقرير");
  };
  EXPECT_TRUE(page_offers_printing(R"({"printing": true})"));
  EXPECT_FALSE(page_offers_printing(R"({"printing": false})"));
}

}  // namespace
}  // namespace muqeem::app

// The static demo's app, headless against a portal in memory: the badge in the page frame and the
// demo panel, with which a visitor signs in knowing nothing but what the page shows.
#include <gtest/gtest.h>

#include "app/app_driver.h"

namespace muqeem::app {
namespace {

using test::AppDriver;
using ui::Role;

// What follows `prefix` in the first node whose name starts with it; "" when none does.
std::string after(AppDriver& driver, const std::string& prefix) {
  for (const auto& node : driver.app().semantics().nodes())
    if (node.name.rfind(prefix, 0) == 0) return node.name.substr(prefix.size());
  return {};
}

TEST(DemoPanel, AVisitorSignsInWithOnlyWhatTheDemoPanelShows) {
  AppDriver driver(/*demo=*/true);
  driver.go("#/");
  EXPECT_TRUE(driver.shows(Role::Paragraph, "تجريبي: نسخة للتجربة تعمل في هذا المتصفح فقط"));
  EXPECT_TRUE(driver.shows(Role::Complementary, "لوحة النسخة التجريبية"));
  EXPECT_TRUE(driver.shows(Role::Paragraph, "اسم المستخدم golden.admin، كلمة المرور Muqeem@2026"));
  EXPECT_TRUE(driver.says("لا رسائل بعد"));

  // The answer to the image on the screen, as the portal has it.
  const std::string answer = after(driver, "إجابة الرمز المرئي: ");
  EXPECT_EQ(answer, driver.outbox()["captchas"][0]["answer"]);
  driver.type("اسم المستخدم", "golden.admin");
  driver.type("كلمة المرور", "Muqeem@2026");
  driver.type("الرمز الظاهر في الصورة", answer);
  driver.click(Role::Button, "دخول");

  // The SMS the portal "sent" (this test portal's message is "code {code}").
  const std::string code = after(driver, "code ");
  ASSERT_EQ(code.size(), 6u);
  EXPECT_FALSE(driver.says("لا رسائل بعد"));
  driver.type("رمز التحقق", code);
  driver.click(Role::Button, "تحقق");
  EXPECT_TRUE(driver.shows(Role::Heading, "شركة الرمال الذهبية للمقاولات"));
  EXPECT_TRUE(driver.shows(Role::Paragraph, "تجريبي: نسخة للتجربة تعمل في هذا المتصفح فقط"));
}

TEST(DemoPanel, TheRealAppHasNeitherBadgeNorPanel) {
  AppDriver driver;
  driver.go("#/");
  EXPECT_TRUE(driver.shows(Role::Heading, "تسجيل الدخول"));
  EXPECT_FALSE(driver.shows(Role::Paragraph, "تجريبي: نسخة للتجربة تعمل في هذا المتصفح فقط"));
  EXPECT_FALSE(driver.shows(Role::Complementary, "لوحة النسخة التجريبية"));
}

}  // namespace
}  // namespace muqeem::app

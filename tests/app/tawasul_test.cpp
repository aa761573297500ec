// Tawasul from an error (issue 15): "contact support" beside a failure opens a new request already
// holding what failed; it is sent with an Idempotency-Key that a retry repeats, so a lost answer
// never files it twice; the request is then in the list and on its own page, where a reply is sent.
#include <gtest/gtest.h>

#include "app/app_driver.h"

namespace muqeem::app {
namespace {

using test::AppDriver;
using ui::Role;

// Chooses `option` in a type-to-search select, as a person typing its name and pressing Enter.
void choose(AppDriver& driver, const std::string& label, const std::string& id, const std::string& option) {
  driver.type(label, option);
  ui::UiEvent enter{ui::UiEvent::Kind::Key, id};
  enter.key = ui::Key::Enter;
  driver.post(enter);
}

int requests_in_list(AppDriver& driver) {
  int rows = 0;
  for (const auto& node : driver.app().semantics().nodes())
    if (node.role == Role::Row && node.id.rfind("tawasul.table.row.", 0) == 0) ++rows;
  return rows;
}

TEST(Tawasul, ContactSupportOpensARequestHoldingWhatFailedAndALostAnswerFilesItOnce) {
  AppDriver driver;
  driver.go("#/");
  driver.sign_in();
  driver.go("#/tawasul");
  const int before = requests_in_list(driver);

  // The residents list cannot be reached: the failure offers support.
  driver.faulty.drop_replies("/api/v1/residents", 2);
  driver.go("#/residents");
  ASSERT_TRUE(driver.says("تعذّر الاتصال بالخادم"));
  driver.click(Role::Link, "تواصل مع الدعم");
  driver.frames();
  EXPECT_TRUE(driver.shows(Role::Heading, "طلب تواصل جديد"));
  // What failed, as the officer read it, is on the form before anything is sent.
  EXPECT_TRUE(driver.says("العملية: residents"));
  EXPECT_TRUE(driver.says("الرسالة: تعذّر الاتصال بالخادم"));

  choose(driver, "التصنيف", "tawasul.category", "مشكلة تقنية");
  driver.type("وصف الطلب", "قائمة المقيمين لا تفتح");
  driver.faulty.drop_replies("/api/v1/tawasul/requests", 2);  // the client's own retry is lost too
  driver.click(Role::Button, "إرسال الطلب");
  EXPECT_TRUE(driver.shows(Role::Button, "إعادة المحاولة"));
  EXPECT_EQ(driver.get(Role::TextBox, "وصف الطلب").value, "قائمة المقيمين لا تفتح");  // nothing lost
  driver.click(Role::Button, "إعادة المحاولة");
  EXPECT_TRUE(driver.says("تم إرسال طلبك"));
  ASSERT_EQ(driver.faulty.dropped_keys.size(), 2u);
  EXPECT_EQ(driver.faulty.dropped_keys[0], driver.faulty.dropped_keys[1]);

  // Filed once, with its context, and answered from its page.
  driver.go("#/tawasul");
  EXPECT_EQ(requests_in_list(driver), before + 1);
  driver.post({ui::UiEvent::Kind::Activate, "tawasul.table.row.0"});  // the newest first
  driver.frames();
  EXPECT_TRUE(driver.says("قائمة المقيمين لا تفتح"));
  EXPECT_TRUE(driver.says("العملية: residents"));
  driver.type("ردك", "تمت المحاولة مرة أخرى");
  driver.click(Role::Button, "إرسال الرد");
  EXPECT_TRUE(driver.says("تمت المحاولة مرة أخرى"));
  EXPECT_EQ(driver.get(Role::TextBox, "ردك").value, "");
}

}  // namespace
}  // namespace muqeem::app

// Tawasul from an error (issue 15): "contact support" beside a failure opens a new request already
// holding what failed; it is sent with an Idempotency-Key that a retry repeats, so a lost answer
// never files it twice; the request is then in the list and on its own page, where a reply is sent.
#include <gtest/gtest.h>

#include <optional>
#include <string>

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
  EXPECT_TRUE(driver.says("العملية: قائمة المقيمين"));
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
  EXPECT_TRUE(driver.says("العملية: قائمة المقيمين"));
  driver.type("ردك", "تمت المحاولة مرة أخرى");
  driver.click(Role::Button, "إرسال الرد");
  EXPECT_TRUE(driver.says("تمت المحاولة مرة أخرى"));
  EXPECT_EQ(driver.get(Role::TextBox, "ردك").value, "");
}

ui::UiEvent file(const std::string& picker, const std::string& name, const std::string& bytes,
                 int64_t size = -1) {
  ui::UiEvent event{ui::UiEvent::Kind::File, picker, name};
  event.bytes = bytes;
  event.size = static_cast<double>(size < 0 ? static_cast<int64_t>(bytes.size()) : size);
  return event;
}

TEST(Tawasul, FilesAreCheckedAsChosenUploadedWithProgressAndDownloadedWhole) {
  AppDriver driver;
  driver.go("#/");
  driver.sign_in();
  driver.go("#/tawasul/new");
  choose(driver, "التصنيف", "tawasul.category", "مشكلة تقنية");
  driver.type("وصف الطلب", "صورة الجواز مرفقة");
  const std::string picker = "tawasul.attachments";
  const auto error = [&] { return driver.get(Role::FileInput, "المرفقات (اختياري)").error; };

  // A text file renamed to .pdf: refused by its bytes, named in the message, and not listed.
  driver.post(file(picker, "letter.pdf", "Dear support,\n"));
  driver.frames();
  EXPECT_NE(error().find("letter.pdf ليس ملف PDF"), std::string::npos) << error();
  EXPECT_FALSE(driver.shows(Role::Button, "إزالة letter.pdf"));
  // Over the limit: only its first bytes were read; its size refuses it, with both sizes in words.
  driver.post(file(picker, "scan.pdf", "%PDF-1.7", 3 * 1024 * 1024));
  driver.frames();
  EXPECT_NE(error().find("3 ميجابايت، أي أكبر من 2 ميجابايت"), std::string::npos) << error();

  // A real PDF is accepted: listed with its size, and the message goes.
  const std::string pdf = "%PDF-1.7\n" + std::string(3000, 'x') + "\n%%EOF\n";
  driver.post(file(picker, "passport.pdf", pdf));
  driver.frames();
  EXPECT_EQ(error(), "");
  EXPECT_TRUE(driver.shows(Role::Button, "إزالة passport.pdf"));
  EXPECT_TRUE(driver.says("passport.pdf · 3 كيلوبايت"));
  EXPECT_EQ(driver.get(Role::TextBox, "وصف الطلب").value, "صورة الجواز مرفقة");  // nothing typed lost

  // While it uploads, a progress bar says how far it has gone.
  driver.faulty.hold("/api/v1/tawasul/requests");
  driver.click(Role::Button, "إرسال الطلب");
  EXPECT_EQ(driver.get(Role::ProgressBar, "جارٍ رفع المرفقات").value, "50");
  driver.faulty.release();
  driver.frames();
  EXPECT_FALSE(driver.shows(Role::ProgressBar, "جارٍ رفع المرفقات"));
  ASSERT_TRUE(driver.says("تم إرسال طلبك"));

  // On the request's page the file downloads with its name, type and every byte.
  driver.click(Role::Link, "عرض الطلب");
  std::optional<ui::DownloadFile> saved;
  driver.app().on_download = [&](const ui::DownloadFile& downloaded) { saved = downloaded; };
  driver.click(Role::Button, "تنزيل passport.pdf (3 كيلوبايت)");
  driver.frames();
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->name, "passport.pdf");
  EXPECT_EQ(saved->type, "application/pdf");
  EXPECT_EQ(saved->bytes, pdf);
}

TEST(Tawasul, AFourthFileIsRefusedAndARemovedOneMakesRoom) {
  AppDriver driver;
  driver.go("#/");
  driver.sign_in();
  driver.go("#/tawasul/new");
  const std::string png = "\x89PNG\r\n\x1a\n" + std::string(100, '\0');
  for (const char* name : {"a.png", "b.png", "c.png", "d.png"})
    driver.post(file("tawasul.attachments", name, png));
  driver.frames();
  EXPECT_NE(
      driver.get(Role::FileInput, "المرفقات (اختياري)").error.find("3 ملفات على الأكثر، فلم يُرفق d.png"),
      std::string::npos);
  EXPECT_FALSE(driver.shows(Role::Button, "إزالة d.png"));
  driver.click(Role::Button, "إزالة b.png");
  driver.post(file("tawasul.attachments", "d.png", png));
  driver.frames();
  EXPECT_TRUE(driver.shows(Role::Button, "إزالة d.png"));
  EXPECT_FALSE(driver.shows(Role::Button, "إزالة b.png"));
}

}  // namespace
}  // namespace muqeem::app

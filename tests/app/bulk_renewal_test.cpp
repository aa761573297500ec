// Bulk renewal through the whole app (issue 18), against the portal in memory: from the residents
// list filtered to iqamas expiring within 30 days, one security code, every eligible resident chosen
// at once, one "verify data" with each resident's fee or problems and the balance after, one
// confirmation; the batch's page renews them with a progress bar, and its outcomes download as CSV.
// A connection lost mid-batch loses nothing: the page picks the batch up and renews none twice.
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>

#include "app/app_driver.h"

namespace muqeem::app {
namespace {

using test::AppDriver;
using ui::Role;

class BulkRenewal : public testing::Test {
 protected:
  api::EstablishmentProfile establishment() {
    api::EstablishmentProfile profile;
    driver_.app().portal()->client().establishment([&](auto result) { profile = result.value(); });
    return profile;
  }
  const ui::SemanticNode* node(const std::string& id) { return driver_.app().semantics().find_id(id); }
  int count_of(const std::string& prefix) {
    int found = 0;
    for (const auto& each : driver_.app().semantics().nodes())
      if (each.id.rfind(prefix, 0) == 0) ++found;
    return found;
  }

  // From the residents list to the batch's chosen residents verified.
  void verified_batch() {
    driver_.go("#/residents?status=valid&expiring=30");
    driver_.click(Role::Link, "تجديد هذه الإقامات دفعة واحدة");
    driver_.click(Role::Button, "أرسل رمز التحقق");
    driver_.type("رمز التحقق للمعاملة", driver_.latest_code());
    driver_.click(Role::Button, "متابعة");
    ASSERT_TRUE(driver_.says("الإقامات التي تنتهي خلال 30 يومًا"));
    // Nothing is chosen until the officer chooses; then every eligible one, from every page.
    EXPECT_TRUE(driver_.says("المختار: 0 من"));
    ASSERT_NE(node("bulk.selectAll"), nullptr);
    driver_.post({ui::UiEvent::Kind::Activate, "bulk.selectAll"});
    const std::string name = node("bulk.selectAll")->name;  // "… (N)"
    eligible_ = std::stoi(name.substr(name.rfind('(') + 1));
    ASSERT_GT(eligible_, 0);
    EXPECT_TRUE(driver_.says("المختار: " + std::to_string(eligible_) + " من " + std::to_string(eligible_)));
    driver_.click(Role::Button, "تحقق من البيانات");
    ASSERT_TRUE(driver_.shows(Role::Table, "الإقامات المختارة"));
    EXPECT_TRUE(driver_.says(std::to_string(eligible_) + " من " + std::to_string(eligible_) + " مختارة"));
  }

  void confirm() {
    driver_.click(Role::Button, "تجديد الإقامات");
    driver_.click(Role::Button, "تأكيد التجديد");
    driver_.frames();
  }

  AppDriver driver_;
  int eligible_ = 0;
};

TEST_F(BulkRenewal, EveryEligibleExpiringIqamaRenewedInOnePassWithItsOutcomesDownloaded) {
  driver_.go("#/");
  driver_.sign_in();
  const api::EstablishmentProfile before = establishment();
  verified_batch();
  confirm();
  // The batch's page: it carried the batch on to the end.
  ASSERT_TRUE(driver_.says("انتهت الدفعة"));
  EXPECT_TRUE(
      driver_.says("جُددت " + std::to_string(eligible_) + " من " + std::to_string(eligible_) + " إقامة"));
  const api::EstablishmentProfile after = establishment();
  EXPECT_EQ(after.dashboard.expiring_within_30_days, before.dashboard.expiring_within_30_days - eligible_);
  EXPECT_EQ(after.balance_halalas < before.balance_halalas, true);

  std::optional<ui::DownloadFile> saved;
  driver_.app().on_download = [&](const ui::DownloadFile& file) { saved = file; };
  driver_.click(Role::Button, "تنزيل النتائج (CSV)");
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->name.rfind("muqeem-renewal-batch-", 0), 0u);
  int lines = 0, renewed = 0;
  for (size_t at = 0; (at = saved->bytes.find("\r\n", at)) != std::string::npos; at += 2) ++lines;
  for (size_t at = 0; (at = saved->bytes.find(",جُددت,", at)) != std::string::npos; ++at) ++renewed;
  EXPECT_EQ(lines, eligible_ + 1);  // the heading and a line each
  EXPECT_EQ(renewed, eligible_);

  // One paper: a line per resident with its request number and its own verification QR.
  std::optional<ui::PrintDocument> printed;
  driver_.app().on_print = [&](const ui::PrintDocument& document) { printed = document; };
  driver_.click(Role::Button, "طباعة");
  ASSERT_TRUE(printed);
  ASSERT_EQ(printed->table_rows.size(), static_cast<size_t>(eligible_));
  ASSERT_EQ(printed->table_qr_svgs.size(), printed->table_rows.size());
  std::set<std::string> numbers;
  for (size_t i = 0; i < printed->table_rows.size(); ++i) {
    numbers.insert(printed->table_rows[i][4]);  // the request number's column
    EXPECT_EQ(printed->table_qr_svgs[i].rfind("<svg", 0), 0u) << "row " << i;
  }
  EXPECT_EQ(numbers.size(), static_cast<size_t>(eligible_));
  EXPECT_TRUE(printed->landscape);
}

TEST_F(BulkRenewal, AConnectionLostMidBatchIsPickedUpAndNothingIsRenewedTwice) {
  driver_.go("#/");
  driver_.sign_in();
  const api::EstablishmentProfile before = establishment();
  verified_batch();
  // The first /continue is done by the portal, but its answer never comes back.
  driver_.faulty.drop_replies("/api/v1/iqama-renewals/batches/1/continue", 1);  // the first batch
  confirm();
  ASSERT_TRUE(driver_.shows(Role::Button, "إعادة المحاولة"));
  EXPECT_FALSE(driver_.says("انتهت الدفعة"));
  driver_.click(Role::Button, "إعادة المحاولة");
  driver_.frames();
  ASSERT_TRUE(driver_.says("انتهت الدفعة"));
  const api::EstablishmentProfile after = establishment();
  EXPECT_EQ(after.dashboard.expiring_within_30_days, before.dashboard.expiring_within_30_days - eligible_);
  EXPECT_EQ(before.balance_halalas - after.balance_halalas, 65000 * static_cast<int64_t>(eligible_))
      << "each renewed once, for 12 months, with no late fine";
}

}  // namespace
}  // namespace muqeem::app

#pragma once
// A whole reference portal in memory for tests: a seeded demo database, sign-in with an outbox, the
// router with its API, and a clock the test controls.
#include <memory>

#include "portal/router.h"
#include "portal/store/demo_data.h"
#include "test_paths.h"

namespace muqeem::test {

struct DemoPortal {
  explicit DemoPortal(int residents = 300, int other_residents = 50)
      : db(portal::store::Database::open(":memory:")),
        font(text::Font::from_file(font_path("IBMPlexSans-Bold.ttf"))) {
    portal::store::seed_demo_data(
        *db, {residents, other_residents, {2026, 1, 1}, 3, portal::auth::PasswordCost::Minimum});
    sms = std::make_unique<portal::auth::OutboxSmsGateway>(*db);
    sign_in = std::make_unique<portal::auth::SignIn>(
        *db, *sms, portal::auth::SignInPolicy{.code_message = "code {code}"});
    security_codes = std::make_unique<portal::auth::SecurityCodes>(
        *db, *sms, portal::auth::SecurityCodePolicy{.message = "transaction code {code}"});
    services = std::make_unique<portal::PortalServices>(
        portal::PortalServices{*db, *sign_in, *security_codes, *font, [this] { return now; }, true});
    services->sms = sms.get();
    router = std::make_unique<portal::Router>(portal::StaticSite(testing::TempDir()), services.get());
  }

  int64_t now = 1'767'225'600;  // 2026-01-01T00:00:00Z
  std::unique_ptr<portal::store::Database> db;
  std::unique_ptr<text::Font> font;
  std::unique_ptr<portal::auth::OutboxSmsGateway> sms;
  std::unique_ptr<portal::auth::SignIn> sign_in;
  std::unique_ptr<portal::auth::SecurityCodes> security_codes;
  std::unique_ptr<portal::PortalServices> services;
  std::unique_ptr<portal::Router> router;
};

}  // namespace muqeem::test

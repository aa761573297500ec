#pragma once
// One running portal, wired together: the store, the SMS outbox, sign-in, security codes, the
// services and the router. The server (main.cpp) starts one behind cpp-httplib; the static demo
// (src/platform/main_demo.cpp) starts one inside the page and calls its router in-process.
#include <memory>
#include <optional>
#include <string>

#include "portal/api_routes.h"
#include "portal/auth/sms_gateway.h"
#include "portal/router.h"
#include "portal/store/database.h"
#include "portal/store/demo_data.h"

namespace muqeem::portal {

struct PortalSetup {
  std::string database;  // the SQLite file (created when absent)
  store::Journal journal = store::Journal::Wal;
  std::string site;                          // the folder served as the web app ("" serves nothing)
  std::string fonts;                         // holds IBMPlexSans-Bold.ttf, the captcha's glyphs
  std::string catalogues;                    // holds ar.json and en.json, the SMS texts
  std::optional<store::DemoData> demo_data;  // seeded into an empty database
  bool demo = false;                         // the demo-only outbox endpoint (codes and captcha answers)
  std::string public_url;                    // where printed QR codes point (see PortalServices)
};

class PortalInstance {
 public:
  // nullptr, with the reason in `error`, when the database, the font, the catalogues or the
  // compiled-in rules cannot be had.
  static std::unique_ptr<PortalInstance> start(const PortalSetup& setup, std::string* error);

  const Router& router() const { return *router_; }
  store::Database& database() { return *db_; }

 private:
  PortalInstance() = default;

  std::unique_ptr<store::Database> db_;
  std::unique_ptr<text::Font> captcha_font_;
  std::unique_ptr<auth::OutboxSmsGateway> sms_;
  std::unique_ptr<auth::SignIn> sign_in_;
  std::unique_ptr<auth::SecurityCodes> security_codes_;
  std::unique_ptr<PortalServices> services_;
  std::unique_ptr<Router> router_;
};

}  // namespace muqeem::portal

#pragma once
// One running portal, wired together: the store, the SMS outbox, sign-in, security codes, the
// services and the router. The server (main.cpp) starts one behind cpp-httplib and opens more lanes
// on it for requests answered at once; the static demo (src/platform/main_demo.cpp) starts one inside
// the page and calls its router in-process.
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
  ~PortalInstance();

  const Router& router() const;
  store::Database& database();

  // Another lane on the same database file: a connection of its own with the services and router on
  // it, for answering a request while others are being answered (SQLite in WAL lets readers of
  // separate connections run side by side, and queues their writes). The router stays valid as long
  // as the returned pointer is held, even after this instance is gone. nullptr when the database is
  // in memory (it has no file another connection could open) or cannot be opened.
  std::shared_ptr<const Router> open_lane(std::string* error = nullptr) const;

  struct Lane;  // one connection and what runs on it (portal_instance.cpp)

 private:
  PortalInstance() = default;
  std::shared_ptr<Lane> lane_on(std::unique_ptr<store::Database> db) const;

  PortalSetup setup_;
  std::shared_ptr<const text::Font> captcha_font_;
  std::string sign_in_message_, security_code_message_, activation_message_, registration_message_;
  std::shared_ptr<Lane> first_;
};

}  // namespace muqeem::portal

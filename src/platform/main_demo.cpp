// muqeem-demo: the static demo, a folder any static host can serve with no server at all. The
// portal itself (router, SQLite store, sign-in, rules) runs inside the page; the app talks to it
// through DemoTransport (JSON through the router, as over the network). The database is a file in
// Emscripten's IDBFS: seeded with the demo data on the first visit, kept in IndexedDB afterwards.
#include <emscripten/emscripten.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>

#include "platform/demo_storage.h"
#include "platform/demo_transport.h"
#include "platform/page_bridge.h"
#include "platform/web_app.h"
#include "portal/api_responses.h"
#include "portal/portal_instance.h"

extern "C" {
void muqeem_js_demo_started(int seeded, double milliseconds);
char* muqeem_js_demo_page_url();  // malloc'ed
}

namespace {

using namespace muqeem;

constexpr const char* kFolder = "/demo";
// The server's demo data, 3,000 + 200 residents: seeding them in the page takes about two seconds in
// headless Chromium on a busy two-core machine, and barely less for 600 (the two demo users' Argon2id
// hashes weigh as much as the rows), so the demo is the server's (README.md, "The static demo").
constexpr int kMainResidents = 3000;
constexpr int kOtherResidents = 200;

std::unique_ptr<portal::PortalInstance> demo_portal;
std::unique_ptr<platform::DemoTransport> demo_transport;

void start_portal() {
  const double started = emscripten_get_now();
  portal::PortalSetup setup;
  setup.database = std::string(kFolder) + "/muqeem-demo.db";
  setup.journal = portal::store::Journal::Memory;
  setup.fonts = "/fonts";
  setup.catalogues = "/i18n";
  setup.demo = true;
  char* page_url = muqeem_js_demo_page_url();
  setup.public_url = page_url;  // printed QR codes open this copy's verification page
  std::free(page_url);
  setup.demo_data = portal::store::DemoData{kMainResidents, kOtherResidents,
                                            portal::riyadh_today(static_cast<int64_t>(std::time(nullptr)))};
  struct stat kept {};
  bool seeding = stat(setup.database.c_str(), &kept) != 0;  // a kept database is not seeded again
  std::string error;
  demo_portal = portal::PortalInstance::start(setup, &error);
  if (!demo_portal && !seeding) {
    // What IndexedDB kept cannot be opened (damaged, or from another build): the demo starts afresh.
    std::printf("muqeem demo: the kept database cannot be used (%s); starting afresh\n", error.c_str());
    std::remove(setup.database.c_str());
    seeding = true;
    demo_portal = portal::PortalInstance::start(setup, &error);
  }
  if (!demo_portal) {
    platform::page::report_fatal("demo portal: " + error);
    return;
  }
  muqeem_js_demo_started(seeding ? 1 : 0, emscripten_get_now() - started);
  if (demo_portal->database().changes() > 0) platform::demo_storage::save([](bool) {});  // seeded or migrated

  demo_transport = std::make_unique<platform::DemoTransport>(*demo_portal);
  demo_transport->open_door();
  app::AppConfig config;
  config.transport = demo_transport.get();
  config.demo = true;
  for (const auto& user : portal::store::kDemoUsers)
    config.demo_accounts.push_back({user.username, user.password});
  platform::start_web_app(config);
}

}  // namespace

int main() {
  platform::demo_storage::load(kFolder, [](bool) { start_portal(); });
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); IndexedDB answers from the event loop
}

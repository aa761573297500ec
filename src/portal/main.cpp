// muqeem-portal: the reference portal server. Serves the web app and the portal API from one process
// on one port, with its SQLite database.
//   muqeem-portal [--host 127.0.0.1] [--port 8080] [--site build/wasm/site] [--database FILE]
//                 [--public-url https://portal.example] [--demo]
// --public-url is where people reach the portal from outside (behind a proxy, say): what the QR codes
// on printed documents point at. Without it they point at the host each request came to.
// --demo seeds demo data into an empty database, prints the demo users, and turns on the demo-only
// outbox endpoint (/api/v1/demo/outbox), which reveals sign-in codes and captcha answers.

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <string>

#include <fstream>
#include <nlohmann/json.hpp>
#include "portal/http_server.h"
#include "portal/router.h"
#include "portal/store/demo_data.h"

namespace {

// A string from one of the app's catalogues (the site's i18n/<lang>.json); "" when absent.
std::string catalogue_text(const std::string& path, const std::string& key) {
  std::ifstream in(path);
  const auto catalogue = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  return catalogue.is_object() && catalogue.value(key, nlohmann::json()).is_string()
             ? catalogue[key].get<std::string>()
             : std::string();
}

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string site = "build/wasm/site";
  std::string database = "build/muqeem.db";
  std::string public_url;
  bool demo = false;
};

bool parse_options(int argc, char** argv, Options& options) {
  if (const char* port = std::getenv("MUQEEM_PORT")) options.port = std::atoi(port);
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--demo") {
      options.demo = true;
      continue;
    }
    if (i + 1 >= argc) return false;
    if (arg == "--host")
      options.host = argv[++i];
    else if (arg == "--port")
      options.port = std::atoi(argv[++i]);
    else if (arg == "--site")
      options.site = argv[++i];
    else if (arg == "--database")
      options.database = argv[++i];
    else if (arg == "--public-url")
      options.public_url = argv[++i];
    else
      return false;
  }
  return options.port > 0 && options.port < 65536;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::fprintf(stderr,
                 "usage: %s [--host HOST] [--port PORT] [--site FOLDER] [--database FILE] [--public-url URL] "
                 "[--demo]\n",
                 argv[0]);
    return 2;
  }
  using namespace muqeem::portal;
  std::string error;
  auto db = store::Database::open(options.database, &error);
  if (!db) {
    std::fprintf(stderr, "muqeem-portal: cannot open the database %s: %s\n", options.database.c_str(),
                 error.c_str());
    return 1;
  }
  const auto now = [] { return static_cast<int64_t>(std::time(nullptr)); };
  if (options.demo) {
    store::seed_demo_data(*db, {3000, 200, muqeem::domain::CivilDate::from_days((now() + 3 * 3600) / 86400)});
  }
  const auto font = muqeem::text::Font::from_file(options.site + "/fonts/IBMPlexSans-Bold.ttf");
  const std::string arabic = catalogue_text(options.site + "/i18n/ar.json", "sms.signInCode");
  const std::string english = catalogue_text(options.site + "/i18n/en.json", "sms.signInCode");
  const std::string code_ar = catalogue_text(options.site + "/i18n/ar.json", "sms.securityCode");
  const std::string code_en = catalogue_text(options.site + "/i18n/en.json", "sms.securityCode");
  if (!font || arabic.empty() || english.empty() || code_ar.empty() || code_en.empty()) {
    std::fprintf(stderr, "muqeem-portal: %s has no fonts/ or i18n/ (build the site: make wasm)\n",
                 options.site.c_str());
    return 1;
  }
  auth::OutboxSmsGateway sms(*db);
  auth::SignInPolicy policy;
  policy.code_message = arabic + "\n" + english;
  auth::SignIn sign_in(*db, sms, policy);
  auth::SecurityCodePolicy code_policy;
  code_policy.message = code_ar + "\n" + code_en;
  auth::SecurityCodes security_codes(*db, sms, code_policy);
  PortalServices services{*db, sign_in, security_codes, *font, now, options.demo};
  while (!options.public_url.empty() && options.public_url.back() == '/') options.public_url.pop_back();
  services.public_origin = options.public_url;
  if (!services.rules) {
    std::fprintf(stderr, "muqeem-portal: the rules compiled in from assets/rules/ do not parse\n");
    return 1;
  }
  const Router router{StaticSite(options.site), &services};
  httplib::Server server;
  std::mutex api_turn;
  mount(server, router, api_turn);

  if (!server.bind_to_port(options.host, options.port)) {
    std::fprintf(stderr, "muqeem-portal: cannot listen on %s:%d (is another server using it?)\n",
                 options.host.c_str(), options.port);
    return 1;
  }
  std::printf("Muqeem Web is running at http://%s:%d/  (serving %s; Ctrl+C stops it)\n", options.host.c_str(),
              options.port, options.site.c_str());
  if (options.demo) {
    std::printf("Demo users (password, then the SMS code from http://%s:%d/api/v1/demo/outbox):\n",
                options.host.c_str(), options.port);
    for (const auto& user : store::kDemoUsers)
      std::printf("  %-14s %s   (establishment %lld)\n", user.username, user.password,
                  static_cast<long long>(user.establishment_id));
  }
  std::fflush(stdout);
  return server.listen_after_bind() ? 0 : 1;
}

// muqeem-portal: the reference portal server. Serves the web app and the portal API from one process
// on one port, with its SQLite database.
//   muqeem-portal [--host 127.0.0.1] [--port 8080] [--site build/wasm/site] [--database FILE]
//                 [--public-url https://portal.example] [--demo]
// --public-url is where people reach the portal from outside (behind a proxy, say): what the QR codes
// on printed documents point at. Without it they point at the host each request came to.
// --demo seeds demo data into an empty database, prints the demo users, and turns on the demo-only
// outbox endpoint (/api/v1/demo/outbox), which reveals sign-in codes and captcha answers.

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "portal/api_responses.h"
#include "portal/http_server.h"
#include "portal/portal_instance.h"

namespace {

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
  PortalSetup setup{options.database, store::Journal::Wal, options.site, options.site + "/fonts",
                    options.site + "/i18n"};
  if (options.demo) {
    setup.demo_data = store::DemoData{3000, 200, riyadh_today(static_cast<int64_t>(std::time(nullptr)))};
    setup.demo = true;
  }
  setup.public_url = options.public_url;
  std::string error;
  const auto portal = PortalInstance::start(setup, &error);
  if (!portal) {
    std::fprintf(stderr, "muqeem-portal: %s\n", error.c_str());
    return 1;
  }
  // Each request answered at once gets a lane (a connection of its own) from the pool.
  LanePool lanes(portal->router(), [&portal] {
    std::string why;
    auto lane = portal->open_lane(&why);
    if (!lane)
      std::fprintf(stderr, "muqeem-portal: no more lanes (requests will wait their turn): %s\n", why.c_str());
    return lane;
  });
  httplib::Server server;
  mount(server, lanes);

  if (!bind_listening(server, options.host, options.port)) {
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
      std::printf("  %-14s %s   (establishment %lld, %s)\n", user.username, user.password,
                  static_cast<long long>(user.establishment_id), user.role);
  }
  std::fflush(stdout);
  return server.listen_after_bind() ? 0 : 1;
}

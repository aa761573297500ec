// muqeem-portal: the reference portal server. Serves the web app (and, as it grows, the portal API)
// from one process on one port.
//   muqeem-portal [--host 127.0.0.1] [--port 8080] [--site build/wasm/site]
#include <httplib.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "portal/router.h"

namespace {

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string site = "build/wasm/site";
};

bool parse_options(int argc, char** argv, Options& options) {
  if (const char* port = std::getenv("MUQEEM_PORT")) options.port = std::atoi(port);
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return false;
    if (arg == "--host")
      options.host = argv[++i];
    else if (arg == "--port")
      options.port = std::atoi(argv[++i]);
    else if (arg == "--site")
      options.site = argv[++i];
    else
      return false;
  }
  return options.port > 0 && options.port < 65536;
}

muqeem::portal::Request to_request(const httplib::Request& from) {
  muqeem::portal::Request request;
  request.method = from.method;
  request.path = from.path;
  request.body = from.body;
  for (const auto& [name, value] : from.headers) {
    std::string lower = name;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    request.headers[lower] = value;
  }
  return request;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::fprintf(stderr, "usage: %s [--host HOST] [--port PORT] [--site FOLDER]\n", argv[0]);
    return 2;
  }
  const muqeem::portal::Router router{muqeem::portal::StaticSite(options.site)};

  httplib::Server server;
  server.set_payload_max_length(8 * 1024 * 1024);
  const auto handle = [&router](const httplib::Request& from, httplib::Response& to) {
    const auto response = router.handle(to_request(from));
    to.status = response.status;
    for (const auto& [name, value] : response.headers) {
      if (name != "Content-Type") to.set_header(name, value);
    }
    to.set_content(response.body, response.header("Content-Type"));
  };
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Put(".*", handle);
  server.Patch(".*", handle);
  server.Delete(".*", handle);
  server.Options(".*", handle);

  if (!server.bind_to_port(options.host, options.port)) {
    std::fprintf(stderr, "muqeem-portal: cannot listen on %s:%d (is another server using it?)\n",
                 options.host.c_str(), options.port);
    return 1;
  }
  std::printf("Muqeem Web is running at http://%s:%d/  (serving %s; Ctrl+C stops it)\n", options.host.c_str(),
              options.port, options.site.c_str());
  std::fflush(stdout);
  return server.listen_after_bind() ? 0 : 1;
}

// The baseline for the HTTP benchmark: cpp-httplib, configured as muqeem-portal is, answering a fixed
// JSON body and doing nothing else.
//   bare_httplib PORT
#include <cstdlib>

#include "portal/http_server.h"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  httplib::Server server;
  muqeem::portal::configure_connections(server);
  server.Get(".*", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(R"({"content":[],"page":0,"size":20,"totalElements":0})", "application/json");
  });
  if (!muqeem::portal::bind_listening(server, "127.0.0.1", std::atoi(argv[1]))) return 1;
  return server.listen_after_bind() ? 0 : 1;
}

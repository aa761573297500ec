#include "portal/http_server.h"

namespace muqeem::portal {
namespace {

Request to_request(const httplib::Request& from) {
  Request request;
  request.method = from.method;
  request.path = from.path;
  request.body = from.body;
  for (const auto& [name, value] : from.params) request.query[name] = value;
  for (const auto& [name, value] : from.headers) request.set_header(name, value);
  return request;
}

}  // namespace

void configure_connections(httplib::Server& server) {
  // cpp-httplib gives each open connection a thread while it waits for the next request on it: a
  // pool of 64 serves 64 keep-alive clients (a kiosk floor) without queueing them behind each other.
  server.new_task_queue = [] { return new httplib::ThreadPool(64); };
  server.set_keep_alive_max_count(1000);
}

void mount(httplib::Server& server, const Router& router, std::mutex& api_turn) {
  // Requests larger than this are refused before they reach the router (413).
  server.set_payload_max_length(1024 * 1024);
  configure_connections(server);
  const auto handle = [&router, &api_turn](const httplib::Request& from, httplib::Response& to) {
    const Request request = to_request(from);
    std::unique_lock<std::mutex> turn(api_turn, std::defer_lock);
    if (request.path.rfind("/api/", 0) == 0) turn.lock();
    const Response response = router.handle(request);
    to.status = response.status;
    for (const auto& [name, value] : response.headers)
      if (name != "Content-Type") to.set_header(name, value);
    to.set_content(response.body, response.header("Content-Type"));
  };
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Put(".*", handle);
  server.Patch(".*", handle);
  server.Delete(".*", handle);
  server.Options(".*", handle);
}

}  // namespace muqeem::portal

#include "portal/http_server.h"

#include "portal/http_compression.h"

#include <sys/socket.h>

#include <cstdlib>
#include <memory>

namespace muqeem::portal {
namespace {

Request to_request(const httplib::Request& from) {
  Request request;
  request.method = from.method;
  request.path = from.path;
  request.body = from.body;
  request.remote_address = from.remote_addr;
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
  // cpp-httplib writes the headers and the body of an answer separately; with Nagle's algorithm the
  // body then waits for the client's delayed ACK, about 40 ms on every keep-alive request. Debian's
  // build of the library defaults to Nagle on, so it is switched off here, for the portal and the
  // benchmark's bare handler alike.
  server.set_tcp_nodelay(true);
}

bool bind_listening(httplib::Server& server, const std::string& host, int port) {
  // cpp-httplib listens with a queue of 5 connections. Clients that connect at once beyond those (a
  // floor of kiosks after a restart; every keep-alive client reconnecting after its 1000th request)
  // have their SYN dropped and retry it a second later. The library hands its socket to this hook
  // before binding it; listening again once bound lengthens the queue.
  const auto listening = std::make_shared<int>(-1);
  server.set_socket_options([listening](socket_t socket) {
    *listening = socket;
    // Reusable after a restart (TIME_WAIT), but not SO_REUSEPORT, the library's default, with which a
    // second portal on the same port would bind too and share its connections.
    const int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  return server.bind_to_port(host, port) && ::listen(*listening, SOMAXCONN) == 0;
}

void mount(httplib::Server& server, LanePool& lanes) {
  const Router& router = lanes.first();  // for the body limits, which every lane answers alike
  // Requests larger than their route accepts are refused before their body is read (413): the
  // pre-routing handler runs once the headers are in; cpp-httplib then holds every body to the largest.
  server.set_payload_max_length(router.largest_body_limit());
  server.set_pre_routing_handler([&router](const httplib::Request& from, httplib::Response& to) {
    const size_t limit = router.body_limit(from.method, from.path);
    const std::string length = from.get_header_value("Content-Length");
    const bool chunked = from.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos;
    // A chunked body has no length to check up front: only the routes that take the largest may have one.
    const bool too_large = (!length.empty() && std::strtoull(length.c_str(), nullptr, 10) > limit) ||
                           (chunked && limit < router.largest_body_limit());
    if (!too_large) return httplib::Server::HandlerResponse::Unhandled;
    const Response refused = body_too_large();
    to.status = refused.status;
    for (const auto& [name, value] : refused.headers)
      if (name != "Content-Type") to.set_header(name, value);
    to.set_header("Connection", "close");  // the unread body must not be taken for the next request
    to.set_content(refused.body, refused.header("Content-Type"));
    return httplib::Server::HandlerResponse::Handled;
  });
  configure_connections(server);
  const auto handle = [&lanes](const httplib::Request& from, httplib::Response& to) {
    const Request request = to_request(from);
    Response response = lanes.handle(request);
    if (request.path.rfind("/api/", 0) == 0)
      compress_for(request, response);  // the site's files come precompressed
    to.status = response.status;
    for (const auto& [name, value] : response.headers)
      if (name != "Content-Type") to.set_header(name, value);
    // The body goes out exactly as made: through a provider of known length, which cpp-httplib sends
    // as it is. Given with set_content, Debian's build (with its zlib and brotli support) would compress
    // any text answer again on its own, an already compressed file included, and even a 304's
    // empty body; the encodings are chosen here (compress_for) and by the build (the site's copies).
    if (response.body.empty()) {
      if (!response.header("Content-Type").empty())
        to.set_header("Content-Type", response.header("Content-Type"));
      return;
    }
    const auto body = std::make_shared<const std::string>(std::move(response.body));
    to.set_content_provider(body->size(), response.header("Content-Type"),
                            [body](size_t offset, size_t length, httplib::DataSink& sink) {
                              return sink.write(body->data() + offset, length);
                            });
  };
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Put(".*", handle);
  server.Patch(".*", handle);
  server.Delete(".*", handle);
  server.Options(".*", handle);
}

}  // namespace muqeem::portal

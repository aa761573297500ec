#pragma once
// How the client's requests reach the portal: emscripten_fetch in the browser (platform layer), an
// HTTP client natively, or the router in-process (the static demo). Always asynchronous: the browser's
// main loop must never block on the network.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/result.h"

namespace muqeem::api {

struct HttpRequest {
  std::string method = "GET";
  std::string target;  // path and query, e.g. "/api/v1/residents?page=0"
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  int timeout_ms = 15000;
  // Told how much of the body has gone while a large one uploads (attachments); transports that
  // cannot tell (in-process) call it once with all of it.
  std::function<void(int64_t sent, int64_t total)> upload_progress;
};

struct HttpResponse {
  int status = 0;
  std::string content_type;
  std::string body;
  // Every response header as received (any case): the client reads Session-Expires-At from here.
  std::vector<std::pair<std::string, std::string>> headers;

  // The first header of this name, compared without regard to case; "" when there is none.
  std::string header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
      if (key.size() == name.size() && std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
          }))
        return value;
    }
    return {};
  }
};

enum class TransportError { Network, Timeout, Cancelled };

using TransportResult = domain::Result<HttpResponse, TransportError>;

class Transport {
 public:
  virtual ~Transport() = default;
  // Calls `done` exactly once, later or (for in-process transports) before returning.
  virtual void send(HttpRequest request, std::function<void(TransportResult)> done) = 0;
};

}  // namespace muqeem::api

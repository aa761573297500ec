#include "platform/fetch_transport.h"

#include <emscripten/emscripten.h>
#include <emscripten/fetch.h>
#include <strings.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace muqeem::platform {
namespace {

// Everything a fetch needs alive until it ends: the request's strings (emscripten_fetch keeps
// pointers to them) and the callback.
struct Pending {
  api::HttpRequest request;
  std::vector<std::string> header_strings;
  std::vector<const char*> headers;
  std::function<void(api::TransportResult)> done;
  double started_ms = 0;
};

// Every response header, as "name: value" lines (names as the browser gives them: lower case).
std::vector<std::pair<std::string, std::string>> headers_of(emscripten_fetch_t* fetch) {
  const size_t length = emscripten_fetch_get_response_headers_length(fetch);
  std::string raw(length + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, raw.data(), raw.size());
  raw.resize(length);
  std::vector<std::pair<std::string, std::string>> headers;
  size_t start = 0;
  while (start < raw.size()) {
    size_t end = raw.find("\r\n", start);
    if (end == std::string::npos) end = raw.size();
    const std::string line = raw.substr(start, end - start);
    const size_t colon = line.find(':');
    if (colon != std::string::npos) {
      size_t value = colon + 1;
      while (value < line.size() && line[value] == ' ') ++value;
      headers.emplace_back(line.substr(0, colon), line.substr(value));
    }
    start = end + 2;
  }
  return headers;
}

void finish(emscripten_fetch_t* fetch, bool succeeded) {
  std::unique_ptr<Pending> pending(static_cast<Pending*>(fetch->userData));
  if (succeeded || fetch->status >= 400) {
    api::HttpResponse response;
    response.status = fetch->status;
    response.body.assign(fetch->data, static_cast<size_t>(fetch->numBytes));
    response.headers = headers_of(fetch);
    response.content_type = response.header("content-type");
    emscripten_fetch_close(fetch);
    pending->done(std::move(response));
    return;
  }
  // No answer at all. emscripten_fetch reports a timeout like any other failure, so the time taken
  // tells them apart.
  const double elapsed = emscripten_get_now() - pending->started_ms;
  const bool timed_out = pending->request.timeout_ms > 0 && elapsed >= pending->request.timeout_ms - 50;
  emscripten_fetch_close(fetch);
  pending->done(timed_out ? api::TransportError::Timeout : api::TransportError::Network);
}

}  // namespace

void FetchTransport::send(api::HttpRequest request, std::function<void(api::TransportResult)> done) {
  auto pending = std::make_unique<Pending>();
  pending->request = std::move(request);
  pending->done = std::move(done);
  pending->started_ms = emscripten_get_now();
  for (const auto& [name, value] : pending->request.headers) {
    pending->header_strings.push_back(name);
    pending->header_strings.push_back(value);
  }
  for (const auto& text : pending->header_strings) pending->headers.push_back(text.c_str());
  pending->headers.push_back(nullptr);

  emscripten_fetch_attr_t attributes;
  emscripten_fetch_attr_init(&attributes);
  std::strncpy(attributes.requestMethod, pending->request.method.c_str(),
               sizeof(attributes.requestMethod) - 1);
  attributes.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attributes.timeoutMSecs = static_cast<unsigned long>(pending->request.timeout_ms);
  attributes.requestHeaders = pending->headers.data();
  if (!pending->request.body.empty()) {
    attributes.requestData = pending->request.body.data();
    attributes.requestDataSize = pending->request.body.size();
  }
  attributes.onsuccess = [](emscripten_fetch_t* fetch) { finish(fetch, true); };
  attributes.onerror = [](emscripten_fetch_t* fetch) { finish(fetch, false); };
  Pending* raw = pending.release();
  attributes.userData = raw;
  emscripten_fetch(&attributes, raw->request.target.c_str());
}

}  // namespace muqeem::platform

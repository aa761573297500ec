#include "platform/fetch_transport.h"

#include <emscripten/emscripten.h>
#include <emscripten/fetch.h>
#include <strings.h>

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

extern "C" void muqeem_js_upload(int id, const char* method, const char* target, const char* headers_json,
                                 const char* body, int length, int timeout_ms);

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

// Response headers from the browser's "name: value\r\n" lines (names as it gives them: lower case).
std::vector<std::pair<std::string, std::string>> parse_header_lines(const std::string& raw) {
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

std::vector<std::pair<std::string, std::string>> headers_of(emscripten_fetch_t* fetch) {
  const size_t length = emscripten_fetch_get_response_headers_length(fetch);
  std::string raw(length + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, raw.data(), raw.size());
  raw.resize(length);
  return parse_header_lines(raw);
}

// emscripten_fetch's copy of an answer is freed with free(), which (unlike the C++ deletions
// heap_scrub.cpp zeroes) leaves its bytes: they are zeroed first, so an answer that arrives after a
// kiosk reset (and is dropped) leaves nothing of the last visit in the wasm's memory.
void close_zeroed(emscripten_fetch_t* fetch) {
  if (fetch->data && fetch->numBytes > 0)
    std::memset(const_cast<char*>(fetch->data), 0, static_cast<size_t>(fetch->numBytes));
  emscripten_fetch_close(fetch);
}

void finish(emscripten_fetch_t* fetch, bool succeeded) {
  std::unique_ptr<Pending> pending(static_cast<Pending*>(fetch->userData));
  if (succeeded || fetch->status >= 400) {
    api::HttpResponse response;
    response.status = fetch->status;
    response.body.assign(fetch->data, static_cast<size_t>(fetch->numBytes));
    response.headers = headers_of(fetch);
    response.content_type = response.header("content-type");
    close_zeroed(fetch);
    pending->done(std::move(response));
    return;
  }
  // No answer at all. emscripten_fetch reports a timeout like any other failure, so the time taken
  // tells them apart.
  const double elapsed = emscripten_get_now() - pending->started_ms;
  const bool timed_out = pending->request.timeout_ms > 0 && elapsed >= pending->request.timeout_ms - 50;
  close_zeroed(fetch);
  pending->done(timed_out ? api::TransportError::Timeout : api::TransportError::Network);
}

// Uploads whose progress is wanted go by the page's own XMLHttpRequest (page_bridge.js): emscripten_fetch
// reports only the download's progress. Each waits here by a number until its answer comes.
std::map<int, std::unique_ptr<Pending>>& uploads() {
  static std::map<int, std::unique_ptr<Pending>> waiting;
  return waiting;
}

void upload(std::unique_ptr<Pending> pending) {
  static int next_id = 0;
  const int id = ++next_id;
  nlohmann::json headers = nlohmann::json::object();
  for (const auto& [name, value] : pending->request.headers) headers[name] = value;
  const std::string headers_json = headers.dump();
  const api::HttpRequest& request = pending->request;
  // The page copies the body before it returns, and answers later through the functions below.
  muqeem_js_upload(id, request.method.c_str(), request.target.c_str(), headers_json.c_str(),
                   request.body.data(), static_cast<int>(request.body.size()), request.timeout_ms);
  uploads()[id] = std::move(pending);
}

}  // namespace

void FetchTransport::send(api::HttpRequest request, std::function<void(api::TransportResult)> done) {
  if (request.upload_progress) {
    auto pending = std::make_unique<Pending>();
    pending->request = std::move(request);
    pending->done = std::move(done);
    upload(std::move(pending));
    return;
  }
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

// page_bridge.js's muqeem_js_upload reports here: bytes sent so far, then the answer (status 0: no
// answer at all; -1: it took longer than the request's timeout).
extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_upload_progress(int id, double sent, double total) {
  auto& waiting = muqeem::platform::uploads();
  const auto found = waiting.find(id);
  if (found != waiting.end() && found->second->request.upload_progress)
    found->second->request.upload_progress(static_cast<int64_t>(sent), static_cast<int64_t>(total));
}

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_upload_done(int id, int status, const char* headers,
                                                        const char* body, int length) {
  auto& waiting = muqeem::platform::uploads();
  const auto found = waiting.find(id);
  if (found == waiting.end()) return;
  std::unique_ptr<muqeem::platform::Pending> pending = std::move(found->second);
  waiting.erase(found);
  if (status <= 0) {
    pending->done(status < 0 ? muqeem::api::TransportError::Timeout : muqeem::api::TransportError::Network);
    return;
  }
  muqeem::api::HttpResponse response;
  response.status = status;
  response.body.assign(body, static_cast<size_t>(length));
  response.headers = muqeem::platform::parse_header_lines(headers ? headers : "");
  response.content_type = response.header("content-type");
  pending->done(std::move(response));
}

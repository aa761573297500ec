#include "platform/demo_transport.h"

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>

#include <memory>

#include <nlohmann/json.hpp>

#include "platform/demo_storage.h"
#include "portal/in_process_transport.h"

extern "C" {
void muqeem_js_demo_open_door();
void muqeem_js_demo_answer(int id, int status, const char* headers_json, const char* body);
}

namespace muqeem::platform {
namespace {

DemoTransport* door = nullptr;  // what window.muqeem.demo.fetch sends through

struct Pending {
  portal::PortalInstance& portal;
  api::HttpRequest request;
  std::function<void(api::TransportResult)> done;
};

void answer(void* data) {
  std::unique_ptr<Pending> pending(static_cast<Pending*>(data));
  const int64_t before = pending->portal.database().changes();
  api::TransportResult result = api::TransportError::Network;
  portal::InProcessTransport(pending->portal.router())
      .send(std::move(pending->request),
            [&result](api::TransportResult answer) { result = std::move(answer); });
  if (pending->portal.database().changes() == before) {
    pending->done(std::move(result));
    return;
  }
  demo_storage::save([done = std::move(pending->done), result = std::move(result)](bool) mutable {
    done(std::move(result));  // kept in memory even when IndexedDB refused it: the visit goes on
  });
}

}  // namespace

void DemoTransport::send(api::HttpRequest request, std::function<void(api::TransportResult)> done) {
  emscripten_set_timeout(answer, 0, new Pending{portal_, std::move(request), std::move(done)});
}

void DemoTransport::open_door() {
  door = this;
  muqeem_js_demo_open_door();
}

}  // namespace muqeem::platform

// window.muqeem.demo.fetch's way in (demo_page.js): the same route as the app's own requests.
extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_demo_request(int id, const char* method, const char* target,
                                                         const char* headers_json, const char* body) {
  using namespace muqeem;
  if (!platform::door) return;
  api::HttpRequest request{method, target, {}, body};
  const auto headers = nlohmann::json::parse(headers_json, nullptr, /*allow_exceptions=*/false);
  if (headers.is_object()) {
    for (const auto& [name, value] : headers.items())
      if (value.is_string()) request.headers.emplace_back(name, value.get<std::string>());
  }
  platform::door->send(std::move(request), [id](api::TransportResult result) {
    api::HttpResponse response = result ? *result : api::HttpResponse{};
    nlohmann::json names = nlohmann::json::object();
    for (const auto& [name, value] : response.headers) names[name] = value;
    muqeem_js_demo_answer(id, response.status, names.dump().c_str(), response.body.c_str());
  });
}

#pragma once
// The portal API over the network in the browser: emscripten_fetch (XMLHttpRequest underneath), to
// the same origin the app came from. Never blocks; `done` runs from the browser's event loop.
#include "api/transport.h"

namespace muqeem::platform {

class FetchTransport : public api::Transport {
 public:
  void send(api::HttpRequest request, std::function<void(api::TransportResult)> done) override;
};

}  // namespace muqeem::platform

#pragma once
// The client's requests handed straight to the router, still as JSON text: what the static demo uses
// (the portal runs inside the page) and what native tests use, exercising the real contract.
#include "api/transport.h"
#include "portal/router.h"

namespace muqeem::portal {

class InProcessTransport : public api::Transport {
 public:
  explicit InProcessTransport(const Router& router) : router_(router) {}
  void send(api::HttpRequest request, std::function<void(api::TransportResult)> done) override;

 private:
  const Router& router_;
};

}  // namespace muqeem::portal

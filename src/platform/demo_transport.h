#pragma once
// The static demo's transport: each request goes, as JSON text, to the portal's router running in
// the page (portal::InProcessTransport), so the demo exercises the real contract with no network.
// Requests are answered from the browser's event loop, never inside the call, as a network would;
// an answer that changed the database is given only once the change is in IndexedDB, so what the
// app shows as done survives a reload (as the server answers only after its commit is on disk).
#include "api/transport.h"
#include "portal/portal_instance.h"

namespace muqeem::platform {

class DemoTransport : public api::Transport {
 public:
  explicit DemoTransport(portal::PortalInstance& portal) : portal_(portal) {}
  void send(api::HttpRequest request, std::function<void(api::TransportResult)> done) override;
  // Lets the page's scripts send requests the same way: window.muqeem.demo.fetch (demo_page.js), for
  // browser tests that check what the officer cannot see (the balance before and after a renewal).
  void open_door();

 private:
  portal::PortalInstance& portal_;
};

}  // namespace muqeem::platform

#pragma once
// The static demo's panel, after every page's main content. A demo has no phone and nobody to read
// the visual code to, so the panel shows what the portal "sent": the SMS outbox (sign-in and
// transaction codes) and the answer of the newest visual code, with the demo users' names and
// passwords, so a visitor can sign in and renew an iqama unaided. It reads the demo-only outbox
// endpoint through the same client, and so the same in-page portal, as every screen.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "ui/ui.h"

namespace muqeem::ui {

struct DemoAccount {
  std::string username;
  std::string password;
};

class DemoPanel {
 public:
  DemoPanel(api::PortalClient& portal, std::vector<DemoAccount> accounts)
      : portal_(portal), accounts_(std::move(accounts)) {}

  // `replies` counts the portal's answers so far: when it has moved since the outbox was last read,
  // a code may have been sent, so the panel reads it again.
  void draw(Ui& ui, uint64_t replies);

 private:
  void refresh(uint64_t replies);

  api::PortalClient& portal_;
  std::vector<DemoAccount> accounts_;
  std::optional<api::DemoOutbox> outbox_;
  std::optional<uint64_t> read_after_;  // the reply count the outbox shown was asked for after
  bool loading_ = false;
};

}  // namespace muqeem::ui

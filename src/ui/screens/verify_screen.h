#pragma once
// The public page a printed document's QR code opens (#/verify?code=…): what the document states,
// checked with the portal, for anyone holding the paper; no sign-in. An unknown or expired code is
// one message, which says neither.
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class VerifyScreen {
 public:
  explicit VerifyScreen(api::PortalClient& portal) : portal_(portal) {}

  void open(const std::string& code);
  PageActions draw(Ui& ui, ImVec2 size);

 private:
  api::PortalClient& portal_;
  std::string code_;
  std::optional<api::VerifiedDocument> document_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  int generation_ = 0;
};

}  // namespace muqeem::ui

#pragma once
// Activating an account (#/activate?username=…), public: a user the establishment's primary user
// added types their username, the activation code sent to them by SMS and a new password, whose
// rules are shown met or not while they type (in words, not colour alone); then they sign in.
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class ActivateScreen {
 public:
  explicit ActivateScreen(api::PortalClient& portal) : portal_(portal) {}

  void open(const std::map<std::string, std::string>& params);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

 private:
  void activate();

  api::PortalClient& portal_;
  std::string username_, code_, password_;
  bool tried_ = false, busy_ = false, done_ = false;
  std::optional<api::ApiError> error_;
  int generation_ = 0;
};

}  // namespace muqeem::ui

#pragma once
// The establishment's users (#/users), for its primary user: each with their status and permissions,
// and "add a user" (the user-add service on the shared flow). Anyone else is told only the primary
// user can manage users.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {

class UsersScreen {
 public:
  explicit UsersScreen(api::PortalClient& portal) : portal_(portal) {}
  void refresh() { page_.reset(); }
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

 private:
  void load();

  api::PortalClient& portal_;
  int page_number_ = 0;
  std::optional<api::UserPage> page_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  TableState table_;
  int generation_ = 0;
};

}  // namespace muqeem::ui

#pragma once
// The signed-in home: the establishment's name, package and balance; how many residents it has and
// how many iqamas have expired or expire within 30, 60 and 90 days, each a link to that list; and the
// services menu.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class DashboardScreen {
 public:
  explicit DashboardScreen(api::PortalClient& portal) : portal_(portal) {}

  // `navigate` takes a route ("#/residents?expiring=30").
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  // Fetches the figures again next time it is shown (after a renewal they change).
  void refresh() { profile_.reset(); }
  void reset();
  const std::optional<api::EstablishmentProfile>& profile() const { return profile_; }

 private:
  void load();

  api::PortalClient& portal_;
  std::optional<api::EstablishmentProfile> profile_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  int generation_ = 0;
};

}  // namespace muqeem::ui

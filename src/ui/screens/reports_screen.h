#pragma once
// The reports (#/reports): the ten the portal serves, grouped (residents and iqamas; visas; transfers
// and occupations; payments), each a link with a line on what it lists. Only an officer with the
// reports permission is offered them; anyone else is told who can grant it.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class ReportsScreen {
 public:
  explicit ReportsScreen(api::PortalClient& portal) : portal_(portal) {}

  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

 private:
  void load();

  api::PortalClient& portal_;
  std::optional<api::Officer> officer_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  int generation_ = 0;
};

// Whether the officer may read reports: the reports page and the report pages ask this.
bool may_read_reports(const api::Officer& officer);

}  // namespace muqeem::ui

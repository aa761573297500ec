#pragma once
// The establishment's residents: search by iqama number or name (Arabic or English), filter by
// nationality and by iqama expiry, sort by a column, a page at a time from the server; a row opens
// the resident's file.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {

class ResidentsScreen {
 public:
  explicit ResidentsScreen(api::PortalClient& portal) : portal_(portal) {}

  // Filters from the route (#/residents?status=valid&expiring=30&q=…): the dashboard's figures link
  // here, and the list's total is the figure.
  void set_filters(const std::string& text, const std::string& status, std::optional<int> expiring);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

  const std::optional<api::ResidentPage>& page() const { return page_; }

 private:
  void load();

  api::PortalClient& portal_;
  api::ResidentsQuery query_;
  std::string search_;     // as typed; sent when the person presses "search"
  int expiry_choice_ = 0;  // 0 any, 1 expired or within 30 days, 2 60, 3 90
  std::optional<api::ResidentPage> page_;
  std::vector<api::Coded> nationalities_;  // for the filter; loaded once
  bool nationalities_asked_ = false;
  int nationality_ = 0;  // 0: all; otherwise nationalities_[nationality_ - 1]
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  bool stale_ = true;
  TableState table_;
  int generation_ = 0;
};

}  // namespace muqeem::ui

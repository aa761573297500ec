#pragma once
// A resident's file: profile, passport and insurance, visas, traffic violations and dependants, in
// tabs; and the services that start from it (renewing the iqama).
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {

class ResidentFileScreen {
 public:
  explicit ResidentFileScreen(api::PortalClient& portal) : portal_(portal) {}

  void open(const std::string& iqama_number);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

 private:
  void load();

  api::PortalClient& portal_;
  std::string iqama_;
  std::optional<api::ResidentFile> file_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  int tab_ = 0;
  TableState visas_, violations_, dependants_;
  int generation_ = 0;
};

}  // namespace muqeem::ui

#pragma once
// A resident's file: profile, passport and insurance, visas, traffic violations and dependants, in
// tabs; and the services that start from it (those the officer may use), each with the iqama filled in.
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
  void actions_for(Ui& ui, const std::string& iqama, const std::function<void(const std::string&)>& navigate);

  api::PortalClient& portal_;
  std::string iqama_;
  std::optional<api::ResidentFile> file_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  int tab_ = 0;
  TableState visas_, violations_, dependants_, licences_, vehicles_;
  int generation_ = 0;
  std::optional<api::Officer> officer_;  // what the signed-in officer may do
  bool officer_loading_ = false;
};

}  // namespace muqeem::ui

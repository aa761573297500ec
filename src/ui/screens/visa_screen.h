#pragma once
// A visa (#/visas/{visaNumber}): its details and status, and what can be done with it now: extend an
// open exit/re-entry visa, cancel an open visa (each through its own transaction), print it again.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/print_document.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class VisaScreen {
 public:
  explicit VisaScreen(api::PortalClient& portal) : portal_(portal) {}

  void open(const std::string& visa_number);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                   const std::function<void(const PrintDocument&)>& print);
  void reset();

 private:
  void load();

  api::PortalClient& portal_;
  std::string number_;
  std::optional<api::VisaDetails> visa_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  bool printing_ = false;
  int generation_ = 0;
};

}  // namespace muqeem::ui

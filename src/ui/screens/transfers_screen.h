#pragma once
// Transfers of services (#/transfers): those asked of the establishment (incoming) and those it asked
// (outgoing), newest first, each with its status; an incoming one still pending offers "accept" (its
// fee shown first) and "decline", each its own transaction on the shared flow.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class TransfersScreen {
 public:
  explicit TransfersScreen(api::PortalClient& portal) : portal_(portal) {}

  // `direction` from the address: "outgoing", or anything else for incoming.
  void open(const std::string& direction);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

 private:
  void load();

  api::PortalClient& portal_;
  int tab_ = 0;  // 0 incoming, 1 outgoing
  std::optional<api::ServiceTransferPage> page_;
  std::optional<api::ApiError> error_;
  bool loading_ = false;
  int generation_ = 0;
};

}  // namespace muqeem::ui

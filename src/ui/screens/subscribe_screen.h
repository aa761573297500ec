#pragma once
// Requesting a subscription (#/subscribe), public: an establishment not yet on Muqeem gives its name,
// the applicant's, the main branch's city, a mobile (any accepted Saudi form, shown back as
// 05X XXX XXXX), an e-mail and the package, and gets a request number and what happens next.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/flows/coded_choices.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class SubscribeScreen {
 public:
  explicit SubscribeScreen(api::PortalClient& portal);

  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

 private:
  void send();

  api::PortalClient& portal_;
  std::string company_, applicant_, mobile_, email_;
  CodedChoices cities_;
  int package_ = -1;  // 0 comprehensive, 1 transactions
  bool tried_ = false, busy_ = false;
  std::optional<api::SubscriptionReceipt> receipt_;
  std::optional<api::ApiError> error_;
  int generation_ = 0;
};

}  // namespace muqeem::ui

#pragma once
// A renewal batch's page (#/renewals/batches/{id}): it carries the batch on, a few renewals per call
// to the portal, with a progress bar counting them as they finish, until nothing is pending; then
// the outcome of each resident with its request number, as a table, a CSV file and one paper. The
// address holds the batch, so a page reloaded mid-batch (or a connection that dropped) picks it up
// from the portal and carries on where it stopped; nothing is renewed twice.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/download_file.h"
#include "ui/print_document.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {

class RenewalBatchScreen {
 public:
  explicit RenewalBatchScreen(api::PortalClient& portal) : portal_(portal) {}
  void open(const std::string& batch_id);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                   const std::function<void(const PrintDocument&)>& print,
                   const std::function<void(const DownloadFile&)>& download);
  void reset();

 private:
  void load();
  void carry_on();
  void land(domain::Result<api::RenewalBatchState, api::ApiError> result, int generation);
  void outcomes(Ui& ui);

  api::PortalClient& portal_;
  int64_t id_ = 0;
  std::optional<api::RenewalBatchState> state_;
  std::optional<api::ApiError> error_;
  bool working_ = false, printing_ = false;
  TableState table_;
  int generation_ = 0;
};

}  // namespace muqeem::ui

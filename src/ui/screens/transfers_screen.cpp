#include "ui/screens/transfers_screen.h"

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/number_format.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/tabs.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr int kPageSize = 50;

// One transfer as a card: who, between which establishments, when, its status and fee; the answers
// an incoming pending one still needs.
void transfer_card(Ui& ui, const api::ServiceTransfer& transfer, bool incoming,
                   const std::function<void(const std::string&)>& navigate) {
  heading(ui, in_language(ui.language(), transfer.name) + " · " + transfer.request_number, 3);
  detail(ui, ui.text("renew.iqama"), transfer.iqama_number);
  detail(ui, ui.text(incoming ? "transfers.from" : "transfer.newEstablishment"),
         incoming ? in_language(ui.language(), transfer.from.name)
                  : in_language(ui.language(), transfer.to.name));
  detail(ui, ui.text("transfers.requestedOn"),
         both_calendars(ui, transfer.requested_on, transfer.requested_on_hijri));
  detail(ui, ui.text("transfer.status"), in_language(ui.language(), transfer.status));
  detail(ui, ui.text("transfer.fee"), money_text(ui, transfer.fee_halalas));
  if (!incoming || transfer.status.code != "pending") return;
  Flow line(ui, ui.next(ui.target()));
  // Named with the resident so each card's buttons are told apart by a screen reader.
  Button accept{
      "transfers.accept." + transfer.request_number,
      ui.screen().strings.format("transfers.acceptFor", {{"name", in_language(ui.language(), transfer.name)},
                                                         {"number", transfer.request_number}})};
  accept.navigates = true;
  if (button(ui, accept, line.take(button_width(ui, accept))))
    navigate("#/services/transfer-accept?request=" + transfer.request_number);
  Button decline{
      "transfers.decline." + transfer.request_number,
      ui.screen().strings.format("transfers.declineFor", {{"name", in_language(ui.language(), transfer.name)},
                                                          {"number", transfer.request_number}}),
      ButtonKind::Secondary};
  decline.navigates = true;
  if (button(ui, decline, line.take(button_width(ui, decline))))
    navigate("#/services/transfer-decline?request=" + transfer.request_number);
}

}  // namespace

void TransfersScreen::reset() {
  page_.reset();
  error_.reset();
  loading_ = false;
  ++generation_;
}

void TransfersScreen::open(const std::string& direction) {
  reset();  // answers given since are shown
  tab_ = direction == "outgoing" ? 1 : 0;
}

void TransfersScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  api::ServiceTransfersQuery query;
  query.direction = tab_ == 1 ? "outgoing" : "incoming";
  query.size = kPageSize;
  portal_.service_transfers(
      query, [this, generation](domain::Result<api::ServiceTransferPage, api::ApiError> result) {
        if (generation != generation_) return;
        loading_ = false;
        if (result)
          page_ = result.value();
        else
          error_ = result.error();
      });
}

PageActions TransfersScreen::draw(Ui& ui, ImVec2 size,
                                  const std::function<void(const std::string&)>& navigate) {
  if (!page_ && !loading_ && !error_) load();
  const PageActions actions = begin_page(ui, size, {true});
  heading(ui, ui.text("transfers.title"), 1);
  Button ask{"transfers.ask", ui.text("services.transfer"), ButtonKind::Link};
  ask.navigates = true;
  if (button(ui, ask)) navigate("#/services/transfer");
  const std::vector<std::string> names = {ui.text("transfers.incoming"), ui.text("transfers.outgoing")};
  if (tabs(ui, "transfers.tabs", ui.text("transfers.title"), names, tab_)) reset();
  TabPanel panel(ui, "transfers.panel", names[static_cast<size_t>(tab_)]);
  if (error_) {
    if (failure_alert(ui, "transfers.failure", *error_, "service-transfers")) load();
  } else if (!page_) {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
  } else if (page_->content.empty()) {
    paragraph(ui, ui.text("transfers.none"), theme::kTextSecondary);
  } else {
    paragraph(ui,
              ui.screen().strings.format(
                  "transfers.count",
                  {{"shown", format_integer(static_cast<long long>(page_->content.size()), ui.language())},
                   {"total", format_integer(page_->total_elements, ui.language())}}));
    for (const auto& transfer : page_->content) transfer_card(ui, transfer, tab_ == 0, navigate);
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

// The new establishment's answer to a transfer of services asked of it, opened from #/transfers
// (?request=…): accepting (the resident moves; its fee, SAR 2,000, 4,000 or 6,000 by the resident's
// earlier transfers, is shown before anything is confirmed) or declining. "Verify data" is the request
// as the portal holds it; only a pending one can be answered.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/ui.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

bool valid_request_number(const std::string& text) {
  return text.size() == 10 && text.find_first_not_of("0123456789") == std::string::npos;
}

// The request as both establishments read it.
void transfer_details(Ui& ui, const api::ServiceTransfer& transfer) {
  detail(ui, ui.text("renew.name"), in_language(ui.language(), transfer.name));
  detail(ui, ui.text("renew.iqama"), transfer.iqama_number);
  detail(ui, ui.text("renew.nationality"), in_language(ui.language(), transfer.nationality));
  detail(ui, ui.text("file.occupation"), in_language(ui.language(), transfer.occupation));
  detail(ui, ui.text("transfers.from"),
         in_language(ui.language(), transfer.from.name) + " · " + transfer.from.unified_number);
  detail(ui, ui.text("transfers.requestedOn"),
         both_calendars(ui, transfer.requested_on, transfer.requested_on_hijri));
  detail(ui, ui.text("transfer.status"), in_language(ui.language(), transfer.status));
}

class TransferDecisionService : public TransactionService {
 public:
  explicit TransferDecisionService(bool accept) : accept_(accept) {}

  std::string id() const override { return accept_ ? "accept" : "decline"; }
  std::string title_key() const override {
    return accept_ ? "services.transferAccept" : "services.transferDecline";
  }
  std::string operation() const override {
    return accept_ ? "service-transfer-accept" : "service-transfer-decline";
  }

  void clear() override {
    request_.clear();
    transfer_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "request", request_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_field(ui, errors, id() + ".request", error, "requestNumber", tried, !valid_request_number(request_),
                ui.text("transfers.requestInvalid"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    Field request{
        id() + ".request", ui.text("flow.requestNumber"), {}, error_for(errors, id() + ".request"), true};
    request.max_length = 10;
    identifier_field(ui, request, request_);
  }
  std::string first_field() const override { return id() + ".request"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.service_transfer(
        request_,
        land<api::ServiceTransfer>(std::move(landing), [this](api::ServiceTransfer t) { transfer_ = t; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    heading(ui, ui.text("flow.verifiedDetails"), 2);
    transfer_details(ui, *transfer_);
    if (accept_) {
      fee_details(
          ui, {{"transfer-fee", {ui.text("transfer.fee"), ui.text("transfer.fee")}, transfer_->fee_halalas}},
          transfer_->fee_halalas);
    }
    if (transfer_->status.code == "pending") return {};
    return {false, {in_language(ui.language(), transfer_->status)}};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format(accept_ ? "accept.confirmText" : "decline.confirmText",
                                      {{"name", in_language(ui.language(), transfer_->name)},
                                       {"total", money_text(ui, transfer_->fee_halalas)}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    auto keep =
        land<api::ServiceTransfer>(std::move(landing), [this](api::ServiceTransfer r) { result_ = r; });
    if (accept_)
      portal.accept_service_transfer(request_, {code}, key, std::move(keep));
    else
      portal.decline_service_transfer(request_, {code}, key, std::move(keep));
  }
  std::string reference() const override { return result_->request_number; }
  void result(Ui& ui, const std::function<void(const std::string&)>& navigate) override {
    transfer_details(ui, *result_);
    if (accept_) detail(ui, ui.text("flow.charged"), money_text(ui, result_->fee_halalas));
    Button list{id() + ".openList", ui.text("transfers.title"), ButtonKind::Link};
    list.navigates = true;
    if (button(ui, list)) navigate("#/transfers");
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    const api::ServiceTransfer done = *result_;
    PaperFrame frame;
    frame.title_key = "transfer.printTitle";
    frame.reference = done.request_number;
    establishment_paper(
        portal, strings, language, frame,
        [&strings, language, done](PrintDocument& document) {
          document.lines = {{strings.text("renew.iqama"), done.iqama_number},
                            {strings.text("renew.name"), in_language(language, done.name)},
                            {strings.text("transfers.from"),
                             in_language(language, done.from.name) + " · " + done.from.unified_number},
                            {strings.text("transfer.newEstablishment"),
                             in_language(language, done.to.name) + " · " + done.to.unified_number},
                            {strings.text("transfer.status"), in_language(language, done.status)},
                            {strings.text("transfer.fee"), money_text(strings, language, done.fee_halalas)}};
        },
        std::move(print), std::move(landing));
  }

 private:
  bool accept_;
  std::string request_;
  std::optional<api::ServiceTransfer> transfer_;
  std::optional<api::ServiceTransfer> result_;
};

}  // namespace

std::unique_ptr<TransactionService> transfer_accept_service(api::PortalClient&) {
  return std::make_unique<TransferDecisionService>(true);
}
std::unique_ptr<TransactionService> transfer_decline_service(api::PortalClient&) {
  return std::make_unique<TransferDecisionService>(false);
}

}  // namespace muqeem::ui

// Asking for a transfer of services (DOMAIN.md, نقل الخدمات): the iqama number and the new
// establishment's unified number. "Verify data" is the portal's quote: the new establishment by name,
// the resident's earlier transfers and the fee the new establishment pays when it accepts, and every
// problem (a valid passport, no unpaid fines). The result is the request, pending the new
// establishment's answer, which #/transfers shows to both.
#include "ui/services/services.h"

#include "domain/identifiers.h"
#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/ui.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

bool valid_unified_number(const std::string& text) {
  return static_cast<bool>(domain::EstablishmentNumber::parse(text));
}

class TransferRequestService : public TransactionService {
 public:
  std::string id() const override { return "transfer"; }
  std::string title_key() const override { return "services.transfer"; }
  std::string operation() const override { return "service-transfer"; }

  void clear() override {
    iqama_.clear();
    establishment_.clear();
    quote_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "iqama", iqama_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_iqama(ui, errors, "transfer.iqama", error, tried, iqama_);
    check_field(ui, errors, "transfer.establishment", error, "newEstablishmentNumber", tried,
                !valid_unified_number(establishment_), ui.text("transfer.establishmentInvalid"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    iqama_field(ui, "transfer.iqama", iqama_, errors);
    Field establishment{"transfer.establishment", ui.text("transfer.establishment"),
                        ui.text("transfer.establishmentHint"), error_for(errors, "transfer.establishment"),
                        true};
    establishment.max_length = 10;
    identifier_field(ui, establishment, establishment_);
  }
  std::string first_field() const override { return "transfer.iqama"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_service_transfer(
        {iqama_, establishment_, ""},
        land<api::TransferQuote>(std::move(landing), [this](api::TransferQuote q) { quote_ = q; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    const api::TransferQuote& quote = *quote_;
    heading(ui, ui.text("flow.verifiedDetails"), 2);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), quote.name));
    detail(ui, ui.text("renew.iqama"), quote.iqama_number);
    detail(ui, ui.text("transfer.newEstablishment"),
           in_language(ui.language(), quote.new_establishment.name) + " · " +
               quote.new_establishment.unified_number);
    detail(ui, ui.text("transfer.ordinal"), std::to_string(quote.transfer_ordinal));
    fee_details(ui, quote.fees, quote.total_halalas);
    paragraph(ui, ui.text("transfer.paidByNew"), theme::kTextSecondary);
    return {quote.eligible, problem_texts(ui, quote.problems)};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format(
        "transfer.confirmText",
        {{"name", in_language(ui.language(), quote_->name)},
         {"establishment", in_language(ui.language(), quote_->new_establishment.name)}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.request_service_transfer(
        {iqama_, establishment_, code}, key,
        land<api::ServiceTransfer>(std::move(landing), [this](api::ServiceTransfer r) { result_ = r; }));
  }
  std::string reference() const override { return result_->request_number; }
  void result(Ui& ui, const std::function<void(const std::string&)>& navigate) override {
    detail(ui, ui.text("renew.iqama"), result_->iqama_number);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), result_->name));
    detail(ui, ui.text("transfer.newEstablishment"), in_language(ui.language(), result_->to.name));
    detail(ui, ui.text("transfer.status"), in_language(ui.language(), result_->status));
    Button list{"transfer.openList", ui.text("transfers.title"), ButtonKind::Link};
    list.navigates = true;
    if (button(ui, list)) navigate("#/transfers?direction=outgoing");
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    const api::ServiceTransfer asked = *result_;
    PaperFrame frame;
    frame.title_key = "transfer.printTitle";
    frame.reference = asked.request_number;
    establishment_paper(
        portal, strings, language, frame,
        [&strings, language, asked](PrintDocument& document) {
          document.lines = {{strings.text("renew.iqama"), asked.iqama_number},
                            {strings.text("renew.name"), in_language(language, asked.name)},
                            {strings.text("transfer.newEstablishment"),
                             in_language(language, asked.to.name) + " · " + asked.to.unified_number},
                            {strings.text("transfer.status"), in_language(language, asked.status)},
                            {strings.text("transfer.fee"), money_text(strings, language, asked.fee_halalas)}};
        },
        std::move(print), std::move(landing));
  }

 private:
  std::string iqama_, establishment_;
  std::optional<api::TransferQuote> quote_;
  std::optional<api::ServiceTransfer> result_;
};

}  // namespace

std::unique_ptr<TransactionService> transfer_request_service(api::PortalClient&) {
  return std::make_unique<TransferRequestService>();
}

}  // namespace muqeem::ui

// Renewing an iqama, as the seed describes it (../shared/seeds/001…): the iqama number and a duration;
// "verify data" shows the passport, nationality, current and new expiry, the employer and the fees;
// the result the request number and the new expiry in both calendars; the paper its verification QR.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/flow_parts.h"
#include "ui/number_format.h"
#include "ui/services/renewal_durations.h"
#include "ui/ui.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

class RenewIqamaService : public TransactionService {
 public:
  std::string id() const override { return "renew"; }
  std::string title_key() const override { return "services.renewIqama"; }
  std::string operation() const override { return "iqama-renewal"; }

  void clear() override {
    iqama_.clear();
    duration_ = -1;
    quote_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "iqama", iqama_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_iqama(ui, errors, "renew.iqama", error, tried, iqama_);
    check_field(ui, errors, "renew.duration.0", error, "durationMonths", tried, duration_ < 0,
                ui.text("renew.durationRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    iqama_field(ui, "renew.iqama", iqama_, errors);
    std::vector<std::string> options;
    for (const int count : kRenewalDurations) options.push_back(months_text(ui, count));
    radio_group(
        ui,
        {"renew.duration", ui.text("renew.duration"), options, error_for(errors, "renew.duration.0"), true},
        duration_);
  }
  std::string first_field() const override { return "renew.iqama"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_renewal(request(""), land<api::RenewalQuote>(std::move(landing),
                                                              [this](api::RenewalQuote q) { quote_ = q; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    const api::RenewalQuote& quote = *quote_;
    heading(ui, ui.text("flow.verifiedDetails"), 2);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), quote.name));
    detail(ui, ui.text("renew.iqama"), quote.iqama_number);
    detail(ui, ui.text("renew.passport"), quote.passport_number);
    detail(ui, ui.text("renew.nationality"), in_language(ui.language(), quote.nationality));
    detail(ui, ui.text("renew.currentExpiry"),
           both_calendars(ui, quote.iqama_expiry, quote.iqama_expiry_hijri));
    detail(ui, ui.text("renew.sponsor"), in_language(ui.language(), quote.sponsor));
    detail(ui, ui.text("renew.duration"), months_text(ui, quote.duration_months));
    detail(ui, ui.text("renew.newExpiry"), both_calendars(ui, quote.new_expiry, quote.new_expiry_hijri));
    fee_details(ui, quote.fees, quote.total_halalas);
    return {quote.eligible, problem_texts(ui, quote.problems)};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("renew.confirmText",
                                      {{"name", in_language(ui.language(), quote_->name)},
                                       {"duration", months_text(ui, quote_->duration_months)},
                                       {"total", format_money(quote_->total_halalas, ui.language())}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.renew_iqama(
        request(code), key,
        land<api::RenewalResult>(std::move(landing), [this](api::RenewalResult r) { result_ = r; }));
  }
  std::string reference() const override { return result_->request_number; }
  void result(Ui& ui, const std::function<void(const std::string&)>&) override {
    const api::RenewalResult& result = *result_;
    detail(ui, ui.text("renew.iqama"), result.iqama_number);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), result.name));
    detail(ui, ui.text("renew.duration"), months_text(ui, result.duration_months));
    detail(ui, ui.text("renew.newExpiry"), both_calendars(ui, result.new_expiry, result.new_expiry_hijri));
    detail(ui, ui.text("flow.total"), money_text(ui, result.total_halalas));
  }

  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    portal.renewal_document(
        result_->request_number,
        land<api::RenewalDocument>(
            std::move(landing), [&strings, language, print](api::RenewalDocument paper_data) {
              const api::RenewalResult& renewal = paper_data.renewal;
              const auto both = [&strings](const std::string& gregorian, const std::string& hijri) {
                return format_both_calendars(gregorian, hijri, strings);
              };
              PrintDocument document =
                  paper(strings, language,
                        {"renew.printTitle", paper_data.establishment, paper_data.establishment_number,
                         paper_data.requested_on, paper_data.requested_on_hijri, "flow.requestNumber",
                         renewal.request_number, &paper_data.verification});
              document.lines = {
                  {strings.text("renew.iqama"), renewal.iqama_number},
                  {strings.text("renew.name"), in_language(language, renewal.name)},
                  {strings.text("renew.duration"), strings.plural("common.months", renewal.duration_months)},
                  {strings.text("renew.newExpiry"), both(renewal.new_expiry, renewal.new_expiry_hijri)},
                  {strings.text("flow.total"), money_text(strings, language, renewal.total_halalas)}};
              print(document);
            }));
  }

 private:
  api::RenewalRequest request(const std::string& code) const {
    return {iqama_, duration_ >= 0 ? kRenewalDurations[duration_] : 0, code};
  }

  std::string iqama_;
  int duration_ = -1;  // index into kRenewalDurations
  std::optional<api::RenewalQuote> quote_;
  std::optional<api::RenewalResult> result_;
};

}  // namespace

std::unique_ptr<TransactionService> renew_iqama_service(api::PortalClient&) {
  return std::make_unique<RenewIqamaService>();
}

}  // namespace muqeem::ui

// A passport update (DOMAIN.md, نقل معلومات): the iqama number, the new passport's number, issue and
// expiry dates (either calendar) and issuing country. No fee and no quote: "verify data" shows what
// was typed, to check before sending (GOV.UK's "check your answers"); each mistake the portal finds
// goes back under its field.
#include "ui/services/services.h"

#include "domain/passport.h"
#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/coded_choices.h"
#include "ui/flows/flow_parts.h"
#include "ui/ui.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

bool valid_passport_number(const std::string& text) {
  return static_cast<bool>(domain::parse_passport_number(text));
}

class PassportUpdateService : public TransactionService {
 public:
  explicit PassportUpdateService(api::PortalClient& portal)
      : countries_([&portal](auto reply) { portal.nationalities(std::move(reply)); }) {}

  std::string id() const override { return "passport"; }
  std::string title_key() const override { return "services.passportUpdate"; }
  std::string operation() const override { return "passport-update"; }

  void clear() override {
    iqama_.clear();
    number_.clear();
    issued_text_.clear();
    expiry_text_.clear();
    issued_.reset();
    expiry_.reset();
    countries_.clear();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "iqama", iqama_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_iqama(ui, errors, "passport.iqama", error, tried, iqama_);
    check_field(ui, errors, "passport.number", error, "passportNumber", tried,
                !valid_passport_number(number_), ui.text("passport.numberInvalid"));
    check_field(ui, errors, "passport.issued", error, "issueDate", tried, !issued_,
                ui.text("passport.issuedRequired"));
    const bool expiry_wrong =
        !expiry_ || (issued_ && expiry_->days_since_1970() <= issued_->days_since_1970());
    check_field(ui, errors, "passport.expiry", error, "expiryDate", tried, expiry_wrong,
                ui.text(expiry_ ? "passport.expiryBeforeIssue" : "passport.expiryRequired"));
    check_field(ui, errors, "passport.country", error, "issuingCountry", tried, countries_.code().empty(),
                ui.text("passport.countryRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    iqama_field(ui, "passport.iqama", iqama_, errors);
    Field number{"passport.number", ui.text("passport.number"), ui.text("passport.numberHint"),
                 error_for(errors, "passport.number"), true};
    number.max_length = 15;
    text_field(ui, number, number_);
    date_field(
        ui, {"passport.issued", ui.text("passport.issued"), {}, error_for(errors, "passport.issued"), true},
        issued_text_, issued_);
    date_field(
        ui, {"passport.expiry", ui.text("passport.expiry"), {}, error_for(errors, "passport.expiry"), true},
        expiry_text_, expiry_);
    countries_.draw(ui, {"passport.country", ui.text("passport.country"), ui.text("occupation.newHint"),
                         error_for(errors, "passport.country"), true});
  }
  std::string first_field() const override { return "passport.iqama"; }

  // Nothing to quote: what was typed is shown to be checked.
  void quote(api::PortalClient&, Landing landing) override { landing(std::nullopt, {}); }
  QuoteOutcome verified(Ui& ui) override {
    heading(ui, ui.text("passport.check"), 2);
    detail(ui, ui.text("renew.iqama"), iqama_);
    detail(ui, ui.text("passport.number"), number_);
    detail(ui, ui.text("passport.issued"), both_calendars(ui, issued_ ? issued_->iso() : issued_text_));
    detail(ui, ui.text("passport.expiry"), both_calendars(ui, expiry_ ? expiry_->iso() : expiry_text_));
    if (const api::Coded* country = countries_.chosen())
      detail(ui, ui.text("passport.country"), in_language(ui.language(), *country));
    fee_details(ui, {}, 0);
    return {};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("passport.confirmText", {{"number", number_}, {"iqama", iqama_}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    api::PassportUpdateRequest request{iqama_,
                                       number_,
                                       issued_ ? issued_->iso() : issued_text_,
                                       expiry_ ? expiry_->iso() : expiry_text_,
                                       countries_.code(),
                                       code};
    portal.update_passport(request, key,
                           land<api::PassportUpdateResult>(
                               std::move(landing), [this](api::PassportUpdateResult r) { result_ = r; }));
  }
  std::string reference() const override { return result_->request_number; }
  void result(Ui& ui, const std::function<void(const std::string&)>&) override {
    const api::PassportUpdateResult& done = *result_;
    detail(ui, ui.text("renew.iqama"), done.iqama_number);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), done.name));
    detail(ui, ui.text("passport.previous"), done.previous_number);
    detail(ui, ui.text("passport.number"), done.passport_number);
    detail(ui, ui.text("passport.expiry"), both_calendars(ui, done.expiry_date, done.expiry_date_hijri));
    detail(ui, ui.text("passport.country"), in_language(ui.language(), done.issuing_country));
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    const api::PassportUpdateResult done = *result_;
    PaperFrame frame;
    frame.title_key = "passport.printTitle";
    frame.reference = done.request_number;
    establishment_paper(
        portal, strings, language, frame,
        [&strings, language, done](PrintDocument& document) {
          document.lines = {
              {strings.text("renew.iqama"), done.iqama_number},
              {strings.text("renew.name"), in_language(language, done.name)},
              {strings.text("passport.previous"), done.previous_number},
              {strings.text("passport.number"), done.passport_number},
              {strings.text("passport.issued"), format_both_calendars(done.issue_date, "", strings)},
              {strings.text("passport.expiry"),
               format_both_calendars(done.expiry_date, done.expiry_date_hijri, strings)},
              {strings.text("passport.country"), in_language(language, done.issuing_country)}};
        },
        std::move(print), std::move(landing));
  }

 private:
  std::string iqama_, number_, issued_text_, expiry_text_;
  std::optional<domain::CivilDate> issued_, expiry_;
  CodedChoices countries_;
  std::optional<api::PassportUpdateResult> result_;
};

}  // namespace

std::unique_ptr<TransactionService> passport_update_service(api::PortalClient& portal) {
  return std::make_unique<PassportUpdateService>(portal);
}

}  // namespace muqeem::ui

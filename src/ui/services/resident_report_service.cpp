// A resident report (تقرير مقيم, DOMAIN.md's print documents): issued for an iqama number, with no fee
// and no security code, so the walk is the details then the result. The result shows what the report
// states (the profile, iqama in both calendars, passport, insurance, visas and dependants, as on that
// day); the paper carries its verification QR, valid 7 days, which the public #/verify page checks.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/flow_parts.h"
#include "ui/ui.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// What the report states, label and value, in `language`: on screen and on paper alike.
std::vector<std::pair<std::string, std::string>> report_lines(const api::ResidentReport& report,
                                                              const Catalogue& strings, Language language) {
  const api::ResidentFile& file = report.resident;
  const auto both = [&strings](const std::string& gregorian, const std::string& hijri = {}) {
    return format_both_calendars(gregorian, hijri, strings);
  };
  std::vector<std::pair<std::string, std::string>> lines = {
      {strings.text("renew.name"), in_language(language, file.summary.name)},
      {strings.text("renew.iqama"), file.summary.iqama_number},
      {strings.text("renew.nationality"), in_language(language, file.summary.nationality)},
      {strings.text("file.occupation"), in_language(language, file.summary.occupation)},
      {strings.text("file.birthDate"), both(file.birth_date)},
      {strings.text("residents.expiryDate"), both(file.summary.iqama_expiry, file.iqama_expiry_hijri)},
      {strings.text("renew.passport"), file.passport_number},
      {strings.text("file.passportExpiry"), both(file.passport_expiry)},
      {strings.text("file.insurance"),
       file.insurance_expiry ? both(*file.insurance_expiry) : strings.text("file.noInsurance")},
      {strings.text("file.whereabouts"), strings.text(file.inside_kingdom ? "file.inside" : "file.outside")}};
  for (const auto& visa : file.visas)
    lines.push_back({strings.text("file.visas"), in_language(language, visa.type) + " " + visa.visa_number +
                                                     " · " + in_language(language, visa.status) + " · " +
                                                     both(visa.expires_on)});
  for (const auto& person : file.dependants)
    lines.push_back({strings.text("file.dependants"), in_language(language, person.name) + " · " +
                                                          in_language(language, person.relationship)});
  return lines;
}

class ResidentReportService : public TransactionService {
 public:
  std::string id() const override { return "report"; }
  std::string title_key() const override { return "services.residentReport"; }
  std::string operation() const override { return {}; }
  bool verifies() const override { return false; }

  void clear() override {
    iqama_.clear();
    report_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "iqama", iqama_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_iqama(ui, errors, "report.iqama", error, tried, iqama_);
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    paragraph(ui, ui.text("report.intro"));
    iqama_field(ui, "report.iqama", iqama_, errors);
  }
  std::string first_field() const override { return "report.iqama"; }

  void quote(api::PortalClient&, Landing landing) override { landing(std::nullopt, {}); }
  QuoteOutcome verified(Ui&) override { return {}; }
  std::string confirm_text(const Ui&) const override { return {}; }

  void submit(api::PortalClient& portal, const std::string&, const std::string& key,
              Landing landing) override {
    portal.issue_resident_report(
        {iqama_}, key,
        land<api::ResidentReport>(std::move(landing), [this](api::ResidentReport r) { report_ = r; }));
  }
  std::string reference() const override { return report_->report_number; }
  std::string reference_key() const override { return "report.number"; }
  void result(Ui& ui, const std::function<void(const std::string&)>&) override {
    detail(ui, ui.text("report.issuedOn"), both_calendars(ui, report_->issued_on, report_->issued_on_hijri));
    for (const auto& [label, value] : report_lines(*report_, ui.screen().strings, ui.language()))
      detail(ui, label, value);
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    // The report as issued, fetched again: its verification block is the one to print.
    portal.resident_report(
        report_->report_number,
        land<api::ResidentReport>(
            std::move(landing), [&strings, language, print](api::ResidentReport report) {
              PrintDocument document = paper(
                  strings, language,
                  {"report.printTitle", report.establishment, report.establishment_number, report.issued_on,
                   report.issued_on_hijri, "report.number", report.report_number, &report.verification});
              document.lines = report_lines(report, strings, language);
              print(document);
            }));
  }

 private:
  std::string iqama_;
  std::optional<api::ResidentReport> report_;
};

}  // namespace

std::unique_ptr<TransactionService> resident_report_service(api::PortalClient&) {
  return std::make_unique<ResidentReportService>();
}

}  // namespace muqeem::ui

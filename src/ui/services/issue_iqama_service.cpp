// An iqama for a new arrival (DOMAIN.md): the establishment's arrivals still without one (border
// number and entry date) to pick from, or a border number typed; the name in Arabic and English, the
// mobile, occupation, nationality and duration. "Verify data" is the portal's quote with each missing
// requirement (medical exam, fingerprints, insurance, passport, outside the Kingdom) and the late fine
// after 90 days in the Kingdom; the result is the new iqama number.
#include "ui/services/services.h"

#include "domain/identifiers.h"
#include "domain/mobile.h"
#include "domain/person_name.h"
#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/coded_choices.h"
#include "ui/flows/flow_parts.h"
#include "ui/ui.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/select.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr int kDurations[] = {3, 6, 9, 12, 15, 18, 21, 24};

class IssueIqamaService : public TransactionService {
 public:
  explicit IssueIqamaService(api::PortalClient& portal)
      : portal_(portal),
        occupations_([&portal](auto reply) { portal.occupations(std::move(reply)); }),
        nationalities_([&portal](auto reply) { portal.nationalities(std::move(reply)); }) {}

  std::string id() const override { return "issue"; }
  std::string title_key() const override { return "services.issueIqama"; }
  std::string operation() const override { return "iqama-issue"; }

  void clear() override {
    border_.clear();
    name_ar_.clear();
    name_en_.clear();
    mobile_.clear();
    arrival_ = duration_ = -1;
    arrivals_.reset();
    occupations_.clear();
    nationalities_.clear();
    quote_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "border", border_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_field(ui, errors, "issue.border", error, "borderNumber", tried,
                !domain::BorderNumber::parse(border_), ui.text("issue.borderInvalid"));
    check_field(ui, errors, "issue.nameAr", error, "name.ar", tried, !domain::parse_arabic_name(name_ar_),
                ui.text("issue.nameArInvalid"));
    check_field(ui, errors, "issue.nameEn", error, "name.en", tried, !domain::parse_latin_name(name_en_),
                ui.text("issue.nameEnInvalid"));
    check_field(ui, errors, "issue.mobile", error, "mobile", tried, !domain::SaudiMobile::parse(mobile_),
                ui.text("issue.mobileInvalid"));
    check_field(ui, errors, "issue.occupation", error, "occupationCode", tried, occupations_.code().empty(),
                ui.text("occupation.required"));
    check_field(ui, errors, "issue.nationality", error, "nationalityCode", tried,
                nationalities_.code().empty(), ui.text("issue.nationalityRequired"));
    check_field(ui, errors, "issue.duration.0", error, "durationMonths", tried, duration_ < 0,
                ui.text("renew.durationRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    arrivals(ui);
    Field border{"issue.border", ui.text("issue.border"), ui.text("issue.borderHint"),
                 error_for(errors, "issue.border"), true};
    border.max_length = 10;
    identifier_field(ui, border, border_);
    Field name_ar{"issue.nameAr", ui.text("issue.nameAr"), {}, error_for(errors, "issue.nameAr"), true};
    text_field(ui, name_ar, name_ar_);
    Field name_en{"issue.nameEn", ui.text("issue.nameEn"), {}, error_for(errors, "issue.nameEn"), true};
    text_field(ui, name_en, name_en_);
    Field mobile{"issue.mobile", ui.text("issue.mobile"), ui.text("issue.mobileHint"),
                 error_for(errors, "issue.mobile"), true};
    mobile.input = InputKind::Digits;
    mobile.autocomplete = "off";
    text_field(ui, mobile, mobile_);
    occupations_.draw(ui, {"issue.occupation", ui.text("file.occupation"), ui.text("occupation.newHint"),
                           error_for(errors, "issue.occupation"), true});
    nationalities_.draw(ui, {"issue.nationality", ui.text("renew.nationality"), ui.text("occupation.newHint"),
                             error_for(errors, "issue.nationality"), true});
    std::vector<std::string> options;
    for (const int count : kDurations) options.push_back(months_text(ui, count));
    radio_group(
        ui,
        {"issue.duration", ui.text("issue.duration"), options, error_for(errors, "issue.duration.0"), true},
        duration_);
  }
  std::string first_field() const override { return "issue.arrival"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_iqama_issue(
        request(""), land<api::IssueQuote>(std::move(landing), [this](api::IssueQuote q) { quote_ = q; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    const api::IssueQuote& quote = *quote_;
    heading(ui, ui.text("flow.verifiedDetails"), 2);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), quote.name));
    detail(ui, ui.text("issue.border"), quote.border_number);
    detail(ui, ui.text("renew.nationality"), in_language(ui.language(), quote.nationality));
    detail(ui, ui.text("file.occupation"), in_language(ui.language(), quote.occupation));
    detail(ui, ui.text("renew.passport"), quote.passport_number);
    detail(ui, ui.text("issue.entryDate"), both_calendars(ui, quote.entry_date, quote.entry_date_hijri));
    detail(ui, ui.text("issue.daysInKingdom"),
           ui.screen().strings.plural("common.days", quote.days_since_entry));
    detail(ui, ui.text("issue.duration"), months_text(ui, quote.duration_months));
    detail(ui, ui.text("issue.expiry"), both_calendars(ui, quote.expiry, quote.expiry_hijri));
    fee_details(ui, quote.fees, quote.total_halalas);
    return {quote.eligible, problem_texts(ui, quote.problems)};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("issue.confirmText",
                                      {{"name", in_language(ui.language(), quote_->name)},
                                       {"duration", months_text(ui, quote_->duration_months)},
                                       {"total", money_text(ui, quote_->total_halalas)}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.issue_iqama(request(code), key,
                       land<api::IssueResult>(std::move(landing), [this](api::IssueResult r) {
                         result_ = r;
                         arrivals_.reset();  // the arrival is a resident now
                       }));
  }
  std::string reference() const override { return result_->request_number; }
  void result(Ui& ui, const std::function<void(const std::string&)>&) override {
    detail(ui, ui.text("issue.newIqama"), result_->iqama_number);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), result_->name));
    detail(ui, ui.text("issue.border"), result_->border_number);
    detail(ui, ui.text("issue.expiry"), both_calendars(ui, result_->expiry, result_->expiry_hijri));
    detail(ui, ui.text("flow.charged"), money_text(ui, result_->total_halalas));
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    const api::IssueResult done = *result_;
    PaperFrame frame;
    frame.title_key = "issue.printTitle";
    frame.reference = done.request_number;
    establishment_paper(
        portal, strings, language, frame,
        [&strings, language, done](PrintDocument& document) {
          document.lines = {
              {strings.text("issue.newIqama"), done.iqama_number},
              {strings.text("renew.name"), in_language(language, done.name)},
              {strings.text("issue.border"), done.border_number},
              {strings.text("renew.nationality"), in_language(language, done.nationality)},
              {strings.text("file.occupation"), in_language(language, done.occupation)},
              {strings.text("issue.duration"), strings.plural("common.months", done.duration_months)},
              {strings.text("issue.expiry"), format_both_calendars(done.expiry, done.expiry_hijri, strings)},
              {strings.text("flow.charged"), money_text(strings, language, done.total_halalas)}};
        },
        std::move(print), std::move(landing));
  }

 private:
  // The arrivals still without an iqama, longest in the Kingdom first; picking one fills its number.
  void arrivals(Ui& ui) {
    if (!arrivals_ && !loading_) {
      loading_ = true;
      portal_.new_arrivals(0, 100, [this](domain::Result<api::NewArrivalPage, api::ApiError> page) {
        loading_ = false;
        arrivals_ = page ? page.value().content : std::vector<api::NewArrival>();
      });
    }
    std::vector<std::string> options;
    if (arrivals_)
      for (const auto& arrival : *arrivals_)
        options.push_back(ui.screen().strings.format(
            "issue.arrivalOption",
            {{"border", arrival.border_number}, {"date", both_calendars(ui, arrival.entry_date)}}));
    Field field{"issue.arrival", ui.text("issue.arrival"),
                ui.text(loading_ ? "common.loading" : "issue.arrivalHint")};
    if (select(ui, field, options, arrival_) && arrival_ >= 0 && arrivals_)
      border_ = (*arrivals_)[static_cast<size_t>(arrival_)].border_number;
  }

  api::IssueRequest request(const std::string& code) const {
    return {border_,
            {name_ar_, name_en_},
            mobile_,
            occupations_.code(),
            nationalities_.code(),
            duration_ >= 0 ? kDurations[duration_] : 0,
            code};
  }

  api::PortalClient& portal_;
  std::string border_, name_ar_, name_en_, mobile_;
  int arrival_ = -1, duration_ = -1;
  std::optional<std::vector<api::NewArrival>> arrivals_;
  bool loading_ = false;
  CodedChoices occupations_, nationalities_;
  std::optional<api::IssueQuote> quote_;
  std::optional<api::IssueResult> result_;
};

}  // namespace

std::unique_ptr<TransactionService> issue_iqama_service(api::PortalClient& portal) {
  return std::make_unique<IssueIqamaService>(portal);
}

}  // namespace muqeem::ui

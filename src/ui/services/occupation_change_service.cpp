// A change of occupation (DOMAIN.md): the iqama number and the new occupation from the bilingual list
// (type to search). "Verify data" is the portal's quote: the current occupation, the one Qiwa approved
// (refused, saying why, unless it is the one asked for) and SAR 2,000; the result is the updated record.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/flows/coded_choices.h"
#include "ui/flows/flow_parts.h"
#include "ui/ui.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

class OccupationChangeService : public TransactionService {
 public:
  explicit OccupationChangeService(api::PortalClient& portal)
      : occupations_([&portal](auto reply) { portal.occupations(std::move(reply)); }) {}

  std::string id() const override { return "occupation"; }
  std::string title_key() const override { return "services.occupationChange"; }
  std::string operation() const override { return "occupation-change"; }

  void clear() override {
    iqama_.clear();
    occupations_.clear();
    quote_.reset();
    result_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "iqama", iqama_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_iqama(ui, errors, "occupation.iqama", error, tried, iqama_);
    check_field(ui, errors, "occupation.new", error, "occupationCode", tried, occupations_.code().empty(),
                ui.text("occupation.required"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    iqama_field(ui, "occupation.iqama", iqama_, errors);
    occupations_.draw(ui, {"occupation.new", ui.text("occupation.new"), ui.text("occupation.newHint"),
                           error_for(errors, "occupation.new"), true});
  }
  std::string first_field() const override { return "occupation.iqama"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_occupation_change(
        {iqama_, occupations_.code(), ""},
        land<api::OccupationChangeQuote>(std::move(landing),
                                         [this](api::OccupationChangeQuote q) { quote_ = q; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    const api::OccupationChangeQuote& quote = *quote_;
    heading(ui, ui.text("flow.verifiedDetails"), 2);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), quote.name));
    detail(ui, ui.text("renew.iqama"), quote.iqama_number);
    detail(ui, ui.text("occupation.current"), in_language(ui.language(), quote.current_occupation));
    detail(ui, ui.text("occupation.new"), in_language(ui.language(), quote.new_occupation));
    detail(ui, ui.text("occupation.qiwa"),
           quote.qiwa_approved_occupation ? in_language(ui.language(), *quote.qiwa_approved_occupation)
                                          : ui.text("occupation.qiwaNone"));
    fee_details(ui, quote.fees, quote.total_halalas);
    return {quote.eligible, problem_texts(ui, quote.problems)};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("occupation.confirmText",
                                      {{"name", in_language(ui.language(), quote_->name)},
                                       {"occupation", in_language(ui.language(), quote_->new_occupation)},
                                       {"total", money_text(ui, quote_->total_halalas)}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.change_occupation({iqama_, occupations_.code(), code}, key,
                             land<api::OccupationChangeResult>(
                                 std::move(landing), [this](api::OccupationChangeResult r) { result_ = r; }));
  }
  std::string reference() const override { return result_->request_number; }
  void result(Ui& ui, const std::function<void(const std::string&)>&) override {
    detail(ui, ui.text("renew.iqama"), result_->iqama_number);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), result_->name));
    detail(ui, ui.text("occupation.previous"), in_language(ui.language(), result_->previous_occupation));
    detail(ui, ui.text("occupation.new"), in_language(ui.language(), result_->occupation));
    detail(ui, ui.text("flow.charged"), money_text(ui, result_->total_halalas));
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    const api::OccupationChangeResult done = *result_;
    PaperFrame frame;
    frame.title_key = "occupation.printTitle";
    frame.reference = done.request_number;
    establishment_paper(
        portal, strings, language, frame,
        [&strings, language, done](PrintDocument& document) {
          document.lines = {
              {strings.text("renew.iqama"), done.iqama_number},
              {strings.text("renew.name"), in_language(language, done.name)},
              {strings.text("occupation.previous"), in_language(language, done.previous_occupation)},
              {strings.text("occupation.new"), in_language(language, done.occupation)},
              {strings.text("flow.charged"), money_text(strings, language, done.total_halalas)}};
        },
        std::move(print), std::move(landing));
  }

 private:
  std::string iqama_;
  CodedChoices occupations_;
  std::optional<api::OccupationChangeQuote> quote_;
  std::optional<api::OccupationChangeResult> result_;
};

}  // namespace

std::unique_ptr<TransactionService> occupation_change_service(api::PortalClient& portal) {
  return std::make_unique<OccupationChangeService>(portal);
}

}  // namespace muqeem::ui

// Renewing many iqamas in one pass (issue 18), on the shared transaction flow: the batch's security
// code; the residents the residents list was filtered to, each quoted so the officer sees who can be
// renewed before choosing (BatchSelection); "verify data" quotes the chosen ones again and shows each
// with its fee or its problems, the total and the balance after; one confirmation makes the batch,
// and its page (#/renewals/batches/{id}) renews it with a progress bar, so a reload picks it up.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/number_format.h"
#include "ui/screens/renewal_batch_paper.h"
#include "ui/services/batch_selection.h"
#include "ui/ui.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/table.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

class RenewBatchService : public TransactionService {
 public:
  explicit RenewBatchService(api::PortalClient& portal) : selection_(portal) {}

  std::string id() const override { return "bulk"; }
  std::string title_key() const override { return "services.renewBulk"; }
  std::string operation() const override { return "iqama-renewal-batch"; }

  void clear() override {
    selection_.clear();
    quote_.reset();
    state_.reset();
    shown_ = false;
  }
  void prefill(const std::map<std::string, std::string>& params) override { selection_.prefill(params); }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_field(ui, errors, "bulk.select", error, "items", tried, selection_.chosen().empty(),
                ui.text("bulk.selectRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override { selection_.draw(ui, errors); }
  std::string first_field() const override { return "bulk.duration.0"; }

  void quote(api::PortalClient& portal, Landing landing) override {
    portal.quote_renewal_batch(
        request(""), land<api::RenewalBatchQuote>(
                         std::move(landing), [this](api::RenewalBatchQuote q) { quote_ = std::move(q); }));
  }

  QuoteOutcome verified(Ui& ui) override {
    const api::RenewalBatchQuote& quote = *quote_;
    heading(ui, ui.text("flow.verifiedDetails"), 2);
    detail(ui, ui.text("bulk.duration"), months_text(ui, selection_.duration_months()));
    detail(ui, ui.text("bulk.toRenew"),
           ui.screen().strings.format("bulk.ofChosen", {{"eligible", std::to_string(quote.eligible_count)},
                                                        {"chosen", std::to_string(quote.items.size())}}));
    detail(ui, ui.text("flow.total"), money_text(ui, quote.total_halalas));
    detail(ui, ui.text("bulk.balance"), money_text(ui, quote.balance_halalas));
    detail(ui, ui.text("bulk.balanceAfter"), money_text(ui, quote.balance_halalas - quote.total_halalas));
    if (!quote.balance_covers) alert(ui, AlertKind::Warning, ui.text("bulk.balanceShort"));
    // Each resident, the ones to be renewed first (the portal's order), the others with why not.
    const std::vector<Column> columns = {{ui.text("renew.name"), 2.0f},
                                         {ui.text("renew.iqama"), 1.3f, false, true},
                                         {ui.text("renew.currentExpiry"), 1.2f, false, true},
                                         {ui.text("renew.newExpiry"), 1.2f, false, true},
                                         {ui.text("bulk.fee"), 1.0f, false, true},
                                         {ui.text("bulk.status"), 2.0f}};
    std::string text;
    const CellText cell = [&](int row, int column) -> std::string_view {
      const api::BatchQuoteItem& item = quote.items[static_cast<size_t>(row)];
      const api::RenewalQuote* single = item.quote ? &*item.quote : nullptr;
      switch (column) {
        case 0:
          text = single ? in_language(ui.language(), single->name) : std::string();
          break;
        case 1:
          text = item.iqama_number;
          break;
        case 2:
          text = single ? single->iqama_expiry : std::string();
          break;
        case 3:
          text = single && item.status == "eligible" ? single->new_expiry : std::string();
          break;
        case 4:
          text = single && item.status == "eligible" ? money_text(ui, single->total_halalas) : std::string();
          break;
        default:
          text = item.status == "eligible" ? ui.text("bulk.willRenew")
                                           : joined(problem_texts(ui, item.problems));
          break;
      }
      return text;
    };
    const int rows = static_cast<int>(quote.items.size());
    const float height = kTableHeaderHeight + ui.row_height() * static_cast<float>(std::min(rows, 10));
    table(ui, "bulk.verifyTable", ui.text("bulk.verifyTable"), columns, rows, cell, table_, height);
    QuoteOutcome outcome;
    outcome.eligible = quote.eligible_count > 0;
    if (!outcome.eligible) outcome.problems = {ui.text("bulk.noneEligible")};
    return outcome;
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("bulk.confirmText",
                                      {{"count", std::to_string(quote_->eligible_count)},
                                       {"duration", months_text(ui, selection_.duration_months())},
                                       {"total", format_money(quote_->total_halalas, ui.language())}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.create_renewal_batch(
        request(code), key,
        land<api::RenewalBatchState>(std::move(landing), [this](api::RenewalBatchState s) {
          state_ = std::move(s);
          shown_ = false;
        }));
  }
  std::string reference() const override { return std::to_string(state_->batch_id); }
  std::string reference_key() const override { return "bulk.batchNumber"; }
  // The renewals happen on the batch's own page, whose address survives a reload: it opens at once.
  void result(Ui& ui, const std::function<void(const std::string&)>& navigate) override {
    const std::string page = batch_page(state_->batch_id);
    Button follow{"bulk.follow", ui.text("bulk.follow"), ButtonKind::Link};
    follow.navigates = true;
    if (button(ui, follow) || !shown_) {
      shown_ = true;
      navigate(page);
    }
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    print_batch(portal, state_->batch_id, strings, language, std::move(print), std::move(landing));
  }

 private:
  static std::string joined(const std::vector<std::string>& texts) {
    std::string out;
    for (const auto& text : texts) out += (out.empty() ? "" : " ") + text;
    return out;
  }
  api::RenewalBatchRequest request(const std::string& code) const {
    api::RenewalBatchRequest request;
    request.duration_months = selection_.duration_months();
    for (const auto& iqama : selection_.chosen()) request.items.push_back({iqama, 0});
    request.security_code = code;
    return request;
  }

  BatchSelection selection_;
  std::optional<api::RenewalBatchQuote> quote_;
  std::optional<api::RenewalBatchState> state_;
  TableState table_;
  bool shown_ = false;
};

}  // namespace

std::unique_ptr<TransactionService> renew_batch_service(api::PortalClient& portal) {
  return std::make_unique<RenewBatchService>(portal);
}

}  // namespace muqeem::ui

#include "ui/services/batch_selection.h"

#include <algorithm>

#include "api/rules_json.h"
#include "ui/api_text.h"
#include "ui/screens/api_failure.h"
#include "ui/ui.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/pagination.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

extern const std::string_view kUiRenewalJson;

namespace {

constexpr int kListPage = 20;        // residents shown at a time
constexpr int kResidentsPage = 200;  // the portal's largest page

// The most one batch may hold: the portal's own rule (assets/rules/renewal.json), compiled in.
size_t batch_limit() {
  static const size_t limit = [] {
    const auto rules = api::parse_renewal_rules(kUiRenewalJson);
    return rules ? static_cast<size_t>(rules->batch_max_items) : size_t{0};
  }();
  return limit;
}

bool eligible(const api::BatchQuoteItem& item) {
  return item.status == "eligible";
}

}  // namespace

void BatchSelection::clear() {
  iqamas_.clear();
  total_residents_ = 0;
  loading_ = loaded_ = false;
  quote_.reset();
  error_.reset();
  chosen_.clear();
  page_ = 0;
  duration_ = 3;
  ++generation_;
}

void BatchSelection::prefill(const std::map<std::string, std::string>& params) {
  const auto status = params.find("status");
  const auto within = params.find("within");
  const std::string wanted_status =
      status != params.end() && status->second == "expired" ? "expired" : "valid";
  int wanted_within = 30;
  if (within != params.end()) {
    for (const int days : {30, 60, 90})
      if (within->second == std::to_string(days)) wanted_within = days;
  }
  if (wanted_status == status_ && wanted_within == within_days_ && (loaded_ || loading_)) return;
  clear();
  status_ = wanted_status;
  within_days_ = wanted_within;
}

int BatchSelection::duration_months() const {
  return kRenewalDurations[duration_];
}

std::vector<std::string> BatchSelection::chosen() const {
  std::vector<std::string> out;
  if (!quote_) return out;
  for (const auto& item : quote_->items)
    if (chosen_.count(item.iqama_number)) out.push_back(item.iqama_number);
  return out;
}

// The filter's residents, a page of the portal's at a time, up to the most one batch may hold.
void BatchSelection::load(int page) {
  loading_ = true;
  error_.reset();
  api::ResidentsQuery query;
  query.status = status_;
  if (status_ == "valid") query.expiring_within_days = within_days_;
  query.sort = "iqamaExpiry,asc";
  query.page = page;
  query.size = kResidentsPage;
  const int generation = generation_;
  portal_.residents(query, [this, generation, page](domain::Result<api::ResidentPage, api::ApiError> result) {
    if (generation != generation_) return;
    if (!result) {
      loading_ = false;
      error_ = result.error();
      return;
    }
    total_residents_ = result.value().total_elements;
    for (const auto& resident : result.value().content)
      if (iqamas_.size() < batch_limit()) iqamas_.push_back(resident.iqama_number);
    const bool more = !result.value().content.empty() && iqamas_.size() < batch_limit() &&
                      static_cast<int64_t>(iqamas_.size()) < total_residents_;
    if (more) {
      load(page + 1);
      return;
    }
    loaded_ = true;
    quote();
  });
}

void BatchSelection::quote() {
  if (iqamas_.empty()) {
    loading_ = false;
    quote_ = api::RenewalBatchQuote{};
    return;
  }
  loading_ = true;
  api::RenewalBatchRequest request;
  request.duration_months = duration_months();
  for (const auto& iqama : iqamas_) request.items.push_back({iqama, 0});
  const int generation = generation_;
  portal_.quote_renewal_batch(
      request, [this, generation](domain::Result<api::RenewalBatchQuote, api::ApiError> result) {
        if (generation != generation_) return;
        loading_ = false;
        if (!result) {
          error_ = result.error();
          return;
        }
        quote_ = result.value();
        // A choice stands while its resident can still be renewed for the new duration.
        std::set<std::string> still;
        for (const auto& item : quote_->items)
          if (eligible(item) && chosen_.count(item.iqama_number)) still.insert(item.iqama_number);
        chosen_ = std::move(still);
      });
}

std::string BatchSelection::filter_words(const Ui& ui) const {
  return status_ == "expired"
             ? ui.text("bulk.filterExpired")
             : ui.screen().strings.format("bulk.filterExpiring", {{"days", std::to_string(within_days_)}});
}

void BatchSelection::draw(Ui& ui, const std::vector<FieldError>& errors) {
  if (!loaded_ && !loading_ && !error_) load(0);
  const int before = duration_;
  std::vector<std::string> options;
  for (const int count : kRenewalDurations) options.push_back(months_text(ui, count));
  radio_group(ui, {"bulk.duration", ui.text("bulk.duration"), options, {}, true}, duration_);
  if (duration_ != before && loaded_) {
    ++generation_;
    quote();
  }
  heading(ui, filter_words(ui), 2);
  if (error_) {
    if (failure_alert(ui, "bulk.loadFailure", *error_, "iqama-renewal-batch-quote")) {
      ++generation_;
      loaded_ ? quote() : (iqamas_.clear(), load(0));
    }
    return;
  }
  if (!quote_ || loading_) {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
    ui.keep_animating();
    return;
  }
  if (quote_->items.empty()) {
    alert(ui, AlertKind::Info, ui.text("bulk.nobody"));
    return;
  }
  if (total_residents_ > static_cast<int64_t>(iqamas_.size()))
    alert(ui, AlertKind::Info,
          ui.screen().strings.format("bulk.firstOnly", {{"shown", std::to_string(iqamas_.size())},
                                                        {"total", std::to_string(total_residents_)}}));

  // What is chosen, and the buttons that choose many at once.
  int64_t total = 0;
  for (const auto& item : quote_->items)
    if (chosen_.count(item.iqama_number) && item.quote) total += item.quote->total_halalas;
  const std::string summary =
      ui.screen().strings.format("bulk.chosen", {{"count", std::to_string(chosen_.size())},
                                                 {"eligible", std::to_string(quote_->eligible_count)},
                                                 {"total", money_text(ui, total)}});
  paragraph(ui, summary);
  const std::string error = error_for(errors, "bulk.select");
  if (!error.empty()) paragraph(ui, error, theme::kError);
  Button all{
      "bulk.selectAll",
      ui.screen().strings.format("bulk.selectAll", {{"count", std::to_string(quote_->eligible_count)}}),
      ButtonKind::Secondary};
  // The label fits a phone's line; its name says it reaches past this page.
  all.name =
      ui.screen().strings.format("bulk.selectAllName", {{"count", std::to_string(quote_->eligible_count)}});
  all.disabled = quote_->eligible_count == 0;
  if (button(ui, all))
    for (const auto& item : quote_->items)
      if (eligible(item)) chosen_.insert(item.iqama_number);
  if (!chosen_.empty() && button(ui, {"bulk.selectNone", ui.text("bulk.selectNone"), ButtonKind::Link}))
    chosen_.clear();

  // A page of the list: a checkbox per resident, its facts and, when it cannot be renewed, why.
  const int count = static_cast<int>(quote_->items.size());
  const int pages = (count + kListPage - 1) / kListPage;
  page_ = std::clamp(page_, 0, std::max(0, pages - 1));
  for (int i = page_ * kListPage; i < std::min(count, (page_ + 1) * kListPage); ++i) {
    const api::BatchQuoteItem& item = quote_->items[static_cast<size_t>(i)];
    const std::string name = item.quote ? in_language(ui.language(), item.quote->name) : item.iqama_number;
    const std::string facts = item.quote
                                  ? ui.screen().strings.format(
                                        "bulk.rowFacts", {{"iqama", item.iqama_number},
                                                          {"expiry", item.quote->iqama_expiry},
                                                          {"fee", money_text(ui, item.quote->total_halalas)}})
                                  : item.iqama_number;
    bool checked = chosen_.count(item.iqama_number) > 0;
    if (checkbox(ui, "bulk.row." + item.iqama_number, name + " · " + facts, checked, !eligible(item))) {
      if (checked)
        chosen_.insert(item.iqama_number);
      else
        chosen_.erase(item.iqama_number);
    }
    if (!eligible(item)) {
      std::string why;
      for (const auto& problem : problem_texts(ui, item.problems)) why += (why.empty() ? "" : " ") + problem;
      paragraph(ui, why, theme::kWarning);
    }
  }
  if (pages > 1) pagination(ui, "bulk.pages", page_, pages);
}

}  // namespace muqeem::ui

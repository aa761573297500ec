#include "ui/screens/renewal_batch_screen.h"

#include <algorithm>

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/api_failure.h"
#include "ui/screens/renewal_batch_paper.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/progress_bar.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

void RenewalBatchScreen::reset() {
  id_ = 0;
  state_.reset();
  error_.reset();
  working_ = printing_ = false;
  table_ = {};
  ++generation_;
}

void RenewalBatchScreen::open(const std::string& batch_id) {
  const bool digits =
      !batch_id.empty() && batch_id.size() < 18 &&
      std::all_of(batch_id.begin(), batch_id.end(), [](char c) { return c >= '0' && c <= '9'; });
  const int64_t id = digits ? std::stoll(batch_id) : -1;
  if (id == id_ && (state_ || working_)) return;
  reset();
  id_ = id;
}

void RenewalBatchScreen::land(domain::Result<api::RenewalBatchState, api::ApiError> result, int generation) {
  if (generation != generation_) return;
  working_ = false;
  if (!result) {
    error_ = result.error();
    return;
  }
  state_ = std::move(result.value());
  if (!state_->done) carry_on();  // the next few renewals, until none is pending
}

// As the portal has it now; a batch left part-way (a reload, a dropped connection) carries on from here.
void RenewalBatchScreen::load() {
  working_ = true;
  error_.reset();
  const int generation = generation_;
  portal_.renewal_batch(id_, [this, generation](auto result) { land(std::move(result), generation); });
}

void RenewalBatchScreen::carry_on() {
  working_ = true;
  error_.reset();
  const int generation = generation_;
  portal_.continue_renewal_batch(id_,
                                 [this, generation](auto result) { land(std::move(result), generation); });
}

PageActions RenewalBatchScreen::draw(Ui& ui, ImVec2 size,
                                     const std::function<void(const std::string&)>& navigate,
                                     const std::function<void(const PrintDocument&)>& print,
                                     const std::function<void(const DownloadFile&)>& download) {
  if (!state_ && !working_ && !error_ && id_ > 0) load();
  const PageActions actions = begin_page(ui, size, {true});
  Button residents{"bulk.residents", ui.text("bulk.residents"), ButtonKind::Link};
  residents.navigates = true;
  if (button(ui, residents)) navigate("#/residents");
  heading(
      ui,
      ui.screen().strings.format("bulk.batchTitle", {{"number", std::to_string(std::max<int64_t>(id_, 0))}}),
      1);
  if (error_ && !state_) {
    if (failure_alert(ui, "bulk.failure", *error_, "iqama-renewal-batch")) load();
    end_page(ui, size);
    return actions;
  }
  if (!state_) {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
    end_page(ui, size);
    return actions;
  }
  const api::RenewalBatchState& state = *state_;
  const int total = static_cast<int>(state.items.size());
  const int settled = total - state.pending;
  if (!state.done) {
    progress_bar(ui, "bulk.progress",
                 ui.screen().strings.format(
                     "bulk.progress", {{"done", std::to_string(settled)}, {"total", std::to_string(total)}}),
                 total > 0 ? static_cast<double>(settled) / total : 0.0);
    // Stopped part-way: the renewals made stand, and a retry carries on with the rest.
    if (error_ && failure_alert(ui, "bulk.failure", *error_, "iqama-renewal-batch")) load();
  } else {
    alert(ui, state.not_renewed == 0 ? AlertKind::Success : AlertKind::Warning, ui.text("bulk.finished"),
          ui.screen().strings.format("bulk.finishedText",
                                     {{"renewed", std::to_string(state.renewed)},
                                      {"total", std::to_string(total)},
                                      {"charged", money_text(ui, state.charged_halalas)}}));
  }
  detail(ui, ui.text("bulk.renewedCount"), std::to_string(state.renewed));
  detail(ui, ui.text("bulk.notRenewedCount"), std::to_string(state.not_renewed));
  detail(ui, ui.text("bulk.charged"), money_text(ui, state.charged_halalas));
  if (state.done) {
    Flow line(ui, ui.next(ui.target()));
    const Button csv{"bulk.csv", ui.text("bulk.csv"), ButtonKind::Secondary};
    // A kiosk keeps no files for the next person: it prints instead.
    if (!ui.screen().kiosk_visit && button(ui, csv, line.take(button_width(ui, csv))) && download)
      download({batch_file_name(id_), "text/csv;charset=utf-8",
                batch_outcomes_csv(state, ui.screen().strings, ui.language())});
    Button paper{"bulk.print", ui.text("flow.print")};
    paper.busy = printing_;
    if (ui.screen().printing && button(ui, paper, line.take(button_width(ui, paper))) && !printing_) {
      printing_ = true;
      const int generation = generation_;
      print_batch(
          portal_, id_, ui.screen().strings, ui.language(),
          [this, generation, print](PrintDocument document) {
            if (generation != generation_) return;
            printing_ = false;
            if (print) print(document);
          },
          [this, generation](std::optional<api::ApiError> failure, std::function<void()> keep) {
            if (generation != generation_) return;
            printing_ = false;
            if (failure) error_ = failure;
            if (keep) keep();
          });
    }
    if (error_ && failure_alert(ui, "bulk.printFailure", *error_, "iqama-renewal-batch-print"))
      error_.reset();
  }
  outcomes(ui);
  end_page(ui, size);
  return actions;
}

// Each resident in the order renewed: the outcome in words, the request number, the new expiry.
void RenewalBatchScreen::outcomes(Ui& ui) {
  const api::RenewalBatchState& state = *state_;
  const std::vector<Column> columns = {{ui.text("renew.name"), 2.0f},
                                       {ui.text("renew.iqama"), 1.3f, false, true},
                                       {ui.text("bulk.outcome"), 2.0f},
                                       {ui.text("flow.requestNumber"), 1.3f, false, true},
                                       {ui.text("renew.newExpiry"), 1.2f, false, true}};
  std::string text;
  const CellText cell = [&](int row, int column) -> std::string_view {
    const api::BatchItemState& item = state.items[static_cast<size_t>(row)];
    switch (column) {
      case 0:
        text = in_language(ui.language(), item.name);
        break;
      case 1:
        text = item.iqama_number;
        break;
      case 2:
        text = in_language(ui.language(), item.outcome_text);
        for (const auto& problem : item.problems) text += " " + in_language(ui.language(), problem);
        break;
      case 3:
        text = item.request_number;
        break;
      default:
        text = item.new_expiry;
        break;
    }
    return text;
  };
  const int rows = static_cast<int>(state.items.size());
  const float height = kTableHeaderHeight + ui.row_height() * static_cast<float>(std::clamp(rows, 1, 12));
  table(ui, "bulk.outcomes", ui.text("bulk.outcomes"), columns, rows, cell, table_, height);
}

}  // namespace muqeem::ui

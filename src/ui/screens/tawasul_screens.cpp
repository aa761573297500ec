#include "ui/screens/tawasul_screens.h"

#include <cstdio>

#include "api/idempotency_key.h"
#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/tawasul_parts.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/pagination.h"
#include "ui/widgets/progress_bar.h"
#include "ui/widgets/select.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// Seconds since the epoch as the portal writes an instant ("2026-01-01T09:30:00Z").
std::string instant_of(int64_t seconds) {
  const auto day = domain::CivilDate::from_days(static_cast<long>(seconds / 86400));
  const int64_t in_day = seconds % 86400;
  char time[16];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02dZ", static_cast<int>(in_day / 3600),
                static_cast<int>(in_day / 60 % 60), static_cast<int>(in_day % 60));
  return day.iso() + time;
}

}  // namespace

// The list --------------------------------------------------------------------------------------

void TawasulListScreen::reset() {
  query_ = {};
  page_.reset();
  error_.reset();
  loading_ = false;
  table_ = {};
  ++generation_;
}

void TawasulListScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.tawasul_requests(query_,
                           [this, generation](domain::Result<api::TawasulPage, api::ApiError> result) {
                             if (generation != generation_) return;
                             loading_ = false;
                             if (result)
                               page_ = result.value();
                             else
                               error_ = result.error();
                           });
}

PageActions TawasulListScreen::draw(Ui& ui, ImVec2 size, const Navigate& navigate) {
  if (!page_ && !loading_ && !error_) load();
  const PageActions actions = begin_page(ui, size, {true});
  heading(ui, ui.text("tawasul.title"), 1);
  paragraph(ui, ui.text("tawasul.intro"), theme::kTextSecondary);
  if (button(ui, link_to("tawasul.new", ui.text("tawasul.new")))) navigate("#/tawasul/new");
  if (error_) {
    if (failure_alert(ui, "tawasul.failure", *error_, "tawasul-list")) load();
  } else if (!page_) {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
  } else if (page_->content.empty()) {
    alert(ui, AlertKind::Info, ui.text("tawasul.none"));
  } else {
    const std::vector<Column> columns = {{ui.text("tawasul.number"), 1.2f, false, true},
                                         {ui.text("tawasul.category"), 1.6f},
                                         {ui.text("tawasul.status"), 1.4f},
                                         {ui.text("tawasul.raisedOn"), 1.1f, false, true},
                                         {ui.text("tawasul.dueOn"), 1.1f, false, true},
                                         {ui.text("tawasul.overdue"), 0.9f}};
    std::string text;
    const CellText cell = [&](int row, int column) -> std::string_view {
      const api::TawasulSummary& request = page_->content[static_cast<size_t>(row)];
      text = column == 0   ? request.request_number
             : column == 1 ? in_language(ui.language(), request.category)
             : column == 2 ? in_language(ui.language(), request.status)
             : column == 3 ? request.created_at.substr(0, 10)
             : column == 4 ? request.due_on
                           : (request.overdue ? ui.text("tawasul.isOverdue") : std::string());
      return text;
    };
    const int rows = static_cast<int>(page_->content.size());
    const TableResult result =
        table(ui, "tawasul.table", ui.text("tawasul.title"), columns, rows, cell, table_,
              kTableHeaderHeight + ui.row_height() * static_cast<float>(rows), ui.text("tawasul.open"));
    if (result.opened >= 0 && result.opened < rows)
      navigate("#/tawasul/" + page_->content[static_cast<size_t>(result.opened)].request_number);
    const int pages = static_cast<int>((page_->total_elements + query_.size - 1) / query_.size);
    if (pagination(ui, "tawasul.pages", query_.page, pages)) load();
  }
  end_page(ui, size);
  return actions;
}

// A new request ----------------------------------------------------------------------------------

void NewTawasulScreen::reset() {
  context_.reset();
  category_ = -1;
  description_.clear();
  attachments_.clear();
  tried_ = sending_ = false;
  sent_fraction_ = 0;
  key_.clear();
  sent_.reset();
  error_.reset();
  ++generation_;
}

void NewTawasulScreen::open() {
  // A request already sent, or one being typed with no new failure behind it, stays as it is.
  const SupportDraft& draft = last_support_draft();
  if (draft.operation.empty() && !sent_) return;
  reset();
  if (!draft.operation.empty()) context_ = draft;
  forget_support_draft();
}

void NewTawasulScreen::send() {
  sending_ = true;
  error_.reset();
  if (key_.empty()) key_ = api::new_idempotency_key();  // once per request: a retry sends it again
  api::NewTawasulRequest request;
  request.category = categories_[static_cast<size_t>(category_)].code;
  request.description = description_;
  if (context_) request.context = {context_->operation, context_->problem, context_->title};
  request.attachments = attachments_.files();
  sent_fraction_ = 0;
  const int generation = ++generation_;
  portal_.raise_tawasul_request(
      request, key_,
      [this, generation](domain::Result<api::TawasulRequestDetail, api::ApiError> result) {
        if (generation != generation_) return;
        sending_ = false;
        if (result)
          sent_ = result.value();
        else
          error_ = result.error();
      },
      [this, generation](int64_t sent, int64_t total) {
        if (generation == generation_ && total > 0)
          sent_fraction_ = static_cast<double>(sent) / static_cast<double>(total);
      });
}

PageActions NewTawasulScreen::draw(Ui& ui, ImVec2 size, const Navigate& navigate) {
  if (!categories_asked_) {
    categories_asked_ = true;
    portal_.lookup("tawasul-categories",
                   [this](domain::Result<std::vector<api::Coded>, api::ApiError> result) {
                     if (result) categories_ = result.value();
                   });
  }
  const PageActions actions = begin_page(ui, size, {true});
  if (button(ui, link_to("tawasul.back", ui.text("tawasul.back")))) navigate("#/tawasul");
  heading(ui, ui.text("tawasul.newTitle"), 1);
  if (sent_) {
    alert(ui, AlertKind::Success, ui.text("tawasul.sent"),
          ui.screen().strings.format(
              "tawasul.sentText",
              {{"number", sent_->summary.request_number},
               {"date", both_calendars(ui, sent_->summary.due_on, sent_->summary.due_on_hijri)}}));
    detail(ui, ui.text("tawasul.number"), sent_->summary.request_number);
    if (button(ui, link_to("tawasul.openSent", ui.text("tawasul.openSent"))))
      navigate("#/tawasul/" + sent_->summary.request_number);
    end_page(ui, size);
    return actions;
  }
  // What failed, as the officer saw it: sent with the request, so support need not ask.
  if (context_) {
    heading(ui, ui.text("tawasul.context"), 2);
    detail(ui, ui.text("tawasul.operation"), operation_words(ui, context_->operation));
    detail(ui, ui.text("tawasul.problem"), context_->title);
    if (context_->problem != context_->title) detail(ui, ui.text("tawasul.problemCode"), context_->problem);
    if (context_->status > 0) detail(ui, ui.text("tawasul.statusCode"), std::to_string(context_->status));
    if (context_->at > 0)
      detail(ui, ui.text("tawasul.when"), tawasul_moment(instant_of(static_cast<int64_t>(context_->at))));
  }
  std::vector<FieldError> errors;
  check_field(ui, errors, "tawasul.category", error_, "category", tried_, category_ < 0,
              ui.text("tawasul.categoryRequired"));
  check_field(ui, errors, "tawasul.description", error_, "description", tried_, description_.empty(),
              ui.text("tawasul.descriptionRequired"));
  if (tried_) error_summary(ui, "tawasul.errors", errors);
  std::vector<std::string> names;
  for (const auto& category : categories_) names.push_back(in_language(ui.language(), category));
  select(ui,
         {"tawasul.category", ui.text("tawasul.category"), {}, error_for(errors, "tawasul.category"), true},
         names, category_);
  Field description{"tawasul.description", ui.text("tawasul.description"), ui.text("tawasul.descriptionHint"),
                    error_for(errors, "tawasul.description"), true};
  description.max_length = kTawasulDescriptionLength;
  text_field(ui, description, description_);
  attachments_.draw(ui, "tawasul.attachments", error_);
  if (sending_ && !attachments_.files().empty())
    progress_bar(ui, "tawasul.upload", ui.text("attachments.uploading"), sent_fraction_);
  Button submit{"tawasul.send", ui.text("tawasul.send")};
  submit.busy = sending_;
  submit.default_action = true;
  if (button(ui, submit) && !sending_) {
    tried_ = true;
    if (category_ >= 0 && category_ < static_cast<int>(categories_.size()) && !description_.empty()) send();
  }
  if (error_ && errors.empty() && failure_alert(ui, "tawasul.sendFailure", *error_, "tawasul-new")) send();
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

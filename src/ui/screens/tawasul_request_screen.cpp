// Tawasul: a request's page (#/tawasul/{requestNumber}), its history, replies, files and reply box.
#include "ui/screens/tawasul_screens.h"

#include "api/idempotency_key.h"
#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/tawasul_parts.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/progress_bar.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

void TawasulRequestScreen::reset() {
  number_.clear();
  request_.reset();
  error_.reset();
  reply_error_.reset();
  loading_ = replying_ = tried_ = false;
  reply_.clear();
  reply_key_.clear();
  reply_files_.clear();
  download_error_.reset();
  sent_fraction_ = 0;
  ++generation_;
}

void TawasulRequestScreen::open(const std::string& request_number) {
  if (request_number == number_ && (request_ || loading_)) return;
  reset();
  number_ = request_number;
}

void TawasulRequestScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.tawasul_request(
      number_, [this, generation](domain::Result<api::TawasulRequestDetail, api::ApiError> result) {
        if (generation != generation_) return;
        loading_ = false;
        if (result)
          request_ = result.value();
        else
          error_ = result.error();
      });
}

void TawasulRequestScreen::send_reply() {
  replying_ = true;
  reply_error_.reset();
  if (reply_key_.empty()) reply_key_ = api::new_idempotency_key();
  const int generation = generation_;
  sent_fraction_ = 0;
  portal_.reply_to_tawasul_request(
      number_, {reply_, reply_files_.files()}, reply_key_,
      [this, generation](domain::Result<api::TawasulRequestDetail, api::ApiError> result) {
        if (generation != generation_) return;
        replying_ = false;
        if (!result) {
          reply_error_.emplace(result.error());  // not `=`: GCC 12 warns falsely of an uninitialised copy
          return;
        }
        request_ = result.value();  // the reply and any change of status
        reply_.clear();
        reply_key_.clear();
        reply_files_.clear();
        tried_ = false;
      },
      [this, generation](int64_t sent, int64_t total) {
        if (generation == generation_ && total > 0)
          sent_fraction_ = static_cast<double>(sent) / static_cast<double>(total);
      });
}

void TawasulRequestScreen::fetch_attachment(const api::AttachmentInfo& file,
                                            const std::function<void(const DownloadFile&)>& download) {
  download_error_.reset();
  const int generation = generation_;
  portal_.tawasul_attachment(
      number_, file.id,
      [this, generation, name = file.file_name,
       download](domain::Result<api::DownloadedFile, api::ApiError> result) {
        if (generation != generation_) return;
        if (!result) {
          download_error_ = result.error();
          return;
        }
        if (download) download({name, result.value().media_type, std::move(result.value().content)});
      });
}

PageActions TawasulRequestScreen::draw(Ui& ui, ImVec2 size, const Navigate& navigate,
                                       const std::function<void(const DownloadFile&)>& download) {
  if (!request_ && !loading_ && !error_ && !number_.empty()) load();
  const PageActions actions = begin_page(ui, size, {true});
  if (button(ui, link_to("tawasul.back", ui.text("tawasul.back")))) navigate("#/tawasul");
  heading(ui, ui.screen().strings.format("tawasul.requestTitle", {{"number", number_}}), 1);
  if (!request_) {
    if (error_) {
      if (failure_alert(ui, "tawasul.failure", *error_, "tawasul-request")) load();
    } else {
      paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
    }
    end_page(ui, size);
    return actions;
  }
  const api::TawasulRequestDetail& request = *request_;
  detail(ui, ui.text("tawasul.category"), in_language(ui.language(), request.summary.category));
  detail(ui, ui.text("tawasul.status"), in_language(ui.language(), request.summary.status));
  detail(ui, ui.text("tawasul.raisedOn"), tawasul_day(ui, request.summary.created_at));
  detail(ui, ui.text("tawasul.dueOn"),
         both_calendars(ui, request.summary.due_on, request.summary.due_on_hijri) +
             (request.summary.overdue ? " · " + ui.text("tawasul.isOverdue") : std::string()));
  detail(ui, ui.text("tawasul.description"), request.description);
  if (!request.context.operation.empty()) {
    detail(ui, ui.text("tawasul.operation"), operation_words(ui, request.context.operation));
    detail(ui, ui.text("tawasul.problem"), request.context.problem_title);
  }
  const auto save = [&](const api::AttachmentInfo& file) { fetch_attachment(file, download); };
  if (!request.attachments.empty()) {
    heading(ui, ui.text("attachments.heading"), 2);
    attachment_downloads(ui, "tawasul.file", request.attachments, save);
  }
  if (download_error_ && failure_alert(ui, "tawasul.downloadFailure", *download_error_, "tawasul-attachment"))
    download_error_.reset();
  heading(ui, ui.text("tawasul.history"), 2);
  for (const auto& change : request.status_history)
    paragraph(ui, tawasul_moment(change.at) + " · " + in_language(ui.language(), change.status));
  heading(ui, ui.text("tawasul.replies"), 2);
  if (request.replies.empty()) paragraph(ui, ui.text("tawasul.noReplies"), theme::kTextSecondary);
  for (const auto& reply : request.replies) {
    heading(ui, in_language(ui.language(), reply.author_name) + " · " + tawasul_moment(reply.at), 3);
    paragraph(ui, reply.text);
    attachment_downloads(ui, "tawasul.file", reply.attachments, save);
  }
  draw_reply_box(ui);
  end_page(ui, size);
  return actions;
}

void TawasulRequestScreen::draw_reply_box(Ui& ui) {
  // The officer's answer; to a request returned to the applicant, it sends it back to support.
  std::vector<FieldError> errors;
  check_field(ui, errors, "tawasul.reply", reply_error_, "text", tried_, reply_.empty(),
              ui.text("tawasul.replyRequired"));
  Field reply{"tawasul.reply", ui.text("tawasul.reply"), {}, error_for(errors, "tawasul.reply"), true};
  reply.max_length = kTawasulDescriptionLength;
  text_field(ui, reply, reply_);
  reply_files_.draw(ui, "tawasul.replyAttachments", reply_error_);
  if (replying_ && !reply_files_.files().empty())
    progress_bar(ui, "tawasul.replyUpload", ui.text("attachments.uploading"), sent_fraction_);
  Button send{"tawasul.sendReply", ui.text("tawasul.sendReply")};
  send.busy = replying_;
  if (button(ui, send) && !replying_) {
    tried_ = true;
    if (!reply_.empty()) send_reply();
  }
  if (reply_error_ && errors.empty() &&
      failure_alert(ui, "tawasul.replyFailure", *reply_error_, "tawasul-reply"))
    send_reply();
}

}  // namespace muqeem::ui

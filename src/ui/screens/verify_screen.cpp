#include "ui/screens/verify_screen.h"

#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

void VerifyScreen::open(const std::string& code) {
  if (code == code_ && (document_ || loading_)) return;
  code_ = code;
  document_.reset();
  error_.reset();
  loading_ = !code.empty();
  const int generation = ++generation_;
  if (code.empty()) return;
  portal_.verify_document(code,
                          [this, generation](domain::Result<api::VerifiedDocument, api::ApiError> result) {
                            if (generation != generation_) return;
                            loading_ = false;
                            if (result)
                              document_ = result.value();
                            else
                              error_ = result.error();
                          });
}

PageActions VerifyScreen::draw(Ui& ui, ImVec2 size) {
  const PageActions actions = begin_page(ui, size);
  heading(ui, ui.text("verify.title"), 1);
  if (document_) {
    const api::VerifiedDocument& paper = *document_;
    alert(ui, AlertKind::Success, ui.text("verify.valid"));
    const Catalogue& strings = ui.screen().strings;
    detail(ui, ui.text("verify.document"), in_language(ui.language(), paper.title));
    detail(ui, ui.text("verify.number"), paper.request_number);
    detail(ui, ui.text("renew.iqama"), paper.iqama_number);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), paper.name));
    // A renewal's paper states the new expiry; any other states the expiry on the day it was issued.
    const bool renewal = !paper.new_expiry.empty();
    detail(ui, ui.text(renewal ? "renew.newExpiry" : "residents.expiryDate"),
           renewal ? format_both_calendars(paper.new_expiry, paper.new_expiry_hijri, strings)
                   : format_both_calendars(paper.iqama_expiry, paper.iqama_expiry_hijri, strings));
    detail(ui, ui.text("verify.issuedOn"),
           format_both_calendars(paper.issued_on, paper.issued_on_hijri, strings));
    detail(ui, ui.text("verify.issuer"), in_language(ui.language(), paper.issuer));
  } else if (error_ && error_->kind == api::ApiError::Kind::Problem && error_->status == 404) {
    alert(ui, AlertKind::Error, ui.text("verify.invalid"), ui.text("verify.invalidText"));
  } else if (error_) {
    if (failure_alert(ui, "verify.failure", *error_, "verify-document")) {
      const std::string code = code_;
      code_.clear();
      open(code);
    }
  } else if (code_.empty()) {
    alert(ui, AlertKind::Info, ui.text("verify.noCode"));
  } else {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

#include "ui/screens/visa_screen.h"

#include "ui/api_text.h"
#include "ui/screens/api_failure.h"
#include "ui/services/visa_parts.h"
#include "ui/widgets/button.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

void VisaScreen::reset() {
  number_.clear();
  visa_.reset();
  error_.reset();
  loading_ = printing_ = false;
  ++generation_;
}

void VisaScreen::open(const std::string& visa_number) {
  // Opened again (after an extension or a cancellation): read afresh.
  reset();
  number_ = visa_number;
}

void VisaScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.visa(number_, [this, generation](domain::Result<api::VisaDetails, api::ApiError> result) {
    if (generation != generation_) return;
    loading_ = false;
    if (result)
      visa_ = result.value();
    else
      error_ = result.error();
  });
}

PageActions VisaScreen::draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                             const std::function<void(const PrintDocument&)>& print) {
  if (!visa_ && !loading_ && !error_ && !number_.empty()) load();
  const PageActions actions = begin_page(ui, size, {true});
  if (!visa_) {
    heading(ui, ui.text("visa.title"), 1);
    if (error_) {
      if (failure_alert(ui, "visa.failure", *error_, "visa")) load();
    } else {
      paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
    }
    end_page(ui, size);
    return actions;
  }
  const api::VisaDetails& visa = *visa_;
  heading(ui, in_language(ui.language(), visa.type) + " · " + visa.visa_number, 1);
  visa_details(ui, visa);
  // What the visa allows now; the portal's quote has the last word on each.
  const bool open = visa.status.code == "issued";
  const bool exit_reentry = visa.type.code != "final-exit";
  Flow line(ui, ui.next(ui.target()));
  Button reprint{"visa.print", ui.text("visa.print")};
  reprint.busy = printing_;
  if (ui.screen().printing && button(ui, reprint, line.take(button_width(ui, reprint))) && !printing_) {
    printing_ = true;
    const int generation = generation_;
    print_visa(
        portal_, visa.visa_number, ui.screen().strings, ui.language(),
        [print](PrintDocument document) { print(document); },
        [this, generation](std::optional<api::ApiError> failure, std::function<void()> keep) {
          if (generation != generation_) return;
          printing_ = false;
          if (failure) error_ = failure;
          if (keep) keep();
        });
  }
  if (open && exit_reentry) {
    Button extend{"visa.extend", ui.text("services.visaExtension"), ButtonKind::Secondary};
    extend.navigates = true;
    if (button(ui, extend, line.take(button_width(ui, extend))))
      navigate("#/services/visa-extension?visa=" + visa.visa_number);
  }
  if (open) {
    Button cancel{"visa.cancel", ui.text("services.visaCancellation"), ButtonKind::Secondary};
    cancel.navigates = true;
    if (button(ui, cancel, line.take(button_width(ui, cancel))))
      navigate("#/services/visa-cancellation?visa=" + visa.visa_number);
  }
  Button file{"visa.file", ui.text("visa.residentFile"), ButtonKind::Link};
  file.navigates = true;
  if (button(ui, file)) navigate("#/residents/" + visa.iqama_number);
  if (error_ && failure_alert(ui, "visa.failure", *error_, "visa-print")) error_.reset();
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

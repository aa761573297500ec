#include "ui/screens/reports_screen.h"

#include "ui/screens/api_failure.h"
#include "ui/screens/report_guide.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

bool may_read_reports(const api::Officer& officer) {
  return officer.may("reports");
}

void ReportsScreen::reset() {
  officer_.reset();
  error_.reset();
  loading_ = false;
  ++generation_;
}

void ReportsScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.establishment([this, generation](domain::Result<api::EstablishmentProfile, api::ApiError> result) {
    if (generation != generation_) return;
    loading_ = false;
    if (result)
      officer_ = result.value().officer;
    else
      error_ = result.error();
  });
}

PageActions ReportsScreen::draw(Ui& ui, ImVec2 size,
                                const std::function<void(const std::string&)>& navigate) {
  if (!officer_ && !loading_ && !error_) load();
  const PageActions actions = begin_page(ui, size, {true});
  heading(ui, ui.text("reports.title"), 1);
  if (error_) {
    if (failure_alert(ui, "reports.failure", *error_, "reports")) load();
  } else if (!officer_) {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
  } else if (!may_read_reports(*officer_)) {
    alert(ui, AlertKind::Info, ui.text("reports.notPermitted"), ui.text("reports.notPermittedHint"));
  } else {
    paragraph(ui, ui.text("reports.intro"), theme::kTextSecondary);
    std::string group;
    for (const auto& guide : report_guides()) {
      if (guide.group_key != group) {
        group = guide.group_key;
        heading(ui, ui.text(group), 2);
      }
      Button link{"reports." + guide.name, ui.text("reports." + guide.name), ButtonKind::Link};
      link.navigates = true;
      if (button(ui, link)) navigate("#/reports/" + guide.name);
      paragraph(ui, ui.text("reports." + guide.name + ".about"), theme::kTextSecondary);
    }
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

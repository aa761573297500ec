#include "ui/services/service_menu.h"

#include "ui/widgets/button.h"

namespace muqeem::ui {

const std::vector<ServiceEntry>& service_menu() {
  static const std::vector<ServiceEntry> entries = {
      {"#/services/renew-iqama", "services.renewIqama", "iqama-renewal", "services.groupIqamas", true},
      {"#/services/issue-iqama", "services.issueIqama", "iqama-issue", "services.groupIqamas", false},
      {"#/services/occupation-change", "services.occupationChange", "occupation-change",
       "services.groupIqamas", true},
      {"#/services/passport-update", "services.passportUpdate", "passport-update", "services.groupIqamas",
       true},
      {"#/services/exit-reentry", "services.exitReentry", "visas", "services.groupVisas", true},
      {"#/services/final-exit", "services.finalExit", "visas", "services.groupVisas", true},
      {"#/services/transfer", "services.transfer", "transfers", "services.groupTransfers", true},
      {"#/transfers", "transfers.title", "transfers", "services.groupTransfers", false},
      {"#/services/resident-report", "services.residentReport", "reports", "services.groupDocuments", true},
  };
  return entries;
}

void service_links(Ui& ui, const std::vector<const ServiceEntry*>& entries, const std::string& id_prefix,
                   const std::string& query, bool lead,
                   const std::function<void(const std::string&)>& navigate) {
  const size_t per_row = ui.compact() ? 1 : 3;
  for (size_t start = 0; start < entries.size(); start += per_row) {
    const auto cells = ui.columns(ui.next(ui.target(), 8.0f), static_cast<int>(per_row), 12.0f);
    for (size_t i = 0; i < cells.size() && start + i < entries.size(); ++i) {
      const ServiceEntry& entry = *entries[start + i];
      Button link{id_prefix + entry.route, ui.text(entry.title_key),
                  lead && start + i == 0 ? ButtonKind::Primary : ButtonKind::Secondary};
      link.navigates = true;
      if (button(ui, link, cells[i])) navigate(entry.route + query);
    }
  }
}

}  // namespace muqeem::ui

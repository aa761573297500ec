#include "ui/services/service_menu.h"

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

}  // namespace muqeem::ui

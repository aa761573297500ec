#include "ui/screens/report_guide.h"

namespace muqeem::ui {
namespace {

ReportFilter iqama_status() {
  return {"status", "reports.iqamaStatus", {{"expired", "residents.expired"}, {"valid", "reports.valid"}}};
}
ReportFilter nationality() {
  return {"nationality", "residents.nationality", {}, true};
}
ReportFilter visa_type() {
  return {"type",
          "file.visaType",
          {{"exit-reentry-single", "reports.exitReentrySingle"},
           {"exit-reentry-multiple", "reports.exitReentryMultiple"},
           {"final-exit", "reports.finalExit"}}};
}
ReportFilter visa_status() {
  return {"status",
          "file.visaStatus",
          {{"issued", "reports.issued"},
           {"used", "reports.used"},
           {"cancelled", "reports.cancelled"},
           {"expired", "reports.expired"}}};
}

}  // namespace

const std::vector<ReportGuide>& report_guides() {
  static const std::vector<ReportGuide> guides = {
      {"iqama-expiry",
       "reports.groupResidents",
       true,
       {"iqamaExpiry", "name", "iqamaNumber"},
       {iqama_status(), nationality()}},
      {"residents",
       "reports.groupResidents",
       false,
       {"name", "iqamaNumber", "iqamaExpiry"},
       {iqama_status(), nationality()}},
      {"iqama-renewals", "reports.groupResidents", true, {"renewedOn", "requestNumber", "newExpiry"}, {}},
      {"iqama-issues", "reports.groupResidents", true, {"issuedOn", "requestNumber", "iqamaExpiry"}, {}},
      {"visas",
       "reports.groupVisas",
       true,
       {"issuedOn", "expiresOn", "visaNumber"},
       {visa_type(), visa_status()}},
      {"visa-transactions",
       "reports.groupVisas",
       true,
       {"transactionOn", "visaNumber", "feeHalalas"},
       {{"transaction",
         "reports.transaction",
         {{"issued", "reports.transactionIssued"},
          {"extended", "reports.transactionExtended"},
          {"cancelled", "reports.transactionCancelled"}}},
        visa_type()}},
      {"final-exits", "reports.groupVisas", true, {"issuedOn", "leaveBy", "visaNumber"}, {visa_status()}},
      {"transfers",
       "reports.groupTransfers",
       true,
       {"requestedOn", "requestNumber"},
       {{"status",
         "reports.requestStatus",
         {{"pending", "reports.pending"},
          {"accepted", "reports.accepted"},
          {"declined", "reports.declined"}}}}},
      {"occupation-changes", "reports.groupTransfers", true, {"changedOn", "requestNumber"}, {}},
      {"payments",
       "reports.groupPayments",
       true,
       {"paidOn", "amountHalalas", "requestNumber"},
       {{"service", "reports.service", {}}}},
  };
  return guides;
}

const ReportGuide* report_guide(std::string_view name) {
  for (const auto& guide : report_guides())
    if (guide.name == name) return &guide;
  return nullptr;
}

}  // namespace muqeem::ui

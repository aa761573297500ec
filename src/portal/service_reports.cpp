#include "portal/service_reports.h"

#include "portal/report_parts.h"
#include "portal/transaction_wording.h"

namespace muqeem::portal {
namespace {

using api::ReportColumnType;
using store::Sql;

ReportColumnSpec request_number_column(const char* sql) {
  return {{"requestNumber", {"رقم الطلب", "Request number"}, ReportColumnType::Text}, sql};
}

ReportFilters no_filters(const Request&) {
  return std::vector<Sql>{};
}

}  // namespace

ReportDefinition iqama_issues_report(const domain::CivilDate&) {
  ReportDefinition report{
      "iqama-issues",
      {"الإقامات المصدرة", "Issued iqamas"},
      {request_number_column("q.request_number"),
       {{"issuedOn", {"تاريخ الإصدار", "Issued on"}, ReportColumnType::Date}, riyadh_date_of("q.created_at")},
       iqama_number_column(),
       {{"borderNumber", {"رقم الحدود", "Border number"}, ReportColumnType::Text}, "a.border_number"},
       resident_name_column(),
       {{"nationality", {"الجنسية", "Nationality"}, ReportColumnType::Coded},
        "r.nationality_code, n.ar, n.en"},
       {{"occupation", {"المهنة", "Occupation"}, ReportColumnType::Coded}, "r.occupation_code, o.ar, o.en"},
       {{"durationMonths", {"المدة بالأشهر", "Months"}, ReportColumnType::Integer}, "q.duration_months"},
       {{"iqamaExpiry", {"تاريخ انتهاء الإقامة", "Iqama expiry"}, ReportColumnType::Date}, "q.expiry"},
       {{"feeHalalas", {"الرسوم", "Fee"}, ReportColumnType::Money}, "q.fee_halalas"},
       {{"fineHalalas", {"الغرامة", "Fine"}, ReportColumnType::Money}, "q.fine_halalas"},
       {{"totalHalalas", {"الإجمالي", "Total"}, ReportColumnType::Money}, "q.total_halalas"}},
      " FROM iqama_issue q JOIN resident r ON r.id = q.resident_id JOIN new_arrival a ON a.id = q.arrival_id "
      "JOIN nationality n ON n.code = r.nationality_code JOIN occupation o ON o.code = r.occupation_code",
      "q.establishment_id",
      ReportDates::EpochSeconds,
      "q.created_at"};
  report.sorts = {
      {"issuedOn", "q.created_at"}, {"requestNumber", "q.request_number"}, {"iqamaExpiry", "q.expiry"}};
  report.descending = true;
  report.tiebreak = "q.id";
  report.fee = "q.total_halalas";
  report.breakdown_title = {"حسب الجنسية", "By nationality"};
  report.group = "r.nationality_code, n.ar, n.en";
  report.filters = no_filters;
  return report;
}

ReportDefinition occupation_changes_report(const domain::CivilDate&) {
  ReportDefinition report{
      "occupation-changes",
      {"تغيير المهن", "Occupation changes"},
      {request_number_column("c.request_number"),
       {{"changedOn", {"تاريخ التغيير", "Changed on"}, ReportColumnType::Date},
        riyadh_date_of("c.created_at")},
       iqama_number_column(),
       resident_name_column(),
       {{"previousOccupation", {"المهنة السابقة", "Previous occupation"}, ReportColumnType::Coded},
        "c.previous_occupation, po.ar, po.en"},
       {{"newOccupation", {"المهنة الجديدة", "New occupation"}, ReportColumnType::Coded},
        "c.new_occupation, nw.ar, nw.en"},
       {{"feeHalalas", {"الرسوم", "Fee"}, ReportColumnType::Money}, "c.fee_halalas"}},
      " FROM occupation_change c JOIN resident r ON r.id = c.resident_id JOIN occupation po ON po.code = "
      "c.previous_occupation JOIN occupation nw ON nw.code = c.new_occupation",
      "c.establishment_id",
      ReportDates::EpochSeconds,
      "c.created_at"};
  report.sorts = {{"changedOn", "c.created_at"}, {"requestNumber", "c.request_number"}};
  report.descending = true;
  report.tiebreak = "c.id";
  report.fee = "c.fee_halalas";
  report.breakdown_title = {"حسب المهنة الجديدة", "By new occupation"};
  report.group = "c.new_occupation, nw.ar, nw.en";
  report.filters = no_filters;
  return report;
}

// A transfer belongs to both establishments: the one releasing the resident asked for it, the new
// one answered it. Each sees it, with both names; the fee is the new establishment's, so it is shown
// per row but not summed (it would not be the releasing establishment's spending).
ReportDefinition transfers_report(const domain::CivilDate&) {
  // The status in the words the transfer's own answers use (transfer_status), bound as values.
  const api::Coded accepted = transfer_status("accepted"), declined = transfer_status("declined"),
                   pending = transfer_status("pending");
  const store::Sql status(
      "x.status, CASE x.status WHEN 'accepted' THEN ? WHEN 'declined' THEN ? ELSE ? END, "
      "CASE x.status WHEN 'accepted' THEN ? WHEN 'declined' THEN ? ELSE ? END",
      {accepted.ar, declined.ar, pending.ar, accepted.en, declined.en, pending.en});
  ReportDefinition report{
      "transfers",
      {"نقل الخدمات", "Transfers of services"},
      {request_number_column("x.request_number"),
       {{"requestedOn", {"تاريخ الطلب", "Requested on"}, ReportColumnType::Date},
        riyadh_date_of("x.requested_at")},
       iqama_number_column(),
       resident_name_column(),
       {{"fromEstablishment", {"من منشأة", "From"}, ReportColumnType::Name}, "fe.name_ar, fe.name_en"},
       {{"toEstablishment", {"إلى منشأة", "To"}, ReportColumnType::Name}, "te.name_ar, te.name_en"},
       {{"status", {"حالة الطلب", "Status"}, ReportColumnType::Coded}, status},
       {{"feeHalalas", {"رسوم النقل", "Transfer fee"}, ReportColumnType::Money},
        "coalesce(x.fee_halalas, 0)"}},
      " FROM service_transfer x JOIN resident r ON r.id = x.resident_id JOIN establishment fe ON fe.id = "
      "x.from_establishment_id JOIN establishment te ON te.id = x.to_establishment_id",
      "x.from_establishment_id",
      ReportDates::EpochSeconds,
      "x.requested_at"};
  report.other_establishment = "x.to_establishment_id";
  report.sorts = {{"requestedOn", "x.requested_at"}, {"requestNumber", "x.request_number"}};
  report.descending = true;
  report.tiebreak = "x.id";
  report.breakdown_title = {"حسب حالة الطلب", "By status"};
  report.group = status;
  report.filters = [](const Request& request) {
    return report_one_of(
        request, "status", "x.status", {"pending", "accepted", "declined"},
        {"حالة الطلب بانتظار أو مقبول أو مرفوض", "The status is pending, accepted or declined"});
  };
  return report;
}

}  // namespace muqeem::portal

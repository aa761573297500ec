#include "portal/visa_reports.h"

#include "portal/report_parts.h"
#include "portal/store/resident_records.h"

namespace muqeem::portal {
namespace {

using api::ReportColumnType;
using store::Sql;

ReportFilters visa_type_filter(const Request& request) {
  return report_one_of(request, "type", "v.type_code",
                       {"exit-reentry-single", "exit-reentry-multiple", "final-exit"},
                       {"نوع التأشيرة غير معروف", "There is no visa type of this code"});
}

ReportFilters visa_status_filter(const Request& request) {
  return report_one_of(request, "status", "s.code", {"issued", "used", "cancelled", "expired"},
                       {"حالة التأشيرة غير معروفة", "There is no visa status of this code"});
}

// The visa with its resident, type and status as the resident's file shows it (an issued visa past
// its date reads expired), so that the status filter compares the same joined row.
Sql visas_from(const domain::CivilDate& today) {
  return Sql(" FROM visa v JOIN resident r ON r.id = v.resident_id JOIN visa_type t ON t.code = "
             "v.type_code JOIN visa_status s ON s.code = ") +
         store::visa_status_code(today);
}

ReportColumnSpec visa_number_column() {
  return {{"visaNumber", {"رقم التأشيرة", "Visa number"}, ReportColumnType::Text}, "v.visa_number"};
}
ReportColumnSpec visa_status_column() {
  return {{"status", {"حالة التأشيرة", "Visa status"}, ReportColumnType::Coded}, "s.code, s.ar, s.en"};
}

}  // namespace

ReportDefinition visas_report(const domain::CivilDate& today) {
  ReportDefinition report{
      "visas",
      {"التأشيرات", "Visas"},
      {visa_number_column(),
       {{"type", {"نوع التأشيرة", "Visa type"}, ReportColumnType::Coded}, "t.code, t.ar, t.en"},
       visa_status_column(),
       {{"issuedOn", {"تاريخ الإصدار", "Issued on"}, ReportColumnType::Date}, "v.issued_on"},
       {{"expiresOn", {"تاريخ الانتهاء", "Expires on"}, ReportColumnType::Date}, "v.expires_on"},
       iqama_number_column(),
       resident_name_column()},
      visas_from(today),
      "r.establishment_id",
      ReportDates::IsoDate,
      "v.issued_on"};
  report.sorts = {
      {"issuedOn", "v.issued_on"}, {"expiresOn", "v.expires_on"}, {"visaNumber", "v.visa_number"}};
  report.descending = true;
  report.tiebreak = "v.id";
  report.breakdown_title = {"حسب نوع التأشيرة", "By visa type"};
  report.group = "t.code, t.ar, t.en";
  report.filters = [](const Request& request) {
    return all_report_filters({visa_type_filter(request), visa_status_filter(request)});
  };
  return report;
}

// Each issue, extension and cancellation as it happened (visa_event), with the visa's last day after
// it and what it cost: "exit/re-entry visas issued and extended" in DOMAIN.md's list.
ReportDefinition visa_transactions_report(const domain::CivilDate&) {
  const char* kind =
      "e.kind, CASE e.kind WHEN 'issued' THEN 'إصدار' WHEN 'extended' THEN 'تمديد' ELSE 'إلغاء' END, "
      "CASE e.kind WHEN 'issued' THEN 'Issue' WHEN 'extended' THEN 'Extension' ELSE "
      "'Cancellation' END";
  ReportDefinition report{
      "visa-transactions",
      {"معاملات التأشيرات", "Visa transactions"},
      {{{"transactionOn", {"تاريخ المعاملة", "Date"}, ReportColumnType::Date}, riyadh_date_of("e.at")},
       {{"transaction", {"المعاملة", "Transaction"}, ReportColumnType::Coded}, kind},
       visa_number_column(),
       {{"type", {"نوع التأشيرة", "Visa type"}, ReportColumnType::Coded}, "t.code, t.ar, t.en"},
       iqama_number_column(),
       resident_name_column(),
       {{"validUntil", {"صالحة حتى", "Valid until"}, ReportColumnType::Date}, "e.expires_on"},
       {{"feeHalalas", {"الرسوم", "Fee"}, ReportColumnType::Money}, "e.fee_halalas"}},
      " FROM visa_event e JOIN visa v ON v.id = e.visa_id JOIN resident r ON r.id = v.resident_id "
      "JOIN visa_type t ON t.code = v.type_code",
      "e.establishment_id",
      ReportDates::EpochSeconds,
      "e.at"};
  report.sorts = {
      {"transactionOn", "e.at"}, {"visaNumber", "v.visa_number"}, {"feeHalalas", "e.fee_halalas"}};
  report.descending = true;
  report.tiebreak = "e.id";
  report.fee = "e.fee_halalas";
  report.breakdown_title = {"حسب المعاملة", "By transaction"};
  report.group = kind;
  report.filters = [](const Request& request) {
    return all_report_filters(
        {report_one_of(
             request, "transaction", "e.kind", {"issued", "extended", "cancelled"},
             {"نوع المعاملة إصدار أو تمديد أو إلغاء", "The transaction is issued, extended or cancelled"}),
         visa_type_filter(request)});
  };
  return report;
}

ReportDefinition final_exits_report(const domain::CivilDate& today) {
  ReportDefinition report{
      "final-exits",
      {"تأشيرات الخروج النهائي", "Final exits"},
      {visa_number_column(),
       visa_status_column(),
       {{"issuedOn", {"تاريخ الإصدار", "Issued on"}, ReportColumnType::Date}, "v.issued_on"},
       {{"leaveBy", {"آخر موعد للمغادرة", "Leave by"}, ReportColumnType::Date}, "v.expires_on"},
       iqama_number_column(),
       resident_name_column(),
       {{"nationality", {"الجنسية", "Nationality"}, ReportColumnType::Coded},
        "r.nationality_code, n.ar, n.en"},
       {{"occupation", {"المهنة", "Occupation"}, ReportColumnType::Coded}, "r.occupation_code, o.ar, o.en"}},
      visas_from(today) +
          " JOIN nationality n ON n.code = r.nationality_code JOIN occupation o ON o.code = "
          "r.occupation_code",
      "r.establishment_id",
      ReportDates::IsoDate,
      "v.issued_on"};
  report.sorts = {{"issuedOn", "v.issued_on"}, {"leaveBy", "v.expires_on"}, {"visaNumber", "v.visa_number"}};
  report.descending = true;
  report.tiebreak = "v.id";
  report.breakdown_title = {"حسب حالة التأشيرة", "By visa status"};
  report.group = "s.code, s.ar, s.en";
  report.filters = [](const Request& request) {
    return all_report_filters(
        {ReportFilters(std::vector<Sql>{Sql("v.type_code = 'final-exit'")}), visa_status_filter(request)});
  };
  return report;
}

}  // namespace muqeem::portal

#include "portal/report_catalogue.h"

#include <algorithm>
#include <array>

#include "portal/api_responses.h"
#include "portal/report_parts.h"
#include "portal/resident_routes.h"
#include "portal/service_reports.h"
#include "portal/store/iqama_expiry.h"
#include "portal/store/residents.h"
#include "portal/visa_reports.h"

namespace muqeem::portal {
namespace {

using api::ReportColumnType;
using store::Sql;
using Filters = ReportFilters;

// Expired or valid, as iqama_expiry.h defines them, as a coded value (code, ar, en).
Sql iqama_status_of(const domain::CivilDate& today) {
  const auto pick = [&today](const char* expired, const char* valid) {
    return Sql("CASE WHEN ") + store::iqama_expired(today) + " THEN '" + expired + "' ELSE '" + valid +
           "' END";
  };
  return pick("expired", "valid") + ", " + pick("منتهية", "سارية") + ", " + pick("Expired", "Valid");
}

// The columns every report about residents starts with.
std::vector<ReportColumnSpec> resident_columns() {
  return {
      iqama_number_column(),
      resident_name_column(),
      {{"nationality", {"الجنسية", "Nationality"}, ReportColumnType::Coded},
       "r.nationality_code, n.ar, n.en"},
      {{"occupation", {"المهنة", "Occupation"}, ReportColumnType::Coded}, "r.occupation_code, o.ar, o.en"},
      {{"iqamaExpiry", {"تاريخ انتهاء الإقامة", "Iqama expiry"}, ReportColumnType::Date}, "r.iqama_expiry"}};
}
constexpr const char* kResidentsFrom =
    " FROM resident r JOIN nationality n ON n.code = r.nationality_code JOIN occupation o ON o.code = "
    "r.occupation_code";
std::vector<ReportSort> resident_sorts(bool expiry_first) {
  std::vector<ReportSort> sorts = {{"nameEn", "r.name_en"},
                                   {"nameAr", "r.name_ar"},
                                   {"iqamaNumber", "r.iqama_number"},
                                   {"iqamaExpiry", "r.iqama_expiry"}};
  if (expiry_first) std::rotate(sorts.begin(), sorts.end() - 1, sorts.end());
  return sorts;
}

// The residents list's own filters (status, nationality and, where asked, expiringWithinDays), read
// the way GET /residents reads them and turned into its conditions.
Filters resident_filters(const Request& request, const domain::CivilDate& today, bool with_window) {
  const auto validity = iqama_validity_of(request);
  if (!validity) return validity.error();
  store::ResidentQuery query;
  query.today = today;
  query.validity = *validity;
  query.nationality_code = report_param(request, "nationality");
  if (query.nationality_code.size() > 10)
    return bad_report_filter("nationality", {"رمز الجنسية غير صحيح", "The nationality code is not valid"});
  const std::string days = report_param(request, "expiringWithinDays");
  if (with_window && !days.empty()) {
    if (days.size() > 4 || days.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(days) > 3650)
      return bad_report_filter("expiringWithinDays", {"عدد الأيام رقم صحيح من 0 إلى 3650",
                                                      "The number of days is a whole number from 0 to 3650"});
    query.expiring_within_days = std::stoi(days);
  }
  return store::resident_filters(query);
}

ReportDefinition residents(const domain::CivilDate& today) {
  ReportDefinition report{
      "residents", {"المقيمون", "Residents"}, resident_columns(), kResidentsFrom, "r.establishment_id"};
  report.columns.push_back(
      {{"iqamaStatus", {"حالة الإقامة", "Iqama status"}, ReportColumnType::Coded}, iqama_status_of(today)});
  report.sorts = resident_sorts(false);
  report.tiebreak = "r.id";
  report.breakdown_title = {"حسب الجنسية", "By nationality"};
  report.group = "r.nationality_code, n.ar, n.en";
  report.filters = [today](const Request& request) { return resident_filters(request, today, false); };
  return report;
}

ReportDefinition iqama_expiry(const domain::CivilDate& today) {
  ReportDefinition report{
      "iqama-expiry",       {"الإقامات المنتهية والموشكة على الانتهاء", "Expired and expiring iqamas"},
      resident_columns(),   kResidentsFrom,
      "r.establishment_id", ReportDates::IsoDate,
      "r.iqama_expiry"};
  // Negative once expired: how many days ago.
  report.columns.push_back({{"daysLeft", {"الأيام المتبقية", "Days left"}, ReportColumnType::Integer},
                            {"CAST(julianday(r.iqama_expiry) - julianday(?) AS INTEGER)", {today.iso()}}});
  report.columns.push_back(
      {{"iqamaStatus", {"حالة الإقامة", "Iqama status"}, ReportColumnType::Coded}, iqama_status_of(today)});
  report.sorts = resident_sorts(true);
  report.tiebreak = "r.id";
  report.breakdown_title = {"حسب حالة الإقامة", "By iqama status"};
  report.group = iqama_status_of(today);
  report.filters = [today](const Request& request) { return resident_filters(request, today, true); };
  return report;
}

ReportDefinition iqama_renewals(const domain::CivilDate&) {
  ReportDefinition report{
      "iqama-renewals",
      {"الإقامات المجددة", "Renewed iqamas"},
      {{{"requestNumber", {"رقم الطلب", "Request number"}, ReportColumnType::Text}, "q.request_number"},
       {{"renewedOn", {"تاريخ التجديد", "Renewed on"}, ReportColumnType::Date},
        riyadh_date_of("q.created_at")},
       iqama_number_column(),
       resident_name_column(),
       {{"durationMonths", {"المدة بالأشهر", "Months"}, ReportColumnType::Integer}, "q.duration_months"},
       {{"previousExpiry", {"الانتهاء السابق", "Previous expiry"}, ReportColumnType::Date},
        "q.previous_expiry"},
       {{"newExpiry", {"الانتهاء الجديد", "New expiry"}, ReportColumnType::Date}, "q.new_expiry"},
       {{"feeHalalas", {"الرسوم", "Fee"}, ReportColumnType::Money}, "q.fee_halalas"},
       {{"fineHalalas", {"الغرامة", "Fine"}, ReportColumnType::Money}, "q.fine_halalas"},
       {{"totalHalalas", {"الإجمالي", "Total"}, ReportColumnType::Money}, "q.total_halalas"}},
      " FROM iqama_renewal q JOIN resident r ON r.id = q.resident_id",
      "q.establishment_id",
      ReportDates::EpochSeconds,
      "q.created_at"};
  report.sorts = {
      {"renewedOn", "q.created_at"}, {"requestNumber", "q.request_number"}, {"newExpiry", "q.new_expiry"}};
  report.descending = true;
  report.tiebreak = "q.id";
  report.fee = "q.total_halalas";
  report.breakdown_title = {"حسب المدة", "By duration"};
  report.group =
      "CAST(q.duration_months AS TEXT), q.duration_months || ' شهرًا', q.duration_months || ' months'";
  report.filters = [](const Request&) -> Filters { return std::vector<Sql>{}; };
  return report;
}

ReportDefinition payments(const domain::CivilDate&) {
  ReportDefinition report{
      "payments",
      {"سجل المدفوعات", "Payment history"},
      {{{"paidOn", {"تاريخ الدفع", "Paid on"}, ReportColumnType::Date}, riyadh_date_of("p.at")},
       {{"service", {"الخدمة", "Service"}, ReportColumnType::Coded},
        "p.service_code, coalesce(s.ar, p.service_code), coalesce(s.en, p.service_code)"},
       {{"requestNumber", {"رقم الطلب", "Request number"}, ReportColumnType::Text}, "p.reference"},
       {{"amountHalalas", {"المبلغ", "Amount"}, ReportColumnType::Money}, "p.amount_halalas"},
       {{"balanceAfterHalalas", {"الرصيد بعد الدفع", "Balance after"}, ReportColumnType::Money},
        "p.balance_after_halalas"}},
      " FROM payment p LEFT JOIN sadad_service s ON s.code = p.service_code",
      "p.establishment_id",
      ReportDates::EpochSeconds,
      "p.at"};
  report.sorts = {
      {"paidOn", "p.at"}, {"amountHalalas", "p.amount_halalas"}, {"requestNumber", "p.reference"}};
  report.descending = true;
  report.tiebreak = "p.id";
  report.fee = "p.amount_halalas";
  report.breakdown_title = {"حسب الخدمة", "By service"};
  report.group = "p.service_code, coalesce(s.ar, p.service_code), coalesce(s.en, p.service_code)";
  report.filters = [](const Request& request) -> Filters {
    const std::string service = report_param(request, "service");
    if (service.empty()) return std::vector<Sql>{};
    if (service.size() != 2 || service.find_first_not_of("0123456789") != std::string::npos)
      return bad_report_filter(
          "service", {"رمز خدمة سداد رقمان، مثل 03", "A SADAD service code is two digits, e.g. 03"});
    return std::vector<Sql>{Sql("p.service_code = ?", {service})};
  };
  return report;
}

}  // namespace

std::optional<ReportDefinition> find_report(std::string_view name, const domain::CivilDate& today) {
  using Make = ReportDefinition (*)(const domain::CivilDate&);
  static constexpr std::array<std::pair<std::string_view, Make>, 10> kReports = {{
      {"residents", residents},
      {"iqama-expiry", iqama_expiry},
      {"iqama-renewals", iqama_renewals},
      {"iqama-issues", iqama_issues_report},
      {"occupation-changes", occupation_changes_report},
      {"transfers", transfers_report},
      {"visas", visas_report},
      {"visa-transactions", visa_transactions_report},
      {"final-exits", final_exits_report},
      {"payments", payments},
  }};
  for (const auto& [known, make] : kReports)
    if (known == name) return make(today);
  return std::nullopt;
}

}  // namespace muqeem::portal

#include "portal/resident_report_routes.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/resident_report_dto.h"
#include "domain/identifiers.h"
#include "portal/api_responses.h"
#include "portal/document_verification.h"
#include "portal/resident_routes.h"
#include "portal/store/establishments.h"
#include "portal/store/resident_reports.h"
#include "portal/transaction.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

constexpr const char* kPath = "/api/v1/resident-reports";

Response report_not_found() {
  return problem(404, "resident-report-not-found",
                 {"لا يوجد تقرير مقيم بهذا الرقم في منشأتك",
                  "No resident report with this number in your establishment"});
}

// The report as the paper states it: what was kept on the day it was issued, its number and its code.
Response report_response(int status, const PortalServices& services, const Request& request,
                         const std::string& report_number, const std::string& content,
                         const store::VerificationCode& code) {
  json body = json::parse(content);
  body["reportNumber"] = report_number;
  body["verification"] = verification_block(services, request, code);
  return json_response(status, body);
}

Response issue(PortalServices& services, const Request& request) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (!services.rules) return rules_unavailable();
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_resident_report_request(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const auto number = domain::IqamaNumber::parse(fields->iqama_number);
  if (!number) return invalid_iqama_number();
  const std::string iqama = number->digits();

  std::optional<store::ResidentFile> found;
  const auto refusal = [&]() -> std::optional<Response> {
    // Another establishment's resident answers exactly like one that does not exist.
    found = store::find_resident(services.db, session->establishment_id, iqama);
    if (!found) return resident_not_found();
    return std::nullopt;
  };
  const auto apply = [&]() -> AppliedChange {
    const int64_t now = services.now();
    const auto establishment = store::find_establishment(services.db, session->establishment_id);
    if (!establishment) throw store::StoreError{"a session without its establishment"};
    api::ResidentReport report;
    report.resident = resident_file_of(services, *found);
    report.resident.traffic_violations.clear();  // not the paper's business
    const domain::CivilDate today = riyadh_today(now);
    report.issued_on = today.iso();
    report.issued_on_hijri = hijri_iso(today);
    report.establishment_number = establishment->unified_number;
    report.establishment = {establishment->name_ar, establishment->name_en};
    // Kept without the number (the row has it) and the verification (made for the row).
    json content = report;
    content.erase("reportNumber");
    content.erase("verification");
    const store::RecordedReport recorded = store::record_resident_report(
        services.db, {session->establishment_id, found->summary.id, session->user_id, content.dump()}, now);
    const store::VerificationCode code =
        new_verification(services, kResidentReportKind, recorded.id, session->establishment_id, now);
    return {report_response(201, services, request, recorded.report_number, content.dump(), code),
            "issued report " + recorded.report_number + " valid until " +
                riyadh_today(code.expires_at - 1).iso()};
  };
  return run_transaction(services, request,
                         {*session, kResidentReportOperation, iqama,
                          json{{"operation", kResidentReportOperation}, {"iqamaNumber", iqama}}, ""},
                         refusal, apply);
}

Response reprint(PortalServices& services, const Request& request, const std::string& report_number) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  const auto record = is_document_number(report_number)
                          ? store::find_resident_report(services.db, session->establishment_id, report_number)
                          : std::nullopt;
  if (!record) return report_not_found();
  const auto code = store::current_verification(services.db, kResidentReportKind, record->id, services.now());
  if (!code) {
    return problem(410, "resident-report-expired",
                   {"انتهت صلاحية هذا التقرير، أصدر تقريرًا جديدًا",
                    "This report is no longer valid; issue a new report"});
  }
  return report_response(200, services, request, record->report_number, record->content, *code);
}

}  // namespace

std::optional<Response> route_resident_reports(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  if (path == kPath && request.method == "POST") return issue(services, request);
  const std::string prefix = std::string(kPath) + "/";
  if (path.rfind(prefix, 0) == 0 && request.method == "GET")
    return reprint(services, request, path.substr(prefix.size()));
  return std::nullopt;
}

std::optional<api::VerifiedDocument> verified_resident_report(PortalServices& services,
                                                              const store::VerificationCode& found) {
  const auto record = store::find_resident_report_by_id(services.db, found.document_id);
  if (!record) return std::nullopt;
  const json content = json::parse(record->content);
  const json& resident = content.at("resident");
  return api::VerifiedDocument{
      kResidentReportKind,
      {"تقرير مقيم", "Resident report"},
      record->report_number,
      masked_iqama(resident.at("iqamaNumber")),
      {resident.at("name").at("ar"), resident.at("name").at("en")},
      resident.at("iqamaExpiry"),
      resident.at("iqamaExpiryHijri"),
      "",
      "",
      content.at("issuedOn"),
      content.at("issuedOnHijri"),
      {content.at("establishment").at("name").at("ar"), content.at("establishment").at("name").at("en")},
      found.expires_at};
}

}  // namespace muqeem::portal

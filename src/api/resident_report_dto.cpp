#include "api/resident_report_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

using fields::read;

void to_json(nlohmann::json& j, const ResidentReportRequest& value) {
  j = {{"iqamaNumber", value.iqama_number}};
}

namespace {
constexpr const char* kNotReported[] = {"trafficViolations", "drivingLicences", "vehicles"};
}  // namespace

void to_json(nlohmann::json& j, const ResidentReport& value) {
  // The report states the resident's profile, visas and dependants; violations, licences and vehicles
  // are the file's.
  nlohmann::json resident = value.resident;
  for (const char* list : kNotReported) resident.erase(list);
  j = {{"reportNumber", value.report_number},
       {"issuedOn", value.issued_on},
       {"issuedOnHijri", value.issued_on_hijri},
       {"resident", std::move(resident)},
       {"establishment", {{"unifiedNumber", value.establishment_number}, {"name", value.establishment}}},
       {"verification", value.verification}};
}

std::optional<ResidentReportRequest> read_resident_report_request(const nlohmann::json& body,
                                                                  std::vector<FieldError>& errors) {
  ResidentReportRequest request{
      fields::required_text(body, "iqamaNumber", {"رقم الإقامة", "The iqama number"}, errors)};
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<ResidentReport> read_resident_report(const nlohmann::json& body) {
  if (!body.is_object()) return std::nullopt;
  const auto resident = body.find("resident"), establishment = body.find("establishment"),
             verification = body.find("verification");
  if (resident == body.end() || establishment == body.end() || verification == body.end() ||
      !resident->is_object())
    return std::nullopt;
  // The file's reader wants every list; the report states none of these.
  nlohmann::json file = *resident;
  for (const char* list : kNotReported) {
    if (file.contains(list)) return std::nullopt;
    file[list] = nlohmann::json::array();
  }
  auto read_file = read_resident_file(file);
  if (!read_file) return std::nullopt;
  ResidentReport report;
  report.resident = std::move(*read_file);
  if (!read(body, "reportNumber", report.report_number) || !read(body, "issuedOn", report.issued_on) ||
      !read(body, "issuedOnHijri", report.issued_on_hijri) ||
      !read(*establishment, "unifiedNumber", report.establishment_number) ||
      !read(*establishment, "name", report.establishment) ||
      !read_verification(*verification, report.verification))
    return std::nullopt;
  return report;
}

}  // namespace muqeem::api

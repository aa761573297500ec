#pragma once
// The resident report (تقرير مقيم, DOMAIN.md "Print documents"): an official paper about one resident
// of the establishment, as it stood on the day it was issued: the resident's profile, iqama (expiry in
// both calendars), passport, medical insurance, visas and dependants, the establishment, and the
// verification block that lets anyone holding the paper check it for seven days. Traffic violations
// are the establishment's business, not the paper's, and are left out.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/document_dto.h"
#include "api/dto.h"
#include "api/resident_file_dto.h"

namespace muqeem::api {

struct ResidentReportRequest {
  std::string iqama_number;
};

struct ResidentReport {
  std::string report_number;
  std::string issued_on, issued_on_hijri;  // the day in Riyadh
  ResidentFile resident;                   // its traffic_violations are never stated (always empty)
  std::string establishment_number;
  Bilingual establishment;
  Verification verification;
};

void to_json(nlohmann::json& j, const ResidentReportRequest& value);
void to_json(nlohmann::json& j, const ResidentReport& value);
std::optional<ResidentReportRequest> read_resident_report_request(const nlohmann::json& body,
                                                                  std::vector<FieldError>& errors);
std::optional<ResidentReport> read_resident_report(const nlohmann::json& body);

}  // namespace muqeem::api

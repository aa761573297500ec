#pragma once
// What every endpoint answers with: JSON, RFC 9457 problems with a bilingual title and per-field
// errors, the session a bearer token stands for, and today's date in Riyadh.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/dto.h"
#include "domain/civil_date.h"
#include "portal/api_routes.h"

namespace muqeem::portal {

// Riyadh is UTC+3, with no daylight saving.
inline constexpr int64_t kRiyadhUtcOffset = 3 * 3600;
// The date in Riyadh: what "expiring within 30 days" counts from.
domain::CivilDate riyadh_today(int64_t now);
// The first second of a day in Riyadh (seconds since the epoch).
int64_t riyadh_midnight(const domain::CivilDate& date);
// The Umm al-Qura date beside a Gregorian one; "" outside the calendar's table.
std::string hijri_iso(const domain::CivilDate& date);

Response json_response(int status, const nlohmann::json& body);
// `slug` names the problem type: https://muqeem.example/problems/<slug>.
Response problem(int status, const char* slug, api::Bilingual title,
                 std::vector<api::FieldError> errors = {});
// The same in two steps, for the problems that carry extension members (e.g. attemptsLeft).
api::Problem problem_of(int status, const char* slug, api::Bilingual title,
                        std::vector<api::FieldError> errors = {});
Response problem_response(const api::Problem& problem);
Response unauthorised();
Response malformed();
Response invalid_fields(std::vector<api::FieldError> errors);
Response invalid_iqama_number();
Response resident_not_found();

// The request's JSON object; nullopt for anything else.
std::optional<nlohmann::json> body_of(const Request& request);
std::optional<auth::Session> session_of(PortalServices& services, const Request& request);

}  // namespace muqeem::portal

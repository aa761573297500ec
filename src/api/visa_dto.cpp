#include "api/visa_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/quote_parts.h"
#include "domain/civil_date.h"

namespace muqeem::api {

using fields::read;
using nlohmann::json;

void to_json(json& j, const ExitReentryRequest& value) {
  j = {{"iqamaNumber", value.iqama_number}, {"type", value.type}};
  if (value.duration_days) j["durationDays"] = *value.duration_days;
  if (!value.return_before.empty()) j["returnBefore"] = value.return_before;
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(json& j, const ExtensionRequest& value) {
  j = json::object();
  if (value.additional_days) j["additionalDays"] = *value.additional_days;
  if (!value.return_before.empty()) j["returnBefore"] = value.return_before;
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(json& j, const FinalExitRequest& value) {
  j = {{"iqamaNumber", value.iqama_number}};
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(json& j, const CancellationRequest& value) {
  j = json::object();
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(json& j, const VisaDetails& value) {
  j = {{"visaNumber", value.visa_number},
       {"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"type", value.type},
       {"status", value.status},
       {"issuedOn", value.issued_on},
       {"issuedOnHijri", value.issued_on_hijri},
       {"expiresOn", value.expires_on},
       {"expiresOnHijri", value.expires_on_hijri},
       {"durationDays", value.duration_days}};
}
void to_json(json& j, const VisaQuote& value) {
  j = {{"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"nationality", value.nationality},
       {"passport", {{"number", value.passport_number}, {"expiry", value.passport_expiry}}},
       {"iqamaExpiry", value.iqama_expiry},
       {"iqamaExpiryHijri", value.iqama_expiry_hijri},
       {"insideKingdom", value.inside_kingdom},
       {"visaNumber", value.visa_number ? json(*value.visa_number) : json()},
       {"type", value.type},
       {"issuedOn", value.issued_on},
       {"expiresOn", value.expires_on},
       {"expiresOnHijri", value.expires_on_hijri},
       {"durationDays", value.duration_days},
       {"fees", value.fees},
       {"totalHalalas", value.total_halalas},
       {"eligible", value.eligible},
       {"problems", value.problems}};
}
void to_json(json& j, const VisaResult& value) {
  j = {{"visa", value.visa}, {"chargedHalalas", value.charged_halalas}};
}

bool read_visa_details(const json& body, VisaDetails& out) {
  return read(body, "visaNumber", out.visa_number) && read(body, "iqamaNumber", out.iqama_number) &&
         read(body, "name", out.name) && read(body, "type", out.type) && read(body, "status", out.status) &&
         read(body, "issuedOn", out.issued_on) && read(body, "issuedOnHijri", out.issued_on_hijri) &&
         read(body, "expiresOn", out.expires_on) && read(body, "expiresOnHijri", out.expires_on_hijri) &&
         read(body, "durationDays", out.duration_days);
}

std::optional<VisaQuote> read_visa_quote(const json& body) {
  VisaQuote quote;
  const auto passport = body.is_object() ? body.find("passport") : body.end();
  if (passport == body.end() || !read(body, "iqamaNumber", quote.iqama_number) ||
      !read(body, "name", quote.name) || !read(body, "nationality", quote.nationality) ||
      !read(*passport, "number", quote.passport_number) ||
      !read(*passport, "expiry", quote.passport_expiry) || !read(body, "iqamaExpiry", quote.iqama_expiry) ||
      !read(body, "iqamaExpiryHijri", quote.iqama_expiry_hijri) ||
      !read(body, "insideKingdom", quote.inside_kingdom) || !read(body, "type", quote.type) ||
      !read(body, "issuedOn", quote.issued_on) || !read(body, "expiresOn", quote.expires_on) ||
      !read(body, "expiresOnHijri", quote.expires_on_hijri) ||
      !read(body, "durationDays", quote.duration_days) || !read(body, "totalHalalas", quote.total_halalas) ||
      !read(body, "eligible", quote.eligible))
    return std::nullopt;
  const auto visa = body.find("visaNumber");
  if (visa == body.end() || !(visa->is_null() || visa->is_string()) ||
      !read_fee_lines(body, "fees", quote.fees) || !read_coded_list(body, "problems", quote.problems))
    return std::nullopt;
  if (visa->is_string()) quote.visa_number = visa->get<std::string>();
  return quote;
}

std::optional<VisaResult> read_visa_result(const json& body) {
  VisaResult result;
  const auto visa = body.is_object() ? body.find("visa") : body.end();
  if (visa == body.end() || !read_visa_details(*visa, result.visa) ||
      !read(body, "chargedHalalas", result.charged_halalas))
    return std::nullopt;
  return result;
}

namespace {

// A visa's length, as whole days (1 to 3650) under `days_field` or as a date under "returnBefore":
// exactly one of the two. Whether the rules allow it is the quote's business.
void read_period(const json& body, const char* days_field, std::optional<int>& days, std::string& date,
                 std::vector<FieldError>& errors) {
  const auto count = body.is_object() ? body.find(days_field) : body.end();
  const auto until = body.is_object() ? body.find("returnBefore") : body.end();
  const bool has_days = count != body.end(), has_date = until != body.end();
  if (has_days == has_date) {
    errors.push_back({days_field,
                      {"حدّد المدة بعدد الأيام أو بتاريخ العودة قبله، أحدهما فقط",
                       "Give the length either in days or as the date to return before, one of the two"}});
    return;
  }
  if (has_days) {
    if (!count->is_number_integer() || count->get<int64_t>() < 1 || count->get<int64_t>() > 3650) {
      errors.push_back(
          {days_field, {"عدد الأيام رقم صحيح من 1 إلى 3650", "The days are a whole number from 1 to 3650"}});
      return;
    }
    days = count->get<int>();
    return;
  }
  if (!until->is_string() || !domain::CivilDate::parse(until->get<std::string>())) {
    errors.push_back({"returnBefore",
                      {"تاريخ العودة بالصيغة YYYY-MM-DD (ميلادي)",
                       "The return date is a Gregorian date written YYYY-MM-DD"}});
    return;
  }
  date = until->get<std::string>();
}

std::string security_code(const json& body, bool with_code, std::vector<FieldError>& errors) {
  return with_code ? fields::required_text(body, "securityCode", {"رمز التحقق للمعاملة", "The security code"},
                                           errors)
                   : std::string();
}

std::string iqama_number(const json& body, std::vector<FieldError>& errors) {
  return fields::required_text(body, "iqamaNumber", {"رقم الإقامة", "The iqama number"}, errors);
}

}  // namespace

std::optional<ExitReentryRequest> read_exit_reentry_request(const json& body, bool with_code,
                                                            std::vector<FieldError>& errors) {
  ExitReentryRequest request;
  request.iqama_number = iqama_number(body, errors);
  const auto type = body.is_object() ? body.find("type") : body.end();
  if (type == body.end() || !type->is_string() || (*type != "single" && *type != "multiple")) {
    errors.push_back(
        {"type",
         {"نوع التأشيرة مفردة (single) أو متعددة (multiple)", "The visa type is single or multiple"}});
  } else {
    request.type = type->get<std::string>();
  }
  read_period(body, "durationDays", request.duration_days, request.return_before, errors);
  request.security_code = security_code(body, with_code, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<ExtensionRequest> read_extension_request(const json& body, bool with_code,
                                                       std::vector<FieldError>& errors) {
  ExtensionRequest request;
  read_period(body, "additionalDays", request.additional_days, request.return_before, errors);
  request.security_code = security_code(body, with_code, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<FinalExitRequest> read_final_exit_request(const json& body, bool with_code,
                                                        std::vector<FieldError>& errors) {
  FinalExitRequest request;
  request.iqama_number = iqama_number(body, errors);
  request.security_code = security_code(body, with_code, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<CancellationRequest> read_cancellation_request(const json& body, bool with_code,
                                                             std::vector<FieldError>& errors) {
  CancellationRequest request;
  request.security_code = security_code(body, with_code, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

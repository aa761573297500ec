#include "api/passport_update_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/request_fields.h"

namespace muqeem::api {

using fields::read;

void to_json(nlohmann::json& j, const PassportUpdateRequest& value) {
  j = {{"iqamaNumber", value.iqama_number},
       {"passportNumber", value.passport_number},
       {"issueDate", value.issue_date},
       {"expiryDate", value.expiry_date},
       {"issuingCountry", value.issuing_country}};
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(nlohmann::json& j, const PassportUpdateResult& value) {
  j = {{"requestNumber", value.request_number},
       {"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"previousPassport", {{"number", value.previous_number}, {"expiry", value.previous_expiry}}},
       {"passport",
        {{"number", value.passport_number},
         {"issueDate", value.issue_date},
         {"expiryDate", value.expiry_date},
         {"expiryDateHijri", value.expiry_date_hijri},
         {"issuingCountry", value.issuing_country}}}};
}

std::optional<PassportUpdateResult> read_passport_update_result(const nlohmann::json& body) {
  PassportUpdateResult result;
  const auto previous = body.is_object() ? body.find("previousPassport") : body.end();
  const auto passport = body.is_object() ? body.find("passport") : body.end();
  if (previous == body.end() || passport == body.end() ||
      !read(body, "requestNumber", result.request_number) ||
      !read(body, "iqamaNumber", result.iqama_number) || !read(body, "name", result.name) ||
      !read(*previous, "number", result.previous_number) ||
      !read(*previous, "expiry", result.previous_expiry) ||
      !read(*passport, "number", result.passport_number) ||
      !read(*passport, "issueDate", result.issue_date) ||
      !read(*passport, "expiryDate", result.expiry_date) ||
      !read(*passport, "expiryDateHijri", result.expiry_date_hijri) ||
      !read(*passport, "issuingCountry", result.issuing_country))
    return std::nullopt;
  return result;
}

std::optional<PassportUpdateRequest> read_passport_update_request(const nlohmann::json& body,
                                                                  std::vector<FieldError>& errors) {
  namespace field = request_fields;
  PassportUpdateRequest request;
  request.iqama_number = field::iqama_number(body, errors);
  request.passport_number = field::passport_number(body, "passportNumber", errors);
  const auto issued =
      field::date(body, "issueDate", {"تاريخ إصدار الجواز", "The passport's issue date"}, errors);
  const auto expires =
      field::date(body, "expiryDate", {"تاريخ انتهاء الجواز", "The passport's expiry date"}, errors);
  if (issued) request.issue_date = issued->iso();
  if (expires) request.expiry_date = expires->iso();
  request.issuing_country =
      field::lookup_code(body, "issuingCountry", {"بلد الإصدار", "The issuing country"}, errors);
  request.security_code = field::security_code(body, true, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

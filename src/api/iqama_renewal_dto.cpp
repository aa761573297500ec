#include "api/iqama_renewal_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

using fields::read;

void to_json(nlohmann::json& j, const RenewalRequest& value) {
  j = {{"iqamaNumber", value.iqama_number}, {"durationMonths", value.duration_months}};
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(nlohmann::json& j, const RenewalQuote& value) {
  j = {{"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"nationality", value.nationality},
       {"passport", {{"number", value.passport_number}, {"expiry", value.passport_expiry}}},
       {"sponsor", value.sponsor},
       {"iqamaExpiry", value.iqama_expiry},
       {"iqamaExpiryHijri", value.iqama_expiry_hijri},
       {"durationMonths", value.duration_months},
       {"newExpiry", value.new_expiry},
       {"newExpiryHijri", value.new_expiry_hijri},
       {"fees", value.fees},
       {"totalHalalas", value.total_halalas},
       {"eligible", value.eligible},
       {"problems", value.problems}};
}
void to_json(nlohmann::json& j, const RenewalResult& value) {
  j = {{"requestNumber", value.request_number},
       {"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"durationMonths", value.duration_months},
       {"previousExpiry", value.previous_expiry},
       {"previousExpiryHijri", value.previous_expiry_hijri},
       {"newExpiry", value.new_expiry},
       {"newExpiryHijri", value.new_expiry_hijri},
       {"totalHalalas", value.total_halalas}};
}

std::optional<RenewalQuote> read_renewal_quote(const nlohmann::json& body) {
  RenewalQuote quote;
  const auto passport = body.is_object() ? body.find("passport") : body.end();
  if (!read(body, "iqamaNumber", quote.iqama_number) || !read(body, "name", quote.name) ||
      !read(body, "nationality", quote.nationality) || passport == body.end() ||
      !read(*passport, "number", quote.passport_number) ||
      !read(*passport, "expiry", quote.passport_expiry) || !read(body, "sponsor", quote.sponsor) ||
      !read(body, "iqamaExpiry", quote.iqama_expiry) ||
      !read(body, "iqamaExpiryHijri", quote.iqama_expiry_hijri) ||
      !read(body, "durationMonths", quote.duration_months) || !read(body, "newExpiry", quote.new_expiry) ||
      !read(body, "newExpiryHijri", quote.new_expiry_hijri) ||
      !read(body, "totalHalalas", quote.total_halalas) || !read(body, "eligible", quote.eligible))
    return std::nullopt;
  if (!read_fee_lines(body, "fees", quote.fees) || !read_coded_list(body, "problems", quote.problems))
    return std::nullopt;
  return quote;
}

std::optional<RenewalResult> read_renewal_result(const nlohmann::json& body) {
  RenewalResult result;
  if (!read(body, "requestNumber", result.request_number) ||
      !read(body, "iqamaNumber", result.iqama_number) || !read(body, "name", result.name) ||
      !read(body, "durationMonths", result.duration_months) ||
      !read(body, "previousExpiry", result.previous_expiry) ||
      !read(body, "previousExpiryHijri", result.previous_expiry_hijri) ||
      !read(body, "newExpiry", result.new_expiry) || !read(body, "newExpiryHijri", result.new_expiry_hijri) ||
      !read(body, "totalHalalas", result.total_halalas))
    return std::nullopt;
  return result;
}

std::optional<RenewalRequest> read_renewal_request(const nlohmann::json& body, bool with_code,
                                                   std::vector<FieldError>& errors) {
  RenewalRequest request;
  request.iqama_number =
      fields::required_text(body, "iqamaNumber", {"رقم الإقامة", "The iqama number"}, errors);
  // Months as a whole number in a sane range; whether the rules allow it is the quote's business.
  const auto months = body.is_object() ? body.find("durationMonths") : body.end();
  if (months == body.end() || !months->is_number_integer() || months->get<int64_t>() < 1 ||
      months->get<int64_t>() > 120) {
    errors.push_back(
        {"durationMonths",
         {"مدة التجديد بالأشهر مطلوبة (رقم صحيح)", "The renewal duration in months is required"}});
  } else {
    request.duration_months = months->get<int>();
  }
  if (with_code)
    request.security_code =
        fields::required_text(body, "securityCode", {"رمز التحقق للمعاملة", "The security code"}, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

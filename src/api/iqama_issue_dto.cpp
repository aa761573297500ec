#include "api/iqama_issue_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/page_json.h"
#include "api/request_fields.h"

namespace muqeem::api {

using fields::read;

void to_json(nlohmann::json& j, const NewArrival& value) {
  j = {{"borderNumber", value.border_number},
       {"passportNumber", value.passport_number},
       {"entryDate", value.entry_date},
       {"entryDateHijri", value.entry_date_hijri}};
}
void to_json(nlohmann::json& j, const NewArrivalPage& value) {
  j = {{"content", value.content},
       {"page", value.page},
       {"size", value.size},
       {"totalElements", value.total_elements}};
}
void to_json(nlohmann::json& j, const IssueRequest& value) {
  j = {{"borderNumber", value.border_number},
       {"name", value.name},
       {"mobile", value.mobile},
       {"occupationCode", value.occupation_code},
       {"nationalityCode", value.nationality_code},
       {"durationMonths", value.duration_months}};
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(nlohmann::json& j, const IssueQuote& value) {
  j = {{"borderNumber", value.border_number},
       {"name", value.name},
       {"mobile", value.mobile},
       {"nationality", value.nationality},
       {"occupation", value.occupation},
       {"passport", {{"number", value.passport_number}, {"expiry", value.passport_expiry}}},
       {"entryDate", value.entry_date},
       {"entryDateHijri", value.entry_date_hijri},
       {"daysSinceEntry", value.days_since_entry},
       {"durationMonths", value.duration_months},
       {"expiry", value.expiry},
       {"expiryHijri", value.expiry_hijri},
       {"fees", value.fees},
       {"totalHalalas", value.total_halalas},
       {"eligible", value.eligible},
       {"problems", value.problems}};
}
void to_json(nlohmann::json& j, const IssueResult& value) {
  j = {{"requestNumber", value.request_number},   {"iqamaNumber", value.iqama_number},
       {"borderNumber", value.border_number},     {"name", value.name},
       {"nationality", value.nationality},        {"occupation", value.occupation},
       {"durationMonths", value.duration_months}, {"expiry", value.expiry},
       {"expiryHijri", value.expiry_hijri},       {"totalHalalas", value.total_halalas}};
}

std::optional<NewArrivalPage> read_new_arrival_page(const nlohmann::json& body) {
  return read_page<NewArrivalPage>(body, [](const nlohmann::json& item) -> std::optional<NewArrival> {
    NewArrival arrival;
    if (!read(item, "borderNumber", arrival.border_number) ||
        !read(item, "passportNumber", arrival.passport_number) ||
        !read(item, "entryDate", arrival.entry_date) ||
        !read(item, "entryDateHijri", arrival.entry_date_hijri))
      return std::nullopt;
    return arrival;
  });
}

std::optional<IssueQuote> read_issue_quote(const nlohmann::json& body) {
  IssueQuote quote;
  const auto passport = body.is_object() ? body.find("passport") : body.end();
  if (!read(body, "borderNumber", quote.border_number) || !read(body, "name", quote.name) ||
      !read(body, "mobile", quote.mobile) || !read(body, "nationality", quote.nationality) ||
      !read(body, "occupation", quote.occupation) || passport == body.end() ||
      !read(*passport, "number", quote.passport_number) ||
      !read(*passport, "expiry", quote.passport_expiry) || !read(body, "entryDate", quote.entry_date) ||
      !read(body, "entryDateHijri", quote.entry_date_hijri) ||
      !read(body, "daysSinceEntry", quote.days_since_entry) ||
      !read(body, "durationMonths", quote.duration_months) || !read(body, "expiry", quote.expiry) ||
      !read(body, "expiryHijri", quote.expiry_hijri) || !read(body, "totalHalalas", quote.total_halalas) ||
      !read(body, "eligible", quote.eligible) || !read_fee_lines(body, "fees", quote.fees) ||
      !read_coded_list(body, "problems", quote.problems))
    return std::nullopt;
  return quote;
}

std::optional<IssueResult> read_issue_result(const nlohmann::json& body) {
  IssueResult result;
  if (!read(body, "requestNumber", result.request_number) ||
      !read(body, "iqamaNumber", result.iqama_number) || !read(body, "borderNumber", result.border_number) ||
      !read(body, "name", result.name) || !read(body, "nationality", result.nationality) ||
      !read(body, "occupation", result.occupation) || !read(body, "durationMonths", result.duration_months) ||
      !read(body, "expiry", result.expiry) || !read(body, "expiryHijri", result.expiry_hijri) ||
      !read(body, "totalHalalas", result.total_halalas))
    return std::nullopt;
  return result;
}

std::optional<IssueRequest> read_issue_request(const nlohmann::json& body, bool with_code,
                                               std::vector<FieldError>& errors) {
  namespace field = request_fields;
  IssueRequest request;
  request.border_number = field::border_number(body, errors);
  request.name = field::person_name(body, errors);
  request.mobile = field::saudi_mobile(body, "mobile", errors);
  request.occupation_code = field::lookup_code(body, "occupationCode", {"المهنة", "The occupation"}, errors);
  request.nationality_code =
      field::lookup_code(body, "nationalityCode", {"الجنسية", "The nationality"}, errors);
  request.duration_months = field::months(body, "durationMonths", errors);
  request.security_code = field::security_code(body, with_code, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

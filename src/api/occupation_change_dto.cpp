#include "api/occupation_change_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/request_fields.h"

namespace muqeem::api {

using fields::read;

void to_json(nlohmann::json& j, const OccupationChangeRequest& value) {
  j = {{"iqamaNumber", value.iqama_number}, {"occupationCode", value.occupation_code}};
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(nlohmann::json& j, const OccupationChangeQuote& value) {
  j = {{"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"currentOccupation", value.current_occupation},
       {"newOccupation", value.new_occupation},
       {"qiwaApprovedOccupation", nullptr},
       {"fees", value.fees},
       {"totalHalalas", value.total_halalas},
       {"eligible", value.eligible},
       {"problems", value.problems}};
  if (value.qiwa_approved_occupation) j["qiwaApprovedOccupation"] = *value.qiwa_approved_occupation;
}
void to_json(nlohmann::json& j, const OccupationChangeResult& value) {
  j = {{"requestNumber", value.request_number},
       {"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"previousOccupation", value.previous_occupation},
       {"occupation", value.occupation},
       {"totalHalalas", value.total_halalas}};
}

std::optional<OccupationChangeQuote> read_occupation_change_quote(const nlohmann::json& body) {
  OccupationChangeQuote quote;
  const auto approved = body.is_object() ? body.find("qiwaApprovedOccupation") : body.end();
  if (approved == body.end()) return std::nullopt;
  if (!approved->is_null()) {
    Coded coded;
    if (!read(body, "qiwaApprovedOccupation", coded)) return std::nullopt;
    quote.qiwa_approved_occupation = std::move(coded);
  }
  if (!read(body, "iqamaNumber", quote.iqama_number) || !read(body, "name", quote.name) ||
      !read(body, "currentOccupation", quote.current_occupation) ||
      !read(body, "newOccupation", quote.new_occupation) ||
      !read(body, "totalHalalas", quote.total_halalas) || !read(body, "eligible", quote.eligible) ||
      !read_fee_lines(body, "fees", quote.fees) || !read_coded_list(body, "problems", quote.problems))
    return std::nullopt;
  return quote;
}

std::optional<OccupationChangeResult> read_occupation_change_result(const nlohmann::json& body) {
  OccupationChangeResult result;
  if (!read(body, "requestNumber", result.request_number) ||
      !read(body, "iqamaNumber", result.iqama_number) || !read(body, "name", result.name) ||
      !read(body, "previousOccupation", result.previous_occupation) ||
      !read(body, "occupation", result.occupation) || !read(body, "totalHalalas", result.total_halalas))
    return std::nullopt;
  return result;
}

std::optional<OccupationChangeRequest> read_occupation_change_request(const nlohmann::json& body,
                                                                      bool with_code,
                                                                      std::vector<FieldError>& errors) {
  OccupationChangeRequest request;
  request.iqama_number = request_fields::iqama_number(body, errors);
  request.occupation_code =
      request_fields::lookup_code(body, "occupationCode", {"المهنة الجديدة", "The new occupation"}, errors);
  request.security_code = request_fields::security_code(body, with_code, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

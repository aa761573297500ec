#include "api/service_transfer_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/page_json.h"
#include "api/request_fields.h"

namespace muqeem::api {

using fields::read;

namespace {

bool read_establishment(const nlohmann::json& body, const char* key, EstablishmentRef& out) {
  const auto found = body.is_object() ? body.find(key) : body.end();
  return found != body.end() && read(*found, "unifiedNumber", out.unified_number) &&
         read(*found, "name", out.name);
}

}  // namespace

void to_json(nlohmann::json& j, const EstablishmentRef& value) {
  j = {{"unifiedNumber", value.unified_number}, {"name", value.name}};
}
void to_json(nlohmann::json& j, const TransferRequest& value) {
  j = {{"iqamaNumber", value.iqama_number}, {"newEstablishmentNumber", value.new_establishment_number}};
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}
void to_json(nlohmann::json& j, const TransferQuote& value) {
  j = {{"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"newEstablishment", value.new_establishment},
       {"transferOrdinal", value.transfer_ordinal},
       {"fees", value.fees},
       {"totalHalalas", value.total_halalas},
       {"eligible", value.eligible},
       {"problems", value.problems}};
}
void to_json(nlohmann::json& j, const ServiceTransfer& value) {
  j = {{"requestNumber", value.request_number},
       {"status", value.status},
       {"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"nationality", value.nationality},
       {"occupation", value.occupation},
       {"from", value.from},
       {"to", value.to},
       {"requestedOn", value.requested_on},
       {"requestedOnHijri", value.requested_on_hijri},
       {"decidedOn", nullptr},
       {"feeHalalas", value.fee_halalas}};
  if (value.decided_on) j["decidedOn"] = *value.decided_on;
}
void to_json(nlohmann::json& j, const ServiceTransferPage& value) {
  j = {{"content", value.content},
       {"page", value.page},
       {"size", value.size},
       {"totalElements", value.total_elements}};
}
void to_json(nlohmann::json& j, const TransferDecision& value) {
  j = {{"securityCode", value.security_code}};
}

std::optional<TransferQuote> read_transfer_quote(const nlohmann::json& body) {
  TransferQuote quote;
  if (!read(body, "iqamaNumber", quote.iqama_number) || !read(body, "name", quote.name) ||
      !read_establishment(body, "newEstablishment", quote.new_establishment) ||
      !read(body, "transferOrdinal", quote.transfer_ordinal) ||
      !read(body, "totalHalalas", quote.total_halalas) || !read(body, "eligible", quote.eligible) ||
      !read_fee_lines(body, "fees", quote.fees) || !read_coded_list(body, "problems", quote.problems))
    return std::nullopt;
  return quote;
}

std::optional<ServiceTransfer> read_service_transfer(const nlohmann::json& body) {
  ServiceTransfer transfer;
  const auto decided = body.is_object() ? body.find("decidedOn") : body.end();
  if (decided == body.end() || !(decided->is_null() || decided->is_string())) return std::nullopt;
  if (decided->is_string()) transfer.decided_on = decided->get<std::string>();
  if (!read(body, "requestNumber", transfer.request_number) || !read(body, "status", transfer.status) ||
      !read(body, "iqamaNumber", transfer.iqama_number) || !read(body, "name", transfer.name) ||
      !read(body, "nationality", transfer.nationality) || !read(body, "occupation", transfer.occupation) ||
      !read_establishment(body, "from", transfer.from) || !read_establishment(body, "to", transfer.to) ||
      !read(body, "requestedOn", transfer.requested_on) ||
      !read(body, "requestedOnHijri", transfer.requested_on_hijri) ||
      !read(body, "feeHalalas", transfer.fee_halalas))
    return std::nullopt;
  return transfer;
}

std::optional<ServiceTransferPage> read_service_transfer_page(const nlohmann::json& body) {
  return read_page<ServiceTransferPage>(body, read_service_transfer);
}

std::optional<TransferRequest> read_transfer_request(const nlohmann::json& body, bool with_code,
                                                     std::vector<FieldError>& errors) {
  TransferRequest request;
  request.iqama_number = request_fields::iqama_number(body, errors);
  request.new_establishment_number =
      request_fields::establishment_number(body, "newEstablishmentNumber", errors);
  request.security_code = request_fields::security_code(body, with_code, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<TransferDecision> read_transfer_decision(const nlohmann::json& body,
                                                       std::vector<FieldError>& errors) {
  TransferDecision decision{request_fields::security_code(body, true, errors)};
  if (!errors.empty()) return std::nullopt;
  return decision;
}

}  // namespace muqeem::api

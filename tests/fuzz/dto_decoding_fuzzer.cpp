// Fuzzes the DTOs' JSON mapping, which the client and the server share: the first byte picks a
// decoder, the rest is JSON text. Whatever arrives, decoding must not crash, and whatever a decoder
// accepts must survive the trip the other side makes: encoding it and decoding that again succeeds and
// encodes to the same JSON (what the server sends, the client reads, and the other way round).
#include <cstdlib>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/document_dto.h"
#include "api/dto.h"
#include "api/establishment_dto.h"
#include "api/iqama_issue_dto.h"
#include "api/iqama_renewal_dto.h"
#include "api/occupation_change_dto.h"
#include "api/passport_update_dto.h"
#include "api/public_request_dto.h"
#include "api/report_dto.h"
#include "api/resident_file_dto.h"
#include "api/resident_report_dto.h"
#include "api/service_transfer_dto.h"
#include "api/tawasul_dto.h"
#include "api/user_dto.h"
#include "api/visa_dto.h"
#include "api/visa_inquiry_dto.h"

namespace {

using nlohmann::json;
using namespace muqeem::api;

// A decoder as the fuzzer calls it: JSON in, the accepted value encoded again, or nothing.
using Decoder = std::function<std::optional<json>(const json&)>;

template <typename Read>
Decoder response(Read read) {
  return [read](const json& body) -> std::optional<json> {
    auto value = read(body);
    if (!value) return std::nullopt;
    return json(*value);
  };
}

// A request reader also names each refused field: a refusal must name at least one, so the officer
// sees what to correct, and an acceptance names none.
template <typename Read>
Decoder request(Read read) {
  return [read](const json& body) -> std::optional<json> {
    if (!body.is_object()) return std::nullopt;  // the router answers those before any reader
    std::vector<FieldError> errors;
    auto value = read(body, errors);
    if (!value) {
      if (errors.empty()) std::abort();
      for (const auto& error : errors)
        if (error.field.empty() || error.message.ar.empty() || error.message.en.empty()) std::abort();
      return std::nullopt;
    }
    if (!errors.empty()) std::abort();
    return json(*value);
  };
}

// A submit's reader, which also wants the per-transaction security code.
template <typename Read>
auto with_code(Read read) {
  return [read](const json& body, std::vector<FieldError>& errors) { return read(body, true, errors); };
}

// New decoders go at the end: a seed's first byte names its decoder by position.
const std::vector<Decoder>& decoders() {
  static const std::vector<Decoder> all = {
      response(read_problem),
      response(read_config),
      response(read_captcha),
      response(read_code_challenge),
      response(read_session),
      response(read_session_expiry),
      response(read_security_code_response),
      response(read_resident_page),
      response(read_lookup),
      response(read_establishment),
      response(read_renewal_quote),
      response(read_renewal_result),
      response(read_resident_file),
      response(read_renewal_document),
      response(read_verified_document),
      request(read_sign_in),
      request(read_verify_code),
      request(read_resend_code),
      request(read_security_code_request),
      request(with_code(read_renewal_request)),
      response(read_report_page),
      response(read_resident_report),
      request(read_resident_report_request),
      response(read_new_arrival_page),
      response(read_issue_quote),
      response(read_issue_result),
      request(with_code(read_issue_request)),
      response(read_occupation_change_quote),
      response(read_occupation_change_result),
      request(with_code(read_occupation_change_request)),
      response(read_passport_update_result),
      request(read_passport_update_request),
      response(read_transfer_quote),
      response(read_service_transfer),
      response(read_service_transfer_page),
      request(with_code(read_transfer_request)),
      request(read_transfer_decision),
      response(read_visa_quote),
      response(read_visa_result),
      response(read_visa),
      response(read_visa_page),
      response(read_visa_document),
      response(read_visa_validity),
      request(with_code(read_exit_reentry_request)),
      request(with_code(read_extension_request)),
      request(with_code(read_final_exit_request)),
      request(with_code(read_cancellation_request)),
      request(read_visa_validity_request),
      response(read_tawasul_page),
      response(read_tawasul_request),
      request(read_new_tawasul_request),
      request(read_tawasul_reply_request),
      response(read_user_page),
      response(read_user),
      response(read_verified_person),
      response(read_activated_user),
      request(read_person_check),
      request(read_new_user),
      request(read_permissions_update),
      request(read_user_activation),
      response(read_subscription_receipt),
      response(read_registration_challenge),
      response(read_registration_receipt),
      request(read_subscription_request),
      request(read_registration_start),
      request(read_registration_confirmation),
  };
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const Decoder& decode = decoders()[data[0] % decoders().size()];
  const json body = json::parse(data + 1, data + size, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return 0;
  const auto encoded = decode(body);
  if (!encoded) return 0;
  const auto again = decode(*encoded);
  if (!again || *again != *encoded) std::abort();
  return 0;
}

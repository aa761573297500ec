#pragma once
// What the transaction endpoints share beyond run_transaction: the signed-in JSON request, a date as
// the store keeps it, the rules' absence, a quote's problems as a refusal, and the balance check
// before a fee is paid.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/dto.h"
#include "domain/civil_date.h"
#include "domain/money.h"
#include "domain/result.h"
#include "portal/api_responses.h"
#include "portal/api_routes.h"
#include "portal/document_verification.h"  // rules_unavailable

namespace muqeem::portal {

struct SignedRequest {
  auth::Session session;
  nlohmann::json body;  // a JSON object
};

// The session and the JSON object of a request; otherwise the 401 or 400 to answer.
domain::Result<SignedRequest, Response> signed_json(PortalServices& services, const Request& request);

// A signed-in request's fields, read by `read(body, errors)` (a DTO's server-side reader); otherwise
// the 401, the 400 for a body that is not a JSON object, or the 400 naming each field that is wrong.
template <typename Fields>
struct Signed {
  auth::Session session;
  Fields fields;
};

template <typename Fields, typename Read>
domain::Result<Signed<Fields>, Response> read_signed(PortalServices& services, const Request& request,
                                                     Read read) {
  auto signed_request = signed_json(services, request);
  if (!signed_request) return signed_request.error();
  std::vector<api::FieldError> errors;
  std::optional<Fields> fields = read(signed_request->body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  return Signed<Fields>{signed_request->session, std::move(*fields)};
}

// A query parameter's text ("" when absent), and a small whole number from one (`fallback` when absent
// or not one), for lists' page and size.
std::string query_text(const Request& request, const char* name);
int query_number(const Request& request, const char* name, int fallback);
// A list's page and size from the query (page=0&size=20), the size kept within 1..max_size.
struct Paging {
  int page = 0, size = 20;
};
Paging paging_of(const Request& request, int max_size = 200);

// A date the store holds; one that does not parse is a fault of the store (answered as a 500).
domain::CivilDate stored_date(const std::string& iso);

// 422 "not-eligible" with each problem under its field, its wording the quote's.
Response not_eligible(api::Bilingual title, std::vector<api::FieldError> problems);

// Each problem's wording (the quote's) under the field `field_of` names for it, for not_eligible.
template <typename Problem, typename FieldOf>
std::vector<api::FieldError> under_fields(const std::vector<Problem>& problems,
                                          const std::vector<api::Coded>& wording, FieldOf field_of) {
  std::vector<api::FieldError> errors;
  for (size_t i = 0; i < problems.size() && i < wording.size(); ++i)
    errors.push_back({field_of(problems[i]), {wording[i].ar, wording[i].en}});
  return errors;
}

// The 402 to answer when the establishment's balance does not cover `total`; nullopt when it does.
std::optional<Response> unless_balance_covers(PortalServices& services, int64_t establishment_id,
                                              domain::Money total);

// Inside the transaction, after unless_balance_covers said yes: pays `total` from the balance under the
// request number; a balance that changed meanwhile throws store::StoreError, rolling everything back.
void pay_fee(PortalServices& services, int64_t establishment_id, domain::Money total,
             const std::string& service_code, const std::string& request_number);

}  // namespace muqeem::portal

#include "portal/iqama_renewal_routes.h"

#include <algorithm>

#include "api/iqama_renewal_dto.h"
#include "domain/identifiers.h"
#include "portal/api_responses.h"
#include "portal/renewal_assessment.h"
#include "portal/renewal_wording.h"
#include "portal/service_support.h"
#include "portal/transaction.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

// The request's common part, checked: signed in, JSON, fields, a well-formed iqama number.
struct Checked {
  auth::Session session;
  api::RenewalRequest fields;
  std::string iqama_number;  // Western digits
};

domain::Result<Checked, Response> check(PortalServices& services, const Request& request, bool with_code) {
  auto session = session_of(services, request);
  if (!session) return unauthorised();
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  auto fields = api::read_renewal_request(*body, with_code, errors);
  if (!fields) return invalid_fields(std::move(errors));
  const auto number = domain::IqamaNumber::parse(fields->iqama_number);
  if (!number) return invalid_iqama_number();
  return Checked{std::move(*session), std::move(*fields), number->digits()};
}

}  // namespace

Response quote_renewal(PortalServices& services, const Request& request) {
  const auto checked = check(services, request, /*with_code=*/false);
  if (!checked) return checked.error();
  const auto assessed = assess_renewal(services, checked->session.establishment_id, checked->iqama_number,
                                       checked->fields.duration_months);
  if (!assessed) return assessed.error();
  return json_response(200, assessed->quote);
}

Response submit_renewal(PortalServices& services, const Request& request) {
  const auto checked = check(services, request, /*with_code=*/true);
  if (!checked) return checked.error();
  const auth::Session& session = checked->session;
  const int months = checked->fields.duration_months;
  // What makes two requests the same renewal; the security code is not part of it, since a retry
  // may carry a fresh one.
  const json fingerprint = {
      {"operation", kRenewalOperation}, {"iqamaNumber", checked->iqama_number}, {"durationMonths", months}};

  std::optional<Assessed> assessed;
  const auto refusal = [&]() -> std::optional<Response> {
    auto found = assess_renewal(services, session.establishment_id, checked->iqama_number, months);
    if (!found) return found.error();
    assessed = std::move(*found);
    const api::RenewalQuote& quote = assessed->quote;
    if (!quote.eligible) {
      return not_eligible({"لا يمكن تجديد هذه الإقامة الآن", "This iqama cannot be renewed now"},
                          under_fields(assessed->assessment.problems, quote.problems,
                                       [](domain::RenewalProblem p) { return field_of(p); }));
    }
    return unless_balance_covers(services, session.establishment_id, assessed->assessment.total);
  };

  const auto apply = [&]() -> AppliedChange {
    const api::RenewalResult result = record_assessed_renewal(services, session, *assessed);
    return {json_response(201, result), "renewed " + result.request_number};
  };

  return run_transaction(
      services, request,
      {session, kRenewalOperation, checked->iqama_number, fingerprint, checked->fields.security_code},
      refusal, apply);
}

}  // namespace muqeem::portal

#include "portal/iqama_renewal_routes.h"

#include <algorithm>

#include "api/iqama_renewal_dto.h"
#include "domain/identifiers.h"
#include "portal/api_responses.h"
#include "portal/renewal_wording.h"
#include "portal/service_support.h"
#include "portal/store/establishments.h"
#include "portal/store/renewals.h"
#include "portal/transaction.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

struct Assessed {
  store::RenewalSubject subject;
  domain::RenewalAssessment assessment;
  api::RenewalQuote quote;
};

// The one computation behind both the quote and the submit: the resident (only within the caller's
// establishment), the rules, and the quote an officer reads.
domain::Result<Assessed, Response> assess(PortalServices& services, const auth::Session& session,
                                          const std::string& iqama_number, int months) {
  if (!services.rules) return rules_unavailable();
  auto subject = store::find_renewal_subject(services.db, session.establishment_id, iqama_number);
  if (!subject) return resident_not_found();
  const store::ResidentFile& file = subject->file;
  domain::RenewalFacts facts;
  facts.iqama_expiry = stored_date(file.summary.iqama_expiry);
  facts.passport_expiry = stored_date(file.passport_expiry);
  if (file.insurance_expiry) facts.insurance_expiry = stored_date(*file.insurance_expiry);
  facts.inside_kingdom = file.inside_kingdom;
  facts.reported_absent = subject->reported_absent;
  facts.domestic_worker = subject->domestic_worker;
  facts.unpaid_violations = domain::Money::halalas(subject->unpaid_violations_halalas);
  facts.previous_late_renewals = subject->previous_late_renewals;

  const PortalRules& rules = *services.rules;
  const auto today = riyadh_today(services.now());
  auto assessment = domain::assess_renewal(rules.fees, rules.renewal, facts, months, today);
  api::RenewalQuote quote{
      file.summary.iqama_number,
      {file.summary.name_ar, file.summary.name_en},
      {file.summary.nationality_code, file.summary.nationality_ar, file.summary.nationality_en},
      file.passport_number,
      file.passport_expiry,
      {subject->sponsor_ar, subject->sponsor_en},
      facts.iqama_expiry.iso(),
      hijri_iso(facts.iqama_expiry),
      months,
      assessment.new_expiry.iso(),
      hijri_iso(assessment.new_expiry),
      {},
      assessment.total.in_halalas(),
      assessment.eligible(),
      {}};
  for (const auto& fee : assessment.fees)
    quote.fees.push_back({fee_code(fee.kind), fee_label(fee.kind, months), fee.amount.in_halalas()});
  const RenewalContext context{rules.fees, rules.renewal, facts, months, assessment.new_expiry};
  for (const auto problem : assessment.problems) quote.problems.push_back(describe(problem, context));
  return Assessed{std::move(*subject), std::move(assessment), std::move(quote)};
}

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
  const auto assessed =
      assess(services, checked->session, checked->iqama_number, checked->fields.duration_months);
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
    auto found = assess(services, session, checked->iqama_number, months);
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
    const api::RenewalQuote& quote = assessed->quote;
    const domain::Money total = assessed->assessment.total;
    domain::Money fee = domain::Money::halalas(0), fine = domain::Money::halalas(0);
    for (const auto& line : assessed->assessment.fees)
      (line.kind == domain::RenewalFeeKind::LateRenewalFine ? fine : fee) = line.amount;
    const PortalRules& rules = *services.rules;
    const std::string request_number =
        store::record_renewal(services.db,
                              {session.establishment_id, assessed->subject.file.summary.id, session.user_id,
                               months, stored_date(quote.iqama_expiry), assessed->assessment.new_expiry, fee,
                               fine, rules.renewal.sadad_service_code},
                              services.now());
    pay_fee(services, session.establishment_id, total, rules.renewal.sadad_service_code, request_number);
    const api::RenewalResult result{request_number,   quote.iqama_number,     quote.name,
                                    months,           quote.iqama_expiry,     quote.iqama_expiry_hijri,
                                    quote.new_expiry, quote.new_expiry_hijri, total.in_halalas()};
    return {json_response(201, result), "renewed " + request_number};
  };

  return run_transaction(
      services, request,
      {session, kRenewalOperation, checked->iqama_number, fingerprint, checked->fields.security_code},
      refusal, apply);
}

}  // namespace muqeem::portal

#include "portal/iqama_issue_routes.h"

#include "api/iqama_issue_dto.h"
#include "domain/identifiers.h"
#include "portal/api_responses.h"
#include "portal/auth/secrets.h"
#include "portal/issue_wording.h"
#include "portal/service_support.h"
#include "portal/store/establishments.h"
#include "portal/store/new_arrivals.h"
#include "portal/store/residents.h"
#include "portal/transaction.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

struct Assessed {
  store::ArrivalRow arrival;
  domain::IssueAssessment assessment;
  api::IssueQuote quote;
};

Response arrival_not_found() {
  return problem(
      404, "arrival-not-found",
      {"لا يوجد قادم جديد بهذا الرقم في منشأتك",
       "No new arrival with this border number in your establishment"},
      {{"borderNumber",
        {"تحقق من رقم الحدود في تأشيرة القادم", "Check the border number on the arrival's visa"}}});
}

// The one computation behind both the quote and the issue: the coded values named, the arrival (only
// within the caller's establishment), the rules, and the quote an officer reads.
domain::Result<Assessed, Response> assess(PortalServices& services, const auth::Session& session,
                                          const api::IssueRequest& fields) {
  if (!services.rules) return rules_unavailable();
  const auto occupation = store::find_lookup(services.db, store::Lookup::Occupations, fields.occupation_code);
  const auto nationality =
      store::find_lookup(services.db, store::Lookup::Nationalities, fields.nationality_code);
  std::vector<api::FieldError> unknown;
  if (!occupation)
    unknown.push_back(
        {"occupationCode", {"المهنة: اختر من القائمة", "The occupation: choose one from the list"}});
  if (!nationality)
    unknown.push_back(
        {"nationalityCode", {"الجنسية: اختر من القائمة", "The nationality: choose one from the list"}});
  if (!unknown.empty()) return invalid_fields(std::move(unknown));
  auto arrival = store::find_arrival(services.db, session.establishment_id, fields.border_number);
  if (!arrival) return arrival_not_found();

  domain::ArrivalFacts facts;
  facts.entry_date = stored_date(arrival->entry_date);
  facts.passport_expiry = stored_date(arrival->passport_expiry);
  if (arrival->insurance_expiry) facts.insurance_expiry = stored_date(*arrival->insurance_expiry);
  facts.inside_kingdom = arrival->inside_kingdom;
  facts.medical_exam_done = arrival->medical_exam_done;
  facts.fingerprint_taken = arrival->fingerprint_taken;
  facts.already_issued = arrival->iqama_number.has_value();

  const PortalRules& rules = *services.rules;
  const int months = fields.duration_months;
  auto assessment =
      domain::assess_issue(rules.fees, rules.issue, facts, months, riyadh_today(services.now()));
  api::IssueQuote quote{fields.border_number,
                        fields.name,
                        fields.mobile,
                        {nationality->code, nationality->ar, nationality->en},
                        {occupation->code, occupation->ar, occupation->en},
                        arrival->passport_number,
                        arrival->passport_expiry,
                        arrival->entry_date,
                        hijri_iso(facts.entry_date),
                        assessment.days_since_entry,
                        months,
                        assessment.expiry.iso(),
                        hijri_iso(assessment.expiry),
                        {},
                        assessment.total.in_halalas(),
                        assessment.eligible(),
                        {}};
  for (const auto& fee : assessment.fees)
    quote.fees.push_back(
        {fee_code(fee.kind), fee_label(fee.kind, months, rules.issue), fee.amount.in_halalas()});
  const IssueContext context{rules.issue, facts, arrival->iqama_number.value_or("")};
  for (const auto problem : assessment.problems) quote.problems.push_back(describe(problem, context));
  return Assessed{std::move(*arrival), std::move(assessment), std::move(quote)};
}

domain::Result<Signed<api::IssueRequest>, Response> check(PortalServices& services, const Request& request,
                                                          bool with_code) {
  return read_signed<api::IssueRequest>(services, request, [with_code](const json& body, auto& errors) {
    return api::read_issue_request(body, with_code, errors);
  });
}

// A new resident's iqama number: random, so numbers say nothing about who got one when, and free.
std::string new_iqama_number(store::Database& db) {
  for (;;) {
    const auto number = domain::IqamaNumber::for_resident(auth::random_digits(8));
    if (number && !store::iqama_number_taken(db, number->digits())) return number->digits();
  }
}

}  // namespace

Response new_arrivals(PortalServices& services, const Request& request) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  const int page = query_number(request, "page", 0),
            size = std::clamp(query_number(request, "size", 20), 1, 200);
  const auto found = store::arrivals_awaiting_iqama(services.db, session->establishment_id, page, size);
  api::NewArrivalPage out{{}, page, size, found.total_elements};
  for (const auto& arrival : found.rows) {
    out.content.push_back({arrival.border_number, arrival.passport_number, arrival.entry_date,
                           hijri_iso(stored_date(arrival.entry_date))});
  }
  return json_response(200, out);
}

Response quote_issue(PortalServices& services, const Request& request) {
  const auto checked = check(services, request, /*with_code=*/false);
  if (!checked) return checked.error();
  const auto assessed = assess(services, checked->session, checked->fields);
  if (!assessed) return assessed.error();
  return json_response(200, assessed->quote);
}

Response submit_issue(PortalServices& services, const Request& request) {
  const auto checked = check(services, request, /*with_code=*/true);
  if (!checked) return checked.error();
  const auth::Session& session = checked->session;
  const api::IssueRequest& fields = checked->fields;
  // What makes two requests the same issue: everything but the security code, which a retry may renew.
  json fingerprint = fields;
  fingerprint.erase("securityCode");
  fingerprint["operation"] = kIssueOperation;

  std::optional<Assessed> assessed;
  const auto refusal = [&]() -> std::optional<Response> {
    auto found = assess(services, session, fields);
    if (!found) return found.error();
    assessed = std::move(*found);
    if (!assessed->quote.eligible) {
      return not_eligible({"لا يمكن إصدار الإقامة الآن", "The iqama cannot be issued now"},
                          under_fields(assessed->assessment.problems, assessed->quote.problems,
                                       [](domain::IssueProblem p) { return field_of(p); }));
    }
    return unless_balance_covers(services, session.establishment_id, assessed->assessment.total);
  };

  const auto apply = [&]() -> AppliedChange {
    const domain::IssueAssessment& assessment = assessed->assessment;
    domain::Money fee = domain::Money::halalas(0), fine = domain::Money::halalas(0);
    for (const auto& line : assessment.fees)
      (line.kind == domain::IssueFeeKind::LateIssueFine ? fine : fee) = line.amount;
    const std::string& service_code = services.rules->issue.sadad_service_code;
    const std::string iqama_number = new_iqama_number(services.db);
    const std::string request_number =
        store::record_issue(services.db, assessed->arrival,
                            {session.establishment_id, session.user_id, iqama_number, fields.name.ar,
                             fields.name.en, fields.mobile, fields.nationality_code, fields.occupation_code,
                             fields.duration_months, assessment.expiry, fee, fine, service_code},
                            services.now());
    pay_fee(services, session.establishment_id, assessment.total, service_code, request_number);
    const api::IssueQuote& quote = assessed->quote;
    const api::IssueResult result{request_number,        iqama_number,
                                  quote.border_number,   quote.name,
                                  quote.nationality,     quote.occupation,
                                  quote.duration_months, quote.expiry,
                                  quote.expiry_hijri,    assessment.total.in_halalas()};
    return {json_response(201, result), "issued " + iqama_number + " by " + request_number};
  };

  return run_transaction(services, request,
                         {session, kIssueOperation, fields.border_number, fingerprint, fields.security_code},
                         refusal, apply);
}

}  // namespace muqeem::portal

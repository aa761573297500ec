#include "portal/occupation_change_routes.h"

#include "api/occupation_change_dto.h"
#include "portal/api_responses.h"
#include "portal/service_support.h"
#include "portal/store/establishments.h"
#include "portal/store/occupation_changes.h"
#include "portal/store/resident_facts.h"
#include "portal/store/residents.h"
#include "portal/transaction.h"
#include "portal/transaction_wording.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

struct Assessed {
  int64_t resident_id = 0;
  domain::OccupationChangeAssessment assessment;
  api::OccupationChangeQuote quote;
};

api::Coded coded(const store::CodedRow& row) {
  return {row.code, row.ar, row.en};
}

// The one computation behind both the quote and the change.
domain::Result<Assessed, Response> assess(PortalServices& services, const auth::Session& session,
                                          const api::OccupationChangeRequest& fields) {
  if (!services.rules) return rules_unavailable();
  const auto requested = store::find_lookup(services.db, store::Lookup::Occupations, fields.occupation_code);
  if (!requested) {
    return invalid_fields(
        {{"occupationCode",
          {"المهنة الجديدة: اختر من القائمة", "The new occupation: choose one from the list"}}});
  }
  const auto file = store::find_resident(services.db, session.establishment_id, fields.iqama_number);
  if (!file) return resident_not_found();
  const store::ResidentFacts facts = store::facts_of(services.db, file->summary.id);
  OccupationWording wording{
      {file->summary.occupation_code, file->summary.occupation_ar, file->summary.occupation_en},
      coded(*requested),
      std::nullopt};
  if (facts.qiwa_approved_occupation) {
    if (const auto approved =
            store::find_lookup(services.db, store::Lookup::Occupations, *facts.qiwa_approved_occupation))
      wording.approved = coded(*approved);
  }
  const domain::OccupationChangeRules& rules = services.rules->occupation_change;
  auto assessment = domain::assess_occupation_change(
      rules, {file->summary.occupation_code, requested->code, facts.qiwa_approved_occupation});
  api::OccupationChangeQuote quote{
      file->summary.iqama_number,
      {file->summary.name_ar, file->summary.name_en},
      wording.current,
      wording.requested,
      wording.approved,
      {{"occupation-change-fee", occupation_change_fee_label(), assessment.fee.in_halalas()}},
      assessment.fee.in_halalas(),
      assessment.eligible(),
      {}};
  for (const auto problem : assessment.problems) quote.problems.push_back(describe(problem, wording));
  return Assessed{file->summary.id, std::move(assessment), std::move(quote)};
}

domain::Result<Signed<api::OccupationChangeRequest>, Response> check(PortalServices& services,
                                                                     const Request& request, bool with_code) {
  return read_signed<api::OccupationChangeRequest>(
      services, request, [with_code](const json& body, auto& errors) {
        return api::read_occupation_change_request(body, with_code, errors);
      });
}

}  // namespace

Response quote_occupation_change(PortalServices& services, const Request& request) {
  const auto checked = check(services, request, /*with_code=*/false);
  if (!checked) return checked.error();
  const auto assessed = assess(services, checked->session, checked->fields);
  if (!assessed) return assessed.error();
  return json_response(200, assessed->quote);
}

Response submit_occupation_change(PortalServices& services, const Request& request) {
  const auto checked = check(services, request, /*with_code=*/true);
  if (!checked) return checked.error();
  const auth::Session& session = checked->session;
  const api::OccupationChangeRequest& fields = checked->fields;
  const json fingerprint = {{"operation", kOccupationChangeOperation},
                            {"iqamaNumber", fields.iqama_number},
                            {"occupationCode", fields.occupation_code}};

  std::optional<Assessed> assessed;
  const auto refusal = [&]() -> std::optional<Response> {
    auto found = assess(services, session, fields);
    if (!found) return found.error();
    assessed = std::move(*found);
    if (!assessed->quote.eligible) {
      return not_eligible(
          {"لا يمكن تغيير مهنة هذا المقيم الآن", "This resident's occupation cannot be changed now"},
          under_fields(assessed->assessment.problems, assessed->quote.problems,
                       [](domain::OccupationChangeProblem) { return "occupationCode"; }));
    }
    return unless_balance_covers(services, session.establishment_id, assessed->assessment.fee);
  };

  const auto apply = [&]() -> AppliedChange {
    const api::OccupationChangeQuote& quote = assessed->quote;
    const domain::Money fee = assessed->assessment.fee;
    const std::string& service_code = services.rules->occupation_change.sadad_service_code;
    const std::string request_number = store::record_occupation_change(
        services.db,
        {session.establishment_id, assessed->resident_id, session.user_id, quote.current_occupation.code,
         quote.new_occupation.code, fee, service_code},
        services.now());
    pay_fee(services, session.establishment_id, fee, service_code, request_number);
    const api::OccupationChangeResult result{request_number,       quote.iqama_number,
                                             quote.name,           quote.current_occupation,
                                             quote.new_occupation, fee.in_halalas()};
    return {json_response(201, result), "changed to " + quote.new_occupation.code + " by " + request_number};
  };

  return run_transaction(
      services, request,
      {session, kOccupationChangeOperation, fields.iqama_number, fingerprint, fields.security_code}, refusal,
      apply);
}

}  // namespace muqeem::portal

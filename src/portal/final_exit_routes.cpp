// Final exit: issuing one as a quote and its submit computing through one function. Free; the
// resident must leave within the rules' days.
#include <nlohmann/json.hpp>

#include "domain/identifiers.h"
#include "portal/visa_routes.h"
#include "portal/visa_services.h"

namespace muqeem::portal {

Response final_exit(PortalServices& services, const Request& request, bool submit) {
  const auto checked =
      check_request<api::FinalExitRequest>(services, request, submit, api::read_final_exit_request);
  if (!checked) return checked.error();
  const auto number = domain::IqamaNumber::parse(checked->fields.iqama_number);
  if (!number) return invalid_iqama_number();
  const auth::Session& session = checked->session;

  const auto assess = [&]() -> Assessed {
    const domain::VisaRules& rules = services.rules->visas;
    const domain::CivilDate today = riyadh_today(services.now());
    const auto holder = find_holder(services, session.establishment_id, number->digits(), today);
    if (!holder) return holder.error();
    return assessed_of(*holder, domain::assess_final_exit(rules, holder->facts, today),
                       store::visa_type(services.db, "final-exit"), rules.final_exit.passport_min_valid_days,
                       std::nullopt, {"iqamaNumber", "iqamaNumber"});
  };
  if (!submit) return quote_answer(assess());

  const nlohmann::json fingerprint = {{"operation", kFinalExitOperation}, {"iqamaNumber", number->digits()}};
  return submit_visa(services, request,
                     {session,
                      kFinalExitOperation,
                      number->digits(),
                      fingerprint,
                      checked->fields.security_code,
                      {"لا يمكن إصدار تأشيرة الخروج النهائي الآن", "A final exit cannot be issued now"},
                      "issued"},
                     assess, [&](const VisaAssessed& assessed, const store::VisaCharge& charge) {
                       return record_new_visa(services, assessed, charge);
                     });
}

}  // namespace muqeem::portal

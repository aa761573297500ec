// Cancelling an unused visa, exit/re-entry or final exit, within its window: a quote and its submit
// computing through one function. Nothing paid for the visa is refunded.
#include <nlohmann/json.hpp>

#include "portal/visa_routes.h"
#include "portal/visa_services.h"
#include "portal/visa_wording.h"

namespace muqeem::portal {

Response visa_cancellation(PortalServices& services, const Request& request, const std::string& visa,
                           bool submit) {
  const auto checked =
      check_request<api::CancellationRequest>(services, request, submit, api::read_cancellation_request);
  if (!checked) return checked.error();
  const auto visa_number = visa_number_of(visa);
  if (!visa_number) return invalid_visa_number();
  const auth::Session& session = checked->session;

  const auto assess = [&]() -> Assessed {
    const domain::VisaRules& rules = services.rules->visas;
    const domain::CivilDate today = riyadh_today(services.now());
    const auto found = find_visa_and_holder(services, session.establishment_id, *visa_number, today);
    if (!found) return found.error();
    const store::VisaRecord& record = found->visa;
    VisaAssessed out = assessed_of(
        found->holder, domain::assess_cancellation(rules, found->holder.facts, existing(record), today),
        {record.type_code, record.type_ar, record.type_en}, rules.exit_reentry.passport_min_valid_days,
        record, {"visaNumber", "visaNumber"});
    if (out.assessment.fee > domain::Money::halalas(0))
      out.quote.fees.push_back(cancellation_fee_line(out.assessment.fee));
    out.quote.total_halalas = out.assessment.fee.in_halalas();
    out.service_code = rules.exit_reentry.sadad_cancellation;
    return out;
  };
  if (!submit) return quote_answer(assess());

  const nlohmann::json fingerprint = {{"operation", kCancellationOperation}, {"visaNumber", *visa_number}};
  return submit_visa(services, request,
                     {session,
                      kCancellationOperation,
                      *visa_number,
                      fingerprint,
                      checked->fields.security_code,
                      {"لا يمكن إلغاء هذه التأشيرة", "This visa cannot be cancelled"},
                      "cancelled"},
                     assess, [&](const VisaAssessed& assessed, const store::VisaCharge& charge) {
                       store::record_cancellation(services.db, assessed.visa->id, charge, services.now());
                       return assessed.visa->visa_number;
                     });
}

}  // namespace muqeem::portal

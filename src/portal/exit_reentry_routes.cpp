// Exit/re-entry visas: issuing one (single or multiple, for days or until a date) and extending one,
// each as a quote and its submit computing through one function.
#include <nlohmann/json.hpp>

#include "domain/identifiers.h"
#include "portal/visa_routes.h"
#include "portal/visa_services.h"
#include "portal/visa_wording.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

// The length as the request gave it: what a retry with the same key must repeat.
void add_period(json& fingerprint, const char* days_field, const std::optional<int>& days,
                const std::string& date) {
  if (days)
    fingerprint[days_field] = *days;
  else
    fingerprint["returnBefore"] = date;
}

}  // namespace

Response exit_reentry_visa(PortalServices& services, const Request& request, bool submit) {
  const auto checked =
      check_request<api::ExitReentryRequest>(services, request, submit, api::read_exit_reentry_request);
  if (!checked) return checked.error();
  const api::ExitReentryRequest& fields = checked->fields;
  const auto number = domain::IqamaNumber::parse(fields.iqama_number);
  if (!number) return invalid_iqama_number();
  const auth::Session& session = checked->session;
  const bool single = fields.type == "single";

  const auto assess = [&]() -> Assessed {
    const PortalRules& rules = *services.rules;
    const domain::CivilDate today = riyadh_today(services.now());
    const auto holder = find_holder(services, session.establishment_id, number->digits(), today);
    if (!holder) return holder.error();
    const domain::CivilDate return_before = fields.duration_days
                                                ? today.plus_days(*fields.duration_days)
                                                : stored_date(fields.return_before);  // checked when read
    const auto kind = single ? domain::ExitReentryKind::Single : domain::ExitReentryKind::Multiple;
    VisaAssessed out = assessed_of(
        *holder,
        domain::assess_exit_reentry(rules.fees, rules.visas, holder->facts, kind, return_before, today),
        store::visa_type(services.db, single ? "exit-reentry-single" : "exit-reentry-multiple"),
        rules.visas.exit_reentry.passport_min_valid_days, std::nullopt,
        {"iqamaNumber", fields.duration_days ? "durationDays" : "returnBefore"});
    out.quote.fees.push_back(issue_fee_line(kind, out.assessment));
    out.quote.total_halalas = out.assessment.fee.in_halalas();
    out.service_code =
        single ? rules.visas.exit_reentry.sadad_single : rules.visas.exit_reentry.sadad_multiple;
    return out;
  };
  if (!submit) return quote_answer(assess());

  json fingerprint = {
      {"operation", kExitReentryOperation}, {"iqamaNumber", number->digits()}, {"type", fields.type}};
  add_period(fingerprint, "durationDays", fields.duration_days, fields.return_before);
  return submit_visa(services, request,
                     {session,
                      kExitReentryOperation,
                      number->digits(),
                      fingerprint,
                      fields.security_code,
                      {"لا يمكن إصدار هذه التأشيرة الآن", "This visa cannot be issued now"},
                      "issued"},
                     assess, [&](const VisaAssessed& assessed, const store::VisaCharge& charge) {
                       return record_new_visa(services, assessed, charge);
                     });
}

Response exit_reentry_extension(PortalServices& services, const Request& request, const std::string& visa,
                                bool submit) {
  const auto checked =
      check_request<api::ExtensionRequest>(services, request, submit, api::read_extension_request);
  if (!checked) return checked.error();
  const auto visa_number = visa_number_of(visa);
  if (!visa_number) return invalid_visa_number();
  const api::ExtensionRequest& fields = checked->fields;
  const auth::Session& session = checked->session;

  const auto assess = [&]() -> Assessed {
    const PortalRules& rules = *services.rules;
    const domain::CivilDate today = riyadh_today(services.now());
    const auto found = find_visa_and_holder(services, session.establishment_id, *visa_number, today);
    if (!found) return found.error();
    const store::VisaRecord& record = found->visa;
    const Holder& holder = found->holder;
    const domain::ExistingVisa current = existing(record);
    const domain::CivilDate until = fields.additional_days
                                        ? current.expires_on.plus_days(*fields.additional_days)
                                        : stored_date(fields.return_before);
    VisaAssessed out = assessed_of(
        holder, domain::assess_extension(rules.fees, rules.visas, holder.facts, current, until, today),
        {record.type_code, record.type_ar, record.type_en}, rules.visas.exit_reentry.passport_min_valid_days,
        record, {"visaNumber", fields.additional_days ? "additionalDays" : "returnBefore"});
    if (out.assessment.fee > domain::Money::halalas(0))
      out.quote.fees.push_back(extension_fee_line(out.assessment, !holder.facts.inside_kingdom));
    out.quote.total_halalas = out.assessment.fee.in_halalas();
    out.service_code = current.kind == domain::VisaKind::ExitReentryMultiple
                           ? rules.visas.exit_reentry.sadad_multiple
                           : rules.visas.exit_reentry.sadad_single;
    return out;
  };
  if (!submit) return quote_answer(assess());

  json fingerprint = {{"operation", kExtensionOperation}, {"visaNumber", *visa_number}};
  add_period(fingerprint, "additionalDays", fields.additional_days, fields.return_before);
  return submit_visa(services, request,
                     {session,
                      kExtensionOperation,
                      *visa_number,
                      fingerprint,
                      fields.security_code,
                      {"لا يمكن تمديد هذه التأشيرة الآن", "This visa cannot be extended now"},
                      "extended"},
                     assess, [&](const VisaAssessed& assessed, const store::VisaCharge& charge) {
                       store::record_extension(services.db, assessed.visa->id, assessed.assessment.expires_on,
                                               charge, services.now());
                       return assessed.visa->visa_number;
                     });
}

}  // namespace muqeem::portal

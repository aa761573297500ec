#include "portal/passport_update_routes.h"

#include "api/passport_update_dto.h"
#include "portal/api_responses.h"
#include "portal/service_support.h"
#include "portal/store/passport_updates.h"
#include "portal/store/residents.h"
#include "portal/transaction.h"
#include "portal/transaction_wording.h"

namespace muqeem::portal {

Response submit_passport_update(PortalServices& services, const Request& request) {
  const auto checked =
      read_signed<api::PassportUpdateRequest>(services, request, api::read_passport_update_request);
  if (!checked) return checked.error();
  const auth::Session& session = checked->session;
  const api::PassportUpdateRequest& fields = checked->fields;
  nlohmann::json fingerprint = fields;
  fingerprint.erase("securityCode");
  fingerprint["operation"] = kPassportUpdateOperation;
  // The reader made sure both are dates.
  const domain::CivilDate issued_on = stored_date(fields.issue_date),
                          expires_on = stored_date(fields.expiry_date);

  std::optional<store::ResidentFile> file;
  std::optional<store::CodedRow> country;
  const auto refusal = [&]() -> std::optional<Response> {
    if (!services.rules) return rules_unavailable();
    std::vector<api::FieldError> mistakes;
    country = store::find_lookup(services.db, store::Lookup::Nationalities, fields.issuing_country);
    if (!country) {
      mistakes.push_back({"issuingCountry",
                          {"بلد الإصدار: اختر من القائمة", "The issuing country: choose one from the list"}});
    }
    for (const auto problem :
         domain::check_passport_dates(issued_on, expires_on, riyadh_today(services.now())))
      mistakes.push_back(describe(problem));
    if (!mistakes.empty()) return invalid_fields(std::move(mistakes));
    file = store::find_resident(services.db, session.establishment_id, fields.iqama_number);
    if (!file) return resident_not_found();
    return std::nullopt;
  };

  const auto apply = [&]() -> AppliedChange {
    const std::string request_number = store::record_passport_update(
        services.db,
        {session.establishment_id, file->summary.id, session.user_id, file->passport_number,
         file->passport_expiry, fields.passport_number, issued_on, expires_on, country->code,
         services.rules->passport_update.request_prefix},
        services.now());
    const api::PassportUpdateResult result{request_number,
                                           file->summary.iqama_number,
                                           {file->summary.name_ar, file->summary.name_en},
                                           file->passport_number,
                                           file->passport_expiry,
                                           fields.passport_number,
                                           issued_on.iso(),
                                           expires_on.iso(),
                                           hijri_iso(expires_on),
                                           {country->code, country->ar, country->en}};
    return {json_response(201, result), "passport " + fields.passport_number + " by " + request_number};
  };

  return run_transaction(
      services, request,
      {session, kPassportUpdateOperation, fields.iqama_number, fingerprint, fields.security_code}, refusal,
      apply);
}

}  // namespace muqeem::portal

#include "portal/resident_routes.h"

#include <algorithm>

#include "api/resident_file_dto.h"
#include "domain/identifiers.h"
#include "portal/api_responses.h"
#include "portal/service_support.h"
#include "portal/store/passport_updates.h"
#include "portal/store/resident_records.h"
#include "portal/store/residents.h"

namespace muqeem::portal {
namespace {

api::ResidentSummary summary_of(const store::ResidentRow& row) {
  return {row.iqama_number,
          {row.name_ar, row.name_en},
          {row.nationality_code, row.nationality_ar, row.nationality_en},
          {row.occupation_code, row.occupation_ar, row.occupation_en},
          row.iqama_expiry,
          row.status};
}

}  // namespace

domain::Result<store::IqamaValidity, Response> iqama_validity_of(const Request& request) {
  const auto found = request.query.find("status");
  const std::string status = found == request.query.end() ? std::string() : found->second;
  if (status.empty()) return store::IqamaValidity::Any;
  if (status == "expired") return store::IqamaValidity::Expired;
  if (status == "valid") return store::IqamaValidity::Valid;
  // Ignoring an unknown filter would show every resident under a heading that says otherwise.
  return invalid_fields({{"status",
                          {"حالة الإقامة إما منتهية (expired) أو سارية (valid)",
                           "The iqama status is either expired or valid"}}});
}

api::ResidentFile resident_file_of(PortalServices& services, const store::ResidentFile& found) {
  const auto expiry = domain::CivilDate::parse(found.summary.iqama_expiry);
  api::ResidentFile file{summary_of(found.summary),
                         found.gender,
                         found.birth_date,
                         expiry ? hijri_iso(*expiry) : "",
                         found.passport_number,
                         found.passport_expiry,
                         found.insurance_expiry,
                         found.inside_kingdom,
                         {},
                         {},
                         {},
                         {},
                         {}};
  const int64_t id = found.summary.id;
  if (const auto issue = store::current_passport_issue(services.db, id)) {
    file.passport_issued_on = issue->issued_on;
    file.passport_issuing_country = api::Coded{issue->country_code, issue->country_ar, issue->country_en};
  }
  for (const auto& visa : store::visas_of(services.db, id, riyadh_today(services.now()))) {
    file.visas.push_back({visa.visa_number,
                          {visa.type_code, visa.type_ar, visa.type_en},
                          {visa.status_code, visa.status_ar, visa.status_en},
                          visa.issued_on,
                          visa.expires_on});
  }
  for (const auto& violation : store::traffic_violations_of(services.db, id)) {
    file.traffic_violations.push_back({violation.violation_number,
                                       violation.issued_on,
                                       {violation.kind_ar, violation.kind_en},
                                       violation.amount_halalas,
                                       violation.paid});
  }
  for (const auto& dependant : store::dependants_of(services.db, id)) {
    file.dependants.push_back(
        {{dependant.name_ar, dependant.name_en},
         {dependant.relationship_code, dependant.relationship_ar, dependant.relationship_en},
         dependant.birth_date});
  }
  for (const auto& licence : store::driving_licences_of(services.db, id)) {
    file.driving_licences.push_back(
        {{licence.type_code, licence.type_ar, licence.type_en}, licence.issued_on, licence.expires_on});
  }
  for (const auto& vehicle : store::vehicles_of(services.db, id)) {
    file.vehicles.push_back({vehicle.sequence_number,
                             {vehicle.plate_ar, vehicle.plate_en},
                             {vehicle.make_ar, vehicle.make_en},
                             vehicle.model,
                             static_cast<int>(vehicle.year),
                             vehicle.registration_expiry});
  }
  return file;
}

Response resident_file(PortalServices& services, const Request& request, const std::string& iqama) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  const auto number = domain::IqamaNumber::parse(iqama);
  if (!number) return invalid_iqama_number();
  // Another establishment's resident answers exactly like one that does not exist.
  const auto found = store::find_resident(services.db, session->establishment_id, number->digits());
  if (!found) return resident_not_found();
  return json_response(200, resident_file_of(services, *found));
}

Response residents_list(PortalServices& services, const Request& request) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  const auto param = [&request](const char* name) { return query_text(request, name); };
  store::ResidentQuery query;
  query.establishment_id = session->establishment_id;  // from the session, never from the request
  query.text = param("query");
  query.nationality_code = param("nationality");
  if (!param("expiringWithinDays").empty())
    query.expiring_within_days = query_number(request, "expiringWithinDays", 30);
  const auto validity = iqama_validity_of(request);
  if (!validity) return validity.error();
  query.validity = *validity;
  query.today = riyadh_today(services.now());
  const Paging paging = paging_of(request);
  query.page = paging.page;
  query.size = paging.size;
  const std::string sort = param("sort");
  query.sort = sort.rfind("iqamaExpiry", 0) == 0   ? store::ResidentSort::IqamaExpiry
               : sort.rfind("nameAr", 0) == 0      ? store::ResidentSort::NameAr
               : sort.rfind("iqamaNumber", 0) == 0 ? store::ResidentSort::IqamaNumber
                                                   : store::ResidentSort::NameEn;
  query.descending = sort.size() > 5 && sort.substr(sort.size() - 5) == ",desc";
  const store::ResidentPage found = store::search_residents(services.db, query);
  api::ResidentPage page{{}, query.page, query.size, found.total_elements};
  for (const auto& row : found.rows) page.content.push_back(summary_of(row));
  return json_response(200, page);
}

}  // namespace muqeem::portal

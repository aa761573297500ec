#include "portal/establishment_routes.h"

#include "api/establishment_dto.h"
#include "portal/api_responses.h"
#include "portal/store/establishments.h"
#include "portal/store/users.h"

namespace muqeem::portal {

api::Coded package_of(const std::string& code) {
  // DOMAIN.md: Comprehensive (services included) or Transactions (pay per service).
  if (code == "comprehensive") return {code, "شامل", "Comprehensive"};
  return {code, "المعاملات", "Transactions"};
}

Response establishment_profile(PortalServices& services, const Request& request) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  // The session's establishment, never one named in the request.
  const auto found = store::find_establishment(services.db, session->establishment_id);
  if (!found) return unauthorised();
  const store::ExpiryCounts counts =
      store::expiry_counts(services.db, found->id, riyadh_today(services.now()));
  const store::UserAccess access = store::user_access(services.db, session->user_id);
  api::Officer officer{access.primary, {access.permissions.begin(), access.permissions.end()}};
  return json_response(
      200, api::EstablishmentProfile{found->unified_number,
                                     {found->name_ar, found->name_en},
                                     package_of(found->package),
                                     found->balance_halalas,
                                     {counts.residents, counts.expired, counts.within_30_days,
                                      counts.within_60_days, counts.within_90_days, counts.by_week},
                                     std::move(officer)});
}

}  // namespace muqeem::portal

#include "portal/transaction_routes.h"

#include "portal/iqama_issue_routes.h"
#include "portal/occupation_change_routes.h"
#include "portal/passport_update_routes.h"
#include "portal/service_transfer_routes.h"

namespace muqeem::portal {

std::optional<Response> route_transactions(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  const bool post = request.method == "POST", get = request.method == "GET";
  if (path == "/api/v1/new-arrivals" && get) return new_arrivals(services, request);
  if (path == "/api/v1/iqama-issues/quote" && post) return quote_issue(services, request);
  if (path == "/api/v1/iqama-issues" && post) return submit_issue(services, request);
  if (path == "/api/v1/occupation-changes/quote" && post) return quote_occupation_change(services, request);
  if (path == "/api/v1/occupation-changes" && post) return submit_occupation_change(services, request);
  if (path == "/api/v1/passport-updates" && post) return submit_passport_update(services, request);
  return route_service_transfers(services, request);
}

}  // namespace muqeem::portal

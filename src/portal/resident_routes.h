#pragma once
// The establishment's residents: GET /api/v1/residents (searched, filtered by nationality, iqama
// validity and expiry window, sorted, paged) and GET /api/v1/residents/{iqama} (one resident's file
// with visas, traffic violations and dependants). Always within the session's establishment.
#include <string>

#include "api/resident_file_dto.h"
#include "domain/result.h"
#include "portal/api_routes.h"
#include "portal/store/residents.h"

namespace muqeem::portal {

Response residents_list(PortalServices& services, const Request& request);
// One resident's file as the API shows it, from the record found within the caller's establishment.
api::ResidentFile resident_file_of(PortalServices& services, const store::ResidentFile& found);
// The `status` filter (expired or valid, as iqama_expiry.h defines them; absent: any), or a 400
// problem naming the field: the residents list and the reports read it alike.
domain::Result<store::IqamaValidity, Response> iqama_validity_of(const Request& request);
Response resident_file(PortalServices& services, const Request& request, const std::string& iqama);

}  // namespace muqeem::portal

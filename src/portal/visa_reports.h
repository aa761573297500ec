#pragma once
// The reports on visas (DOMAIN.md "Reports"): the visas themselves with their status, every visa
// transaction (issued, extended, cancelled) with its fee, and the final exits.
#include "domain/civil_date.h"
#include "portal/report_catalogue.h"

namespace muqeem::portal {

ReportDefinition visas_report(const domain::CivilDate& today);
ReportDefinition visa_transactions_report(const domain::CivilDate& today);
ReportDefinition final_exits_report(const domain::CivilDate& today);

}  // namespace muqeem::portal

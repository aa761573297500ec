#pragma once
// The reports on the services beyond renewal (DOMAIN.md "Reports"): iqamas issued to new arrivals,
// changes of occupation and transfers of services, each with its request number, day and fee.
#include "domain/civil_date.h"
#include "portal/report_catalogue.h"

namespace muqeem::portal {

ReportDefinition iqama_issues_report(const domain::CivilDate& today);
ReportDefinition occupation_changes_report(const domain::CivilDate& today);
ReportDefinition transfers_report(const domain::CivilDate& today);

}  // namespace muqeem::portal

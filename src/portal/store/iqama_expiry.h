#pragma once
// What an expired and an expiring iqama are, written once. The dashboard's counts, the residents
// list's filters and the reports all put these conditions into their statements, so a figure and the
// list behind it always agree. On `today` in Riyadh:
//   expired                   the expiry is before today;
//   valid                     the expiry is today or later;
//   expiring within N days    valid, and the expiry is on or before today + N (so 60 includes 30).
// Each condition reads r.iqama_expiry (the resident table as `r`); ISO dates compare as text, on the
// (establishment_id, iqama_expiry) index.
#include "domain/civil_date.h"
#include "portal/store/sql.h"

namespace muqeem::portal::store {

Sql iqama_expired(const domain::CivilDate& today);
Sql iqama_valid(const domain::CivilDate& today);
// The expiry is on or before today + N days, whether or not it has passed.
Sql iqama_expiring_by(const domain::CivilDate& today, int days);
// Valid, and expiring on or before today + N days: the dashboard's "expiring within N days".
Sql iqama_expiring_within(const domain::CivilDate& today, int days);

}  // namespace muqeem::portal::store

#include "portal/store/iqama_expiry.h"

namespace muqeem::portal::store {

Sql iqama_expired(const domain::CivilDate& today) {
  return {"r.iqama_expiry < ?", {today.iso()}};
}

Sql iqama_valid(const domain::CivilDate& today) {
  return {"r.iqama_expiry >= ?", {today.iso()}};
}

Sql iqama_expiring_by(const domain::CivilDate& today, int days) {
  return {"r.iqama_expiry <= ?", {today.plus_days(days).iso()}};
}

Sql iqama_expiring_within(const domain::CivilDate& today, int days) {
  return iqama_valid(today) + " AND " + iqama_expiring_by(today, days);
}

}  // namespace muqeem::portal::store

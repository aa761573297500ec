#include "domain/fees.h"

#include <algorithm>

namespace muqeem::domain {

Money iqama_fee(const FeeSchedule& schedule, int months) {
  const int64_t halalas = schedule.iqama_per_year.in_halalas() * months;  // over 12, in riyals
  const int64_t riyals = (halalas / 100 * 2 + 12) / 24;  // round(halalas / 100 / 12), halves up
  return Money::riyals(riyals);
}

bool is_allowed_renewal_duration(const FeeSchedule& schedule, int months) {
  return std::find(schedule.renewal_months.begin(), schedule.renewal_months.end(), months) !=
         schedule.renewal_months.end();
}

Money exit_reentry_fee(const FeeSchedule& schedule, ExitReentryKind kind, int months, bool abroad) {
  const bool single = kind == ExitReentryKind::Single;
  const Money base = single ? schedule.exit_reentry_single_base : schedule.exit_reentry_multiple_base;
  const int base_months =
      single ? schedule.exit_reentry_single_base_months : schedule.exit_reentry_multiple_base_months;
  const Money extra =
      single ? schedule.exit_reentry_single_extra_month : schedule.exit_reentry_multiple_extra_month;
  const int extra_months = std::max(0, months - base_months);
  return base + extra * (extra_months * (abroad ? schedule.abroad_extra_month_factor : 1));
}

}  // namespace muqeem::domain

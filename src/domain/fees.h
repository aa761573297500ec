#pragma once
// Fees and rules as data (assets/rules/fees.json, figures from DOMAIN.md), and the arithmetic on them.
// The schedule is plain data: the layer that reads files fills it in.
#include <vector>

#include "domain/money.h"

namespace muqeem::domain {

struct FeeSchedule {
  Money iqama_per_year = Money::riyals(0);
  std::vector<int> renewal_months;  // the durations a renewal may be for
  int late_renewal_grace_days = 0;
  Money late_renewal_first = Money::riyals(0);
  Money late_renewal_repeat = Money::riyals(0);
  Money exit_reentry_single_base = Money::riyals(0);
  int exit_reentry_single_base_months = 0;
  Money exit_reentry_single_extra_month = Money::riyals(0);
  Money exit_reentry_multiple_base = Money::riyals(0);
  int exit_reentry_multiple_base_months = 0;
  Money exit_reentry_multiple_extra_month = Money::riyals(0);
  int abroad_extra_month_factor = 1;  // the extra-month fee is multiplied when the resident is abroad
};

// The iqama fee for `months`: the yearly fee pro rata, rounded to the nearest riyal, halves up
// (3 months of SAR 650 a year: SAR 162.50, charged SAR 163).
Money iqama_fee(const FeeSchedule& schedule, int months);

bool is_allowed_renewal_duration(const FeeSchedule& schedule, int months);

enum class ExitReentryKind { Single, Multiple };

// Base fee for the base period, then a fee for each month (or part) beyond it.
Money exit_reentry_fee(const FeeSchedule& schedule, ExitReentryKind kind, int months, bool abroad);

}  // namespace muqeem::domain

#pragma once
// Whether an iqama can be renewed for a duration, what it costs and until when it will run: every
// problem at once (an officer fixes them all before coming back), from rules kept as data
// (assets/rules/renewal.json and fees.json). The quote and the submit both call this, so they agree.
#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "domain/fees.h"
#include "domain/money.h"

namespace muqeem::domain {

struct RenewalRules {
  int window_months = 0;            // open only while fewer months than this remain
  int passport_min_valid_days = 0;  // the passport must last at least this long from today
  std::vector<int> domestic_worker_excluded_months;
  std::string sadad_service_code;
  int batch_max_items = 0;  // the most iqamas one renewal batch may hold
};

// What the records say about the resident, as of today.
struct RenewalFacts {
  CivilDate iqama_expiry{1970, 1, 1};
  CivilDate passport_expiry{1970, 1, 1};
  std::optional<CivilDate> insurance_expiry;  // none: no medical insurance on record
  bool inside_kingdom = true;
  bool reported_absent = false;
  bool domestic_worker = false;
  Money unpaid_violations = Money::halalas(0);
  int previous_late_renewals = 0;  // the fine grows after the first
};

enum class RenewalProblem {
  NotYetDue,           // more validity left than the window allows
  PassportExpired,     // already expired
  PassportExpiring,    // valid, but for less than the rules ask
  NoMedicalInsurance,  // none on record, or expired
  OutsideKingdom,
  UnpaidViolations,
  ReportedAbsent,
  DurationNotAllowed,  // not one of the durations, or excluded for domestic workers
  DurationTooShort     // counted from the old expiry, the new one would already be past
};

enum class RenewalFeeKind { IqamaFee, LateRenewalFine };

struct RenewalFee {
  RenewalFeeKind kind;
  Money amount;
};

struct RenewalAssessment {
  std::vector<RenewalProblem> problems;  // in the order of RenewalProblem
  std::vector<RenewalFee> fees;
  Money total = Money::halalas(0);
  CivilDate new_expiry{1970, 1, 1};
  bool eligible() const { return problems.empty(); }
};

// The new validity runs from the old expiry, not from today: a late renewal pays for the lapsed months.
RenewalAssessment assess_renewal(const FeeSchedule& fees, const RenewalRules& rules,
                                 const RenewalFacts& facts, int months, const CivilDate& today);

}  // namespace muqeem::domain

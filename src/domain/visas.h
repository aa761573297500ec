#pragma once
// Exit/re-entry and final-exit visas by DOMAIN.md's rules, kept as data (assets/rules/visas.json for
// the windows and codes, fees.json for the exit/re-entry fees): whether a visa can be issued, extended
// or cancelled, every problem at once, its dates and what it costs. A quote and its submit both call
// these, so they agree.
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "domain/fees.h"
#include "domain/money.h"

namespace muqeem::domain {

struct ExitReentryRules {
  int passport_min_valid_days = 0;             // the passport must last at least this long from today
  int days_per_fee_month = 0;                  // a visa's days are charged by months of this many days
  int cancel_within_days_of_issue = 0;         // an unused visa can be cancelled this long after its issue...
  Money cancellation_fee = Money::halalas(0);  // ...or before its return date; the visa's fee stays paid
  std::string sadad_single, sadad_multiple, sadad_cancellation;  // SADAD's service codes
};

struct FinalExitRules {
  int passport_min_valid_days = 0;
  int use_within_days = 0;     // the resident must leave within this many days of the issue
  int cancel_within_days = 0;  // an unused final exit can be cancelled this long after its issue
};

struct VisaRules {
  ExitReentryRules exit_reentry;
  FinalExitRules final_exit;
};

enum class VisaKind { ExitReentrySingle, ExitReentryMultiple, FinalExit };
enum class VisaState { Issued, Used, Cancelled };  // as stored; an issued visa past its day has expired

// A visa on record, for an extension or a cancellation.
struct ExistingVisa {
  VisaKind kind = VisaKind::ExitReentrySingle;
  VisaState state = VisaState::Issued;
  CivilDate issued_on{1970, 1, 1};
  CivilDate expires_on{1970, 1, 1};  // exit/re-entry: the return-by date; final exit: the leave-by date
};

// What the records say about the resident, as of today.
struct VisaHolderFacts {
  CivilDate iqama_expiry{1970, 1, 1};
  CivilDate passport_expiry{1970, 1, 1};
  bool inside_kingdom = true;
  Money unpaid_violations = Money::halalas(0);
  bool other_open_visa = false;  // an issued visa (not the one in question) whose day has not passed
  int registered_vehicles = 0;
};

enum class VisaProblem {
  IqamaExpired,
  PassportTooShort,     // valid for fewer days than the rules ask, or expired
  OutsideKingdom,       // issuing (an extension is allowed from abroad)
  UnpaidViolations,     // unpaid traffic fines
  OtherOpenVisa,        // another visa is still open
  VehicleRegistered,    // final exit: a vehicle is registered to the resident
  ReturnNotAfterToday,  // the return-by date is today or past
  BeyondIqamaValidity,  // the visa would run past the iqama's expiry
  NotExitReentry,       // only an exit/re-entry visa can be extended
  VisaUsedOrCancelled,  // no longer open to change
  VisaExpired,          // extension: its return-by date has passed
  NotLongerThanBefore,  // extension: the new return-by date is not after the current one
  VisaInUse,            // cancellation: the resident has left on it
  CancellationWindowClosed,
};

struct VisaAssessment {
  std::vector<VisaProblem> problems;  // in the order of VisaProblem
  CivilDate issued_on{1970, 1, 1};
  CivilDate expires_on{1970, 1, 1};  // after the transaction
  long days = 0;                     // from the issue day to expires_on
  int fee_months = 0;                // the months the visa is charged for (exit/re-entry)
  int extra_months_charged = 0;      // extension: months beyond the base and beyond those already paid
  Money fee = Money::halalas(0);     // what this transaction costs
  bool eligible() const { return problems.empty(); }
};

// Months of `days_per_fee_month` days, a part month counted whole: with 30, 60 days are 2 months and
// 61 days are 3.
int fee_months(const ExitReentryRules& rules, long days);

// A new exit/re-entry visa from today to `return_before`, paid at the rate inside the Kingdom.
VisaAssessment assess_exit_reentry(const FeeSchedule& fees, const VisaRules& rules,
                                   const VisaHolderFacts& facts, ExitReentryKind kind,
                                   const CivilDate& return_before, const CivilDate& today);

// Moving an open exit/re-entry visa's return-by date later, also while the resident is abroad. It costs
// what the longer visa costs minus what the current one cost, at today's rate: the extra months'
// fee doubles (fees.json) while the resident is abroad.
VisaAssessment assess_extension(const FeeSchedule& fees, const VisaRules& rules, const VisaHolderFacts& facts,
                                const ExistingVisa& visa, const CivilDate& new_return_before,
                                const CivilDate& today);

// A final exit, to be used within the rules' days; free.
VisaAssessment assess_final_exit(const VisaRules& rules, const VisaHolderFacts& facts,
                                 const CivilDate& today);

// Cancelling an unused visa. Exit/re-entry: within the days after its issue, or until its return-by
// date if that is later; final exit: within the days after its issue. Nothing paid is refunded.
VisaAssessment assess_cancellation(const VisaRules& rules, const VisaHolderFacts& facts,
                                   const ExistingVisa& visa, const CivilDate& today);

}  // namespace muqeem::domain

#include "domain/visas.h"

#include <algorithm>

namespace muqeem::domain {
namespace {

// Problems collected in VisaProblem's order, whatever order the checks run in.
class Problems {
 public:
  void add(bool when, VisaProblem what) {
    if (when) found_.push_back(what);
  }
  std::vector<VisaProblem> sorted() && {
    std::sort(found_.begin(), found_.end());
    return std::move(found_);
  }

 private:
  std::vector<VisaProblem> found_;
};

ExitReentryKind exit_reentry_kind(VisaKind kind) {
  return kind == VisaKind::ExitReentryMultiple ? ExitReentryKind::Multiple : ExitReentryKind::Single;
}

// What every exit/re-entry visa asks of the resident and of its return-by date.
void check_exit_reentry_period(Problems& problems, const ExitReentryRules& rules,
                               const VisaHolderFacts& facts, const CivilDate& return_before,
                               const CivilDate& today) {
  const bool iqama_expired = facts.iqama_expiry < today;
  problems.add(iqama_expired, VisaProblem::IqamaExpired);
  problems.add(facts.passport_expiry < today.plus_days(rules.passport_min_valid_days),
               VisaProblem::PassportTooShort);
  problems.add(facts.unpaid_violations > Money::halalas(0), VisaProblem::UnpaidViolations);
  problems.add(!iqama_expired && return_before > facts.iqama_expiry, VisaProblem::BeyondIqamaValidity);
}

}  // namespace

int fee_months(const ExitReentryRules& rules, long days) {
  if (days <= 0 || rules.days_per_fee_month <= 0) return 0;
  return static_cast<int>((days + rules.days_per_fee_month - 1) / rules.days_per_fee_month);
}

VisaAssessment assess_exit_reentry(const FeeSchedule& fees, const VisaRules& rules,
                                   const VisaHolderFacts& facts, ExitReentryKind kind,
                                   const CivilDate& return_before, const CivilDate& today) {
  VisaAssessment out;
  Problems problems;
  out.issued_on = today;
  out.expires_on = return_before;
  out.days = std::max(0L, return_before.days_since_1970() - today.days_since_1970());
  check_exit_reentry_period(problems, rules.exit_reentry, facts, return_before, today);
  problems.add(!facts.inside_kingdom, VisaProblem::OutsideKingdom);
  problems.add(facts.other_open_visa, VisaProblem::OtherOpenVisa);
  problems.add(return_before <= today, VisaProblem::ReturnNotAfterToday);
  out.problems = std::move(problems).sorted();
  out.fee_months = std::max(1, fee_months(rules.exit_reentry, out.days));
  out.fee = exit_reentry_fee(fees, kind, out.fee_months, /*abroad=*/false);
  return out;
}

VisaAssessment assess_extension(const FeeSchedule& fees, const VisaRules& rules, const VisaHolderFacts& facts,
                                const ExistingVisa& visa, const CivilDate& new_return_before,
                                const CivilDate& today) {
  VisaAssessment out;
  Problems problems;
  out.issued_on = visa.issued_on;
  out.expires_on = new_return_before;
  out.days = std::max(0L, new_return_before.days_since_1970() - visa.issued_on.days_since_1970());
  const bool exit_reentry = visa.kind != VisaKind::FinalExit;
  problems.add(!exit_reentry, VisaProblem::NotExitReentry);
  problems.add(visa.state != VisaState::Issued, VisaProblem::VisaUsedOrCancelled);
  problems.add(visa.state == VisaState::Issued && visa.expires_on < today, VisaProblem::VisaExpired);
  problems.add(new_return_before <= visa.expires_on, VisaProblem::NotLongerThanBefore);
  check_exit_reentry_period(problems, rules.exit_reentry, facts, new_return_before, today);
  out.problems = std::move(problems).sorted();
  if (!exit_reentry) return out;

  const long old_days = visa.expires_on.days_since_1970() - visa.issued_on.days_since_1970();
  const int old_months = std::max(1, fee_months(rules.exit_reentry, old_days));
  out.fee_months = std::max(old_months, fee_months(rules.exit_reentry, out.days));
  const ExitReentryKind kind = exit_reentry_kind(visa.kind);
  const bool abroad = !facts.inside_kingdom;
  out.fee =
      exit_reentry_fee(fees, kind, out.fee_months, abroad) - exit_reentry_fee(fees, kind, old_months, abroad);
  const int base = kind == ExitReentryKind::Single ? fees.exit_reentry_single_base_months
                                                   : fees.exit_reentry_multiple_base_months;
  out.extra_months_charged = std::max(0, out.fee_months - base) - std::max(0, old_months - base);
  return out;
}

VisaAssessment assess_final_exit(const VisaRules& rules, const VisaHolderFacts& facts,
                                 const CivilDate& today) {
  VisaAssessment out;
  Problems problems;
  out.issued_on = today;
  out.days = rules.final_exit.use_within_days;
  out.expires_on = today.plus_days(out.days);
  problems.add(facts.passport_expiry < today.plus_days(rules.final_exit.passport_min_valid_days),
               VisaProblem::PassportTooShort);
  problems.add(!facts.inside_kingdom, VisaProblem::OutsideKingdom);
  problems.add(facts.other_open_visa, VisaProblem::OtherOpenVisa);
  problems.add(facts.registered_vehicles > 0, VisaProblem::VehicleRegistered);
  out.problems = std::move(problems).sorted();
  return out;
}

VisaAssessment assess_cancellation(const VisaRules& rules, const VisaHolderFacts& facts,
                                   const ExistingVisa& visa, const CivilDate& today) {
  VisaAssessment out;
  Problems problems;
  out.issued_on = visa.issued_on;
  out.expires_on = visa.expires_on;
  out.days = visa.expires_on.days_since_1970() - visa.issued_on.days_since_1970();
  const bool open = visa.state == VisaState::Issued;
  problems.add(!open, VisaProblem::VisaUsedOrCancelled);
  // The resident's leaving is what uses an open visa: abroad, it is in use.
  problems.add(open && !facts.inside_kingdom, VisaProblem::VisaInUse);
  CivilDate last_day{1970, 1, 1};
  if (visa.kind == VisaKind::FinalExit) {
    last_day = visa.issued_on.plus_days(rules.final_exit.cancel_within_days);
  } else {
    last_day =
        std::max(visa.issued_on.plus_days(rules.exit_reentry.cancel_within_days_of_issue), visa.expires_on);
    out.fee = rules.exit_reentry.cancellation_fee;
  }
  problems.add(open && today > last_day, VisaProblem::CancellationWindowClosed);
  out.problems = std::move(problems).sorted();
  return out;
}

}  // namespace muqeem::domain

#pragma once
// Issuing a first iqama to a new arrival, found by the border number on their entry record (DOMAIN.md,
// "Issue iqama (new arrival)"): whether it can be issued today, what it costs and until when it runs.
// Every problem at once, from rules kept as data (assets/rules/iqama_issue.json and fees.json). The
// quote and the issue both call this, so they agree.
#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.h"
#include "domain/fees.h"
#include "domain/money.h"

namespace muqeem::domain {

struct IssueRules {
  std::vector<int> duration_months;  // what a first iqama may be issued for
  int issue_within_days = 0;         // after entry; later costs the fine below
  Money late_issue_fine = Money::halalas(0);
  int passport_min_valid_days = 0;  // the passport must last at least this long from today
  std::string sadad_service_code;
};

// What the entry record and the checks since say about the new arrival, as of today.
struct ArrivalFacts {
  CivilDate entry_date{1970, 1, 1};
  CivilDate passport_expiry{1970, 1, 1};
  std::optional<CivilDate> insurance_expiry;  // none: no medical insurance on record
  bool inside_kingdom = true;
  bool medical_exam_done = false;
  bool fingerprint_taken = false;
  bool already_issued = false;
};

enum class IssueProblem {
  AlreadyIssued,
  OutsideKingdom,
  NoMedicalExam,
  NoMedicalInsurance,  // none on record, or expired
  NoFingerprint,
  PassportExpired,
  PassportExpiring,  // valid, but for less than the rules ask
  DurationNotAllowed
};

enum class IssueFeeKind { IqamaFee, LateIssueFine };

struct IssueFee {
  IssueFeeKind kind;
  Money amount;
};

struct IssueAssessment {
  std::vector<IssueProblem> problems;  // in the order of IssueProblem
  std::vector<IssueFee> fees;
  Money total = Money::halalas(0);
  CivilDate expiry{1970, 1, 1};  // the new iqama's
  long days_since_entry = 0;
  bool eligible() const { return problems.empty(); }
};

// The iqama runs from today for `months`; its fee is the renewal's pro rata fee (SAR 650 a year), and
// the fine is due when today is more than `issue_within_days` after entry.
IssueAssessment assess_issue(const FeeSchedule& fees, const IssueRules& rules, const ArrivalFacts& facts,
                             int months, const CivilDate& today);

}  // namespace muqeem::domain

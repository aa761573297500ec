#include "portal/issue_wording.h"

#include "portal/wording.h"

namespace muqeem::portal {

using domain::IssueProblem;

api::Coded describe(IssueProblem problem, const IssueContext& c) {
  const std::string passport_expiry = c.facts.passport_expiry.iso();
  switch (problem) {
    case IssueProblem::AlreadyIssued:
      return {"already-issued", "صدرت إقامة لهذا القادم من قبل، رقمها " + c.issued_iqama_number,
              "An iqama was already issued to this arrival: " + c.issued_iqama_number};
    case IssueProblem::OutsideKingdom:
      return {"outside-kingdom", "القادم خارج المملكة، ولا تصدر الإقامة إلا وهو داخلها",
              "The arrival is outside the Kingdom; an iqama is issued only while inside it"};
    case IssueProblem::NoMedicalExam:
      return {"no-medical-exam", "لم يُجرَ الفحص الطبي بعد؛ أكمله في مركز معتمد ثم عد",
              "The medical exam has not been done; have it done at an approved centre, then come back"};
    case IssueProblem::NoMedicalInsurance:
      return {"no-medical-insurance", "لا يوجد تأمين طبي ساري المفعول للقادم",
              "The arrival has no valid medical insurance"};
    case IssueProblem::NoFingerprint:
      return {"no-fingerprint", "لم تُسجَّل البصمة بعد؛ تُسجَّل في مكتب الجوازات",
              "Fingerprints have not been taken; they are taken at a passports office"};
    case IssueProblem::PassportExpired:
      return {"passport-expired", "جواز السفر منتهي الصلاحية (" + passport_expiry + ")",
              "The passport expired on " + passport_expiry};
    case IssueProblem::PassportExpiring: {
      const std::string days = std::to_string(c.rules.passport_min_valid_days);
      return {
          "passport-expiring",
          "يجب أن يكون الجواز صالحًا " + days + " يومًا على الأقل، وهو ينتهي في " + passport_expiry,
          "The passport must be valid for at least " + days + " more days; it expires on " + passport_expiry};
    }
    case IssueProblem::DurationNotAllowed:
      break;
  }
  return {"duration-not-allowed",
          "مدة الإقامة غير متاحة؛ المدد المتاحة بالأشهر: " + list_months(c.rules.duration_months, "، "),
          "This duration is not offered; the durations in months are " +
              list_months(c.rules.duration_months, ", ")};
}

api::Bilingual fee_label(domain::IssueFeeKind kind, int months, const domain::IssueRules& rules) {
  if (kind == domain::IssueFeeKind::LateIssueFine) {
    const std::string days = std::to_string(rules.issue_within_days);
    return {"غرامة التأخر في إصدار الإقامة أكثر من " + days + " يومًا بعد الدخول",
            "Fine for issuing the iqama more than " + days + " days after entry"};
  }
  return {"رسوم إصدار الإقامة لمدة " + arabic_months(months),
          "Iqama issue fee for " + std::to_string(months) + " months"};
}

const char* fee_code(domain::IssueFeeKind kind) {
  return kind == domain::IssueFeeKind::LateIssueFine ? "late-issue-fine" : "iqama-fee";
}

const char* field_of(IssueProblem problem) {
  return problem == IssueProblem::DurationNotAllowed ? "durationMonths" : "borderNumber";
}

}  // namespace muqeem::portal

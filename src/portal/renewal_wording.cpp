#include "portal/renewal_wording.h"

#include <algorithm>
#include <string>

#include "portal/wording.h"

namespace muqeem::portal {

using domain::RenewalProblem;

api::Coded describe(RenewalProblem problem, const RenewalContext& c) {
  const std::string window = std::to_string(c.rules.window_months);
  const std::string passport_days = std::to_string(c.rules.passport_min_valid_days);
  switch (problem) {
    case RenewalProblem::NotYetDue:
      return {"not-yet-due",
              "لا يمكن التجديد قبل أن يتبقى أقل من " + arabic_months(c.rules.window_months) +
                  " على انتهاء الإقامة (" + c.facts.iqama_expiry.iso() + ")",
              "Renewal opens when fewer than " + window +
                  " months of validity remain (the iqama expires on " + c.facts.iqama_expiry.iso() + ")"};
    case RenewalProblem::PassportExpired:
      return {"passport-expired",
              "جواز السفر منتهي الصلاحية (" + c.facts.passport_expiry.iso() + ")؛ حدّث بيانات الجواز أولًا",
              "The passport expired on " + c.facts.passport_expiry.iso() + "; update the passport first"};
    case RenewalProblem::PassportExpiring:
      return {"passport-expiring",
              "يجب أن يكون الجواز صالحًا " + passport_days + " يومًا على الأقل، وهو ينتهي في " +
                  c.facts.passport_expiry.iso(),
              "The passport must be valid for at least " + passport_days + " more days; it expires on " +
                  c.facts.passport_expiry.iso()};
    case RenewalProblem::NoMedicalInsurance:
      return {"no-medical-insurance", "لا يوجد تأمين طبي ساري المفعول للمقيم",
              "The resident has no valid medical insurance"};
    case RenewalProblem::OutsideKingdom:
      return {"outside-kingdom", "المقيم خارج المملكة، ولا تُجدَّد الإقامة إلا وهو داخلها",
              "The resident is outside the Kingdom; an iqama is renewed only while inside it"};
    case RenewalProblem::UnpaidViolations:
      return {"unpaid-traffic-violations",
              "على المقيم مخالفات مرورية غير مسددة بمبلغ " + c.facts.unpaid_violations.format() + " ريال",
              "The resident has unpaid traffic violations of SAR " + c.facts.unpaid_violations.format()};
    case RenewalProblem::ReportedAbsent:
      return {"reported-absent", "المقيم مُبلَّغ عن تغيبه عن العمل",
              "The resident has been reported absent from work"};
    case RenewalProblem::DurationNotAllowed: {
      const auto& excluded = c.rules.domestic_worker_excluded_months;
      if (c.facts.domestic_worker &&
          std::find(excluded.begin(), excluded.end(), c.months) != excluded.end()) {
        return {"duration-not-allowed", "لا تُجدَّد إقامة العمالة المنزلية لمدة " + arabic_months(c.months),
                "A domestic worker's iqama cannot be renewed for " + std::to_string(c.months) + " months"};
      }
      return {"duration-not-allowed",
              "مدة التجديد غير متاحة؛ المدد المتاحة بالأشهر: " + list_months(c.fees.renewal_months, "، "),
              "This duration is not offered; the durations in months are " +
                  list_months(c.fees.renewal_months, ", ")};
    }
    case RenewalProblem::DurationTooShort:
      break;
  }
  return {
      "duration-too-short",
      "تنتهي الإقامة بعد التجديد في " + c.new_expiry.iso() + " وهو تاريخ مضى؛ اختر مدة أطول",
      "The renewed iqama would end on " + c.new_expiry.iso() + ", already past; choose a longer duration"};
}

api::Bilingual fee_label(domain::RenewalFeeKind kind, int months) {
  if (kind == domain::RenewalFeeKind::LateRenewalFine)
    return {"غرامة التأخر في تجديد الإقامة", "Late renewal fine"};
  return {"رسوم تجديد الإقامة لمدة " + arabic_months(months),
          "Iqama renewal fee for " + std::to_string(months) + " months"};
}

const char* fee_code(domain::RenewalFeeKind kind) {
  return kind == domain::RenewalFeeKind::LateRenewalFine ? "late-renewal-fine" : "iqama-fee";
}

const char* field_of(RenewalProblem problem) {
  return problem == RenewalProblem::DurationNotAllowed || problem == RenewalProblem::DurationTooShort
             ? "durationMonths"
             : "iqamaNumber";
}

}  // namespace muqeem::portal

#include "portal/visa_wording.h"

#include <string>

#include "portal/wording.h"

namespace muqeem::portal {

using domain::VisaProblem;

api::Coded describe(VisaProblem problem, const VisaContext& c) {
  const std::string passport = c.facts.passport_expiry.iso(), iqama = c.facts.iqama_expiry.iso();
  const std::string until = c.assessment.expires_on.iso();
  const int passport_days = c.passport_min_valid_days;
  switch (problem) {
    case VisaProblem::IqamaExpired:
      return {"iqama-expired", "الإقامة منتهية (" + iqama + ")؛ جدّد الإقامة أولًا",
              "The iqama expired on " + iqama + "; renew it first"};
    case VisaProblem::PassportTooShort:
      return {"passport-expiring",
              "يجب أن يكون الجواز صالحًا " + arabic_days(passport_days) + " على الأقل، وهو ينتهي في " +
                  passport + "؛ حدّث بيانات الجواز أولًا",
              "The passport must be valid for at least " + std::to_string(passport_days) +
                  " more days; it expires on " + passport + ". Update the passport first"};
    case VisaProblem::OutsideKingdom:
      return {"outside-kingdom", "المقيم خارج المملكة، ولا تصدر هذه التأشيرة إلا وهو داخلها",
              "The resident is outside the Kingdom; this visa is issued only while inside it"};
    case VisaProblem::UnpaidViolations:
      return {"unpaid-traffic-violations",
              "على المقيم مخالفات مرورية غير مسددة بمبلغ " + c.facts.unpaid_violations.format() + " ريال",
              "The resident has unpaid traffic violations of SAR " + c.facts.unpaid_violations.format()};
    case VisaProblem::OtherOpenVisa:
      return {"other-open-visa", "لدى المقيم تأشيرة سارية لم تُستخدم؛ ألغها أولًا أو انتظر انتهاءها",
              "The resident already holds an open visa; cancel it first or wait until it ends"};
    case VisaProblem::VehicleRegistered:
      return {"vehicle-registered", "توجد مركبة مسجلة باسم المقيم؛ انقل ملكيتها أو ألغِ تسجيلها أولًا",
              "A vehicle is registered to the resident; transfer or deregister it first"};
    case VisaProblem::ReturnNotAfterToday:
      return {"return-date-not-after-today", "تاريخ العودة " + until + " ليس بعد اليوم؛ اختر تاريخًا لاحقًا",
              "The return date " + until + " is not after today; choose a later date"};
    case VisaProblem::BeyondIqamaValidity:
      return {
          "beyond-iqama-validity",
          "تنتهي التأشيرة في " + until + " بعد انتهاء الإقامة في " + iqama + "؛ اختر مدة أقصر أو جدّد الإقامة",
          "The visa would end on " + until + ", after the iqama expires on " + iqama +
              "; choose a shorter time or renew the iqama"};
    case VisaProblem::NotExitReentry:
      return {"not-exit-reentry", "لا تُمدَّد إلا تأشيرة الخروج والعودة",
              "Only an exit/re-entry visa can be extended"};
    case VisaProblem::VisaUsedOrCancelled:
      return {"visa-not-open", "التأشيرة مستخدمة أو ملغاة", "The visa has been used or cancelled"};
    case VisaProblem::VisaExpired:
      return {"visa-expired", "انتهت التأشيرة في " + c.previous_expiry.iso() + "؛ أصدر تأشيرة جديدة",
              "The visa ended on " + c.previous_expiry.iso() + "; issue a new one"};
    case VisaProblem::NotLongerThanBefore:
      return {"not-later-than-before",
              "التاريخ الجديد " + until + " ليس بعد تاريخ العودة الحالي " + c.previous_expiry.iso(),
              "The new date " + until + " is not after the current return date " + c.previous_expiry.iso()};
    case VisaProblem::VisaInUse:
      return {"visa-in-use", "غادر المقيم بهذه التأشيرة، فلا يمكن إلغاؤها",
              "The resident has left on this visa, so it cannot be cancelled"};
    case VisaProblem::CancellationWindowClosed:
      break;
  }
  return {"cancellation-window-closed", "انتهت المدة المسموح فيها بإلغاء هذه التأشيرة",
          "The time allowed for cancelling this visa has passed"};
}

bool is_period_problem(VisaProblem problem) {
  return problem == VisaProblem::ReturnNotAfterToday || problem == VisaProblem::BeyondIqamaValidity ||
         problem == VisaProblem::NotLongerThanBefore;
}

api::FeeLine issue_fee_line(domain::ExitReentryKind kind, const domain::VisaAssessment& assessment) {
  const bool single = kind == domain::ExitReentryKind::Single;
  return {"exit-reentry-fee",
          {std::string("رسوم تأشيرة خروج وعودة ") + (single ? "مفردة" : "متعددة") + " لمدة " +
               arabic_months(assessment.fee_months),
           std::string("Exit/re-entry visa fee, ") + (single ? "single" : "multiple") + ", for " +
               std::to_string(assessment.fee_months) + (assessment.fee_months == 1 ? " month" : " months")},
          assessment.fee.in_halalas()};
}

api::FeeLine extension_fee_line(const domain::VisaAssessment& assessment, bool abroad) {
  const int months = assessment.extra_months_charged;
  return {"extension-fee",
          {"رسوم تمديد التأشيرة عن " + arabic_months(months) + " إضافية" +
               (abroad ? "، مضاعفة لوجود المقيم خارج المملكة" : ""),
           "Extension fee for " + std::to_string(months) + (months == 1 ? " extra month" : " extra months") +
               (abroad ? ", doubled while the resident is abroad" : "")},
          assessment.fee.in_halalas()};
}

api::FeeLine cancellation_fee_line(domain::Money amount) {
  return {"cancellation-fee", {"رسوم إلغاء التأشيرة", "Visa cancellation fee"}, amount.in_halalas()};
}

}  // namespace muqeem::portal

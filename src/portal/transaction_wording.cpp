#include "portal/transaction_wording.h"

namespace muqeem::portal {

api::Coded describe(domain::OccupationChangeProblem problem, const OccupationWording& o) {
  if (problem == domain::OccupationChangeProblem::SameOccupation) {
    return {"same-occupation", "مهنة المقيم الحالية هي " + o.current.ar + "؛ اختر مهنة أخرى",
            "The resident's occupation is already " + o.current.en + "; choose another"};
  }
  if (o.approved) {
    return {"not-approved-in-qiwa",
            "اعتُمد في منصة قوى تغيير المهنة إلى " + o.approved->ar + " لا إلى " + o.requested.ar,
            "Qiwa approved a change to " + o.approved->en + ", not to " + o.requested.en};
  }
  return {"not-approved-in-qiwa", "لم يُعتمد تغيير المهنة في منصة قوى؛ اعتمده في قوى أولًا ثم عد",
          "The change of occupation has not been approved in Qiwa; approve it in Qiwa first, then come back"};
}

api::Bilingual occupation_change_fee_label() {
  return {"رسوم تغيير المهنة", "Change of occupation fee"};
}

api::Coded describe(domain::TransferProblem problem, const TransferWording& facts) {
  switch (problem) {
    case domain::TransferProblem::OwnEstablishment:
      return {"own-establishment", "المقيم يعمل لدى هذه المنشأة؛ أدخل الرقم الموحد للمنشأة التي ينتقل إليها",
              "The resident already works for this establishment; enter the unified number of the one they "
              "move to"};
    case domain::TransferProblem::AlreadyPending:
      return {"transfer-pending", "يوجد طلب نقل خدمات لهذا المقيم بانتظار رد المنشأة الجديدة",
              "A transfer of this resident already awaits the new establishment's answer"};
    case domain::TransferProblem::PassportExpired:
      return {"passport-expired",
              "جواز السفر منتهي الصلاحية (" + facts.passport_expiry + ")؛ حدّث بيانات الجواز أولًا",
              "The passport expired on " + facts.passport_expiry + "; update the passport first"};
    case domain::TransferProblem::UnpaidFines:
      break;
  }
  return {"unpaid-fines",
          "على المقيم مخالفات غير مسددة بمبلغ " + facts.unpaid_fines.format() + " ريال تُسدَّد قبل نقل الخدمات",
          "The resident has unpaid fines of SAR " + facts.unpaid_fines.format() +
              ", to be paid before a transfer"};
}

const char* field_of(domain::TransferProblem problem) {
  return problem == domain::TransferProblem::OwnEstablishment ? "newEstablishmentNumber" : "iqamaNumber";
}

api::Bilingual transfer_fee_label(int ordinal) {
  static const char* const arabic[] = {"الأول", "الثاني", "الثالث"};
  static const char* const english[] = {"first", "second", "third"};
  if (ordinal >= 1 && ordinal <= 3) {
    return {std::string("رسوم نقل الخدمات (النقل ") + arabic[ordinal - 1] + ")",
            std::string("Transfer of services fee (") + english[ordinal - 1] + " transfer)"};
  }
  return {"رسوم نقل الخدمات (النقل رقم " + std::to_string(ordinal) + ")",
          "Transfer of services fee (transfer number " + std::to_string(ordinal) + ")"};
}

api::Coded transfer_status(const std::string& code) {
  if (code == "accepted") return {code, "مقبول", "Accepted"};
  if (code == "declined") return {code, "مرفوض", "Declined"};
  return {code, "بانتظار رد المنشأة الجديدة", "Awaiting the new establishment's answer"};
}

api::FieldError describe(domain::PassportDateProblem problem) {
  switch (problem) {
    case domain::PassportDateProblem::IssuedInFuture:
      return {"issueDate", {"تاريخ الإصدار بعد اليوم؛ تحقق منه", "The issue date is after today; check it"}};
    case domain::PassportDateProblem::ExpiryNotAfterIssue:
      return {
          "expiryDate",
          {"تاريخ الانتهاء يجب أن يكون بعد تاريخ الإصدار", "The expiry date must come after the issue date"}};
    case domain::PassportDateProblem::NotValidAfterToday:
      break;
  }
  return {"expiryDate",
          {"هذا الجواز منتهٍ؛ أدخل جوازًا ينتهي بعد اليوم",
           "This passport has expired; enter one that expires after today"}};
}

}  // namespace muqeem::portal

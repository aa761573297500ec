#include "portal/visa_services.h"

#include "domain/digits.h"
#include "portal/transaction.h"
#include "portal/visa_wording.h"

namespace muqeem::portal {

domain::Result<Holder, Response> find_holder(PortalServices& services, int64_t establishment_id,
                                             const std::string& iqama_number, const domain::CivilDate& today,
                                             int64_t except_visa) {
  auto record = store::find_visa_holder(services.db, establishment_id, iqama_number);
  if (!record) return resident_not_found();
  domain::VisaHolderFacts facts;
  facts.iqama_expiry = stored_date(record->file.summary.iqama_expiry);
  facts.passport_expiry = stored_date(record->file.passport_expiry);
  facts.inside_kingdom = record->file.inside_kingdom;
  facts.unpaid_violations = domain::Money::halalas(record->unpaid_violations_halalas);
  facts.other_open_visa = store::has_open_visa(services.db, record->file.summary.id, today, except_visa);
  facts.registered_vehicles = record->registered_vehicles;
  return Holder{std::move(*record), facts};
}

domain::Result<VisaAndHolder, Response> find_visa_and_holder(PortalServices& services,
                                                             int64_t establishment_id,
                                                             const std::string& visa_number,
                                                             const domain::CivilDate& today) {
  auto visa = store::find_visa(services.db, establishment_id, visa_number, today);
  if (!visa) return visa_not_found();
  auto holder = find_holder(services, establishment_id, visa->iqama_number, today, visa->id);
  if (!holder) return holder.error();
  return VisaAndHolder{std::move(*visa), std::move(*holder)};
}

VisaAssessed assessed_of(const Holder& holder, domain::VisaAssessment assessment, const store::CodedRow& type,
                         int passport_min_valid_days, const std::optional<store::VisaRecord>& visa,
                         const ProblemFields& fields) {
  const store::ResidentFile& file = holder.record.file;
  VisaAssessed out;
  api::VisaQuote& quote = out.quote;
  quote.iqama_number = file.summary.iqama_number;
  quote.name = {file.summary.name_ar, file.summary.name_en};
  quote.nationality = {file.summary.nationality_code, file.summary.nationality_ar,
                       file.summary.nationality_en};
  quote.passport_number = file.passport_number;
  quote.passport_expiry = file.passport_expiry;
  quote.iqama_expiry = file.summary.iqama_expiry;
  quote.iqama_expiry_hijri = hijri_iso(holder.facts.iqama_expiry);
  quote.inside_kingdom = file.inside_kingdom;
  if (visa) quote.visa_number = visa->visa_number;
  quote.type = {type.code, type.ar, type.en};
  quote.issued_on = assessment.issued_on.iso();
  quote.expires_on = assessment.expires_on.iso();
  quote.expires_on_hijri = hijri_iso(assessment.expires_on);
  quote.duration_days = static_cast<int>(assessment.days);
  quote.eligible = assessment.eligible();
  const VisaContext context{holder.facts, assessment, passport_min_valid_days,
                            visa ? stored_date(visa->expires_on) : assessment.expires_on};
  for (const auto problem : assessment.problems) quote.problems.push_back(describe(problem, context));
  out.fields = fields;
  out.assessment = std::move(assessment);
  out.resident_id = file.summary.id;
  out.visa = visa;
  return out;
}

domain::ExistingVisa existing(const store::VisaRecord& visa) {
  using domain::VisaKind;
  using domain::VisaState;
  return {visa.type_code == "final-exit"              ? VisaKind::FinalExit
          : visa.type_code == "exit-reentry-multiple" ? VisaKind::ExitReentryMultiple
                                                      : VisaKind::ExitReentrySingle,
          visa.state == "used"        ? VisaState::Used
          : visa.state == "cancelled" ? VisaState::Cancelled
                                      : VisaState::Issued,
          stored_date(visa.issued_on), stored_date(visa.expires_on)};
}

api::VisaDetails details_of(const store::VisaRecord& visa) {
  const domain::CivilDate issued = stored_date(visa.issued_on), expires = stored_date(visa.expires_on);
  return {visa.visa_number,
          visa.iqama_number,
          {visa.name_ar, visa.name_en},
          {visa.type_code, visa.type_ar, visa.type_en},
          {visa.status_code, visa.status_ar, visa.status_en},
          visa.issued_on,
          hijri_iso(issued),
          visa.expires_on,
          hijri_iso(expires),
          static_cast<int>(expires.days_since_1970() - issued.days_since_1970())};
}

Response visa_not_found() {
  return problem(404, "visa-not-found",
                 {"لا توجد تأشيرة بهذا الرقم في منشأتك", "No visa with this number in your establishment"});
}

Response invalid_visa_number() {
  return problem(400, "invalid-visa-number", {"رقم التأشيرة غير صحيح", "The visa number is not valid"},
                 {{"visaNumber", {"رقم التأشيرة عشرة أرقام", "A visa number is ten digits"}}});
}

std::optional<std::string> visa_number_of(const std::string& text) {
  if (text.size() > 64) return std::nullopt;
  auto digits = domain::western_digits(text);
  if (!digits || digits->size() != 10) return std::nullopt;
  return digits;
}

Response quote_answer(const Assessed& assessed) {
  if (!assessed) return assessed.error();
  return json_response(200, assessed->quote);
}

std::string record_new_visa(PortalServices& services, const VisaAssessed& assessed,
                            const store::VisaCharge& charge) {
  return store::record_visa(services.db, assessed.resident_id, assessed.quote.type.code,
                            assessed.assessment.issued_on, assessed.assessment.expires_on, charge,
                            services.now());
}

Response submit_visa(
    PortalServices& services, const Request& request, const VisaSubmission& submission,
    const std::function<Assessed()>& assess,
    const std::function<std::string(const VisaAssessed&, const store::VisaCharge&)>& change) {
  const auth::Session& session = submission.session;
  std::optional<VisaAssessed> assessed;
  const auto refusal = [&]() -> std::optional<Response> {
    auto found = assess();
    if (!found) return found.error();
    assessed = std::move(*found);
    const api::VisaQuote& quote = assessed->quote;
    if (!quote.eligible) {
      const ProblemFields& fields = assessed->fields;
      return not_eligible(
          submission.refused,
          under_fields(assessed->assessment.problems, quote.problems, [&fields](domain::VisaProblem problem) {
            return is_period_problem(problem) ? fields.period : fields.subject;
          }));
    }
    return unless_balance_covers(services, session.establishment_id, assessed->assessment.fee);
  };

  const auto apply = [&]() -> AppliedChange {
    const domain::Money fee = assessed->assessment.fee;
    const bool paid = fee > domain::Money::halalas(0);
    const store::VisaCharge charge{session.establishment_id, session.user_id, fee,
                                   paid ? assessed->service_code : std::string()};
    const std::string visa_number = change(*assessed, charge);
    const int64_t now = services.now();
    if (paid) pay_fee(services, session.establishment_id, fee, charge.service_code, visa_number);
    const auto visa = store::find_visa(services.db, session.establishment_id, visa_number, riyadh_today(now));
    if (!visa) throw store::StoreError{"the visa just recorded is not there"};
    return {json_response(201, api::VisaResult{details_of(*visa), fee.in_halalas()}),
            std::string(submission.outcome) + " " + visa_number};
  };

  return run_transaction(
      services, request,
      {session, submission.operation, submission.subject, submission.fingerprint, submission.security_code},
      refusal, apply);
}

}  // namespace muqeem::portal

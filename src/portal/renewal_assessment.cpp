#include "portal/renewal_assessment.h"

#include "portal/api_responses.h"
#include "portal/renewal_wording.h"
#include "portal/service_support.h"

namespace muqeem::portal {

domain::Result<Assessed, Response> assess_renewal(PortalServices& services, int64_t establishment_id,
                                                  const std::string& iqama_number, int months) {
  if (!services.rules) return rules_unavailable();
  auto subject = store::find_renewal_subject(services.db, establishment_id, iqama_number);
  if (!subject) return resident_not_found();
  const store::ResidentFile& file = subject->file;
  domain::RenewalFacts facts;
  facts.iqama_expiry = stored_date(file.summary.iqama_expiry);
  facts.passport_expiry = stored_date(file.passport_expiry);
  if (file.insurance_expiry) facts.insurance_expiry = stored_date(*file.insurance_expiry);
  facts.inside_kingdom = file.inside_kingdom;
  facts.reported_absent = subject->reported_absent;
  facts.domestic_worker = subject->domestic_worker;
  facts.unpaid_violations = domain::Money::halalas(subject->unpaid_violations_halalas);
  facts.previous_late_renewals = subject->previous_late_renewals;

  const PortalRules& rules = *services.rules;
  const auto today = riyadh_today(services.now());
  auto assessment = domain::assess_renewal(rules.fees, rules.renewal, facts, months, today);
  api::RenewalQuote quote{
      file.summary.iqama_number,
      {file.summary.name_ar, file.summary.name_en},
      {file.summary.nationality_code, file.summary.nationality_ar, file.summary.nationality_en},
      file.passport_number,
      file.passport_expiry,
      {subject->sponsor_ar, subject->sponsor_en},
      facts.iqama_expiry.iso(),
      hijri_iso(facts.iqama_expiry),
      months,
      assessment.new_expiry.iso(),
      hijri_iso(assessment.new_expiry),
      {},
      assessment.total.in_halalas(),
      assessment.eligible(),
      {}};
  for (const auto& fee : assessment.fees)
    quote.fees.push_back({fee_code(fee.kind), fee_label(fee.kind, months), fee.amount.in_halalas()});
  const RenewalContext context{rules.fees, rules.renewal, facts, months, assessment.new_expiry};
  for (const auto problem : assessment.problems) quote.problems.push_back(describe(problem, context));
  return Assessed{std::move(*subject), std::move(assessment), std::move(quote)};
}

api::RenewalResult record_assessed_renewal(PortalServices& services, const auth::Session& session,
                                           const Assessed& assessed) {
  const api::RenewalQuote& quote = assessed.quote;
  const domain::Money total = assessed.assessment.total;
  domain::Money fee = domain::Money::halalas(0), fine = domain::Money::halalas(0);
  for (const auto& line : assessed.assessment.fees)
    (line.kind == domain::RenewalFeeKind::LateRenewalFine ? fine : fee) = line.amount;
  const PortalRules& rules = *services.rules;
  const std::string request_number =
      store::record_renewal(services.db,
                            {session.establishment_id, assessed.subject.file.summary.id, session.user_id,
                             quote.duration_months, stored_date(quote.iqama_expiry),
                             assessed.assessment.new_expiry, fee, fine, rules.renewal.sadad_service_code},
                            services.now());
  pay_fee(services, session.establishment_id, total, rules.renewal.sadad_service_code, request_number);
  return {request_number,        quote.iqama_number,     quote.name,
          quote.duration_months, quote.iqama_expiry,     quote.iqama_expiry_hijri,
          quote.new_expiry,      quote.new_expiry_hijri, total.in_halalas()};
}

}  // namespace muqeem::portal

#pragma once
// What the visa services share (exit/re-entry issue and extension, final exit, cancellation): the
// holder's facts read from the store, the quote an officer reads, and the submit (refusals, the
// security code, the change, the payment and the answer) made through run_transaction, so that a quote
// and its submit compute the same way.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/visa_dto.h"
#include "domain/result.h"
#include "domain/visas.h"
#include "portal/api_routes.h"
#include "portal/service_support.h"
#include "portal/store/visas.h"

namespace muqeem::portal {

// A visa request's common part, checked: signed in, a JSON object and its fields (`read` is the DTO's
// reader, with the security code when `with_code`), and the rules loaded.
template <typename Fields, typename Read>
domain::Result<Signed<Fields>, Response> check_request(PortalServices& services, const Request& request,
                                                       bool with_code, Read read) {
  auto checked = read_signed<Fields>(services, request,
                                     [&](const nlohmann::json& body, std::vector<api::FieldError>& errors) {
                                       return read(body, with_code, errors);
                                     });
  if (checked && !services.rules) return rules_unavailable();
  return checked;
}

// The resident (only within the caller's establishment) and what the visa rules read about them.
struct Holder {
  store::VisaHolder record;
  domain::VisaHolderFacts facts;
};
// `except_visa`: the visa in question, which is not "another open visa".
domain::Result<Holder, Response> find_holder(PortalServices& services, int64_t establishment_id,
                                             const std::string& iqama_number, const domain::CivilDate& today,
                                             int64_t except_visa = 0);

// A visa of the caller's establishment and its holder (for whom that visa is not "another open visa").
struct VisaAndHolder {
  store::VisaRecord visa;
  Holder holder;
};
domain::Result<VisaAndHolder, Response> find_visa_and_holder(PortalServices& services,
                                                             int64_t establishment_id,
                                                             const std::string& visa_number,
                                                             const domain::CivilDate& today);

// Where a transaction's problems go in the officer's form.
struct ProblemFields {
  const char* subject;  // the resident's and the visa's problems: "iqamaNumber" or "visaNumber"
  const char* period;   // the length's and the date's: "durationDays", "additionalDays" or "returnBefore"
};

// One visa transaction, assessed: the quote, what the submit needs, and where each problem goes.
struct VisaAssessed {
  api::VisaQuote quote;
  domain::VisaAssessment assessment;
  int64_t resident_id = 0;
  std::optional<store::VisaRecord> visa;  // the visa being extended or cancelled
  std::string service_code;               // SADAD's code for the fee
  ProblemFields fields;                   // where its problems go
};
using Assessed = domain::Result<VisaAssessed, Response>;

// The quote's resident part, the visa's type and dates, and every problem in words; the caller adds
// the fee lines.
VisaAssessed assessed_of(const Holder& holder, domain::VisaAssessment assessment, const store::CodedRow& type,
                         int passport_min_valid_days, const std::optional<store::VisaRecord>& visa,
                         const ProblemFields& fields);

// The stored kind and state of a visa, for the rules.
domain::ExistingVisa existing(const store::VisaRecord& visa);

// A visa as the API shows it.
api::VisaDetails details_of(const store::VisaRecord& visa);

Response visa_not_found();
Response invalid_visa_number();
// The visa number in a path, in Western digits; nullopt unless ten digits.
std::optional<std::string> visa_number_of(const std::string& text);

// The quote's answer: 200 with the quote (problems and all), or the refusal (404, 503).
Response quote_answer(const Assessed& assessed);

struct VisaSubmission {
  const auth::Session& session;
  const char* operation;  // the security code's and the audit log's name for it
  std::string subject;    // the audit log's: the iqama or the visa number
  nlohmann::json fingerprint;
  std::string security_code;
  api::Bilingual refused;  // the title of the 422 when there are problems
  const char* outcome;     // the audit log's verb: "issued", "extended", "cancelled"
};

// `change` records the transaction (inside it) and returns the visa's number; the fee, if any, is then
// taken from the balance under the assessed SADAD code with the visa number as its reference.
// The change of a new visa's submit: the visa recorded as assessed; returns its number.
std::string record_new_visa(PortalServices& services, const VisaAssessed& assessed,
                            const store::VisaCharge& charge);

Response submit_visa(PortalServices& services, const Request& request, const VisaSubmission& submission,
                     const std::function<Assessed()>& assess,
                     const std::function<std::string(const VisaAssessed&, const store::VisaCharge&)>& change);

}  // namespace muqeem::portal

#include "portal/service_transfer_routes.h"

#include "api/service_transfer_dto.h"
#include "portal/api_responses.h"
#include "portal/service_support.h"
#include "portal/store/establishments.h"
#include "portal/store/resident_facts.h"
#include "portal/store/residents.h"
#include "portal/store/service_transfers.h"
#include "portal/transaction.h"
#include "portal/transaction_wording.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

constexpr std::string_view kPrefix = "/api/v1/service-transfers";

Response establishment_not_found() {
  return problem(
      404, "establishment-not-found",
      {"لا توجد منشأة بهذا الرقم الموحد", "No establishment has this unified number"},
      {{"newEstablishmentNumber",
        {"تحقق من الرقم الموحد للمنشأة الجديدة", "Check the new establishment's unified number"}}});
}

Response transfer_not_found() {
  return problem(
      404, "transfer-not-found",
      {"لا يوجد طلب نقل خدمات بهذا الرقم لمنشأتك", "No transfer with this number for your establishment"});
}

Response transfer_decided(const store::TransferRow& transfer) {
  const api::Coded status = transfer_status(transfer.status);
  return problem(409, "transfer-decided",
                 {"تم الرد على طلب النقل هذا من قبل: " + status.ar,
                  "This transfer has already been answered: " + status.en});
}

// What the rules see of a resident: their passport, fines, earlier transfers and any pending request.
domain::TransferFacts facts_for(store::Database& db, int64_t resident_id,
                                const std::string& passport_expiry) {
  const store::ResidentFacts facts = store::facts_of(db, resident_id);
  domain::TransferFacts out;
  out.passport_expiry = stored_date(passport_expiry);
  out.unpaid_fines = domain::Money::halalas(facts.unpaid_violations_halalas);
  out.previous_transfers = facts.previous_transfers;
  out.already_pending = facts.transfer_pending;
  return out;
}

std::vector<api::Coded> problems_in_words(const domain::TransferAssessment& assessment,
                                          const domain::TransferFacts& facts) {
  std::vector<api::Coded> out;
  for (const auto problem : assessment.problems)
    out.push_back(describe(problem, {facts.passport_expiry.iso(), facts.unpaid_fines}));
  return out;
}

api::ServiceTransfer transfer_of(const PortalServices& services, const store::TransferRow& row) {
  const domain::CivilDate requested = riyadh_today(row.requested_at);
  const int64_t fee = row.fee_halalas.value_or(
      domain::transfer_fee(services.rules->transfer, row.previous_transfers).in_halalas());
  return {row.request_number,
          transfer_status(row.status),
          row.resident.iqama_number,
          {row.resident.name_ar, row.resident.name_en},
          {row.resident.nationality_code, row.resident.nationality_ar, row.resident.nationality_en},
          {row.resident.occupation_code, row.resident.occupation_ar, row.resident.occupation_en},
          {row.from_number, {row.from_ar, row.from_en}},
          {row.to_number, {row.to_ar, row.to_en}},
          requested.iso(),
          hijri_iso(requested),
          row.decided_at ? std::optional(riyadh_today(*row.decided_at).iso()) : std::nullopt,
          fee};
}

struct Asked {
  int64_t resident_id = 0, to_id = 0;
  domain::TransferAssessment assessment;
  api::TransferQuote quote;
};

// The one computation behind the quote and the request: the new establishment, the resident (only
// within the caller's establishment) and the rules.
domain::Result<Asked, Response> assess_request(PortalServices& services, const auth::Session& session,
                                               const api::TransferRequest& fields) {
  if (!services.rules) return rules_unavailable();
  const auto target = store::find_establishment_by_number(services.db, fields.new_establishment_number);
  if (!target) return establishment_not_found();
  const auto file = store::find_resident(services.db, session.establishment_id, fields.iqama_number);
  if (!file) return resident_not_found();
  domain::TransferFacts facts = facts_for(services.db, file->summary.id, file->passport_expiry);
  facts.to_own_establishment = target->id == session.establishment_id;
  auto assessment = domain::assess_transfer(services.rules->transfer, facts, riyadh_today(services.now()));
  const int64_t fee = assessment.fee.in_halalas();
  api::TransferQuote quote{file->summary.iqama_number,
                           {file->summary.name_ar, file->summary.name_en},
                           {target->unified_number, {target->name_ar, target->name_en}},
                           assessment.transfer_ordinal,
                           {{"transfer-fee", transfer_fee_label(assessment.transfer_ordinal), fee}},
                           fee,
                           assessment.eligible(),
                           problems_in_words(assessment, facts)};
  return Asked{file->summary.id, target->id, std::move(assessment), std::move(quote)};
}

domain::Result<Signed<api::TransferRequest>, Response> check_request(PortalServices& services,
                                                                     const Request& request, bool with_code) {
  return read_signed<api::TransferRequest>(services, request, [with_code](const json& body, auto& errors) {
    return api::read_transfer_request(body, with_code, errors);
  });
}

Response quote_transfer(PortalServices& services, const Request& request) {
  const auto checked = check_request(services, request, /*with_code=*/false);
  if (!checked) return checked.error();
  const auto asked = assess_request(services, checked->session, checked->fields);
  if (!asked) return asked.error();
  return json_response(200, asked->quote);
}

Response ask_transfer(PortalServices& services, const Request& request) {
  const auto checked = check_request(services, request, /*with_code=*/true);
  if (!checked) return checked.error();
  const auth::Session& session = checked->session;
  const api::TransferRequest& fields = checked->fields;
  const json fingerprint = {{"operation", kTransferOperation},
                            {"iqamaNumber", fields.iqama_number},
                            {"newEstablishmentNumber", fields.new_establishment_number}};
  std::optional<Asked> asked;
  const auto refusal = [&]() -> std::optional<Response> {
    auto found = assess_request(services, session, fields);
    if (!found) return found.error();
    asked = std::move(*found);
    if (asked->quote.eligible) return std::nullopt;
    return not_eligible(
        {"لا يمكن طلب نقل خدمات هذا المقيم الآن", "This resident's transfer cannot be asked for now"},
        under_fields(asked->assessment.problems, asked->quote.problems,
                     [](domain::TransferProblem p) { return field_of(p); }));
  };
  const auto apply = [&]() -> AppliedChange {
    const std::string request_number =
        store::record_transfer_request(services.db,
                                       {asked->resident_id, session.establishment_id, asked->to_id,
                                        session.user_id, services.rules->transfer.sadad_service_code},
                                       services.now());
    const auto row = store::find_transfer(services.db, session.establishment_id, request_number);
    if (!row) throw store::StoreError{"the transfer just asked for was not stored"};
    return {json_response(201, transfer_of(services, *row)), "asked " + request_number};
  };
  return run_transaction(
      services, request,
      {session, kTransferOperation, fields.iqama_number, fingerprint, fields.security_code}, refusal, apply);
}

Response list(PortalServices& services, const Request& request) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (!services.rules) return rules_unavailable();
  const std::string direction = query_text(request, "direction"), status = query_text(request, "status");
  std::vector<api::FieldError> errors;
  if (direction != "incoming" && direction != "outgoing" && !direction.empty()) {
    errors.push_back(
        {"direction",
         {"الاتجاه إما وارد (incoming) أو صادر (outgoing)", "The direction is incoming or outgoing"}});
  }
  if (status != "pending" && status != "accepted" && status != "declined" && !status.empty()) {
    errors.push_back(
        {"status",
         {"الحالة: pending أو accepted أو declined", "The status is pending, accepted or declined"}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  store::TransferQuery query{session->establishment_id, direction != "outgoing", status,
                             query_number(request, "page", 0),
                             std::clamp(query_number(request, "size", 20), 1, 200)};
  const store::TransferPage found = store::list_transfers(services.db, query);
  api::ServiceTransferPage page{{}, query.page, query.size, found.total_elements};
  for (const auto& row : found.rows) page.content.push_back(transfer_of(services, row));
  return json_response(200, page);
}

Response one(PortalServices& services, const Request& request, const std::string& number) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (!services.rules) return rules_unavailable();
  const auto row = store::find_transfer(services.db, session->establishment_id, number);
  if (!row) return transfer_not_found();
  return json_response(200, transfer_of(services, *row));
}

// Accepting or declining, by the establishment asked and no other (the one that asked is answered as
// if the request did not exist for it: it cannot answer itself).
Response decide(PortalServices& services, const Request& request, const std::string& number, bool accept) {
  const auto checked = read_signed<api::TransferDecision>(services, request, api::read_transfer_decision);
  if (!checked) return checked.error();
  if (!services.rules) return rules_unavailable();
  const auth::Session& session = checked->session;
  const char* operation = accept ? kTransferAcceptOperation : kTransferDeclineOperation;
  const json fingerprint = {{"operation", operation}, {"requestNumber", number}};

  std::optional<store::TransferRow> transfer;
  domain::Money fee = domain::Money::halalas(0);
  const auto refusal = [&]() -> std::optional<Response> {
    transfer = store::find_transfer(services.db, session.establishment_id, number);
    if (!transfer || transfer->to_id != session.establishment_id) return transfer_not_found();
    if (transfer->status != "pending") return transfer_decided(*transfer);
    if (!accept) return std::nullopt;
    // The rules again, as they stand today, on the resident's record (still the other establishment's).
    const auto file = store::find_resident(services.db, transfer->from_id, transfer->resident.iqama_number);
    if (!file) throw store::StoreError{"a pending transfer's resident left its establishment"};
    domain::TransferFacts facts = facts_for(services.db, file->summary.id, file->passport_expiry);
    facts.already_pending = false;  // this very request
    const auto assessment =
        domain::assess_transfer(services.rules->transfer, facts, riyadh_today(services.now()));
    if (!assessment.eligible()) {
      return not_eligible({"لا يمكن قبول نقل خدمات هذا المقيم الآن", "This transfer cannot be accepted now"},
                          under_fields(assessment.problems, problems_in_words(assessment, facts),
                                       [](domain::TransferProblem) { return "requestNumber"; }));
    }
    fee = assessment.fee;
    return unless_balance_covers(services, session.establishment_id, fee);
  };
  const auto apply = [&]() -> AppliedChange {
    if (accept) {
      store::accept_transfer(services.db, *transfer, session.user_id, fee, services.now());
      pay_fee(services, session.establishment_id, fee, services.rules->transfer.sadad_service_code, number);
    } else {
      store::decline_transfer(services.db, *transfer, session.user_id, services.now());
    }
    const auto row = store::find_transfer(services.db, session.establishment_id, number);
    if (!row) throw store::StoreError{"the transfer just answered was not found"};
    return {json_response(200, transfer_of(services, *row)), (accept ? "accepted " : "declined ") + number};
  };
  return run_transaction(services, request,
                         {session, operation, number, fingerprint, checked->fields.security_code}, refusal,
                         apply);
}

// "0700000001" from "/api/v1/service-transfers/0700000001/accept", with what follows it.
struct TransferPath {
  std::string number, action;
};

std::optional<TransferPath> transfer_path(const std::string& path) {
  if (path.size() <= kPrefix.size() + 1 || path.compare(0, kPrefix.size(), kPrefix) != 0 ||
      path[kPrefix.size()] != '/')
    return std::nullopt;
  const std::string rest = path.substr(kPrefix.size() + 1);
  const size_t slash = rest.find('/');
  return TransferPath{rest.substr(0, slash), slash == std::string::npos ? "" : rest.substr(slash + 1)};
}

}  // namespace

std::optional<Response> route_service_transfers(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  const bool post = request.method == "POST", get = request.method == "GET";
  if (path == kPrefix && get) return list(services, request);
  if (path == kPrefix && post) return ask_transfer(services, request);
  if (path == std::string(kPrefix) + "/quote" && post) return quote_transfer(services, request);
  const auto target = transfer_path(path);
  if (!target) return std::nullopt;
  if (target->action.empty() && get) return one(services, request, target->number);
  if (target->action == "accept" && post) return decide(services, request, target->number, true);
  if (target->action == "decline" && post) return decide(services, request, target->number, false);
  return std::nullopt;
}

}  // namespace muqeem::portal

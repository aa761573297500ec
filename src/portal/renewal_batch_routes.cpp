#include "portal/renewal_batch_routes.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "api/renewal_batch_dto.h"
#include "domain/identifiers.h"
#include "portal/api_responses.h"
#include "portal/renewal_assessment.h"
#include "portal/service_support.h"
#include "portal/store/audit_log.h"
#include "portal/store/establishments.h"
#include "portal/store/renewal_batches.h"
#include "portal/transaction.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;
using store::BatchOutcome;

constexpr const char* kBatchesPath = "/api/v1/iqama-renewals/batches";

Response batch_not_found() {
  return problem(
      404, "batch-not-found",
      {"لا توجد دفعة تجديد بهذا الرقم في منشأتك", "No renewal batch with this number in your establishment"});
}

// What each outcome means to the officer reading the batch's result.
api::Bilingual outcome_words(BatchOutcome outcome) {
  switch (outcome) {
    case BatchOutcome::Pending:
      return {"بانتظار دوره", "Waiting its turn"};
    case BatchOutcome::Renewed:
      return {"جُددت", "Renewed"};
    case BatchOutcome::NotEligible:
      return {"لم تُجدد: لا تستوفي الشروط", "Not renewed: not eligible"};
    case BatchOutcome::NotFound:
      return {"لم تُجدد: لا يوجد مقيم بهذا الرقم في منشأتك",
              "Not renewed: no resident of your establishment has this number"};
    case BatchOutcome::Duplicate:
      return {"لم تُجدد: مكررة في هذه الدفعة", "Not renewed: listed twice in this batch"};
    case BatchOutcome::InAnotherBatch:
      return {"لم تُجدد: ضمن دفعة أخرى قيد التجديد", "Not renewed: in another batch being renewed"};
    case BatchOutcome::Changed:
      return {"لم تُجدد: تغيّرت بياناتها بعد إنشاء الدفعة", "Not renewed: changed since the batch was made"};
    case BatchOutcome::Balance:
      break;
  }
  return {"لم تُجدد: نفد رصيد المنشأة", "Not renewed: the balance ran out"};
}

api::Coded reason(BatchOutcome outcome) {
  const api::Bilingual words = outcome_words(outcome);
  return {store::outcome_code(outcome), words.ar, words.en};
}

// One item of a quote or a new batch: the resident assessed, or why not.
struct Planned {
  api::BatchQuoteItem quote;
  store::BatchItem item;
};

// Each requested resident assessed as a single quote would be, in the order they would be renewed:
// the earliest expiry first (the most urgent get the balance first), then the rest as asked.
std::vector<Planned> plan(PortalServices& services, int64_t establishment_id,
                          const api::RenewalBatchRequest& request) {
  std::vector<Planned> planned;
  std::set<std::string> seen;
  const auto busy = store::pending_iqamas(services.db, establishment_id);
  const std::set<std::string> elsewhere(busy.begin(), busy.end());
  for (const auto& wanted : request.items) {
    Planned one;
    one.quote.duration_months = wanted.duration_months;
    one.item.duration_months = wanted.duration_months;
    const auto number = domain::IqamaNumber::parse(wanted.iqama_number);
    const std::string iqama = number ? number->digits() : wanted.iqama_number;
    one.quote.iqama_number = one.item.iqama_number = iqama;
    BatchOutcome outcome = BatchOutcome::Pending;
    if (!number) {
      outcome = BatchOutcome::NotFound;
    } else if (!seen.insert(iqama).second) {
      outcome = BatchOutcome::Duplicate;
    } else if (auto assessed = assess_renewal(services, establishment_id, iqama, wanted.duration_months)) {
      one.item.resident_id = assessed->subject.file.summary.id;
      one.item.previous_expiry = assessed->quote.iqama_expiry;
      one.item.total_halalas = assessed->quote.total_halalas;
      one.item.details = json{{"name", assessed->quote.name}, {"problems", assessed->quote.problems}}.dump();
      if (elsewhere.count(iqama)) {
        outcome = BatchOutcome::InAnotherBatch;
      } else if (!assessed->quote.eligible) {
        outcome = BatchOutcome::NotEligible;
        one.quote.problems = assessed->quote.problems;
      }
      one.quote.quote = std::move(assessed->quote);
    } else {
      outcome = BatchOutcome::NotFound;  // another establishment's resident is not told apart
    }
    if (outcome != BatchOutcome::Pending && outcome != BatchOutcome::NotEligible)
      one.quote.problems = {reason(outcome)};
    if (one.item.details.empty()) one.item.details = "{}";
    one.item.outcome = outcome;
    one.quote.status = outcome == BatchOutcome::Pending ? "eligible" : store::outcome_code(outcome);
    planned.push_back(std::move(one));
  }
  std::stable_sort(planned.begin(), planned.end(), [](const Planned& a, const Planned& b) {
    const bool a_first = a.item.outcome == BatchOutcome::Pending,
               b_first = b.item.outcome == BatchOutcome::Pending;
    if (a_first != b_first) return a_first;
    return a_first && a.item.previous_expiry < b.item.previous_expiry;
  });
  for (size_t i = 0; i < planned.size(); ++i) planned[i].item.position = static_cast<int>(i) + 1;
  return planned;
}

Response too_many(int limit) {
  const std::string n = std::to_string(limit);
  return problem(422, "batch-too-large", {"الدفعة أكبر من المسموح", "The batch is too large"},
                 {{"items",
                   {"يمكن تجديد " + n + " إقامة على الأكثر في دفعة واحدة، قسّمها إلى دفعات",
                    "At most " + n + " iqamas can be renewed in one batch; split it into several"}}});
}

domain::Result<api::RenewalBatchRequest, Response> read_request(PortalServices& services, const json& body,
                                                                bool with_code) {
  std::vector<api::FieldError> errors;
  auto fields = api::read_renewal_batch_request(body, with_code, errors);
  if (!fields) return invalid_fields(std::move(errors));
  if (!services.rules) return rules_unavailable();
  const int limit = services.rules->renewal.batch_max_items;
  if (static_cast<int>(fields->items.size()) > limit) return too_many(limit);
  return std::move(*fields);
}

int64_t balance_of(PortalServices& services, int64_t establishment_id) {
  const auto establishment = store::find_establishment(services.db, establishment_id);
  return establishment ? establishment->balance_halalas : 0;
}

api::RenewalBatchState state_of(const store::RenewalBatch& batch) {
  api::RenewalBatchState state;
  state.batch_id = batch.id;
  for (const auto& item : batch.items) {
    api::BatchItemState entry;
    entry.position = item.position;
    entry.iqama_number = item.iqama_number;
    entry.duration_months = item.duration_months;
    entry.outcome = store::outcome_code(item.outcome);
    entry.outcome_text = outcome_words(item.outcome);
    entry.request_number = item.request_number;
    entry.total_halalas = item.total_halalas;
    entry.previous_expiry = item.previous_expiry;
    const json details = json::parse(item.details, nullptr, /*allow_exceptions=*/false);
    if (details.is_object()) {
      if (const auto name = details.find("name"); name != details.end() && name->is_object())
        entry.name = {name->value("ar", ""), name->value("en", "")};
      entry.new_expiry = details.value("newExpiry", "");
      entry.new_expiry_hijri = details.value("newExpiryHijri", "");
      if (item.outcome == BatchOutcome::NotEligible || item.outcome == BatchOutcome::Changed)
        if (const auto problems = details.find("problems"); problems != details.end() && problems->is_array())
          for (const auto& problem : *problems)
            entry.problems.push_back(
                {problem.value("code", ""), problem.value("ar", ""), problem.value("en", "")});
    }
    if (item.outcome == BatchOutcome::Renewed) {
      ++state.renewed;
      state.charged_halalas += item.total_halalas;
    } else if (item.outcome == BatchOutcome::Pending) {
      ++state.pending;
    } else {
      ++state.not_renewed;
    }
    state.items.push_back(std::move(entry));
  }
  state.done = state.pending == 0;
  return state;
}

Response quote_batch(PortalServices& services, const Request& request) {
  auto signed_request = signed_json(services, request);
  if (!signed_request) return signed_request.error();
  auto fields = read_request(services, signed_request->body, /*with_code=*/false);
  if (!fields) return fields.error();
  const int64_t establishment_id = signed_request->session.establishment_id;
  if (auto refused = refuse_unpermitted(services, signed_request->session, kRenewalBatchOperation))
    return std::move(*refused);
  api::RenewalBatchQuote quote;
  for (auto& planned : plan(services, establishment_id, *fields)) {
    if (planned.quote.status == "eligible") {
      ++quote.eligible_count;
      quote.total_halalas += planned.item.total_halalas;
    }
    quote.items.push_back(std::move(planned.quote));
  }
  quote.balance_halalas = balance_of(services, establishment_id);
  quote.balance_covers = quote.balance_halalas >= quote.total_halalas;
  return json_response(200, quote);
}

Response create_batch(PortalServices& services, const Request& request) {
  auto signed_request = signed_json(services, request);
  if (!signed_request) return signed_request.error();
  const auth::Session& session = signed_request->session;
  auto fields = read_request(services, signed_request->body, /*with_code=*/true);
  if (!fields) return fields.error();
  // The same residents for the same durations are the same batch; the code is not part of it.
  json fingerprint = {{"operation", kRenewalBatchOperation}, {"items", json::array()}};
  for (const auto& item : fields->items)
    fingerprint["items"].push_back({item.iqama_number, item.duration_months});

  std::vector<Planned> planned;
  const auto refusal = [&]() -> std::optional<Response> {
    planned = plan(services, session.establishment_id, *fields);
    const bool any = std::any_of(planned.begin(), planned.end(),
                                 [](const Planned& p) { return p.item.outcome == BatchOutcome::Pending; });
    if (any) return std::nullopt;
    return problem(
        422, "nothing-to-renew",
        {"لا يمكن تجديد أي من هذه الإقامات الآن", "None of these iqamas can be renewed now"},
        {{"items",
          {"راجع سبب كل إقامة في التحقق من البيانات", "See why for each iqama when verifying the data"}}});
  };
  const auto apply = [&]() -> AppliedChange {
    std::vector<store::BatchItem> items;
    for (const auto& one : planned) items.push_back(one.item);
    const int64_t id =
        store::create_batch(services.db, session.establishment_id, session.user_id, items, services.now());
    const auto batch = store::find_batch(services.db, session.establishment_id, id);
    if (!batch) throw store::StoreError{"a renewal batch vanished as it was made"};
    Response created = json_response(201, state_of(*batch));
    created.headers["Location"] = std::string(kBatchesPath) + "/" + std::to_string(id);
    return {std::move(created), "batch " + std::to_string(id) + " of " + std::to_string(items.size())};
  };
  return run_transaction(services, request,
                         {session, kRenewalBatchOperation, std::to_string(fields->items.size()) + " iqamas",
                          fingerprint, fields->security_code},
                         refusal, apply);
}

// Renews one pending item in its own transaction; false when the balance ran out (and the rest with it).
bool renew_item(PortalServices& services, const auth::Session& session, int64_t batch_id,
                const store::BatchItem& item) {
  store::Database::Transaction sql(services.db);
  auto assessed = assess_renewal(services, session.establishment_id, item.iqama_number, item.duration_months);
  const auto settle = [&](BatchOutcome outcome, const std::string& number, int64_t total,
                          const json& details) {
    store::settle_item(services.db, batch_id, item.position, outcome, number, total, details.dump());
  };
  bool carry_on = true;
  if (!assessed) {
    settle(BatchOutcome::NotFound, "", 0, json::object());
  } else {
    const api::RenewalQuote& quote = assessed->quote;
    const json name = quote.name;
    if (quote.iqama_expiry != item.previous_expiry) {
      settle(BatchOutcome::Changed, "", 0, {{"name", name}, {"problems", json::array()}});
    } else if (!quote.eligible) {
      settle(BatchOutcome::NotEligible, "", quote.total_halalas,
             {{"name", name}, {"problems", quote.problems}});
    } else if (unless_balance_covers(services, session.establishment_id, assessed->assessment.total)) {
      settle(BatchOutcome::Balance, "", quote.total_halalas, {{"name", name}});
      store::settle_rest(services.db, batch_id, BatchOutcome::Balance);
      carry_on = false;
    } else {
      const api::RenewalResult result = record_assessed_renewal(services, session, *assessed);
      settle(BatchOutcome::Renewed, result.request_number, result.total_halalas,
             {{"name", name}, {"newExpiry", result.new_expiry}, {"newExpiryHijri", result.new_expiry_hijri}});
      const std::string outcome =
          "renewed " + result.request_number + " in batch " + std::to_string(batch_id);
      store::append_audit(services.db, {session.user_id, "", "iqama-renewal", item.iqama_number, outcome},
                          services.now());
    }
  }
  sql.commit();
  return carry_on;
}

Response continue_batch(PortalServices& services, const Request& request, int64_t batch_id) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (auto refused = refuse_unpermitted(services, *session, kRenewalBatchOperation))
    return std::move(*refused);
  if (!store::batch_exists(services.db, session->establishment_id, batch_id)) return batch_not_found();
  const auto started = std::chrono::steady_clock::now();
  const auto elapsed_ms = [&] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
        .count();
  };
  for (int renewed = 0; renewed < kBatchStepItems && (renewed == 0 || elapsed_ms() < kBatchStepMs);
       ++renewed) {
    const auto item = store::next_pending(services.db, batch_id);
    if (!item || !renew_item(services, *session, batch_id, *item)) break;
  }
  const auto batch = store::find_batch(services.db, session->establishment_id, batch_id);
  return json_response(200, state_of(*batch));
}

Response show_batch(PortalServices& services, const Request& request, int64_t batch_id) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  const auto batch = store::find_batch(services.db, session->establishment_id, batch_id);
  if (!batch) return batch_not_found();
  return json_response(200, state_of(*batch));
}

}  // namespace

std::optional<Response> route_renewal_batches(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  const std::string prefix = kBatchesPath;
  if (path.rfind(prefix, 0) != 0) return std::nullopt;
  const bool post = request.method == "POST", get = request.method == "GET";
  if (path == prefix + "/quote" && post) return quote_batch(services, request);
  if (path == prefix && post) return create_batch(services, request);
  if (path.size() <= prefix.size() + 1 || path[prefix.size()] != '/') return std::nullopt;
  std::string tail = path.substr(prefix.size() + 1);
  const bool continuing = tail.size() > 9 && tail.ends_with("/continue");
  if (continuing) tail.resize(tail.size() - 9);
  if (tail.empty() || tail.size() > 18 ||
      !std::all_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return batch_not_found();
  const int64_t id = std::stoll(tail);
  if (continuing && post) return continue_batch(services, request, id);
  if (!continuing && get) return show_batch(services, request, id);
  return std::nullopt;
}

}  // namespace muqeem::portal

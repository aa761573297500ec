#include "api/renewal_batch_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "api/quote_parts.h"

namespace muqeem::api {

using fields::read;

namespace {

bool sane_months(const nlohmann::json& value) {
  return value.is_number_integer() && value.get<int64_t>() >= 1 && value.get<int64_t>() <= 120;
}

}  // namespace

void to_json(nlohmann::json& j, const RenewalBatchRequest& value) {
  auto items = nlohmann::json::array();
  for (const auto& item : value.items) {
    nlohmann::json entry = {{"iqamaNumber", item.iqama_number}};
    if (item.duration_months > 0) entry["durationMonths"] = item.duration_months;
    items.push_back(std::move(entry));
  }
  j = {{"items", std::move(items)}};
  if (value.duration_months > 0) j["durationMonths"] = value.duration_months;
  if (!value.security_code.empty()) j["securityCode"] = value.security_code;
}

void to_json(nlohmann::json& j, const BatchQuoteItem& value) {
  j = {{"iqamaNumber", value.iqama_number},
       {"durationMonths", value.duration_months},
       {"status", value.status},
       {"problems", value.problems}};
  if (value.quote) j["quote"] = *value.quote;
}

void to_json(nlohmann::json& j, const RenewalBatchQuote& value) {
  j = {{"items", value.items},
       {"eligibleCount", value.eligible_count},
       {"totalHalalas", value.total_halalas},
       {"balanceHalalas", value.balance_halalas},
       {"balanceCovers", value.balance_covers}};
}

void to_json(nlohmann::json& j, const BatchItemState& value) {
  j = {{"position", value.position},
       {"iqamaNumber", value.iqama_number},
       {"durationMonths", value.duration_months},
       {"outcome", value.outcome},
       {"outcomeText", value.outcome_text},
       {"totalHalalas", value.total_halalas},
       {"problems", value.problems}};
  if (!value.name.ar.empty() || !value.name.en.empty()) j["name"] = value.name;
  if (!value.request_number.empty()) j["requestNumber"] = value.request_number;
  if (!value.previous_expiry.empty()) j["previousExpiry"] = value.previous_expiry;
  if (!value.new_expiry.empty()) {
    j["newExpiry"] = value.new_expiry;
    j["newExpiryHijri"] = value.new_expiry_hijri;
  }
}

void to_json(nlohmann::json& j, const RenewalBatchState& value) {
  j = {{"batchId", value.batch_id},
       {"done", value.done},
       {"renewed", value.renewed},
       {"pending", value.pending},
       {"notRenewed", value.not_renewed},
       {"chargedHalalas", value.charged_halalas},
       {"items", value.items}};
}

std::optional<RenewalBatchQuote> read_renewal_batch_quote(const nlohmann::json& body) {
  RenewalBatchQuote quote;
  const auto items = body.is_object() ? body.find("items") : body.end();
  if (items == body.end() || !items->is_array() || !read(body, "eligibleCount", quote.eligible_count) ||
      !read(body, "totalHalalas", quote.total_halalas) ||
      !read(body, "balanceHalalas", quote.balance_halalas) ||
      !read(body, "balanceCovers", quote.balance_covers))
    return std::nullopt;
  for (const auto& entry : *items) {
    BatchQuoteItem item;
    if (!read(entry, "iqamaNumber", item.iqama_number) ||
        !read(entry, "durationMonths", item.duration_months) || !read(entry, "status", item.status) ||
        !read_coded_list(entry, "problems", item.problems))
      return std::nullopt;
    if (const auto single = entry.find("quote"); single != entry.end()) {
      item.quote = read_renewal_quote(*single);
      if (!item.quote) return std::nullopt;
    }
    quote.items.push_back(std::move(item));
  }
  return quote;
}

std::optional<RenewalBatchState> read_renewal_batch_state(const nlohmann::json& body) {
  RenewalBatchState state;
  const auto items = body.is_object() ? body.find("items") : body.end();
  if (items == body.end() || !items->is_array() || !read(body, "batchId", state.batch_id) ||
      !read(body, "done", state.done) || !read(body, "renewed", state.renewed) ||
      !read(body, "pending", state.pending) || !read(body, "notRenewed", state.not_renewed) ||
      !read(body, "chargedHalalas", state.charged_halalas))
    return std::nullopt;
  for (const auto& entry : *items) {
    BatchItemState item;
    if (!read(entry, "position", item.position) || !read(entry, "iqamaNumber", item.iqama_number) ||
        !read(entry, "durationMonths", item.duration_months) || !read(entry, "outcome", item.outcome) ||
        !read(entry, "outcomeText", item.outcome_text) || !read(entry, "totalHalalas", item.total_halalas) ||
        !read_coded_list(entry, "problems", item.problems))
      return std::nullopt;
    read(entry, "name", item.name);  // these are absent where they do not apply
    read(entry, "requestNumber", item.request_number);
    read(entry, "previousExpiry", item.previous_expiry);
    read(entry, "newExpiry", item.new_expiry);
    read(entry, "newExpiryHijri", item.new_expiry_hijri);
    state.items.push_back(std::move(item));
  }
  return state;
}

std::optional<RenewalBatchRequest> read_renewal_batch_request(const nlohmann::json& body, bool with_code,
                                                              std::vector<FieldError>& errors) {
  RenewalBatchRequest request;
  const auto months = body.is_object() ? body.find("durationMonths") : body.end();
  const bool batch_months = months != body.end();
  if (batch_months && !sane_months(*months))
    errors.push_back({"durationMonths",
                      {"مدة التجديد بالأشهر رقم صحيح من 1 إلى 120",
                       "The duration is a whole number of months, 1 to 120"}});
  else if (batch_months)
    request.duration_months = months->get<int>();
  const auto items = body.is_object() ? body.find("items") : body.end();
  if (items == body.end() || !items->is_array() || items->empty()) {
    errors.push_back({"items", {"اختر مقيمًا واحدًا على الأقل", "Choose at least one resident"}});
  } else {
    for (size_t i = 0; i < items->size(); ++i) {
      const auto& entry = (*items)[i];
      const std::string field = "items[" + std::to_string(i) + "]";
      BatchItemRequest item;
      if (!read(entry, "iqamaNumber", item.iqama_number) || item.iqama_number.empty()) {
        errors.push_back({field + ".iqamaNumber", {"رقم الإقامة مطلوب", "The iqama number is required"}});
        continue;
      }
      const auto own = entry.find("durationMonths");
      if (own != entry.end() && !sane_months(*own)) {
        errors.push_back({field + ".durationMonths",
                          {"مدة التجديد بالأشهر رقم صحيح من 1 إلى 120",
                           "The duration is a whole number of months, 1 to 120"}});
        continue;
      }
      item.duration_months = own != entry.end() ? own->get<int>() : request.duration_months;
      if (item.duration_months == 0)
        errors.push_back({field + ".durationMonths",
                          {"اختر مدة التجديد لهذا المقيم أو للدفعة كلها",
                           "Choose the duration for this resident or for the whole batch"}});
      request.items.push_back(std::move(item));
    }
  }
  if (with_code)
    request.security_code =
        fields::required_text(body, "securityCode", {"رمز التحقق للمعاملة", "The security code"}, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

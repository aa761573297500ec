#include "portal/service_support.h"

#include <algorithm>

#include "portal/api_responses.h"
#include "portal/store/database.h"
#include "portal/store/establishments.h"

namespace muqeem::portal {

domain::Result<SignedRequest, Response> signed_json(PortalServices& services, const Request& request) {
  auto session = session_of(services, request);
  if (!session) return unauthorised();
  auto body = body_of(request);
  if (!body) return malformed();
  return SignedRequest{std::move(*session), std::move(*body)};
}

std::string query_text(const Request& request, const char* name) {
  const auto found = request.query.find(name);
  return found == request.query.end() ? std::string() : found->second;
}

int query_number(const Request& request, const char* name, int fallback) {
  const std::string text = query_text(request, name);
  return !text.empty() && text.size() < 7 && text.find_first_not_of("0123456789") == std::string::npos
             ? std::stoi(text)
             : fallback;
}

Paging paging_of(const Request& request, int max_size) {
  return {query_number(request, "page", 0), std::clamp(query_number(request, "size", 20), 1, max_size)};
}

domain::CivilDate stored_date(const std::string& iso) {
  const auto date = domain::CivilDate::parse(iso);
  if (!date) throw store::StoreError{"a stored date is not a date: " + iso};
  return *date;
}

Response not_eligible(api::Bilingual title, std::vector<api::FieldError> problems) {
  return problem(422, "not-eligible", std::move(title), std::move(problems));
}

std::optional<Response> unless_balance_covers(PortalServices& services, int64_t establishment_id,
                                              domain::Money total) {
  const auto establishment = store::find_establishment(services.db, establishment_id);
  if (establishment && establishment->balance_halalas >= total.in_halalas()) return std::nullopt;
  const std::string balance =
      domain::Money::halalas(establishment ? establishment->balance_halalas : 0).format();
  return problem(
      402, "insufficient-balance",
      {"رصيد المنشأة " + balance + " ريال لا يكفي للرسوم " + total.format() + " ريال",
       "The establishment's balance, SAR " + balance + ", does not cover the fees of SAR " + total.format()});
}

void pay_fee(PortalServices& services, int64_t establishment_id, domain::Money total,
             const std::string& service_code, const std::string& request_number) {
  if (!store::pay_from_balance(services.db, establishment_id, total, service_code, request_number,
                               services.now()))
    throw store::StoreError{"the balance changed inside the transaction"};
}

}  // namespace muqeem::portal

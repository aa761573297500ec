#include "portal/public_limits.h"

#include "portal/api_responses.h"

namespace muqeem::portal::limits {

std::string address_of(const Request& request) {
  return request.remote_address.empty() ? "in-process" : request.remote_address;
}

std::optional<Response> refuse_if_spent(PortalServices& services,
                                        const std::vector<std::pair<store::RateLimit, std::string>>& uses) {
  for (const auto& [limit, key] : uses) {
    const int64_t wait = store::take(services.db, limit, key, services.now());
    if (wait == 0) continue;
    Response response = problem(429, "too-many-requests",
                                {"طلبات كثيرة في وقت قصير، حاول مرة أخرى لاحقًا",
                                 "Too many requests in a short time; try again later"});
    response.headers["Retry-After"] = std::to_string(wait);
    return response;
  }
  return std::nullopt;
}

}  // namespace muqeem::portal::limits

#pragma once
// How the services open to anyone (no sign-in) are kept from abuse: each counts its uses per client
// address, and those that send an SMS also per mobile number and ID number (so nobody can make the
// portal text a stranger over and over, or pump SMS at its expense); a spent limit is a 429 problem
// with Retry-After. The counts live in SQLite (store/rate_limits.h).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "portal/api_routes.h"
#include "portal/store/rate_limits.h"

namespace muqeem::portal::limits {

constexpr int64_t kHour = 3600, kDay = 24 * kHour;
constexpr store::RateLimit kSubscriptionsPerAddress{"subscription-by-address", 5, kHour};
constexpr store::RateLimit kSubscriptionsPerMobile{"subscription-by-mobile", 3, kDay};
constexpr store::RateLimit kRegistrationsPerAddress{"registration-by-address", 5, kHour};
constexpr store::RateLimit kRegistrationsPerMobile{"registration-by-mobile", 3, kDay};
constexpr store::RateLimit kRegistrationsPerIdNumber{"registration-by-id-number", 3, kDay};
constexpr store::RateLimit kConfirmationsPerAddress{"registration-confirmation-by-address", 20, kHour};
constexpr store::RateLimit kActivationsPerAddress{"activation-by-address", 10, kHour};
// The public visa check answers only with the holder's passport number or date of birth: without a
// limit, the dates of birth could be tried one by one. Per number asked about, whatever the address.
constexpr store::RateLimit kVisaChecksPerAddress{"visa-check-by-address", 30, kHour};
constexpr store::RateLimit kVisaChecksPerNumber{"visa-check-by-number", 10, kDay};

// The key a request's client is counted under: its address ("in-process" when there is none).
std::string address_of(const Request& request);

// Counts one use under each (limit, key); the first limit that is spent answers a 429.
std::optional<Response> refuse_if_spent(PortalServices& services,
                                        const std::vector<std::pair<store::RateLimit, std::string>>& uses);

}  // namespace muqeem::portal::limits

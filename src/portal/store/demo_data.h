#pragma once
// The demo: a seeded establishment with a few thousand residents of many nationalities and
// occupations, iqamas expired, expiring soon and valid, and a second, smaller establishment that
// exists to prove one never sees the other's data. Deterministic: the same seed gives the same people.
#include <cstdint>

#include "domain/civil_date.h"
#include "portal/auth/secrets.h"
#include "portal/store/database.h"

namespace muqeem::portal::store {

struct DemoData {
  int main_residents = 3000;
  int other_residents = 200;
  domain::CivilDate today{2026, 1, 1};
  uint32_t seed = 20261122;
  auth::PasswordCost password_cost = auth::PasswordCost::Interactive;
};

// The demo's users (README.md and `make run` print them): one per establishment.
struct DemoUser {
  const char* username;
  const char* password;
  int64_t establishment_id;
};
inline constexpr DemoUser kDemoUsers[] = {
    {"golden.admin", "Muqeem@2026", 1},
    {"nakheel.admin", "Muqeem@2026", 2},
};

// The establishments' ids, for tests and for printing the demo users.
inline constexpr int64_t kDemoEstablishment = 1;
inline constexpr int64_t kOtherEstablishment = 2;

// Fills an empty database; a database that already has establishments is left as it is.
void seed_demo_data(Database& db, const DemoData& demo);

}  // namespace muqeem::portal::store

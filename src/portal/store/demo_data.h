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

// The demo's users (README.md and `make run` print them): each establishment's primary user, and a
// restricted user of the first who may issue visas and see reports but not renew iqamas or manage
// users.
struct DemoUser {
  const char* username;
  const char* password;
  int64_t establishment_id;
  bool primary;
  const char* role;  // as `make run` describes it
};
inline constexpr DemoUser kDemoUsers[] = {
    {"golden.admin", "Muqeem@2026", 1, true, "primary user"},
    {"nakheel.admin", "Muqeem@2026", 2, true, "primary user"},
    {"golden.clerk", "Muqeem@2026", 1, false,
     "restricted: visas and reports only (no iqama renewal, no users)"},
};

// The establishments' ids, for tests and for printing the demo users.
inline constexpr int64_t kDemoEstablishment = 1;
inline constexpr int64_t kOtherEstablishment = 2;

// Fills an empty database; a database that already has establishments is left as it is.
void seed_demo_data(Database& db, const DemoData& demo);

// The demo's users and their permissions, the national records the users' screens look people up
// in, and a few Tawasul requests in different statuses with support's replies (demo_accounts.cpp).
// Adds only what is missing, so a demo database seeded before these existed is brought up to date.
void seed_demo_accounts(Database& db, const DemoData& demo);

}  // namespace muqeem::portal::store

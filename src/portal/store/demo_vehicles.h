#pragma once
// The demo's driving licences and vehicles, spread over the residents already seeded.
#include "portal/store/database.h"
#include "portal/store/demo_data.h"

namespace muqeem::portal::store {

// Drivers hold a public or heavy-transport licence, about a third of the others a private one, and about
// one licence holder in nine has a vehicle registered (which bars a final exit). Its own random
// sequence, so the people and their other records stay the same; also brings a demo database seeded
// before these records existed up to date, and leaves one that has them as it is.
void seed_licences_and_vehicles(Database& db, const DemoData& demo);

}  // namespace muqeem::portal::store

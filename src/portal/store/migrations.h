#pragma once
// Versioned schema migrations. PRAGMA user_version records how many have been applied; each runs in
// its own transaction, so a crash leaves the database at one version or the next, never between.
namespace muqeem::portal::store {

class Database;

void migrate(Database& db);
int latest_schema_version();

}  // namespace muqeem::portal::store

#pragma once
// The audit log: who did what to whom, when, and how it ended; one row per sign-in step and per
// state change, written in the same transaction as the change. Never a password or a code.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "portal/store/database.h"

namespace muqeem::portal::store {

struct AuditEntry {
  std::optional<int64_t> user_id;           // the establishment is the user's
  std::string_view user_name;               // "" takes the user's username
  std::string_view operation;               // "sign-in", "iqama-renewal"...
  std::optional<std::string_view> subject;  // e.g. the iqama number
  std::string_view outcome;
};

void append_audit(Database& db, const AuditEntry& entry, int64_t now);

// "2026-01-01T09:30:00Z"
std::string utc_timestamp(int64_t now);

}  // namespace muqeem::portal::store

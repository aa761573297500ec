#pragma once
// An exit/re-entry visa's fee as the officer changes its type and length, before asking the portal:
// the same rules data the portal charges by (assets/rules/fees.json and visas.json, compiled in), at
// the rate inside the Kingdom. The quote stays the word that counts; this is what the form shows live.
#include <optional>

#include "domain/money.h"

namespace muqeem::ui {

// nullopt when the rules cannot be read or `days` is not a length the visa can have.
std::optional<domain::Money> exit_reentry_fee_estimate(bool multiple, long days);

}  // namespace muqeem::ui

#pragma once
// What every transaction's quote is made of: fee lines (a stable code, a bilingual label, an amount in
// halalas) and the coded problems that stand in the way, with the readers the client checks them by.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api {

struct FeeLine {
  std::string code;  // "iqama-fee", "late-renewal-fine", "transfer-fee"...
  Bilingual label;
  int64_t amount_halalas = 0;
};

void to_json(nlohmann::json& j, const FeeLine& value);

// The array under `key` of `body`; false when it is missing or an item is not what the contract says.
bool read_fee_lines(const nlohmann::json& body, const char* key, std::vector<FeeLine>& out);
bool read_coded_list(const nlohmann::json& body, const char* key, std::vector<Coded>& out);

}  // namespace muqeem::api

#pragma once
// Reading one figure of a rules file (assets/rules/*.json) without exceptions: nullopt when it is
// missing, of the wrong type or out of range, so a bad file is refused rather than guessed at.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/money.h"

namespace muqeem::api::rules_fields {

// A non-negative integer at `pointer`.
inline std::optional<int64_t> count(const nlohmann::json& document, const char* pointer) {
  const nlohmann::json::json_pointer path(pointer);
  if (!document.contains(path)) return std::nullopt;
  const nlohmann::json& value = document.at(path);
  if (!value.is_number_integer() || value.get<int64_t>() < 0) return std::nullopt;
  return value.get<int64_t>();
}

// An amount in halalas at `pointer`.
inline std::optional<domain::Money> money(const nlohmann::json& document, const char* pointer) {
  const auto halalas = count(document, pointer);
  return halalas ? std::optional(domain::Money::halalas(*halalas)) : std::nullopt;
}

// A non-empty string at `pointer`, e.g. a SADAD service code.
inline std::optional<std::string> text(const nlohmann::json& document, const char* pointer) {
  const nlohmann::json::json_pointer path(pointer);
  if (!document.contains(path) || !document.at(path).is_string()) return std::nullopt;
  std::string value = document.at(path).get<std::string>();
  return value.empty() ? std::nullopt : std::optional(std::move(value));
}

// A non-empty array of positive integers at `pointer`, e.g. durations in months.
inline std::optional<std::vector<int>> positive_list(const nlohmann::json& document, const char* pointer) {
  const nlohmann::json::json_pointer path(pointer);
  if (!document.contains(path) || !document.at(path).is_array() || document.at(path).empty())
    return std::nullopt;
  std::vector<int> out;
  for (const nlohmann::json& item : document.at(path)) {
    if (!item.is_number_integer() || item.get<int64_t>() <= 0 || item.get<int64_t>() > 1'000'000'000)
      return std::nullopt;
    out.push_back(item.get<int>());
  }
  return out;
}

}  // namespace muqeem::api::rules_fields

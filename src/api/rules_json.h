#pragma once
// Reading the rules data files (assets/rules/*.json) into the domain's plain structures.
#include <optional>
#include <string_view>

#include "domain/document_rules.h"
#include "domain/fees.h"
#include "domain/iqama_renewal.h"
#include "domain/support_rules.h"
#include "domain/visas.h"

namespace muqeem::api {

// nullopt when the JSON is malformed or a figure is missing, negative or of the wrong type.
std::optional<domain::FeeSchedule> parse_fee_schedule(std::string_view json_text);
// assets/rules/renewal.json; the same refusal of anything missing or mistyped.
std::optional<domain::RenewalRules> parse_renewal_rules(std::string_view json_text);
// assets/rules/documents.json; a validity of zero days is refused too.
std::optional<domain::DocumentRules> parse_document_rules(std::string_view json_text);
// assets/rules/support.json; a target or limit of zero is refused too.
std::optional<domain::SupportRules> parse_support_rules(std::string_view json_text);
// assets/rules/visas.json; a zero-day fee month, an empty service code or anything mistyped is refused.
std::optional<domain::VisaRules> parse_visa_rules(std::string_view json_text);

}  // namespace muqeem::api

#pragma once
// The server's reading of the fields the transactions' requests share: each checks one field of a
// request body and returns its value as stored (Western digits, E.164, trimmed names, capitals), or
// names the field in `errors` with what is wrong in Arabic and English, for the form to show under it.
// Every field is read, so one answer lists every mistake.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"
#include "domain/civil_date.h"

namespace muqeem::api::request_fields {

std::string iqama_number(const nlohmann::json& body, std::vector<FieldError>& errors);
std::string border_number(const nlohmann::json& body, std::vector<FieldError>& errors);
std::string establishment_number(const nlohmann::json& body, const char* field,
                                 std::vector<FieldError>& errors);
// {"ar": "...", "en": "..."} under "name"; errors under "name.ar" and "name.en".
Bilingual person_name(const nlohmann::json& body, std::vector<FieldError>& errors);
std::string saudi_mobile(const nlohmann::json& body, const char* field, std::vector<FieldError>& errors);
std::string passport_number(const nlohmann::json& body, const char* field, std::vector<FieldError>& errors);
// A code of a lookup (occupation, nationality): whether it exists is the store's to say; here only its
// shape (capitals, digits and hyphens, at most 20).
std::string lookup_code(const nlohmann::json& body, const char* field, const Bilingual& label,
                        std::vector<FieldError>& errors);
std::optional<domain::CivilDate> date(const nlohmann::json& body, const char* field, const Bilingual& label,
                                      std::vector<FieldError>& errors);
// Whole months from 1 to 120; whether the rules offer them is the quote's business.
int months(const nlohmann::json& body, const char* field, std::vector<FieldError>& errors);
// The per-transaction security code, when `with_code` (a submit; a quote has none).
std::string security_code(const nlohmann::json& body, bool with_code, std::vector<FieldError>& errors);

}  // namespace muqeem::api::request_fields

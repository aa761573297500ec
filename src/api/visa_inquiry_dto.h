#pragma once
// Asking about visas (DOMAIN.md, Inquiries and Print documents): the establishment's visas by iqama
// number, one visa printed with a verification code and its QR code, and the public validity check
// anyone can make with a visa's or iqama's number and one fact only its holder knows.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/document_dto.h"
#include "api/dto.h"
#include "api/visa_dto.h"

namespace muqeem::api {

// GET /visas: newest first, paged the Spring way.
struct VisaPage {
  std::vector<VisaDetails> content;
  int page = 0, size = 20;
  int64_t total_elements = 0;
};

// A visa as printed (the reprint): the visa, the holder's passport and nationality, the establishment,
// the day it was printed and a verification block.
struct VisaDocument {
  VisaDetails visa;
  Coded nationality;
  std::string passport_number;
  std::string iqama_expiry, iqama_expiry_hijri;
  std::string establishment_number;
  Bilingual establishment;
  std::string printed_on, printed_on_hijri;  // in Riyadh
  Verification verification;
};

// The public check: an iqama number or a visa number, and the holder's passport number or date of
// birth (exactly one of each pair).
struct VisaValidityRequest {
  std::string iqama_number, visa_number;
  std::string passport_number, birth_date;
};

// What the public check states: the visa without whom it is for (its iqama number and name are left
// empty and not sent), its status read as "valid", "expired", "used" or "cancelled".
struct VisaValidity {
  VisaDetails visa;
};

void to_json(nlohmann::json& j, const VisaPage& value);
void to_json(nlohmann::json& j, const VisaDocument& value);
void to_json(nlohmann::json& j, const VisaValidityRequest& value);
void to_json(nlohmann::json& j, const VisaValidity& value);

std::optional<VisaPage> read_visa_page(const nlohmann::json& body);
std::optional<VisaDetails> read_visa(const nlohmann::json& body);
std::optional<VisaDocument> read_visa_document(const nlohmann::json& body);
std::optional<VisaValidity> read_visa_validity(const nlohmann::json& body);

// The server's reading: the pairs' rule and the fields' shapes (a date of birth YYYY-MM-DD).
std::optional<VisaValidityRequest> read_visa_validity_request(const nlohmann::json& body,
                                                              std::vector<FieldError>& errors);

}  // namespace muqeem::api

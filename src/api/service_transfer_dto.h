#pragma once
// Transferring a resident's services to another establishment, in two steps: the current
// establishment quotes and asks for the transfer; the new one sees the pending request (only what it
// needs to decide: who, from whom, the fee it would pay; never the resident's file) and accepts or
// declines it with a security code.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"
#include "api/quote_parts.h"

namespace muqeem::api {

struct EstablishmentRef {
  std::string unified_number;
  Bilingual name;
};

struct TransferRequest {
  std::string iqama_number, new_establishment_number;
  std::string security_code;  // the submit's; empty (and left out) for a quote
};

struct TransferQuote {
  std::string iqama_number;
  Bilingual name;
  EstablishmentRef new_establishment;
  int transfer_ordinal = 1;   // the resident's first, second, ... transfer
  std::vector<FeeLine> fees;  // paid by the new establishment when it accepts
  int64_t total_halalas = 0;
  bool eligible = false;
  std::vector<Coded> problems;
};

// A transfer as both establishments see it.
struct ServiceTransfer {
  std::string request_number;
  Coded status;  // pending, accepted, declined
  std::string iqama_number;
  Bilingual name;
  Coded nationality, occupation;
  EstablishmentRef from, to;
  std::string requested_on, requested_on_hijri;
  std::optional<std::string> decided_on;  // null while pending
  int64_t fee_halalas = 0;  // what accepting costs the new establishment; once accepted, what it paid
};

struct ServiceTransferPage {
  std::vector<ServiceTransfer> content;
  int page = 0, size = 20;
  int64_t total_elements = 0;
};

// Accepting or declining: only the security code (the request number is in the path).
struct TransferDecision {
  std::string security_code;
};

void to_json(nlohmann::json& j, const EstablishmentRef& value);
void to_json(nlohmann::json& j, const TransferRequest& value);
void to_json(nlohmann::json& j, const TransferQuote& value);
void to_json(nlohmann::json& j, const ServiceTransfer& value);
void to_json(nlohmann::json& j, const ServiceTransferPage& value);
void to_json(nlohmann::json& j, const TransferDecision& value);

std::optional<TransferQuote> read_transfer_quote(const nlohmann::json& body);
std::optional<ServiceTransfer> read_service_transfer(const nlohmann::json& body);
std::optional<ServiceTransferPage> read_service_transfer_page(const nlohmann::json& body);

// The server's readings, each field checked (digits and leading digit of both numbers).
std::optional<TransferRequest> read_transfer_request(const nlohmann::json& body, bool with_code,
                                                     std::vector<FieldError>& errors);
std::optional<TransferDecision> read_transfer_decision(const nlohmann::json& body,
                                                       std::vector<FieldError>& errors);

}  // namespace muqeem::api

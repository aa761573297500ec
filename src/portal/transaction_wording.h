#pragma once
// A change of occupation, a transfer of services and a passport update in words, Arabic and English:
// each problem as a coded item an officer can act on, the fee lines' labels, a transfer's status, and
// the field each problem belongs under in a form.
#include <optional>
#include <string>

#include "api/dto.h"
#include "domain/money.h"
#include "domain/occupation_change.h"
#include "domain/passport.h"
#include "domain/service_transfer.h"

namespace muqeem::portal {

struct OccupationWording {
  api::Coded current, requested;
  std::optional<api::Coded> approved;  // what Qiwa approved, if anything
};

api::Coded describe(domain::OccupationChangeProblem problem, const OccupationWording& occupations);
api::Bilingual occupation_change_fee_label();

struct TransferWording {
  std::string passport_expiry;
  domain::Money unpaid_fines = domain::Money::halalas(0);
};

api::Coded describe(domain::TransferProblem problem, const TransferWording& facts);
// "newEstablishmentNumber" for a transfer to the resident's own establishment, else "iqamaNumber".
const char* field_of(domain::TransferProblem problem);
api::Bilingual transfer_fee_label(int ordinal);
// "pending", "accepted", "declined" with their Arabic and English names.
api::Coded transfer_status(const std::string& code);

// Each under its field: issueDate or expiryDate.
api::FieldError describe(domain::PassportDateProblem problem);

}  // namespace muqeem::portal

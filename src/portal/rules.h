#pragma once
// The business rules the server applies, read from the data files in assets/rules/ (compiled into the
// server, so it never runs with rules from one release and code from another).
#include <optional>

#include "domain/document_rules.h"
#include "domain/fees.h"
#include "domain/iqama_issue.h"
#include "domain/iqama_renewal.h"
#include "domain/occupation_change.h"
#include "domain/passport.h"
#include "domain/service_transfer.h"
#include "domain/support_rules.h"
#include "domain/visas.h"

namespace muqeem::portal {

struct PortalRules {
  domain::FeeSchedule fees;
  domain::RenewalRules renewal;
  domain::DocumentRules documents;
  domain::IssueRules issue;
  domain::OccupationChangeRules occupation_change;
  domain::TransferRules transfer;
  domain::PassportUpdateRules passport_update;
  domain::SupportRules support;
  domain::VisaRules visas;
};

// nullopt when a file does not parse (a test makes sure the shipped ones do).
std::optional<PortalRules> bundled_rules();

}  // namespace muqeem::portal

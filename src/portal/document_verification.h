#pragma once
// What every printed document shares (DOMAIN.md, "Print documents"): a verification code valid for
// the days assets/rules/documents.json gives, the block the paper prints it in (the code, the public
// page it opens, its QR code, until when it answers), the iqama number as a verification shows it, and
// the one answer for a code that does not verify. The renewal's printed result and the resident report
// are both made with these.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "api/document_dto.h"
#include "portal/api_routes.h"
#include "portal/store/verifications.h"

namespace muqeem::portal {

// A document's number as the API shows it: ten digits (a request number, a report number).
bool is_document_number(const std::string& text);

// A new code for one document, valid through the last day the rules allow (a document states dates,
// so the code answers until midnight in Riyadh). Inside the caller's transaction; the caller audits.
store::VerificationCode new_verification(PortalServices& services, std::string_view document_kind,
                                         int64_t document_id, int64_t establishment_id, int64_t now);

// The code a print of one document carries: the one still valid if there is one, so every print within
// the validity carries the same code; else a new one, written to the audit log as `operation` on
// `subject` (the document's number), in its own transaction.
store::VerificationCode printed_verification(PortalServices& services, const auth::Session& session,
                                             std::string_view document_kind, int64_t document_id,
                                             int64_t establishment_id, const char* operation,
                                             const std::string& subject);

// The block printed on the paper: the code, the public page it opens (on the configured public
// origin, or else the host the request came to) and that page's QR code, and the last day it answers.
api::Verification verification_block(const PortalServices& services, const Request& request,
                                     const store::VerificationCode& code);

// The code as typed from the paper (any case) if it is valid at `now`; an unknown code, an expired one
// and text that cannot be a code are alike nullopt.
std::optional<store::VerificationCode> find_verification(PortalServices& services, const std::string& code);

// All but the last four digits masked: "******6789".
std::string masked_iqama(const std::string& iqama_number);

// An unknown code and an expired one are answered alike, so the answer tells a guesser nothing.
Response not_verifiable();
Response rules_unavailable();

}  // namespace muqeem::portal

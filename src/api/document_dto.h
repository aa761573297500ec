#pragma once
// Printed documents and their verification. The renewal result as printed: the result the submit
// returned, the establishment, the date of the request and a verification block (a code, the public
// page that checks it, until when it answers, and the QR code of that page). And what a verification
// code stands for, as anyone holding the paper may see it: nothing more than the paper shows, with the
// iqama number masked.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"
#include "api/iqama_renewal_dto.h"

namespace muqeem::api {

struct Verification {
  std::string code;
  std::string path;  // the app's public verification page: "/#/verify?code=<code>"
  std::string url;   // the same page as an absolute URL: what the QR code holds
  // The code answers while now < expires_at (seconds since the epoch): through the whole of
  // expires_on, in Riyadh.
  int64_t expires_at = 0;
  std::string expires_on, expires_on_hijri;
  std::string qr_svg;  // <svg> with a viewBox, in modules; dark #161616 on white, 4-module quiet zone
};

struct RenewalDocument {
  RenewalResult renewal;  // as the submit returned it
  std::string establishment_number;
  Bilingual establishment;
  std::string requested_on, requested_on_hijri;  // the day of the renewal, in Riyadh
  Verification verification;
};

// What a verification code stands for, whatever the document: what it is, its number, whom it is
// about, the iqama expiry it states, when and by whom it was issued.
// A printed visa's type, its last day (return-by, or leave-by for a final exit) and what has become of
// it since ("cancelled" on a paper that says issued).
struct VerifiedVisa {
  Coded type, status;
  std::string expires_on, expires_on_hijri;
};

struct VerifiedDocument {
  std::string document_kind;  // "iqama-renewal", "resident-report" or "visa"
  Bilingual title;  // what the paper is: "تجديد إقامة" / "Iqama renewal", "تقرير مقيم" / "Resident report"
  std::string request_number;  // the renewal's request number, or the report's number
  std::string iqama_number;    // all but the last four digits masked: "******6789"
  Bilingual name;
  // The iqama's expiry as the paper states it: a renewal's new expiry; a report's expiry on its day.
  std::string iqama_expiry, iqama_expiry_hijri;
  // A renewal's new expiry again, under the name its paper gives it; "" (absent) for other documents.
  std::string new_expiry, new_expiry_hijri;
  std::string issued_on, issued_on_hijri;
  Bilingual issuer;                  // the establishment that made the transaction or issued the report
  int64_t expires_at = 0;            // until when this code answers
  std::optional<VerifiedVisa> visa;  // only for a visa
};

void to_json(nlohmann::json& j, const Verification& value);
void to_json(nlohmann::json& j, const RenewalDocument& value);
void to_json(nlohmann::json& j, const VerifiedDocument& value);

// The verification block of any printed document; false when a field is missing or of another type.
bool read_verification(const nlohmann::json& body, Verification& out);
std::optional<RenewalDocument> read_renewal_document(const nlohmann::json& body);
std::optional<VerifiedDocument> read_verified_document(const nlohmann::json& body);

}  // namespace muqeem::api

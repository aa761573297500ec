#include "api/document_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

using fields::read;

void to_json(nlohmann::json& j, const Verification& value) {
  j = {{"code", value.code},
       {"path", value.path},
       {"url", value.url},
       {"expiresAt", value.expires_at},
       {"expiresOn", value.expires_on},
       {"expiresOnHijri", value.expires_on_hijri},
       {"qrSvg", value.qr_svg}};
}
void to_json(nlohmann::json& j, const RenewalDocument& value) {
  j = {{"renewal", value.renewal},
       {"establishment", {{"unifiedNumber", value.establishment_number}, {"name", value.establishment}}},
       {"requestedOn", value.requested_on},
       {"requestedOnHijri", value.requested_on_hijri},
       {"verification", value.verification}};
}
void to_json(nlohmann::json& j, const VerifiedDocument& value) {
  j = {{"documentKind", value.document_kind},
       {"title", value.title},
       {"requestNumber", value.request_number},
       {"iqamaNumber", value.iqama_number},
       {"name", value.name},
       {"iqamaExpiry", value.iqama_expiry},
       {"iqamaExpiryHijri", value.iqama_expiry_hijri},
       {"issuedOn", value.issued_on},
       {"issuedOnHijri", value.issued_on_hijri},
       {"issuer", value.issuer},
       {"expiresAt", value.expires_at}};
  if (!value.new_expiry.empty()) {
    j["newExpiry"] = value.new_expiry;
    j["newExpiryHijri"] = value.new_expiry_hijri;
  }
  if (value.visa) {
    j["visa"] = {{"type", value.visa->type},
                 {"status", value.visa->status},
                 {"expiresOn", value.visa->expires_on},
                 {"expiresOnHijri", value.visa->expires_on_hijri}};
  }
}

bool read_verification(const nlohmann::json& body, Verification& out) {
  return read(body, "code", out.code) && read(body, "path", out.path) && read(body, "url", out.url) &&
         read(body, "expiresAt", out.expires_at) && read(body, "expiresOn", out.expires_on) &&
         read(body, "expiresOnHijri", out.expires_on_hijri) && read(body, "qrSvg", out.qr_svg);
}

std::optional<RenewalDocument> read_renewal_document(const nlohmann::json& body) {
  if (!body.is_object()) return std::nullopt;
  const auto renewal = body.find("renewal"), establishment = body.find("establishment"),
             verification = body.find("verification");
  if (renewal == body.end() || establishment == body.end() || verification == body.end()) return std::nullopt;
  auto result = read_renewal_result(*renewal);
  if (!result) return std::nullopt;
  RenewalDocument document{std::move(*result)};
  if (!read(*establishment, "unifiedNumber", document.establishment_number) ||
      !read(*establishment, "name", document.establishment) ||
      !read(body, "requestedOn", document.requested_on) ||
      !read(body, "requestedOnHijri", document.requested_on_hijri) ||
      !read_verification(*verification, document.verification))
    return std::nullopt;
  return document;
}

std::optional<VerifiedDocument> read_verified_document(const nlohmann::json& body) {
  VerifiedDocument document;
  if (!read(body, "documentKind", document.document_kind) || !read(body, "title", document.title) ||
      !read(body, "requestNumber", document.request_number) ||
      !read(body, "iqamaNumber", document.iqama_number) || !read(body, "name", document.name) ||
      !read(body, "iqamaExpiry", document.iqama_expiry) ||
      !read(body, "iqamaExpiryHijri", document.iqama_expiry_hijri) ||
      !read(body, "issuedOn", document.issued_on) || !read(body, "issuedOnHijri", document.issued_on_hijri) ||
      !read(body, "issuer", document.issuer) || !read(body, "expiresAt", document.expires_at))
    return std::nullopt;
  // Only a renewal has these, and then both.
  if (body.contains("newExpiry") && (!read(body, "newExpiry", document.new_expiry) ||
                                     !read(body, "newExpiryHijri", document.new_expiry_hijri)))
    return std::nullopt;
  if (const auto visa = body.find("visa"); visa != body.end()) {
    VerifiedVisa verified;
    if (!read(*visa, "type", verified.type) || !read(*visa, "status", verified.status) ||
        !read(*visa, "expiresOn", verified.expires_on) ||
        !read(*visa, "expiresOnHijri", verified.expires_on_hijri))
      return std::nullopt;
    document.visa = std::move(verified);
  }
  return document;
}

}  // namespace muqeem::api

#include "api/visa_inquiry_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "domain/civil_date.h"

namespace muqeem::api {

using fields::read;
using nlohmann::json;

namespace {
constexpr const char* kNotStatedPublicly[] = {"iqamaNumber", "name"};
}  // namespace

void to_json(json& j, const VisaPage& value) {
  j = {{"content", value.content},
       {"page", value.page},
       {"size", value.size},
       {"totalElements", value.total_elements}};
}
void to_json(json& j, const VisaDocument& value) {
  j = {{"visa", value.visa},
       {"nationality", value.nationality},
       {"passportNumber", value.passport_number},
       {"iqamaExpiry", value.iqama_expiry},
       {"iqamaExpiryHijri", value.iqama_expiry_hijri},
       {"establishment", {{"unifiedNumber", value.establishment_number}, {"name", value.establishment}}},
       {"printedOn", value.printed_on},
       {"printedOnHijri", value.printed_on_hijri},
       {"verification", value.verification}};
}
void to_json(json& j, const VisaValidityRequest& value) {
  j = json::object();
  if (!value.iqama_number.empty()) j["iqamaNumber"] = value.iqama_number;
  if (!value.visa_number.empty()) j["visaNumber"] = value.visa_number;
  if (!value.passport_number.empty()) j["passportNumber"] = value.passport_number;
  if (!value.birth_date.empty()) j["birthDate"] = value.birth_date;
}
void to_json(json& j, const VisaValidity& value) {
  j = value.visa;
  for (const char* personal : kNotStatedPublicly) j.erase(personal);
}

std::optional<VisaPage> read_visa_page(const json& body) {
  VisaPage page;
  const auto content = body.is_object() ? body.find("content") : body.end();
  if (content == body.end() || !content->is_array() || !read(body, "page", page.page) ||
      !read(body, "size", page.size) || !read(body, "totalElements", page.total_elements))
    return std::nullopt;
  for (const auto& item : *content) {
    VisaDetails visa;
    if (!read_visa_details(item, visa)) return std::nullopt;
    page.content.push_back(std::move(visa));
  }
  return page;
}

std::optional<VisaDetails> read_visa(const json& body) {
  VisaDetails visa;
  if (!read_visa_details(body, visa)) return std::nullopt;
  return visa;
}

std::optional<VisaDocument> read_visa_document(const json& body) {
  VisaDocument document;
  const auto visa = body.is_object() ? body.find("visa") : body.end();
  const auto establishment = body.is_object() ? body.find("establishment") : body.end();
  const auto verification = body.is_object() ? body.find("verification") : body.end();
  if (visa == body.end() || establishment == body.end() || verification == body.end() ||
      !read_visa_details(*visa, document.visa) || !read(body, "nationality", document.nationality) ||
      !read(body, "passportNumber", document.passport_number) ||
      !read(body, "iqamaExpiry", document.iqama_expiry) ||
      !read(body, "iqamaExpiryHijri", document.iqama_expiry_hijri) ||
      !read(*establishment, "unifiedNumber", document.establishment_number) ||
      !read(*establishment, "name", document.establishment) ||
      !read(body, "printedOn", document.printed_on) ||
      !read(body, "printedOnHijri", document.printed_on_hijri) ||
      !read_verification(*verification, document.verification))
    return std::nullopt;
  return document;
}

std::optional<VisaValidity> read_visa_validity(const json& body) {
  if (!body.is_object()) return std::nullopt;
  // The details' reader wants whom the visa is for; the public answer never states it.
  json visa = body;
  for (const char* personal : kNotStatedPublicly) {
    if (visa.contains(personal)) return std::nullopt;
    visa[personal] = personal == std::string("name") ? json{{"ar", ""}, {"en", ""}} : json("");
  }
  VisaValidity validity;
  if (!read_visa_details(visa, validity.visa)) return std::nullopt;
  return validity;
}

namespace {

// An optional text field: "" when absent; an error when present but not a non-empty string.
std::string optional_text(const json& body, const char* field, std::vector<FieldError>& errors) {
  const auto found = body.is_object() ? body.find(field) : body.end();
  if (found == body.end()) return {};
  if (!found->is_string() || found->get<std::string>().empty() || found->get<std::string>().size() > 40) {
    errors.push_back({field, {"القيمة غير صالحة", "This value is not valid"}});
    return {};
  }
  return found->get<std::string>();
}

}  // namespace

std::optional<VisaValidityRequest> read_visa_validity_request(const json& body,
                                                              std::vector<FieldError>& errors) {
  VisaValidityRequest request;
  const size_t before = errors.size();
  request.iqama_number = optional_text(body, "iqamaNumber", errors);
  request.visa_number = optional_text(body, "visaNumber", errors);
  request.passport_number = optional_text(body, "passportNumber", errors);
  request.birth_date = optional_text(body, "birthDate", errors);
  if (errors.size() == before && request.iqama_number.empty() == request.visa_number.empty()) {
    errors.push_back({"visaNumber",
                      {"أدخل رقم التأشيرة أو رقم الإقامة، أحدهما فقط",
                       "Enter the visa number or the iqama number, one of the two"}});
  }
  if (errors.size() == before && request.passport_number.empty() == request.birth_date.empty()) {
    errors.push_back({"passportNumber",
                      {"أدخل رقم الجواز أو تاريخ الميلاد للتحقق، أحدهما فقط",
                       "Enter the passport number or the date of birth to confirm, one of the two"}});
  }
  if (!request.birth_date.empty() && !domain::CivilDate::parse(request.birth_date)) {
    errors.push_back({"birthDate",
                      {"تاريخ الميلاد بالصيغة YYYY-MM-DD (ميلادي)",
                       "The date of birth is a Gregorian date written YYYY-MM-DD"}});
  }
  if (errors.size() != before) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

#include "api/request_fields.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"
#include "domain/identifiers.h"
#include "domain/mobile.h"
#include "domain/passport.h"
#include "domain/person_name.h"

namespace muqeem::api::request_fields {
namespace {

// The field's text, or nullopt (with the "is required" error) when it is missing, empty or not text.
std::optional<std::string> text(const nlohmann::json& body, const char* field, const Bilingual& label,
                                std::vector<FieldError>& errors) {
  const size_t before = errors.size();
  std::string value = fields::required_text(body, field, label, errors);
  if (errors.size() != before) return std::nullopt;
  return value;
}

// Ten digits with a leading digit and what the kind is called, e.g. a border number.
template <typename Identifier>
std::string ten_digits(const nlohmann::json& body, const char* field, const Bilingual& label,
                       const Bilingual& shape, std::vector<FieldError>& errors) {
  const auto value = text(body, field, label, errors);
  if (!value) return {};
  const auto parsed = Identifier::parse(*value);
  if (!parsed) {
    errors.push_back({field, shape});
    return {};
  }
  return parsed->digits();
}

}  // namespace

std::string iqama_number(const nlohmann::json& body, std::vector<FieldError>& errors) {
  const auto value = text(body, "iqamaNumber", {"رقم الإقامة", "The iqama number"}, errors);
  if (!value) return {};
  const auto parsed = domain::IqamaNumber::parse(*value);
  if (parsed) return parsed->digits();
  errors.push_back({"iqamaNumber", parsed.error() == domain::IdentifierError::BadCheckDigit
                                       ? Bilingual{"رقم الإقامة غير صحيح؛ تحقق من أرقامه",
                                                   "This iqama number is not valid; check its digits"}
                                       : Bilingual{"رقم الإقامة عشرة أرقام يبدأ بـ 2",
                                                   "An iqama number is ten digits starting with 2"}});
  return {};
}

std::string border_number(const nlohmann::json& body, std::vector<FieldError>& errors) {
  return ten_digits<domain::BorderNumber>(
      body, "borderNumber", {"رقم الحدود", "The border number"},
      {"رقم الحدود عشرة أرقام يبدأ بـ 3", "A border number is ten digits starting with 3"}, errors);
}

std::string establishment_number(const nlohmann::json& body, const char* field,
                                 std::vector<FieldError>& errors) {
  return ten_digits<domain::EstablishmentNumber>(
      body, field, {"الرقم الموحد للمنشأة", "The establishment's unified number"},
      {"الرقم الموحد للمنشأة عشرة أرقام يبدأ بـ 7",
       "An establishment's unified number is ten digits starting with 7"},
      errors);
}

Bilingual person_name(const nlohmann::json& body, std::vector<FieldError>& errors) {
  const auto name = body.is_object() ? body.find("name") : body.end();
  const nlohmann::json parts = name != body.end() && name->is_object() ? *name : nlohmann::json::object();
  Bilingual out;
  if (const auto ar = text(parts, "ar", {"الاسم بالعربية", "The name in Arabic"}, errors)) {
    if (const auto parsed = domain::parse_arabic_name(*ar)) {
      out.ar = *parsed;
    } else {
      errors.push_back({"name.ar",
                        {"اكتب الاسم بالعربية بحروف عربية فقط (حتى 100 حرف)",
                         "Write the Arabic name in Arabic letters only (up to 100)"}});
    }
  } else {
    errors.back().field = "name.ar";
  }
  if (const auto en = text(parts, "en", {"الاسم بالإنجليزية", "The name in English"}, errors)) {
    if (const auto parsed = domain::parse_latin_name(*en)) {
      out.en = *parsed;
    } else {
      errors.push_back({"name.en",
                        {"اكتب الاسم بالإنجليزية بحروف لاتينية فقط (حتى 100 حرف)",
                         "Write the English name in Latin letters only (up to 100)"}});
    }
  } else {
    errors.back().field = "name.en";
  }
  return out;
}

std::string saudi_mobile(const nlohmann::json& body, const char* field, std::vector<FieldError>& errors) {
  const auto value = text(body, field, {"رقم الجوال", "The mobile number"}, errors);
  if (!value) return {};
  const auto parsed = domain::SaudiMobile::parse(*value);
  if (parsed) return parsed->e164();
  errors.push_back({field,
                    {"رقم الجوال السعودي عشرة أرقام يبدأ بـ 05، مثل 0551234567",
                     "A Saudi mobile number is ten digits starting with 05, e.g. 0551234567"}});
  return {};
}

std::string passport_number(const nlohmann::json& body, const char* field, std::vector<FieldError>& errors) {
  const auto value = text(body, field, {"رقم الجواز", "The passport number"}, errors);
  if (!value) return {};
  const auto parsed = domain::parse_passport_number(*value);
  if (parsed) return *parsed;
  errors.push_back({field,
                    {"رقم الجواز من 5 إلى 15 حرفًا لاتينيًا أو رقمًا",
                     "A passport number is 5 to 15 Latin letters or digits"}});
  return {};
}

std::string lookup_code(const nlohmann::json& body, const char* field, const Bilingual& label,
                        std::vector<FieldError>& errors) {
  const auto value = text(body, field, label, errors);
  if (!value) return {};
  const bool shaped = value->size() <= 20 &&
                      value->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos;
  if (shaped) return *value;
  errors.push_back({field, {label.ar + ": اختر من القائمة", label.en + ": choose one from the list"}});
  return {};
}

std::optional<domain::CivilDate> date(const nlohmann::json& body, const char* field, const Bilingual& label,
                                      std::vector<FieldError>& errors) {
  const auto value = text(body, field, label, errors);
  if (!value) return std::nullopt;
  auto parsed = domain::CivilDate::parse(*value);
  if (!parsed) {
    errors.push_back({field,
                      {label.ar + " تاريخ ميلادي بالصيغة YYYY-MM-DD",
                       label.en + " is a Gregorian date written YYYY-MM-DD"}});
  }
  return parsed;
}

int months(const nlohmann::json& body, const char* field, std::vector<FieldError>& errors) {
  const auto value = body.is_object() ? body.find(field) : body.end();
  if (value == body.end() || !value->is_number_integer() || value->get<int64_t>() < 1 ||
      value->get<int64_t>() > 120) {
    errors.push_back(
        {field, {"المدة بالأشهر مطلوبة (رقم صحيح)", "The duration in months is required (a whole number)"}});
    return 0;
  }
  return value->get<int>();
}

std::string security_code(const nlohmann::json& body, bool with_code, std::vector<FieldError>& errors) {
  if (!with_code) return {};
  return fields::required_text(body, "securityCode", {"رمز التحقق للمعاملة", "The security code"}, errors);
}

}  // namespace muqeem::api::request_fields

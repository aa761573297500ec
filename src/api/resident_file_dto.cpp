#include "api/resident_file_dto.h"

#include <nlohmann/json.hpp>

#include "api/json_fields.h"

namespace muqeem::api {

void to_json(nlohmann::json& j, const Visa& value) {
  j = {{"visaNumber", value.visa_number},
       {"type", value.type},
       {"status", value.status},
       {"issuedOn", value.issued_on},
       {"expiresOn", value.expires_on}};
}
void to_json(nlohmann::json& j, const TrafficViolation& value) {
  j = {{"violationNumber", value.violation_number},
       {"issuedOn", value.issued_on},
       {"kind", value.kind},
       {"amountHalalas", value.amount_halalas},
       {"paid", value.paid}};
}
void to_json(nlohmann::json& j, const Dependant& value) {
  j = {{"name", value.name}, {"relationship", value.relationship}, {"birthDate", value.birth_date}};
}
void to_json(nlohmann::json& j, const DrivingLicence& value) {
  j = {{"type", value.type}, {"issuedOn", value.issued_on}, {"expiresOn", value.expires_on}};
}
void to_json(nlohmann::json& j, const Vehicle& value) {
  j = {{"sequenceNumber", value.sequence_number},
       {"plate", value.plate},
       {"make", value.make},
       {"model", value.model},
       {"year", value.year},
       {"registrationExpiry", value.registration_expiry}};
}
void to_json(nlohmann::json& j, const ResidentFile& value) {
  j = value.summary;
  j["gender"] = value.gender;
  j["birthDate"] = value.birth_date;
  j["iqamaExpiryHijri"] = value.iqama_expiry_hijri;
  j["passport"] = {{"number", value.passport_number}, {"expiry", value.passport_expiry}};
  if (value.passport_issued_on) j["passport"]["issuedOn"] = *value.passport_issued_on;
  if (value.passport_issuing_country) j["passport"]["issuingCountry"] = *value.passport_issuing_country;
  j["insuranceExpiry"] = value.insurance_expiry ? nlohmann::json(*value.insurance_expiry) : nlohmann::json();
  j["insideKingdom"] = value.inside_kingdom;
  j["visas"] = value.visas;
  j["trafficViolations"] = value.traffic_violations;
  j["dependants"] = value.dependants;
  j["drivingLicences"] = value.driving_licences;
  j["vehicles"] = value.vehicles;
}

namespace {

using fields::read;

bool read_item(const nlohmann::json& item, Visa& visa) {
  return read(item, "visaNumber", visa.visa_number) && read(item, "type", visa.type) &&
         read(item, "status", visa.status) && read(item, "issuedOn", visa.issued_on) &&
         read(item, "expiresOn", visa.expires_on);
}
bool read_item(const nlohmann::json& item, TrafficViolation& violation) {
  return read(item, "violationNumber", violation.violation_number) &&
         read(item, "issuedOn", violation.issued_on) && read(item, "kind", violation.kind) &&
         read(item, "amountHalalas", violation.amount_halalas) && read(item, "paid", violation.paid);
}
bool read_item(const nlohmann::json& item, Dependant& dependant) {
  return read(item, "name", dependant.name) && read(item, "relationship", dependant.relationship) &&
         read(item, "birthDate", dependant.birth_date);
}

bool read_item(const nlohmann::json& item, DrivingLicence& licence) {
  return read(item, "type", licence.type) && read(item, "issuedOn", licence.issued_on) &&
         read(item, "expiresOn", licence.expires_on);
}
bool read_item(const nlohmann::json& item, Vehicle& vehicle) {
  return read(item, "sequenceNumber", vehicle.sequence_number) && read(item, "plate", vehicle.plate) &&
         read(item, "make", vehicle.make) && read(item, "model", vehicle.model) &&
         read(item, "year", vehicle.year) && read(item, "registrationExpiry", vehicle.registration_expiry);
}

template <typename Item>
bool read_list(const nlohmann::json& body, const char* key, std::vector<Item>& out) {
  const auto list = body.find(key);
  if (list == body.end() || !list->is_array()) return false;
  for (const auto& element : *list) {
    Item item;
    if (!read_item(element, item)) return false;
    out.push_back(std::move(item));
  }
  return true;
}

}  // namespace

std::optional<ResidentFile> read_resident_file(const nlohmann::json& body) {
  ResidentFile file;
  if (!body.is_object() || !read_resident_summary(body, file.summary) || !read(body, "gender", file.gender) ||
      !read(body, "birthDate", file.birth_date) || !read(body, "iqamaExpiryHijri", file.iqama_expiry_hijri))
    return std::nullopt;
  const auto passport = body.find("passport");
  if (passport == body.end() || !read(*passport, "number", file.passport_number) ||
      !read(*passport, "expiry", file.passport_expiry))
    return std::nullopt;
  if (passport->contains("issuedOn") && !read(*passport, "issuedOn", file.passport_issued_on.emplace()))
    return std::nullopt;
  if (passport->contains("issuingCountry") &&
      !read(*passport, "issuingCountry", file.passport_issuing_country.emplace()))
    return std::nullopt;
  const auto insurance = body.find("insuranceExpiry");
  if (insurance == body.end() || !(insurance->is_null() || insurance->is_string())) return std::nullopt;
  if (insurance->is_string()) file.insurance_expiry = insurance->get<std::string>();
  if (!read(body, "insideKingdom", file.inside_kingdom) || !read_list(body, "visas", file.visas) ||
      !read_list(body, "trafficViolations", file.traffic_violations) ||
      !read_list(body, "dependants", file.dependants) ||
      !read_list(body, "drivingLicences", file.driving_licences) ||
      !read_list(body, "vehicles", file.vehicles))
    return std::nullopt;
  return file;
}

}  // namespace muqeem::api

#pragma once
// A resident's file as the officer opens it (GET /residents/{iqamaNumber}): the summary, profile,
// passport and insurance, and the records the file's tabs list: visas, traffic violations, dependants,
// driving licences and vehicles, each with its coded values in Arabic and English.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api {

struct Visa {
  std::string visa_number;
  Coded type;    // "exit-reentry-single", "exit-reentry-multiple" or "final-exit"
  Coded status;  // "issued", "used", "cancelled", or "expired" once an issued visa's date has passed
  std::string issued_on;
  // Exit/re-entry: the date to return by; final exit: the last day to leave.
  std::string expires_on;
};

struct TrafficViolation {
  std::string violation_number;
  std::string issued_on;
  Bilingual kind;
  int64_t amount_halalas = 0;
  bool paid = false;
};

struct Dependant {
  Bilingual name;
  Coded relationship;  // "wife", "husband", "son", "daughter", "father", "mother"
  std::string birth_date;
};

struct DrivingLicence {
  Coded type;  // "private", "public", "heavy-transport", "motorcycle"
  std::string issued_on, expires_on;
};

// A vehicle registered to the resident: while one is, no final exit can be issued.
struct Vehicle {
  std::string sequence_number;  // the registration's serial number (رقم التسلسل), nine digits
  Bilingual plate;              // "أ ب ج 1234" / "A B J 1234": three letters and up to four digits
  Bilingual make;
  std::string model;
  int year = 0;
  std::string registration_expiry;  // the registration (istimara) runs to this date
};

struct ResidentFile {
  ResidentSummary summary;
  std::string gender;  // "M" or "F"
  std::string birth_date;
  std::string iqama_expiry_hijri;  // Umm al-Qura, beside the Gregorian expiry
  std::string passport_number, passport_expiry;
  std::optional<std::string> insurance_expiry;  // none: no valid medical insurance on record
  bool inside_kingdom = true;
  std::vector<Visa> visas;                           // newest first
  std::vector<TrafficViolation> traffic_violations;  // newest first
  std::vector<Dependant> dependants;                 // eldest first
  std::vector<DrivingLicence> driving_licences;      // newest first
  std::vector<Vehicle> vehicles;                     // in the order they were registered
  // The passport's issue date and issuing country, when on record (a passport update records them).
  std::optional<std::string> passport_issued_on;
  std::optional<Coded> passport_issuing_country;
};

void to_json(nlohmann::json& j, const Visa& value);
void to_json(nlohmann::json& j, const TrafficViolation& value);
void to_json(nlohmann::json& j, const Dependant& value);
void to_json(nlohmann::json& j, const DrivingLicence& value);
void to_json(nlohmann::json& j, const Vehicle& value);
void to_json(nlohmann::json& j, const ResidentFile& value);
// nullopt when the answer is not what the contract promises (every list is required, even empty).
std::optional<ResidentFile> read_resident_file(const nlohmann::json& body);

}  // namespace muqeem::api

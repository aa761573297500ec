// A resident's file in JSON: what the server writes the client reads back, tabs and all, and an answer
// missing a tab's list is refused rather than shown as a resident with no visas.
#include "api/resident_file_dto.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace muqeem::api {
namespace {

using nlohmann::json;

ResidentFile sample_file() {
  ResidentFile file;
  file.summary = {"2123456789",
                  {"محمد خان", "Mohammed Khan"},
                  {"PAK", "باكستان", "Pakistan"},
                  {"DRV", "سائق", "Driver"},
                  "2026-03-01",
                  "active"};
  file.gender = "M";
  file.birth_date = "1988-05-04";
  file.iqama_expiry_hijri = "1447-09-12";
  file.passport_number = "P1000007";
  file.passport_expiry = "2029-01-01";
  file.insurance_expiry = "2026-10-01";
  file.visas = {{"6100000001",
                 {"exit-reentry-single", "خروج وعودة مفردة", "Exit/re-entry, single"},
                 {"issued", "صادرة", "Issued"},
                 "2025-12-01",
                 "2026-03-01"}};
  file.traffic_violations = {
      {"4100000001", "2025-11-20", {"تجاوز السرعة المحددة", "Speeding"}, 30000, false}};
  file.dependants = {{{"فاطمة خان", "Fatima Khan"}, {"wife", "زوجة", "Wife"}, "1990-02-03"}};
  file.driving_licences = {
      {{"private", "رخصة قيادة خاصة", "Private driving licence"}, "2019-04-01", "2029-04-01"}};
  file.vehicles = {
      {"871234560", {"ا ب ح ١٢٣٤", "A B J 1234"}, {"تويوتا", "Toyota"}, "Camry", 2021, "2026-08-01"}};
  return file;
}

TEST(ResidentFileDto, ReadsBackWhatItWrites) {
  const auto read = read_resident_file(json(sample_file()));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->summary.name.en, "Mohammed Khan");
  EXPECT_EQ(read->insurance_expiry, "2026-10-01");
  ASSERT_EQ(read->visas.size(), 1u);
  EXPECT_EQ(read->visas[0].type.ar, "خروج وعودة مفردة");
  EXPECT_EQ(read->visas[0].expires_on, "2026-03-01");
  ASSERT_EQ(read->traffic_violations.size(), 1u);
  EXPECT_EQ(read->traffic_violations[0].amount_halalas, 30000);
  EXPECT_FALSE(read->traffic_violations[0].paid);
  ASSERT_EQ(read->dependants.size(), 1u);
  EXPECT_EQ(read->dependants[0].relationship.code, "wife");
  EXPECT_EQ(read->dependants[0].birth_date, "1990-02-03");
  ASSERT_EQ(read->driving_licences.size(), 1u);
  EXPECT_EQ(read->driving_licences[0].type.code, "private");
  EXPECT_EQ(read->driving_licences[0].expires_on, "2029-04-01");
  ASSERT_EQ(read->vehicles.size(), 1u);
  EXPECT_EQ(read->vehicles[0].plate.ar, "ا ب ح ١٢٣٤");
  EXPECT_EQ(read->vehicles[0].make.en, "Toyota");
  EXPECT_EQ(read->vehicles[0].year, 2021);
  EXPECT_EQ(read->vehicles[0].registration_expiry, "2026-08-01");
}

TEST(ResidentFileDto, APassportsIssueDateAndCountryComeBackWhenKnownAndAreOtherwiseAbsent) {
  EXPECT_FALSE(json(sample_file())["passport"].contains("issuedOn"));
  EXPECT_FALSE(read_resident_file(json(sample_file()))->passport_issued_on);

  ResidentFile updated = sample_file();
  updated.passport_issued_on = "2025-11-15";
  updated.passport_issuing_country = Coded{"IND", "الهند", "India"};
  const auto read = read_resident_file(json(updated));
  ASSERT_TRUE(read);
  EXPECT_EQ(read->passport_issued_on, "2025-11-15");
  ASSERT_TRUE(read->passport_issuing_country);
  EXPECT_EQ(read->passport_issuing_country->ar, "الهند");

  json wrong = json(updated);
  wrong["passport"]["issuedOn"] = 20251115;
  EXPECT_FALSE(read_resident_file(wrong));
}

TEST(ResidentFileDto, EveryTabsListIsRequired) {
  for (const char* list : {"visas", "trafficViolations", "dependants", "drivingLicences", "vehicles"}) {
    json body = sample_file();
    body.erase(list);
    EXPECT_FALSE(read_resident_file(body)) << list;
    body[list] = "none";
    EXPECT_FALSE(read_resident_file(body)) << list;
  }
  json empty = sample_file();
  empty["visas"] = json::array();
  EXPECT_TRUE(read_resident_file(empty));
}

TEST(ResidentFileDto, AnItemOfTheWrongShapeIsRefused) {
  json body = sample_file();
  body["trafficViolations"][0]["amountHalalas"] = "300";
  EXPECT_FALSE(read_resident_file(body));
  body = sample_file();
  body["dependants"][0].erase("relationship");
  EXPECT_FALSE(read_resident_file(body));
  body = sample_file();
  body["insuranceExpiry"] = nullptr;
  const auto uninsured = read_resident_file(body);
  ASSERT_TRUE(uninsured);
  EXPECT_FALSE(uninsured->insurance_expiry);
}

}  // namespace
}  // namespace muqeem::api

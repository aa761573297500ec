// A resident's file as its tabs show it: visas (with what became of each), traffic violations,
// dependants, driving licences and vehicles, in Arabic and English, and the demo's residents having
// such records to show.
#include "portal/api_fixture.h"

namespace muqeem::portal {
namespace {

class ResidentFile : public ApiTest {
 protected:
  // The first resident of the main establishment, its records replaced by the ones the test gives.
  std::string resident_without_records() {
    store::Statement first = portal_.db->prepare(
        "SELECT id, iqama_number FROM resident WHERE establishment_id = 1 AND inside_kingdom = 1 ORDER BY id "
        "LIMIT 1");
    EXPECT_TRUE(first.step());
    id_ = first.integer(0);
    for (const char* table : {"visa", "traffic_violation", "dependant", "driving_licence", "vehicle"})
      portal_.db->prepare(std::string("DELETE FROM ") + table + " WHERE resident_id = ?1").bind(1, id_).run();
    return first.text(1);
  }
  void add_visa(const char* number, const char* type, const char* issued, const char* expires,
                const char* status) {
    portal_.db
        ->prepare(
            "INSERT INTO visa (resident_id, visa_number, type_code, issued_on, expires_on, status) VALUES "
            "(?1, "
            "?2, ?3, ?4, ?5, ?6)")
        .bind(1, id_)
        .bind(2, number)
        .bind(3, type)
        .bind(4, issued)
        .bind(5, expires)
        .bind(6, status)
        .run();
  }
  void add_dependant(const char* ar, const char* en, const char* relationship, const char* born) {
    portal_.db
        ->prepare(
            "INSERT INTO dependant (resident_id, name_ar, name_en, relationship_code, birth_date) VALUES "
            "(?1, "
            "?2, ?3, ?4, ?5)")
        .bind(1, id_)
        .bind(2, ar)
        .bind(3, en)
        .bind(4, relationship)
        .bind(5, born)
        .run();
  }
  int64_t id_ = 0;
};

TEST_F(ResidentFile, ListsVisasNewestFirstWithWhatBecameOfEach) {
  const std::string iqama = resident_without_records();
  // Today is 2026-01-01.
  add_visa("6100000901", "final-exit", "2025-06-01", "2025-07-31", "cancelled");
  add_visa("6100000902", "exit-reentry-single", "2025-12-01", "2026-03-01", "issued");
  add_visa("6100000903", "exit-reentry-multiple", "2025-08-01", "2025-11-01", "issued");  // never used
  add_visa("6100000904", "exit-reentry-single", "2025-07-01", "2025-09-01", "used");
  const auto file = body(call("GET", "/api/v1/residents/" + iqama, "", sign_in("golden.admin")));
  const auto& visas = file["visas"];
  ASSERT_EQ(visas.size(), 4u);
  EXPECT_EQ(visas[0]["visaNumber"], "6100000902");
  EXPECT_EQ(visas[0]["type"]["code"], "exit-reentry-single");
  EXPECT_EQ(visas[0]["type"]["ar"], "خروج وعودة مفردة");
  EXPECT_EQ(visas[0]["type"]["en"], "Exit/re-entry, single");
  EXPECT_EQ(visas[0]["status"]["code"], "issued");
  EXPECT_EQ(visas[0]["issuedOn"], "2025-12-01");
  EXPECT_EQ(visas[0]["expiresOn"], "2026-03-01");
  EXPECT_EQ(visas[1]["visaNumber"], "6100000903");
  EXPECT_EQ(visas[1]["status"]["code"], "expired");  // issued, and its return date has passed
  EXPECT_EQ(visas[1]["status"]["ar"], "منتهية");
  EXPECT_EQ(visas[2]["status"]["code"], "used");
  EXPECT_EQ(visas[3]["type"]["en"], "Final exit");
  EXPECT_EQ(visas[3]["status"]["en"], "Cancelled");
}

TEST_F(ResidentFile, ListsTrafficViolationsNewestFirstPaidOrNot) {
  const std::string iqama = resident_without_records();
  portal_.db
      ->prepare(
          "INSERT INTO traffic_violation (resident_id, violation_number, issued_on, kind_ar, kind_en, "
          "amount_halalas, paid) VALUES (?1, '4199990001', '2025-03-10', 'تجاوز السرعة المحددة', 'Speeding', "
          "30000, 1), (?1, '4199990002', '2025-11-20', 'قطع الإشارة الضوئية', 'Running a red light', 300000, "
          "0)")
      .bind(1, id_)
      .run();
  const auto violations =
      body(call("GET", "/api/v1/residents/" + iqama, "", sign_in("golden.admin")))["trafficViolations"];
  ASSERT_EQ(violations.size(), 2u);
  EXPECT_EQ(violations[0]["violationNumber"], "4199990002");
  EXPECT_EQ(violations[0]["kind"]["en"], "Running a red light");
  EXPECT_EQ(violations[0]["amountHalalas"], 300000);  // SAR 3,000
  EXPECT_EQ(violations[0]["paid"], false);
  EXPECT_EQ(violations[1]["kind"]["ar"], "تجاوز السرعة المحددة");
  EXPECT_EQ(violations[1]["paid"], true);
}

TEST_F(ResidentFile, ListsDependantsEldestFirstWithTheirRelationship) {
  const std::string iqama = resident_without_records();
  add_dependant("آدم خان", "Adam Khan", "son", "2016-04-12");
  add_dependant("فاطمة خان", "Fatima Khan", "wife", "1990-02-03");
  const auto dependants =
      body(call("GET", "/api/v1/residents/" + iqama, "", sign_in("golden.admin")))["dependants"];
  ASSERT_EQ(dependants.size(), 2u);
  EXPECT_EQ(dependants[0]["name"]["ar"], "فاطمة خان");
  EXPECT_EQ(dependants[0]["name"]["en"], "Fatima Khan");
  EXPECT_EQ(dependants[0]["relationship"]["code"], "wife");
  EXPECT_EQ(dependants[0]["relationship"]["ar"], "زوجة");
  EXPECT_EQ(dependants[0]["birthDate"], "1990-02-03");
  EXPECT_EQ(dependants[1]["relationship"]["en"], "Son");
}

TEST_F(ResidentFile, AResidentWithNoRecordsHasEmptyLists) {
  const std::string iqama = resident_without_records();
  const auto file = body(call("GET", "/api/v1/residents/" + iqama, "", sign_in("golden.admin")));
  EXPECT_EQ(file["visas"], nlohmann::json::array());
  EXPECT_EQ(file["trafficViolations"], nlohmann::json::array());
  EXPECT_EQ(file["dependants"], nlohmann::json::array());
  EXPECT_EQ(file["drivingLicences"], nlohmann::json::array());
  EXPECT_EQ(file["vehicles"], nlohmann::json::array());
}

TEST_F(ResidentFile, ListsDrivingLicencesNewestFirstAndVehicles) {
  const std::string iqama = resident_without_records();
  portal_.db
      ->prepare(
          "INSERT INTO driving_licence (resident_id, type_code, issued_on, expires_on) VALUES (?1, "
          "'private', "
          "'2015-05-01', '2025-05-01'), (?1, 'heavy-transport', '2022-03-01', '2027-03-01')")
      .bind(1, id_)
      .run();
  portal_.db
      ->prepare(
          "INSERT INTO vehicle (resident_id, sequence_number, plate_ar, plate_en, make_ar, make_en, model, "
          "year, "
          "registration_expiry) VALUES (?1, '819999991', 'ط ق ن ٤٥٦٧', 'T G N 4567', 'إيسوزو', 'Isuzu', "
          "'NPR', 2019, '2026-06-30')")
      .bind(1, id_)
      .run();
  const auto file = body(call("GET", "/api/v1/residents/" + iqama, "", sign_in("golden.admin")));
  const auto& licences = file["drivingLicences"];
  ASSERT_EQ(licences.size(), 2u);
  EXPECT_EQ(licences[0]["type"]["code"], "heavy-transport");
  EXPECT_EQ(licences[0]["type"]["ar"], "رخصة نقل ثقيل");
  EXPECT_EQ(licences[0]["expiresOn"], "2027-03-01");
  EXPECT_EQ(licences[1]["type"]["en"], "Private driving licence");
  ASSERT_EQ(file["vehicles"].size(), 1u);
  const auto& vehicle = file["vehicles"][0];
  EXPECT_EQ(vehicle["sequenceNumber"], "819999991");
  EXPECT_EQ(vehicle["plate"]["ar"], "ط ق ن ٤٥٦٧");
  EXPECT_EQ(vehicle["plate"]["en"], "T G N 4567");
  EXPECT_EQ(vehicle["make"]["ar"], "إيسوزو");
  EXPECT_EQ(vehicle["model"], "NPR");
  EXPECT_EQ(vehicle["year"], 2019);
  EXPECT_EQ(vehicle["registrationExpiry"], "2026-06-30");
}

TEST_F(ResidentFile, TheDemoHasLicencesDriversDriveAndSomeOwnVehicles) {
  EXPECT_GT(count("SELECT count(*) FROM driving_licence WHERE type_code = 'private'"), 0);
  EXPECT_GT(count("SELECT count(*) FROM driving_licence WHERE expires_on < '2026-01-01'"), 0);  // some lapsed
  // Every driver holds a public or heavy-transport licence.
  EXPECT_EQ(count("SELECT count(*) FROM resident r WHERE r.occupation_code IN ('DRV', 'PDR') AND NOT EXISTS "
                  "(SELECT 1 FROM driving_licence l WHERE l.resident_id = r.id AND l.type_code IN ('public', "
                  "'heavy-transport'))"),
            0);
  // Vehicles belong to licence holders, in both establishments, and some owners are in the Kingdom (whom
  // the final-exit rule stops).
  EXPECT_EQ(count("SELECT count(*) FROM vehicle v WHERE NOT EXISTS (SELECT 1 FROM driving_licence l WHERE "
                  "l.resident_id = v.resident_id)"),
            0);
  EXPECT_GT(count("SELECT count(*) FROM vehicle v JOIN resident r ON r.id = v.resident_id WHERE "
                  "r.establishment_id = 1 AND r.inside_kingdom = 1"),
            0);
  EXPECT_GT(count("SELECT count(*) FROM vehicle v JOIN resident r ON r.id = v.resident_id WHERE "
                  "r.establishment_id = 2"),
            0);
}

TEST_F(ResidentFile, EveryDemoResidentAbroadHoldsAnOpenExitReentryVisa) {
  // The demo's definition: a resident outside the Kingdom left on an exit/re-entry visa not yet due back.
  EXPECT_GT(count("SELECT count(*) FROM resident WHERE inside_kingdom = 0"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM resident r WHERE r.inside_kingdom = 0 AND NOT EXISTS (SELECT 1 FROM "
                  "visa v WHERE v.resident_id = r.id AND v.type_code LIKE 'exit-reentry-%' AND v.status = "
                  "'issued' AND v.expires_on >= '2026-01-01')"),
            0);
  store::Statement abroad = portal_.db->prepare(
      "SELECT iqama_number FROM resident WHERE establishment_id = 1 AND inside_kingdom = 0 LIMIT 1");
  ASSERT_TRUE(abroad.step());
  const auto file = body(call("GET", "/api/v1/residents/" + abroad.text(0), "", sign_in("golden.admin")));
  EXPECT_EQ(file["insideKingdom"], false);
  ASSERT_FALSE(file["visas"].empty());
  EXPECT_EQ(file["visas"][0]["status"]["code"], "issued");
}

TEST_F(ResidentFile, TheDemoHasEveryKindOfVisaAndFamilies) {
  for (const char* type : {"exit-reentry-single", "exit-reentry-multiple", "final-exit"}) {
    store::Statement visas = portal_.db->prepare("SELECT count(*) FROM visa WHERE type_code = ?1");
    visas.bind(1, type);
    ASSERT_TRUE(visas.step());
    EXPECT_GT(visas.integer(0), 0) << type;
  }
  EXPECT_GT(count("SELECT count(*) FROM visa WHERE status = 'cancelled'"), 0);
  EXPECT_GT(count("SELECT count(*) FROM dependant WHERE relationship_code IN ('wife', 'husband')"), 0);
  EXPECT_GT(count("SELECT count(*) FROM dependant WHERE relationship_code IN ('son', 'daughter')"), 0);
  // A wife for a man, a husband for a woman; children younger than the resident.
  EXPECT_EQ(count("SELECT count(*) FROM dependant d JOIN resident r ON r.id = d.resident_id WHERE "
                  "(d.relationship_code = 'wife' AND r.gender = 'F') OR (d.relationship_code = 'husband' AND "
                  "r.gender = 'M') OR (d.relationship_code IN ('son', 'daughter') AND d.birth_date <= "
                  "r.birth_date)"),
            0);
}

}  // namespace
}  // namespace muqeem::portal

#include "portal/store/demo_vehicles.h"

#include <random>
#include <string>
#include <vector>

namespace muqeem::portal::store {
namespace {

// The letters of Saudi plates, Arabic with the Latin letter the plate's other half shows.
struct PlateLetter {
  const char* ar;
  const char* en;
};
const PlateLetter kPlateLetters[] = {{"ا", "A"}, {"ب", "B"}, {"ح", "J"}, {"د", "D"}, {"ر", "R"}, {"س", "S"},
                                     {"ص", "X"}, {"ط", "T"}, {"ع", "E"}, {"ق", "G"}, {"ك", "K"}, {"ل", "L"},
                                     {"م", "Z"}, {"ن", "N"}, {"ه", "H"}, {"و", "U"}, {"ى", "V"}};

struct Make {
  const char* ar;
  const char* en;
  const char* models[3];
};
const Make kMakes[] = {
    {"تويوتا", "Toyota", {"Camry", "Hilux", "Land Cruiser"}},
    {"هيونداي", "Hyundai", {"Accent", "Elantra", "Sonata"}},
    {"نيسان", "Nissan", {"Sunny", "Altima", "Patrol"}},
    {"كيا", "Kia", {"Rio", "Cerato", "Sportage"}},
    {"شفروليه", "Chevrolet", {"Tahoe", "Malibu", "Silverado"}},
    {"إيسوزو", "Isuzu", {"D-Max", "NPR", "NQR"}},
    {"هوندا", "Honda", {"Accord", "Civic", "Pilot"}},
    {"فورد", "Ford", {"F-150", "Taurus", "Explorer"}},
};

// Western digits as the Arabic half of a plate writes them (٠-٩).
std::string arabic_indic(const std::string& digits) {
  static const char* const kDigits[] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
  std::string out;
  for (char digit : digits) out += kDigits[digit - '0'];
  return out;
}

}  // namespace

void seed_licences_and_vehicles(Database& db, const DemoData& demo) {
  Statement seeded =
      db.prepare("SELECT (SELECT count(*) FROM driving_licence) + (SELECT count(*) FROM vehicle)");
  if (seeded.step() && seeded.integer(0) > 0) return;
  Database::Transaction transaction(db);
  struct Resident {
    int64_t id;
    bool driver;
  };
  std::vector<Resident> residents;
  Statement all = db.prepare("SELECT id, occupation_code IN ('DRV', 'PDR') FROM resident ORDER BY id");
  while (all.step()) residents.push_back({all.integer(0), all.integer(1) != 0});

  std::mt19937 random(demo.seed + 3);
  const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<uint32_t>(n)); };
  Statement licence = db.prepare(
      "INSERT INTO driving_licence (resident_id, type_code, issued_on, expires_on) VALUES (?1, ?2, ?3, ?4)");
  Statement vehicle = db.prepare(
      "INSERT INTO vehicle (resident_id, sequence_number, plate_ar, plate_en, make_ar, make_en, model, year, "
      "registration_expiry) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  int64_t vehicles = 0;
  for (const Resident& r : residents) {
    if (!r.driver && pick(100) >= 35) continue;
    // Licences run five or ten years; some issued long ago have lapsed.
    const char* type = r.driver ? (pick(100) < 70 ? "public" : "heavy-transport")
                                : (pick(100) < 95 ? "private" : "motorcycle");
    const domain::CivilDate issued = demo.today.plus_days(-pick(365 * 9));
    licence.bind(1, r.id).bind(2, type).bind(3, issued.iso());
    licence.bind(4, issued.plus_months(12 * (pick(2) == 0 ? 5 : 10)).iso()).run();
    if (pick(100) >= 11) continue;

    std::string letters_ar, letters_en;
    for (int n = 0; n < 3; ++n) {
      const PlateLetter& letter = kPlateLetters[pick(static_cast<int>(std::size(kPlateLetters)))];
      letters_ar += std::string(n ? " " : "") + letter.ar;
      letters_en += std::string(n ? " " : "") + letter.en;
    }
    const std::string number = std::to_string(1 + pick(9999));
    const Make& make = kMakes[pick(static_cast<int>(std::size(kMakes)))];
    vehicle.bind(1, r.id).bind(2, std::to_string(810000000 + ++vehicles * 7919));
    vehicle.bind(3, letters_ar + " " + arabic_indic(number)).bind(4, letters_en + " " + number);
    vehicle.bind(5, make.ar).bind(6, make.en).bind(7, make.models[pick(3)]);
    vehicle.bind(8, int64_t{demo.today.year() - pick(12)});
    vehicle.bind(9, demo.today.plus_days(-60 + pick(1100)).iso()).run();
  }
  transaction.commit();
}

}  // namespace muqeem::portal::store

#include "portal/store/demo_data.h"

#include <functional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "domain/identifiers.h"
#include "portal/store/demo_transactions.h"
#include "portal/store/demo_vehicles.h"

namespace muqeem::portal::store {
namespace {

struct Coded {
  const char* code;
  const char* ar;
  const char* en;
};

const Coded kNationalities[] = {
    {"IND", "الهند", "India"},
    {"PAK", "باكستان", "Pakistan"},
    {"BGD", "بنغلاديش", "Bangladesh"},
    {"EGY", "مصر", "Egypt"},
    {"PHL", "الفلبين", "Philippines"},
    {"NPL", "نيبال", "Nepal"},
    {"LKA", "سريلانكا", "Sri Lanka"},
    {"IDN", "إندونيسيا", "Indonesia"},
    {"SDN", "السودان", "Sudan"},
    {"YEM", "اليمن", "Yemen"},
    {"JOR", "الأردن", "Jordan"},
    {"SYR", "سوريا", "Syria"},
    {"ETH", "إثيوبيا", "Ethiopia"},
    {"KEN", "كينيا", "Kenya"},
    {"GBR", "المملكة المتحدة", "United Kingdom"},
    {"USA", "الولايات المتحدة", "United States"},
};

const Coded kOccupations[] = {
    {"ENG-CIV", "مهندس مدني", "Civil engineer"},
    {"ACC", "محاسب", "Accountant"},
    {"DRV", "سائق", "Driver"},
    {"ELC", "كهربائي", "Electrician"},
    {"PLB", "سباك", "Plumber"},
    {"CRP", "نجار", "Carpenter"},
    {"TEC", "فني", "Technician"},
    {"SLS", "مندوب مبيعات", "Sales representative"},
    {"NRS", "ممرض", "Nurse"},
    {"COK", "طباخ", "Cook"},
    {"LAB", "عامل", "Labourer"},
    {"ITS", "أخصائي تقنية معلومات", "IT specialist"},
};

struct Name {
  const char* ar;
  const char* en;
};

const Name kFirstNames[] = {
    {"محمد", "Mohammed"}, {"أحمد", "Ahmed"},   {"علي", "Ali"},     {"عمر", "Omar"},
    {"يوسف", "Yousef"},   {"راجيش", "Rajesh"}, {"سونيل", "Sunil"}, {"أنيل", "Anil"},
    {"عمران", "Imran"},   {"كمال", "Kamal"},   {"خوسيه", "Jose"},  {"ماريا", "Maria"},
    {"فاطمة", "Fatima"},  {"عائشة", "Aisha"},  {"رحيم", "Rahim"},  {"بيتر", "Peter"},
    {"جون", "John"},      {"سارة", "Sarah"},   {"حسن", "Hassan"},  {"إبراهيم", "Ibrahim"},
    {"رامش", "Ramesh"},   {"ديباك", "Deepak"}, {"أمينة", "Amina"}, {"طارق", "Tariq"},
    {"سليم", "Salim"},    {"نور", "Noor"},     {"بوترا", "Putra"}, {"أبيبي", "Abebe"},
    {"جيمس", "James"},    {"علاء", "Alaa"},
};

const Name kFamilyNames[] = {
    {"خان", "Khan"},          {"شارما", "Sharma"},     {"كومار", "Kumar"},     {"حسين", "Hussain"},
    {"رحمن", "Rahman"},       {"سانتوس", "Santos"},    {"ريس", "Reyes"},       {"عبدالله", "Abdullah"},
    {"محمود", "Mahmoud"},     {"الحسن", "Al-Hassan"},  {"بيريرا", "Perera"},   {"سيتياوان", "Setiawan"},
    {"أدهيكاري", "Adhikari"}, {"عثمان", "Osman"},      {"الأحمد", "Al-Ahmad"}, {"سميث", "Smith"},
    {"براون", "Brown"},       {"تشودري", "Chowdhury"}, {"نائر", "Nair"},       {"غارسيا", "Garcia"},
    {"إدريس", "Idris"},       {"كيبيدي", "Kebede"},    {"أوتينو", "Otieno"},   {"ويليامز", "Williams"},
};

bool female(const Name& first) {
  for (const char* name : {"Maria", "Fatima", "Aisha", "Sarah", "Amina", "Noor", "Layla"})
    if (std::string(first.en) == name) return true;
  return false;
}

// The nth iqama number of the demo: 2, eight digits that differ for every n, and the Luhn digit.
std::string iqama_number(int n) {
  const long body = (12345678L + static_cast<long>(n) * 9973L) % 100000000L;
  std::string digits = "2" + std::string(8 - std::to_string(body).size(), '0') + std::to_string(body);
  for (char check = '0'; check <= '9'; ++check) {
    if (domain::luhn_valid(digits + check)) return digits + check;
  }
  return digits + '0';
}

// Occupations whose iqamas follow the domestic workers' rules (no 3-month renewal).
const Coded kDomesticOccupations[] = {
    {"HMD", "عاملة منزلية", "Housemaid"},
    {"PDR", "سائق خاص", "Private driver"},
};

struct ViolationKind {
  const char* ar;
  const char* en;
  int64_t halalas;
};

const ViolationKind kViolations[] = {
    {"تجاوز السرعة المحددة", "Speeding", 30000},
    {"قطع الإشارة الضوئية", "Running a red light", 300000},
    {"عدم ربط حزام الأمان", "Not wearing a seat belt", 15000},
    {"استخدام الجوال أثناء القيادة", "Using a mobile phone while driving", 50000},
    {"الوقوف في مكان ممنوع", "Parking where it is not allowed", 10000},
};

void seed_people(Database& db, const DemoData& demo);

// "Rajesh Kumar" -> "Kumar": the demo's names are a first name and one family name.
std::string family_of(const std::string& name) {
  const size_t space = name.find(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

// A first name of the given sex, for a dependant.
const Name& first_name(bool is_female, const std::function<int(int)>& pick) {
  for (;;) {
    const Name& name = kFirstNames[pick(static_cast<int>(std::size(kFirstNames)))];
    if (female(name) == is_female) return name;
  }
}

// The rest of a resident's file: exit/re-entry and final-exit visas (every resident abroad holds an
// exit/re-entry visa that is still open; some others have visas issued, used, cancelled or lapsed),
// and dependants (a spouse and children, or parents). Its own random sequence, like the renewal
// facts; also brings a demo database seeded before these records existed up to date.
void seed_resident_records(Database& db, const DemoData& demo) {
  Statement seeded = db.prepare("SELECT (SELECT count(*) FROM visa) + (SELECT count(*) FROM dependant)");
  if (seeded.step() && seeded.integer(0) > 0) return;
  Database::Transaction transaction(db);
  struct Resident {
    int64_t id;
    bool female, abroad;
    std::string name_ar, name_en;
    domain::CivilDate born;
  };
  std::vector<Resident> residents;
  Statement all = db.prepare(
      "SELECT id, gender = 'F', inside_kingdom = 0, name_ar, name_en, birth_date FROM resident ORDER BY id");
  while (all.step()) {
    const auto born = domain::CivilDate::parse(all.text(5));
    residents.push_back({all.integer(0), all.integer(1) != 0, all.integer(2) != 0, all.text(3), all.text(4),
                         born.value_or(demo.today.plus_days(-365 * 30))});
  }

  std::mt19937 random(demo.seed + 2);
  const std::function<int(int)> pick = [&random](int n) {
    return static_cast<int>(random() % static_cast<uint32_t>(n));
  };
  Statement visa = db.prepare(
      "INSERT INTO visa (resident_id, visa_number, type_code, issued_on, expires_on, status) VALUES (?1, ?2, "
      "?3, ?4, ?5, ?6)");
  Statement dependant = db.prepare(
      "INSERT INTO dependant (resident_id, name_ar, name_en, relationship_code, birth_date) VALUES (?1, ?2, "
      "?3, ?4, ?5)");
  int64_t visas = 0;
  const auto add_visa = [&](int64_t resident, const char* type, const domain::CivilDate& issued, long days,
                            const char* status) {
    visa.bind(1, resident).bind(2, std::to_string(6100000000 + ++visas)).bind(3, type);
    visa.bind(4, issued.iso()).bind(5, issued.plus_days(days).iso()).bind(6, status).run();
  };
  for (const Resident& r : residents) {
    if (r.abroad) {
      // Left within the last two months on a visa that lets them back in within the next few.
      add_visa(r.id, pick(100) < 70 ? "exit-reentry-single" : "exit-reentry-multiple",
               demo.today.plus_days(-1 - pick(60)), 90 + pick(90), "issued");
    } else if (pick(100) < 15) {
      const int kind = pick(100);
      const char* type = kind < 60   ? "exit-reentry-single"
                         : kind < 85 ? "exit-reentry-multiple"
                                     : "final-exit";
      const domain::CivilDate issued = demo.today.plus_days(-pick(400));
      const long days = kind < 85 ? 30 + pick(150) : 60;  // a final exit must be used within 60 days
      const bool past = issued.plus_days(days) < demo.today;
      const int fate = pick(100);
      // Cancelled, used and gone back to work, or left to lapse ("issued" past its date reads expired).
      add_visa(r.id, type, issued, days,
               fate < 12                        ? "cancelled"
               : past && fate < 70 && kind < 85 ? "used"
                                                : "issued");
    }

    if (pick(100) >= 30) continue;
    const std::string family_ar = family_of(r.name_ar), family_en = family_of(r.name_en);
    const auto add = [&](const Name& first, const char* relationship, const domain::CivilDate& born) {
      dependant.bind(1, r.id).bind(2, std::string(first.ar) + " " + family_ar);
      dependant.bind(3, std::string(first.en) + " " + family_en).bind(4, relationship);
      dependant.bind(5, born.iso()).run();
    };
    if (pick(100) < 12) {  // parents rather than a family of their own
      add(first_name(false, pick), "father", r.born.plus_days(-365L * (22 + pick(15))));
      if (pick(100) < 60) add(first_name(true, pick), "mother", r.born.plus_days(-365L * (20 + pick(12))));
      continue;
    }
    add(first_name(!r.female, pick), r.female ? "husband" : "wife", r.born.plus_days(365L * (pick(9) - 4)));
    // Children born after the resident turned 22, and before today.
    for (int n = pick(4); n > 0; --n) {
      const domain::CivilDate born = r.born.plus_days(365L * 22 + pick(365 * 20));
      if (!(born < demo.today)) continue;
      const bool daughter = pick(2) == 0;
      add(first_name(daughter, pick), daughter ? "daughter" : "son", born);
    }
  }
  transaction.commit();
}

// What the renewal rules look at, spread over the residents already there, with a random sequence of
// its own so the people themselves stay the same. Also brings a demo database seeded before these
// facts existed up to date.
void seed_renewal_facts(Database& db, const DemoData& demo) {
  Statement seeded = db.prepare("SELECT count(*) FROM occupation WHERE domestic = 1");
  if (seeded.step() && seeded.integer(0) > 0) return;
  Database::Transaction transaction(db);
  Statement occupation = db.prepare("INSERT INTO occupation (code, ar, en, domestic) VALUES (?1, ?2, ?3, 1)");
  for (const auto& o : kDomesticOccupations) occupation.bind(1, o.code).bind(2, o.ar).bind(3, o.en).run();

  std::vector<std::pair<int64_t, bool>> residents;  // id, female
  Statement all = db.prepare("SELECT id, gender = 'F' FROM resident ORDER BY id");
  while (all.step()) residents.emplace_back(all.integer(0), all.integer(1) != 0);

  std::mt19937 random(demo.seed + 1);
  const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<uint32_t>(n)); };
  Statement domestic = db.prepare("UPDATE resident SET occupation_code = ?1 WHERE id = ?2");
  Statement absent = db.prepare("UPDATE resident SET absent_reported_on = ?1 WHERE id = ?2");
  Statement lapsed = db.prepare("UPDATE resident SET insurance_expiry = ?1 WHERE id = ?2");
  Statement passport = db.prepare("UPDATE resident SET passport_expiry = ?1 WHERE id = ?2");
  Statement late_before = db.prepare("UPDATE resident SET late_renewals = 1 WHERE id = ?1");
  Statement violation = db.prepare(
      "INSERT INTO traffic_violation (resident_id, violation_number, issued_on, kind_ar, kind_en, "
      "amount_halalas, "
      "paid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  int64_t violations = 0;
  for (const auto& [id, female] : residents) {
    // A few in a hundred of each: enough that every renewal problem shows up in the demo.
    if (pick(100) < 4) domestic.bind(1, female ? "HMD" : "PDR").bind(2, id).run();
    if (pick(1000) < 15) absent.bind(1, demo.today.plus_days(-1 - pick(200)).iso()).bind(2, id).run();
    if (pick(100) < 3) lapsed.bind(1, demo.today.plus_days(-1 - pick(90)).iso()).bind(2, id).run();
    if (pick(1000) < 15) passport.bind(1, demo.today.plus_days(-1 - pick(120)).iso()).bind(2, id).run();
    if (pick(100) < 6) late_before.bind(1, id).run();
    if (pick(100) < 12) {
      for (int n = 1 + pick(3); n > 0; --n) {
        const ViolationKind& kind = kViolations[pick(static_cast<int>(std::size(kViolations)))];
        violation.bind(1, id).bind(2, std::to_string(4100000000 + ++violations));
        violation.bind(3, demo.today.plus_days(-1 - pick(700)).iso()).bind(4, kind.ar).bind(5, kind.en);
        violation.bind(6, kind.halalas).bind(7, int64_t{pick(100) < 50 ? 1 : 0}).run();
      }
    }
  }
  transaction.commit();
}

}  // namespace

void seed_demo_data(Database& db, const DemoData& demo) {
  Statement existing = db.prepare("SELECT count(*) FROM establishment");
  if (!existing.step() || existing.integer(0) == 0) seed_people(db, demo);
  seed_renewal_facts(db, demo);
  seed_resident_records(db, demo);
  seed_transaction_facts(db, demo);
  seed_demo_accounts(db, demo);
  seed_licences_and_vehicles(db, demo);
}

namespace {

void seed_people(Database& db, const DemoData& demo) {
  Database::Transaction transaction(db);
  Statement establishment = db.prepare(
      "INSERT INTO establishment (id, unified_number, name_ar, name_en, package, balance_halalas) VALUES "
      "(?1, ?2, ?3, ?4, "
      "?5, ?6)");
  establishment.bind(1, kDemoEstablishment).bind(2, "7001234567").bind(3, "شركة الرمال الذهبية للمقاولات");
  // Balances a demo can spend through every service, in both languages, many times over.
  establishment.bind(4, "Golden Sands Contracting Co.")
      .bind(5, "comprehensive")
      .bind(6, int64_t{5000000})
      .run();
  establishment.bind(1, kOtherEstablishment).bind(2, "7009876543").bind(3, "مؤسسة النخيل للتجارة");
  establishment.bind(4, "Al Nakheel Trading Est.").bind(5, "transactions").bind(6, int64_t{2000000}).run();

  Statement nationality = db.prepare("INSERT INTO nationality (code, ar, en) VALUES (?1, ?2, ?3)");
  for (const auto& n : kNationalities) nationality.bind(1, n.code).bind(2, n.ar).bind(3, n.en).run();
  Statement occupation = db.prepare("INSERT INTO occupation (code, ar, en) VALUES (?1, ?2, ?3)");
  for (const auto& o : kOccupations) occupation.bind(1, o.code).bind(2, o.ar).bind(3, o.en).run();

  // mt19937's output is fixed by the standard (its distributions are not): the same people everywhere.
  std::mt19937 random(demo.seed);
  const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<uint32_t>(n)); };
  Statement resident = db.prepare(
      "INSERT INTO resident (establishment_id, iqama_number, name_ar, name_en, gender, nationality_code, "
      "occupation_code, birth_date, iqama_expiry, passport_number, passport_expiry, insurance_expiry, "
      "inside_kingdom) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  const int total = demo.main_residents + demo.other_residents;
  for (int n = 0; n < total; ++n) {
    const Name& first = kFirstNames[pick(static_cast<int>(std::size(kFirstNames)))];
    const Name& family = kFamilyNames[pick(static_cast<int>(std::size(kFamilyNames)))];
    const bool is_female = female(first);
    // A realistic spread: a tenth expired, a sixth expiring within 90 days, the rest valid for months.
    const int bucket = pick(100);
    const long expiry_offset = bucket < 10 ? -1 - pick(180) : bucket < 27 ? pick(91) : 91 + pick(640);
    const long passport_offset = pick(100) < 5 ? 10 + pick(150) : 200 + pick(2500);
    resident.bind(1, n < demo.main_residents ? kDemoEstablishment : kOtherEstablishment);
    resident.bind(2, iqama_number(n));
    resident.bind(3, std::string(first.ar) + " " + family.ar);
    resident.bind(4, std::string(first.en) + " " + family.en);
    resident.bind(5, is_female ? "F" : "M");
    resident.bind(6, kNationalities[pick(static_cast<int>(std::size(kNationalities)))].code);
    resident.bind(7, kOccupations[pick(static_cast<int>(std::size(kOccupations)))].code);
    resident.bind(8, demo.today.plus_days(-(365L * 22 + pick(365 * 30))).iso());
    resident.bind(9, demo.today.plus_days(expiry_offset).iso());
    resident.bind(10, "P" + std::to_string(1000000 + n * 7 + pick(7)));
    resident.bind(11, demo.today.plus_days(passport_offset).iso());
    if (pick(100) < 92)
      resident.bind(12, demo.today.plus_days(30 + pick(400)).iso());
    else
      resident.bind_null(12);
    resident.bind(13, int64_t{pick(100) < 97 ? 1 : 0});
    resident.run();
  }
  transaction.commit();
}

}  // namespace
}  // namespace muqeem::portal::store

#include "portal/store/demo_transactions.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace muqeem::portal::store {
namespace {

// The demo establishment gets this many new arrivals, the other a handful.
constexpr int kMainArrivals = 80;
constexpr int kOtherArrivals = 12;

// Arrivals come in tens with the same mix, so every case is in the demo whatever its size:
// 0 no medical exam, 1 no fingerprints, 2 entered over 90 days ago, 3 no insurance; every twentieth
// at 4 outside the Kingdom and at 14 with a passport about to expire; the rest ready.
void seed_arrivals(Database& db, const DemoData& demo, std::mt19937& random) {
  const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<uint32_t>(n)); };
  Statement arrival = db.prepare(
      "INSERT INTO new_arrival (border_number, establishment_id, gender, birth_date, entry_date, "
      "passport_number, passport_expiry, inside_kingdom, medical_exam_done, fingerprint_taken, "
      "insurance_expiry) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  for (int n = 0; n < kMainArrivals + kOtherArrivals; ++n) {
    const int kind = n % 10, twentieth = n % 20;
    arrival.bind(1, std::to_string(3100000000LL + 10007LL * n));
    arrival.bind(2, n < kMainArrivals ? kDemoEstablishment : kOtherEstablishment);
    arrival.bind(3, pick(100) < 85 ? "M" : "F");
    arrival.bind(4, demo.today.plus_days(-(365L * 20 + pick(365 * 25))).iso());
    arrival.bind(5, demo.today.plus_days(kind == 2 ? -91 - pick(110) : -1 - pick(80)).iso());
    arrival.bind(6, "N" + std::to_string(7000000 + n * 13 + pick(13)));
    arrival.bind(7, demo.today.plus_days(twentieth == 14 ? 10 + pick(50) : 400 + pick(1500)).iso());
    arrival.bind(8, int64_t{twentieth == 4 ? 0 : 1});
    arrival.bind(9, int64_t{kind == 0 ? 0 : 1});
    arrival.bind(10, int64_t{kind == 1 ? 0 : 1});
    if (kind == 3)
      arrival.bind_null(11);
    else
      arrival.bind(11, demo.today.plus_days(180 + pick(365)).iso());
    arrival.run();
  }
}

// A few in a hundred residents have a change of occupation approved in Qiwa (to another occupation
// than theirs); one in ten has been transferred once before, a few twice.
void seed_resident_facts(Database& db, std::mt19937& random) {
  const auto pick = [&random](int n) { return static_cast<int>(random() % static_cast<uint32_t>(n)); };
  std::vector<std::string> occupations;
  Statement codes = db.prepare("SELECT code FROM occupation WHERE domestic = 0 ORDER BY code");
  while (codes.step()) occupations.push_back(codes.text(0));
  std::vector<std::pair<int64_t, std::string>> residents;
  Statement all = db.prepare("SELECT id, occupation_code FROM resident ORDER BY id");
  while (all.step()) residents.emplace_back(all.integer(0), all.text(1));

  Statement approve = db.prepare("UPDATE resident SET qiwa_approved_occupation = ?1 WHERE id = ?2");
  Statement transferred = db.prepare("UPDATE resident SET previous_transfers = ?1 WHERE id = ?2");
  for (const auto& [id, occupation] : residents) {
    if (pick(100) < 6 && !occupations.empty()) {
      const std::string& approved = occupations[pick(static_cast<int>(occupations.size()))];
      if (approved != occupation) approve.bind(1, approved).bind(2, id).run();
    }
    const int transfers = pick(100);
    if (transfers < 13) transferred.bind(1, int64_t{transfers < 3 ? 2 : 1}).bind(2, id).run();
  }
  // Every passport on record was issued in the resident's own country, ten years before it expires.
  db.execute(
      "UPDATE resident SET passport_country_code = nationality_code, passport_issued_on = "
      "date(passport_expiry, '-10 years') WHERE passport_issued_on IS NULL");
}

}  // namespace

void seed_transaction_facts(Database& db, const DemoData& demo) {
  Statement seeded = db.prepare("SELECT count(*) FROM new_arrival");
  if (seeded.step() && seeded.integer(0) > 0) return;
  Database::Transaction transaction(db);
  std::mt19937 random(demo.seed + 3);
  seed_arrivals(db, demo, random);
  seed_resident_facts(db, random);
  transaction.commit();
}

}  // namespace muqeem::portal::store

// The portal's store: migrations, the demo data, and resident search as an officer uses it, always
// inside their own establishment.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "portal/store/demo_data.h"
#include "portal/store/migrations.h"
#include "portal/store/residents.h"

namespace muqeem::portal::store {
namespace {

const domain::CivilDate kToday{2026, 1, 1};

class Store : public testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    db_ = Database::open(":memory:", &error);
    ASSERT_NE(db_, nullptr) << error;
    seed_demo_data(*db_, {3000, 200, kToday, 7, auth::PasswordCost::Minimum});
  }
  ResidentPage search(ResidentQuery query) {
    if (query.establishment_id == 0) query.establishment_id = kDemoEstablishment;
    query.today = kToday;
    return search_residents(*db_, query);
  }
  int64_t count(const char* table) {
    Statement statement = db_->prepare(std::string("SELECT count(*) FROM ") + table);
    return statement.step() ? statement.integer(0) : -1;
  }
  std::unique_ptr<Database> db_;
};

TEST_F(Store, MigratesToTheLatestVersionAndSeedsBothEstablishments) {
  EXPECT_EQ(db_->schema_version(), latest_schema_version());
  EXPECT_EQ(count("establishment"), 2);
  EXPECT_EQ(count("resident"), 3200);
  EXPECT_EQ(search({}).total_elements, 3000);
  EXPECT_EQ(search({.establishment_id = kOtherEstablishment}).total_elements, 200);
  seed_demo_data(*db_,
                 {3000, 200, kToday, 7, auth::PasswordCost::Minimum});  // a second seeding changes nothing
  EXPECT_EQ(count("resident"), 3200);
}

TEST_F(Store, ReopeningAFileKeepsItsDataAndVersion) {
  const auto path = std::filesystem::path(testing::TempDir()) / ("store-" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  {
    auto db = Database::open(path.string());
    ASSERT_NE(db, nullptr);
    seed_demo_data(*db, {50, 5, kToday, 1, auth::PasswordCost::Minimum});
  }
  auto again = Database::open(path.string());
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->schema_version(), latest_schema_version());
  EXPECT_EQ(
      search_residents(*again, {.establishment_id = kDemoEstablishment, .today = kToday}).total_elements, 50);
  again.reset();
  std::filesystem::remove(path);
}

// A request's reads in one ReadScope (the server runs each reading request so) see one state, and a
// write in the middle still waits for another connection's instead of failing.
TEST_F(Store, AReadScopeSeesOneStateAndAWriteInsideItStillGetsItsTurn) {
  const auto path = std::filesystem::path(testing::TempDir()) / ("scope-" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  auto reader = Database::open(path.string());
  auto other = Database::open(path.string());
  ASSERT_NE(reader, nullptr);
  ASSERT_NE(other, nullptr);
  const auto establishments = [&reader] {
    Statement count = reader->prepare("SELECT count(*) FROM establishment");
    return count.step() ? count.integer(0) : -1;
  };
  const auto add = [](Database& db, int64_t id) {
    db.prepare(
          "INSERT INTO establishment (id, unified_number, name_ar, name_en, package, balance_halalas) VALUES "
          "(?1, ?2, 'منشأة', 'Est.', 'transactions', 0)")
        .bind(1, id)
        .bind(2, "70000000" + std::to_string(id))
        .run();
  };
  {
    const Database::ReadScope reading(*reader);
    const int64_t before = establishments();
    add(*other, 41);                      // another connection commits meanwhile
    EXPECT_EQ(establishments(), before);  // the scope still sees the state it started with
    add(*reader, 42);                     // a write ends the scope first, so it starts on the latest state
    EXPECT_EQ(establishments(), before + 2);
  }
  EXPECT_FALSE(reader->in_transaction());
  reader.reset();
  other.reset();
  std::filesystem::remove(path);
}

// The static demo's journal (its file is copied to IndexedDB between transactions): no -wal or -shm
// file beside it, and what was committed is there when it is opened again.
TEST_F(Store, AJournalInMemoryKeepsCommittedDataInTheFileAlone) {
  const auto path =
      std::filesystem::path(testing::TempDir()) / ("memory-" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  {
    auto db = Database::open(path.string(), nullptr, Journal::Memory);
    ASSERT_NE(db, nullptr);
    {
      auto mode = db->prepare("PRAGMA journal_mode");
      ASSERT_TRUE(mode.step());
      EXPECT_EQ(mode.text(0), "memory");
    }
    const int64_t before = db->changes();
    seed_demo_data(*db, {20, 2, kToday, 1, auth::PasswordCost::Minimum});
    EXPECT_GT(db->changes(), before);  // what the demo watches to know it must save
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-shm"));
  }
  auto again = Database::open(path.string(), nullptr, Journal::Memory);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(
      search_residents(*again, {.establishment_id = kDemoEstablishment, .today = kToday}).total_elements, 20);
  again.reset();
  std::filesystem::remove(path);
}

// Statements are compiled once and reused; a reused one starts afresh (no rows left over, no values
// bound), the same SQL can run nested inside itself, and a statement may outlive its database.
TEST_F(Store, AReusedStatementStartsAfreshAndTheSameQueryCanRunInsideItself) {
  const char* sql = "SELECT code FROM nationality WHERE code >= ?1 ORDER BY code";
  std::vector<std::string> pairs;
  {
    Statement outer = db_->prepare(sql);
    outer.bind(1, "P");
    while (outer.step()) {
      Statement inner = db_->prepare(sql);  // the outer one is still running
      inner.bind(1, outer.text(0));
      ASSERT_TRUE(inner.step());
      pairs.push_back(outer.text(0) + "=" + inner.text(0));
    }
  }
  ASSERT_FALSE(pairs.empty());
  for (const auto& pair : pairs) EXPECT_EQ(pair.substr(0, pair.find('=')), pair.substr(pair.find('=') + 1));

  {
    Statement abandoned = db_->prepare(sql);  // left mid-way, with a value bound
    abandoned.bind(1, "ZZZ");
    abandoned.step();
  }
  Statement first = db_->prepare("SELECT min(code) FROM nationality");
  ASSERT_TRUE(first.step());
  Statement again = db_->prepare(sql);
  again.bind(1, "A");
  ASSERT_TRUE(again.step());
  EXPECT_EQ(again.text(0), first.text(0));  // from the start, with the new value

  Statement outliving = db_->prepare(sql);
  db_.reset();  // the statement is finalized on its own later, without the cache
}

TEST_F(Store, FindsAResidentByTheStartOfTheIqamaNumberInEitherDigits) {
  const auto first = search({.size = 1});
  ASSERT_EQ(first.rows.size(), 1u);
  const std::string number = first.rows[0].iqama_number;
  const auto found = search({.text = number.substr(0, 7)});
  EXPECT_TRUE(std::any_of(found.rows.begin(), found.rows.end(),
                          [&](const auto& r) { return r.iqama_number == number; }));
  std::string arabic_indic;
  for (char d : number) arabic_indic += std::string("\xD9") + static_cast<char>(0xA0 + (d - '0'));
  const auto exact = search({.text = arabic_indic});
  ASSERT_EQ(exact.total_elements, 1);
  EXPECT_EQ(exact.rows[0].iqama_number, number);
}

TEST_F(Store, FindsByTheStartOfTheNameInEnglishWhateverTheCaseOrInArabic) {
  const auto english = search({.text = "ahmed", .size = 200});
  ASSERT_GT(english.total_elements, 0);
  for (const auto& row : english.rows) EXPECT_EQ(row.name_en.rfind("Ahmed", 0), 0u) << row.name_en;
  const auto arabic = search({.text = "محمد", .size = 200});
  ASSERT_GT(arabic.total_elements, 0);
  for (const auto& row : arabic.rows) EXPECT_EQ(row.name_ar.rfind("محمد", 0), 0u) << row.name_ar;
  EXPECT_FALSE(arabic.rows[0].nationality_ar.empty());
  EXPECT_FALSE(arabic.rows[0].occupation_en.empty());
}

TEST_F(Store, PagesCoverEveryResultOnceInOrder) {
  ResidentQuery query{.text = "a", .sort = ResidentSort::IqamaExpiry, .size = 50};
  const auto first = search(query);
  std::vector<std::string> seen;
  for (query.page = 0; query.page * 50 < first.total_elements; ++query.page)
    for (const auto& row : search(query).rows) seen.push_back(row.iqama_expiry + row.iqama_number);
  EXPECT_EQ(static_cast<int64_t>(seen.size()), first.total_elements);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  query.page = 1000;
  EXPECT_TRUE(search(query).rows.empty());
}

TEST_F(Store, ExpiringWithinThirtyDaysIncludesTheExpiredAndNothingLater) {
  const auto expiring =
      search({.expiring_within_days = 30, .sort = ResidentSort::IqamaExpiry, .descending = true});
  ASSERT_GT(expiring.total_elements, 100);  // a tenth of 3000 are expired already
  EXPECT_LE(expiring.rows.front().iqama_expiry, kToday.plus_days(30).iso());
  EXPECT_LT(expiring.total_elements, 3000);
}

TEST_F(Store, OneEstablishmentNeverSeesAnothersResidents) {
  const auto other = search({.establishment_id = kOtherEstablishment, .size = 200});
  for (const auto& row : other.rows) {
    EXPECT_EQ(search({.text = row.iqama_number}).total_elements, 0) << row.iqama_number;
  }
}

TEST_F(Store, SqlInTheSearchBoxIsJustText) {
  for (const char* attack : {"'; DROP TABLE resident; --", "\" OR 1=1 --", "%", "_", "a' OR 'a'='a"}) {
    EXPECT_EQ(search({.text = attack}).total_elements, 0) << attack;
  }
  EXPECT_EQ(count("resident"), 3200);
}

}  // namespace
}  // namespace muqeem::portal::store

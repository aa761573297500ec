#include "portal/store/database.h"

#include <sqlite3.h>

#include <mutex>
#include <unordered_map>

#include "portal/store/migrations.h"

namespace muqeem::portal::store {
namespace {

[[noreturn]] void fail(sqlite3* db, const char* what) {
  throw StoreError{std::string(what) + ": " + sqlite3_errmsg(db)};
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr) != SQLITE_OK)
    fail(db, "prepare");
}

// Idle compiled statements by their SQL. A statement in use is not in it, so a query nested inside
// another one's loop gets a statement of its own. Bounded, because some SQL is assembled from a
// request's filters; past the bound a statement is simply finalized.
class StatementCache : public std::enable_shared_from_this<StatementCache> {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  ~StatementCache() {
    for (auto& [sql, statement] : idle_) sqlite3_finalize(statement);
  }
  Statement take(std::string_view sql) {
    std::string key(sql);
    {
      std::lock_guard lock(mutex_);
      if (const auto found = idle_.find(key); found != idle_.end()) {
        sqlite3_stmt* statement = found->second;
        idle_.erase(found);
        return Statement(db_, statement, weak_from_this(), std::move(key));
      }
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
      sqlite3_finalize(statement);
      fail(db_, "prepare");
    }
    return Statement(db_, statement, weak_from_this(), std::move(key));
  }
  void give_back(std::string sql, sqlite3_stmt* statement) {
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    std::lock_guard lock(mutex_);
    if (idle_.size() >= kMaxIdle) {
      sqlite3_finalize(statement);
      return;
    }
    idle_.emplace(std::move(sql), statement);
  }

 private:
  static constexpr size_t kMaxIdle = 256;
  sqlite3* db_;
  std::mutex mutex_;
  std::unordered_multimap<std::string, sqlite3_stmt*> idle_;
};

Statement::~Statement() {
  if (!statement_) return;
  if (const auto cache = cache_.lock())
    cache->give_back(std::move(sql_), statement_);
  else
    sqlite3_finalize(statement_);
}

Statement& Statement::bind(int index, int64_t value) {
  if (sqlite3_bind_int64(statement_, index, value) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  if (sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) !=
      SQLITE_OK)
    fail(db_, "bind");
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  if (sqlite3_bind_blob64(statement_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT) != SQLITE_OK)
    fail(db_, "bind");
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (sqlite3_bind_null(statement_, index) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

bool Statement::step() {
  const int result = sqlite3_step(statement_);
  if (result == SQLITE_ROW) return true;
  if (result == SQLITE_DONE) return false;
  fail(db_, "step");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

std::string Statement::text(int column) const {
  const auto* value = sqlite3_column_text(statement_, column);
  return value ? std::string(reinterpret_cast<const char*>(value),
                             static_cast<size_t>(sqlite3_column_bytes(statement_, column)))
               : std::string();
}

bool Statement::reads_only() const {
  return sqlite3_stmt_readonly(statement_) != 0;
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::unique_ptr<Database> Database::open(const std::string& path, std::string* error, Journal journal,
                                         Threads threads) {
  sqlite3* handle = nullptr;
  const int locking = threads == Threads::Shared ? SQLITE_OPEN_FULLMUTEX : SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | locking, nullptr) !=
      SQLITE_OK) {
    if (error) *error = handle ? sqlite3_errmsg(handle) : "cannot open " + path;
    sqlite3_close(handle);
    return nullptr;
  }
  std::unique_ptr<Database> db(new Database(handle));
  // Set first: a server opens lanes while others write, and even the pragmas below may wait for them.
  sqlite3_busy_timeout(handle, 5000);
  try {
    // See Journal (database.h). In memory, syncing would only slow the copy that IndexedDB keeps.
    db->execute(journal == Journal::Wal ? "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                                        : "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;");
    db->execute("PRAGMA foreign_keys=ON;");
    migrate(*db);
  } catch (const StoreError& failure) {
    if (error) *error = failure.message;
    return nullptr;
  }
  return db;
}

Database::Database(sqlite3* db) : db_(db), cache_(std::make_shared<StatementCache>(db)) {}

Database::~Database() {
  cache_.reset();  // its statements are finalized before the connection closes
  sqlite3_close(db_);
}

Statement Database::prepare(std::string_view sql) {
  Statement statement = cache_->take(sql);
  if (reading_ && !statement.reads_only()) end_reading();
  return statement;
}

void Database::end_reading() {
  if (!reading_) return;
  reading_ = false;
  execute("COMMIT");  // reads only: nothing to write, and statements still reading keep their rows
}

Database::ReadScope::ReadScope(Database& db) : db_(db) {
  if (sqlite3_get_autocommit(db_.handle()) == 0) return;  // inside a transaction: on its snapshot already
  db_.execute("BEGIN");
  db_.reading_ = true;
}

Database::ReadScope::~ReadScope() {
  if (!db_.reading_) return;
  db_.reading_ = false;
  sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

void Database::execute(std::string_view sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    const std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw StoreError{text};
  }
}

int64_t Database::changes() const {
  return sqlite3_total_changes64(db_);
}

bool Database::in_transaction() const {
  return sqlite3_get_autocommit(db_) == 0 && !reading_;
}

int Database::schema_version() {
  Statement statement(db_, "PRAGMA user_version");
  return statement.step() ? static_cast<int>(statement.integer(0)) : 0;
}

Database::Transaction::Transaction(Database& db) : db_(db) {
  db_.end_reading();
  db_.execute("BEGIN IMMEDIATE");
}

Database::Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Database::Transaction::commit() {
  db_.execute("COMMIT");
  done_ = true;
}

}  // namespace muqeem::portal::store

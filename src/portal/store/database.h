#pragma once
// SQLite, the portal's store: one connection (WAL on a server) with foreign keys on, prepared statements
// only (values are always bound, never spliced into SQL), and transactions as a scope.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace muqeem::portal::store {

class StatementCache;

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  // A statement taken from (or prepared for) a cache, to which it returns, reset, when destroyed.
  // A statement that outlives its Database is finalized instead.
  Statement(sqlite3* db, sqlite3_stmt* prepared, std::weak_ptr<StatementCache> cache, std::string sql)
      : db_(db), statement_(prepared), cache_(std::move(cache)), sql_(std::move(sql)) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  // Moves, so that a statement prepared and bound elsewhere can be handed back.
  Statement(Statement&& other) noexcept
      : db_(other.db_),
        statement_(other.statement_),
        cache_(std::move(other.cache_)),
        sql_(std::move(other.sql_)) {
    other.statement_ = nullptr;
  }

  // Parameters are 1-based, as in SQLite.
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, std::string_view value);
  Statement& bind_null(int index);
  Statement& bind_blob(int index, std::string_view bytes);  // stored as bytes, never as text
  // Advances to the next row; false when there is none. Errors throw StoreError.
  bool step();
  // Runs a statement that returns no rows, and resets it for another use.
  void run();
  // Ends the statement's read. Outside a Transaction, reset a read part-way through its rows before
  // writing: a write begun inside a read cannot wait for another connection's write to finish, and
  // fails at once ("database is locked") if one committed meanwhile. The server's lanes are such
  // other connections.
  void reset();

  // Whether running it can change nothing (a SELECT).
  bool reads_only() const;

  int64_t integer(int column) const;
  std::string text(int column) const;  // a BLOB column's bytes too
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
  std::weak_ptr<StatementCache> cache_;
  std::string sql_;
};

// A failure of the store itself (disk full, corrupt file, a bug in SQL): never a user's input error.
struct StoreError {
  std::string message;
};

// How commits reach the file. Wal: the server's (readers never wait for the writer; synchronous=FULL,
// so an acknowledged commit survives a crash). Memory: the static demo's, where the file lives in the
// browser's memory (Emscripten's FS) and is copied to IndexedDB after each change. WAL needs shared
// memory (its -shm index is mmap'ed), which that FS does not give; a rollback journal in memory
// writes nothing but the database itself, and a copy taken between transactions is always a
// committed state, so a page closed mid-transaction loses only that transaction.
enum class Journal { Wal, Memory };

class Database {
 public:
  // Who may use the connection. Shared: any thread, SQLite serializing the calls. OneThreadAtATime:
  // the owner guarantees that no two threads use it at once (a server lane, handed to one request at a
  // time), and SQLite skips its locking around every call.
  enum class Threads { Shared, OneThreadAtATime };
  // Opens (creating if needed) the database file and applies pending migrations; ":memory:" for tests.
  static std::unique_ptr<Database> open(const std::string& path, std::string* error = nullptr,
                                        Journal journal = Journal::Wal, Threads threads = Threads::Shared);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  sqlite3* handle() const { return db_; }
  // The statement for `sql`, compiled once and reused: parsing and planning cost more than running
  // most of the portal's queries (a lookup by iqama number is mostly parser time otherwise).
  Statement prepare(std::string_view sql);
  void execute(std::string_view sql);  // for schema and pragmas, never with user input
  int schema_version();
  // Rows changed since the database was opened: when it moved, something was written.
  int64_t changes() const;
  // Whether a Transaction (or other explicit BEGIN, not a ReadScope's) is open on this connection.
  bool in_transaction() const;

  // A request's reads on one snapshot, with the locks a read takes (a system call or two each) taken
  // once instead of per statement. A write inside it ends it first: a Transaction does, and so does
  // preparing any statement that writes, so the write starts afresh and can wait for another
  // connection's. The reads after it then run on their own.
  class ReadScope {
   public:
    explicit ReadScope(Database& db);
    ~ReadScope();
    ReadScope(const ReadScope&) = delete;
    ReadScope& operator=(const ReadScope&) = delete;

   private:
    Database& db_;
  };

  // Ends an open ReadScope early: what follows sees the latest state, and may write.
  void end_reading();

  // Commits when the scope ends normally, rolls back when an exception leaves it.
  class Transaction {
   public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

   private:
    Database& db_;
    bool done_ = false;
  };

 private:
  explicit Database(sqlite3* db);
  sqlite3* db_;
  bool reading_ = false;  // a ReadScope's BEGIN is open
  std::shared_ptr<StatementCache> cache_;
};

}  // namespace muqeem::portal::store

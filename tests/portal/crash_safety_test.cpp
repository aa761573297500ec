// The store under a kill -9: a child process commits transactions as fast as it can and reports each
// commit; the parent kills it mid-stream. On reopening, the database must be intact and hold every
// transaction that was acknowledged (WAL with synchronous=FULL).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "portal/store/database.h"

namespace muqeem::portal::store {
namespace {

TEST(CrashSafety, EveryAcknowledgedCommitSurvivesKillNine) {
  const auto path = std::filesystem::path(testing::TempDir()) / ("crash-" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  ASSERT_NE(Database::open(path.string()), nullptr);  // created and migrated before the child starts

  int pipe_ends[2];
  ASSERT_EQ(pipe(pipe_ends), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(pipe_ends[0]);
    auto db = Database::open(path.string());
    for (int64_t n = 1;; ++n) {
      Database::Transaction transaction(*db);
      db->prepare("INSERT INTO sms_outbox (id, at, mobile, text) VALUES (?1, ?1, '+966551234567', 'load')")
          .bind(1, n)
          .run();
      transaction.commit();
      if (write(pipe_ends[1], &n, sizeof n) != sizeof n) _exit(1);  // acknowledged only after COMMIT returned
    }
  }
  close(pipe_ends[1]);
  const auto stop = std::chrono::steady_clock::now() + std::chrono::milliseconds(700);
  int64_t acknowledged = 0, n = 0;
  while (std::chrono::steady_clock::now() < stop && read(pipe_ends[0], &n, sizeof n) == sizeof n)
    acknowledged = n;
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  close(pipe_ends[0]);
  ASSERT_GT(acknowledged, 10) << "the writer barely ran";

  auto db = Database::open(path.string());
  ASSERT_NE(db, nullptr);
  Statement check = db->prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.step());
  EXPECT_EQ(check.text(0), "ok");
  Statement count = db->prepare("SELECT count(*) FROM sms_outbox WHERE id <= ?1");
  count.bind(1, acknowledged);
  ASSERT_TRUE(count.step());
  EXPECT_EQ(count.integer(0), acknowledged);
  std::cout << acknowledged << " acknowledged commits, all present after kill -9\n";
  db.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}

}  // namespace
}  // namespace muqeem::portal::store

#include "portal/store/tawasul.h"

#include <cstdio>
#include <string_view>

namespace muqeem::portal::store {
namespace {

int64_t last_id(Database& db) {
  Statement id = db.prepare("SELECT last_insert_rowid()");
  return id.step() ? id.integer(0) : 0;
}

void store_files(Database& db, int64_t request_id, std::optional<int64_t> reply_id,
                 const std::vector<StoredFile>& files) {
  Statement insert = db.prepare(
      "INSERT INTO tawasul_attachment (request_id, reply_id, file_name, media_type, content) VALUES (?1, ?2, "
      "?3, "
      "?4, ?5)");
  for (const auto& file : files) {
    insert.bind(1, request_id);
    if (reply_id)
      insert.bind(2, *reply_id);
    else
      insert.bind_null(2);
    insert.bind(3, file.file_name).bind(4, file.media_type).bind_blob(5, file.content).run();
  }
}

std::vector<AttachmentRow> attachments_of(Database& db, int64_t request_id, std::optional<int64_t> reply_id) {
  Statement rows = db.prepare(
      "SELECT id, file_name, media_type, length(content) FROM tawasul_attachment WHERE request_id = ?1 AND "
      "reply_id IS ?2 ORDER BY id");
  rows.bind(1, request_id);
  if (reply_id)
    rows.bind(2, *reply_id);
  else
    rows.bind_null(2);
  std::vector<AttachmentRow> out;
  while (rows.step()) out.push_back({rows.integer(0), rows.text(1), rows.text(2), rows.integer(3)});
  return out;
}

// A request's summary columns (read_summary's), and the tables they come from.
constexpr std::string_view kSummaryColumns =
    "SELECT t.id, t.request_number, c.code, c.ar, c.en, s.code, s.ar, s.en, t.created_at, t.due_on";
constexpr std::string_view kSummaryTables =
    " FROM tawasul_request t JOIN tawasul_category c ON c.code = t.category_code JOIN tawasul_status s ON "
    "s.code "
    "= t.status";

SupportRequestRow read_summary(const Statement& row) {
  return {row.integer(0),
          row.text(1),
          {row.text(2), row.text(3), row.text(4)},
          {row.text(5), row.text(6), row.text(7)},
          row.integer(8),
          row.text(9)};
}

}  // namespace

std::string record_support_request(Database& db, const NewSupportRequest& request, int64_t now) {
  // The write lock is held (BEGIN IMMEDIATE), so the next id cannot be taken by anyone else meanwhile.
  Statement next = db.prepare("SELECT coalesce(max(id), 0) + 1 FROM tawasul_request");
  const int64_t id = next.step() ? next.integer(0) : 1;
  char number[16];
  std::snprintf(number, sizeof number, "TW%08lld", static_cast<long long>(id % 100000000));
  const auto optional_text = [](Statement& s, int index, const std::string& text) {
    if (text.empty())
      s.bind_null(index);
    else
      s.bind(index, text);
  };
  Statement insert = db.prepare(
      "INSERT INTO tawasul_request (id, request_number, establishment_id, user_id, category_code, "
      "description, "
      "context_operation, context_problem_type, context_problem_title, status, created_at, due_on) VALUES "
      "(?1, "
      "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'under-processing', ?10, ?11)");
  insert.bind(1, id).bind(2, std::string(number)).bind(3, request.establishment_id).bind(4, request.user_id);
  insert.bind(5, request.category).bind(6, request.description);
  optional_text(insert, 7, request.context_operation);
  optional_text(insert, 8, request.context_problem_type);
  optional_text(insert, 9, request.context_problem_title);
  insert.bind(10, now).bind(11, request.due_on).run();
  db.prepare("INSERT INTO tawasul_status_change (request_id, status, at) VALUES (?1, 'under-processing', ?2)")
      .bind(1, id)
      .bind(2, now)
      .run();
  store_files(db, id, std::nullopt, request.attachments);
  return number;
}

SupportRequestPage list_support_requests(Database& db, int64_t establishment_id, const std::string& status,
                                         int page, int size) {
  SupportRequestPage result;
  const char* where = " WHERE t.establishment_id = ?1 AND (?2 = '' OR t.status = ?2)";
  Statement total = db.prepare(std::string("SELECT count(*) FROM tawasul_request t") + where);
  total.bind(1, establishment_id).bind(2, status);
  result.total_elements = total.step() ? total.integer(0) : 0;
  Statement rows = db.prepare(std::string(kSummaryColumns) + std::string(kSummaryTables) + where +
                              " ORDER BY t.created_at DESC, t.id DESC LIMIT ?3 OFFSET ?4");
  rows.bind(1, establishment_id).bind(2, status).bind(3, int64_t{size}).bind(4, int64_t{page} * size);
  while (rows.step()) result.rows.push_back(read_summary(rows));
  return result;
}

std::optional<SupportRequestFile> find_support_request(Database& db, int64_t establishment_id,
                                                       const std::string& request_number) {
  Statement found = db.prepare(
      std::string(kSummaryColumns) +
      ", t.description, coalesce(t.context_operation, ''), coalesce(t.context_problem_type, ''), "
      "coalesce(t.context_problem_title, ''), u.username, u.name_ar, u.name_en, e.unified_number, e.name_ar, "
      "e.name_en" +
      std::string(kSummaryTables) +
      " JOIN user u ON u.id = t.user_id JOIN establishment e ON e.id = t.establishment_id WHERE "
      "t.establishment_id = ?1 AND t.request_number = ?2");
  found.bind(1, establishment_id).bind(2, request_number);
  if (!found.step()) return std::nullopt;
  SupportRequestFile file{read_summary(found),
                          found.text(10),
                          found.text(11),
                          found.text(12),
                          found.text(13),
                          found.text(14),
                          found.text(15),
                          found.text(16),
                          found.text(17),
                          found.text(18),
                          found.text(19),
                          {},
                          {},
                          {}};
  const int64_t id = file.summary.id;
  file.attachments = attachments_of(db, id, std::nullopt);
  Statement history = db.prepare(
      "SELECT s.code, s.ar, s.en, h.at FROM tawasul_status_change h JOIN tawasul_status s ON s.code = "
      "h.status "
      "WHERE h.request_id = ?1 ORDER BY h.at, h.id");
  history.bind(1, id);
  while (history.step())
    file.history.push_back({{history.text(0), history.text(1), history.text(2)}, history.integer(3)});
  Statement replies = db.prepare(
      "SELECT r.id, r.author, coalesce(u.name_ar, 'فريق الدعم'), coalesce(u.name_en, 'Support team'), "
      "r.text, "
      "r.at FROM tawasul_reply r LEFT JOIN user u ON u.id = r.user_id WHERE r.request_id = ?1 ORDER BY r.at, "
      "r.id");
  replies.bind(1, id);
  while (replies.step()) {
    file.replies.push_back({replies.text(1), replies.text(2), replies.text(3), replies.text(4),
                            replies.integer(5), attachments_of(db, id, replies.integer(0))});
  }
  return file;
}

void change_status(Database& db, int64_t request_id, const std::string& status, int64_t now) {
  db.prepare("UPDATE tawasul_request SET status = ?1 WHERE id = ?2")
      .bind(1, status)
      .bind(2, request_id)
      .run();
  db.prepare("INSERT INTO tawasul_status_change (request_id, status, at) VALUES (?1, ?2, ?3)")
      .bind(1, request_id)
      .bind(2, status)
      .bind(3, now)
      .run();
}

void record_reply(Database& db, int64_t request_id, const std::string& author, std::optional<int64_t> user_id,
                  const std::string& text, const std::vector<StoredFile>& attachments,
                  const std::string& new_status, int64_t now) {
  Statement insert = db.prepare(
      "INSERT INTO tawasul_reply (request_id, author, user_id, text, at) VALUES (?1, ?2, ?3, ?4, ?5)");
  insert.bind(1, request_id).bind(2, author);
  if (user_id)
    insert.bind(3, *user_id);
  else
    insert.bind_null(3);
  insert.bind(4, text).bind(5, now).run();
  store_files(db, request_id, last_id(db), attachments);
  if (!new_status.empty()) change_status(db, request_id, new_status, now);
}

std::optional<StoredFile> find_attachment(Database& db, int64_t establishment_id,
                                          const std::string& request_number, int64_t attachment_id) {
  Statement row = db.prepare(
      "SELECT a.file_name, a.media_type, a.content FROM tawasul_attachment a JOIN tawasul_request t ON t.id "
      "= "
      "a.request_id WHERE t.establishment_id = ?1 AND t.request_number = ?2 AND a.id = ?3");
  row.bind(1, establishment_id).bind(2, request_number).bind(3, attachment_id);
  if (!row.step()) return std::nullopt;
  return StoredFile{row.text(0), row.text(1), row.text(2)};
}

}  // namespace muqeem::portal::store

#pragma once
// Tawasul support requests in the store: raising one (with its first status and its attachments),
// the establishment's list, one request with its history, replies and attachments, a reply (which
// may change the status), and an attachment's bytes. Always within one establishment, the caller's.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "portal/store/database.h"
#include "portal/store/residents.h"

namespace muqeem::portal::store {

struct StoredFile {
  std::string file_name, media_type, content;
};

struct NewSupportRequest {
  int64_t establishment_id = 0, user_id = 0;
  std::string category, description;
  std::string context_operation, context_problem_type, context_problem_title;  // "" when not given
  std::string due_on;                                                          // ISO
  std::vector<StoredFile> attachments;
};

// Inside the caller's transaction; the request starts under processing. Returns its number.
std::string record_support_request(Database& db, const NewSupportRequest& request, int64_t now);

struct AttachmentRow {
  int64_t id = 0;
  std::string file_name, media_type;
  int64_t size_bytes = 0;
};

struct SupportRequestRow {
  int64_t id = 0;
  std::string request_number;
  CodedRow category, status;
  int64_t created_at = 0;
  std::string due_on;
};

struct StatusChangeRow {
  CodedRow status;
  int64_t at = 0;
};

struct ReplyRow {
  std::string author;  // "applicant" or "support"
  std::string author_ar, author_en;
  std::string text;
  int64_t at = 0;
  std::vector<AttachmentRow> attachments;
};

struct SupportRequestFile {
  SupportRequestRow summary;
  std::string description, context_operation, context_problem_type, context_problem_title;
  std::string applicant_username, applicant_ar, applicant_en;
  std::string establishment_number, establishment_ar, establishment_en;
  std::vector<AttachmentRow> attachments;
  std::vector<StatusChangeRow> history;
  std::vector<ReplyRow> replies;
};

struct SupportRequestPage {
  std::vector<SupportRequestRow> rows;
  int64_t total_elements = 0;
};

// Newest first; `status` "" for every status.
SupportRequestPage list_support_requests(Database& db, int64_t establishment_id, const std::string& status,
                                         int page, int size);
std::optional<SupportRequestFile> find_support_request(Database& db, int64_t establishment_id,
                                                       const std::string& request_number);

// Inside the caller's transaction: adds the reply with its attachments and, when `new_status` is not
// empty, moves the request to it and records the change.
void record_reply(Database& db, int64_t request_id, const std::string& author, std::optional<int64_t> user_id,
                  const std::string& text, const std::vector<StoredFile>& attachments,
                  const std::string& new_status, int64_t now);
// Inside the caller's transaction: a status change that comes with no reply (support closing a
// request, say).
void change_status(Database& db, int64_t request_id, const std::string& status, int64_t now);

std::optional<StoredFile> find_attachment(Database& db, int64_t establishment_id,
                                          const std::string& request_number, int64_t attachment_id);

}  // namespace muqeem::portal::store

#pragma once
// Tawasul (تواصل) support requests: what the app sends to raise one (a category, a description, the
// context of the operation that failed, attachments) and to reply to one, and what it reads back: a
// page of the establishment's requests, one request with its status history, replies and the
// attachments' details. Attachments travel as base64 inside the JSON; `content` holds their bytes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api {

struct AttachmentUpload {
  std::string file_name;
  std::string content;  // the file's bytes
};

// Where the request came from, as the app pre-fills it beside an error; each part may be empty. The
// user and the establishment are the session's, never taken from the request.
struct TawasulContext {
  std::string operation;      // e.g. "iqama-renewal"
  std::string problem_type;   // the problem's type, e.g. ".../problems/not-eligible"
  std::string problem_title;  // its title as the officer read it
};

struct NewTawasulRequest {
  std::string category;  // a code from /lookups/tawasul-categories
  std::string description;
  TawasulContext context;
  std::vector<AttachmentUpload> attachments;
};

struct TawasulReplyRequest {
  std::string text;
  std::vector<AttachmentUpload> attachments;
};

struct AttachmentInfo {
  int64_t id = 0;
  std::string file_name;
  std::string media_type;  // recognised from the bytes: application/pdf, image/png or image/jpeg
  int64_t size_bytes = 0;
};

struct TawasulStatusChange {
  Coded status;
  std::string at;  // UTC, "2026-01-01T09:30:00Z"
};

struct TawasulReply {
  std::string author;  // "applicant" or "support"
  Bilingual author_name;
  std::string text;
  std::string at;
  std::vector<AttachmentInfo> attachments;
};

struct TawasulSummary {
  std::string request_number;
  Coded category, status;
  std::string created_at;
  std::string due_on, due_on_hijri;  // the 7-day target
  bool overdue = false;              // past dueOn and not yet processed or closed
};

struct TawasulRequestDetail {
  TawasulSummary summary;
  std::string description;
  TawasulContext context;
  std::string applicant_username;
  Bilingual applicant_name;
  std::string establishment_number;
  Bilingual establishment_name;
  std::vector<AttachmentInfo> attachments;  // those sent with the request itself
  std::vector<TawasulStatusChange> status_history;
  std::vector<TawasulReply> replies;
};

struct TawasulPage {
  std::vector<TawasulSummary> content;
  int page = 0, size = 20;
  int64_t total_elements = 0;
};

// A downloaded attachment: its bytes and what they are.
struct DownloadedFile {
  std::string media_type;
  std::string content;
};

void to_json(nlohmann::json& j, const AttachmentUpload& value);
void to_json(nlohmann::json& j, const TawasulContext& value);
void to_json(nlohmann::json& j, const NewTawasulRequest& value);
void to_json(nlohmann::json& j, const TawasulReplyRequest& value);
void to_json(nlohmann::json& j, const AttachmentInfo& value);
void to_json(nlohmann::json& j, const TawasulStatusChange& value);
void to_json(nlohmann::json& j, const TawasulReply& value);
void to_json(nlohmann::json& j, const TawasulSummary& value);
void to_json(nlohmann::json& j, const TawasulRequestDetail& value);
void to_json(nlohmann::json& j, const TawasulPage& value);

std::optional<TawasulPage> read_tawasul_page(const nlohmann::json& body);
std::optional<TawasulRequestDetail> read_tawasul_request(const nlohmann::json& body);

// The server's reading: shape and lengths, base64 decoded; what the files are and how many of what
// size are allowed is the portal's rules' business.
std::optional<NewTawasulRequest> read_new_tawasul_request(const nlohmann::json& body,
                                                          std::vector<FieldError>& errors);
std::optional<TawasulReplyRequest> read_tawasul_reply_request(const nlohmann::json& body,
                                                              std::vector<FieldError>& errors);

}  // namespace muqeem::api

#include "api/tawasul_dto.h"

#include <nlohmann/json.hpp>

#include "api/base64.h"
#include "api/json_fields.h"
#include "api/text_fields.h"

namespace muqeem::api {

using fields::read;
using nlohmann::json;

void to_json(json& j, const AttachmentUpload& value) {
  j = {{"fileName", value.file_name}, {"contentBase64", base64_encode(value.content)}};
}
void to_json(json& j, const TawasulContext& value) {
  j = json::object();
  if (!value.operation.empty()) j["operation"] = value.operation;
  if (!value.problem_type.empty()) j["problemType"] = value.problem_type;
  if (!value.problem_title.empty()) j["problemTitle"] = value.problem_title;
}
void to_json(json& j, const NewTawasulRequest& value) {
  j = {{"category", value.category},
       {"description", value.description},
       {"context", value.context},
       {"attachments", value.attachments}};
}
void to_json(json& j, const TawasulReplyRequest& value) {
  j = {{"text", value.text}, {"attachments", value.attachments}};
}
void to_json(json& j, const AttachmentInfo& value) {
  j = {{"id", value.id},
       {"fileName", value.file_name},
       {"mediaType", value.media_type},
       {"sizeBytes", value.size_bytes}};
}
void to_json(json& j, const TawasulStatusChange& value) {
  j = {{"status", value.status}, {"at", value.at}};
}
void to_json(json& j, const TawasulReply& value) {
  j = {{"author", value.author},
       {"authorName", value.author_name},
       {"text", value.text},
       {"at", value.at},
       {"attachments", value.attachments}};
}
void to_json(json& j, const TawasulSummary& value) {
  j = {{"requestNumber", value.request_number},
       {"category", value.category},
       {"status", value.status},
       {"createdAt", value.created_at},
       {"dueOn", value.due_on},
       {"dueOnHijri", value.due_on_hijri},
       {"overdue", value.overdue}};
}
void to_json(json& j, const TawasulRequestDetail& value) {
  to_json(j, value.summary);
  j["description"] = value.description;
  j["context"] = value.context;
  j["applicant"] = {{"username", value.applicant_username}, {"name", value.applicant_name}};
  j["establishment"] = {{"unifiedNumber", value.establishment_number}, {"name", value.establishment_name}};
  j["attachments"] = value.attachments;
  j["statusHistory"] = value.status_history;
  j["replies"] = value.replies;
}
void to_json(json& j, const TawasulPage& value) {
  j = fields::page_json(value);
}

namespace {

bool read_summary(const json& body, TawasulSummary& value) {
  return read(body, "requestNumber", value.request_number) && read(body, "category", value.category) &&
         read(body, "status", value.status) && read(body, "createdAt", value.created_at) &&
         read(body, "dueOn", value.due_on) && read(body, "dueOnHijri", value.due_on_hijri) &&
         read(body, "overdue", value.overdue);
}

bool read_attachments(const json& body, std::vector<AttachmentInfo>& out) {
  const auto list = body.is_object() ? body.find("attachments") : body.end();
  if (list == body.end() || !list->is_array()) return false;
  for (const auto& item : *list) {
    AttachmentInfo info;
    if (!read(item, "id", info.id) || !read(item, "fileName", info.file_name) ||
        !read(item, "mediaType", info.media_type) || !read(item, "sizeBytes", info.size_bytes))
      return false;
    out.push_back(std::move(info));
  }
  return true;
}

// Context fields are optional strings: absent reads as "", another type is not the contract.
bool read_context(const json& body, TawasulContext& context) {
  const auto found = body.is_object() ? body.find("context") : body.end();
  if (found == body.end() || !found->is_object()) return false;
  for (const auto& [key, out] :
       {std::pair{"operation", &context.operation}, std::pair{"problemType", &context.problem_type},
        std::pair{"problemTitle", &context.problem_title}}) {
    if (found->contains(key) && !read(*found, key, *out)) return false;
  }
  return true;
}

}  // namespace

std::optional<TawasulPage> read_tawasul_page(const json& body) {
  TawasulPage page;
  if (!fields::read_page(body, page, read_summary)) return std::nullopt;
  return page;
}

std::optional<TawasulRequestDetail> read_tawasul_request(const json& body) {
  TawasulRequestDetail value;
  const auto applicant = body.is_object() ? body.find("applicant") : body.end();
  const auto establishment = body.is_object() ? body.find("establishment") : body.end();
  if (!read_summary(body, value.summary) || !read(body, "description", value.description) ||
      !read_context(body, value.context) || applicant == body.end() ||
      !read(*applicant, "username", value.applicant_username) ||
      !read(*applicant, "name", value.applicant_name) || establishment == body.end() ||
      !read(*establishment, "unifiedNumber", value.establishment_number) ||
      !read(*establishment, "name", value.establishment_name) || !read_attachments(body, value.attachments))
    return std::nullopt;
  const auto history = body.find("statusHistory"), replies = body.find("replies");
  if (history == body.end() || !history->is_array() || replies == body.end() || !replies->is_array())
    return std::nullopt;
  for (const auto& item : *history) {
    TawasulStatusChange change;
    if (!read(item, "status", change.status) || !read(item, "at", change.at)) return std::nullopt;
    value.status_history.push_back(std::move(change));
  }
  for (const auto& item : *replies) {
    TawasulReply reply;
    if (!read(item, "author", reply.author) || !read(item, "authorName", reply.author_name) ||
        !read(item, "text", reply.text) || !read(item, "at", reply.at) ||
        !read_attachments(item, reply.attachments))
      return std::nullopt;
    value.replies.push_back(std::move(reply));
  }
  return value;
}

namespace {

constexpr fields::TextRule kContextText{300, /*required=*/false};

// Each attachment: a file name and its content in base64; errors name the item ("attachments[1]...").
std::vector<AttachmentUpload> read_uploads(const json& body, std::vector<FieldError>& errors) {
  std::vector<AttachmentUpload> uploads;
  const auto list = body.find("attachments");
  if (list == body.end() || list->is_null()) return uploads;
  if (!list->is_array()) {
    errors.push_back({"attachments", {"المرفقات قائمة من الملفات", "Attachments must be a list of files"}});
    return uploads;
  }
  for (size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    const std::string at = "attachments[" + std::to_string(i) + "]";
    AttachmentUpload upload;
    upload.file_name = fields::checked_text(item, "fileName", {"اسم الملف", "The file name"}, {120}, errors,
                                            at + ".fileName");
    if (upload.file_name.find_first_of("/\\") != std::string::npos) {
      errors.push_back(
          {at + ".fileName", {"اسم الملف لا يحتوي على / أو \\", "A file name cannot contain / or \\"}});
    }
    std::string encoded;
    const auto decoded = read(item, "contentBase64", encoded) ? base64_decode(encoded) : std::nullopt;
    if (!decoded) {
      errors.push_back(
          {at + ".contentBase64",
           {"محتوى الملف غير مقروء، أعد إرفاقه", "The file's content cannot be read; attach it again"}});
    } else {
      upload.content = std::move(*decoded);
    }
    uploads.push_back(std::move(upload));
  }
  return uploads;
}

}  // namespace

std::optional<NewTawasulRequest> read_new_tawasul_request(const json& body, std::vector<FieldError>& errors) {
  NewTawasulRequest request;
  request.category =
      fields::checked_text(body, "category", {"نوع الطلب", "The request's category"}, {40}, errors);
  request.description = fields::checked_text(body, "description", {"وصف المشكلة", "The description"},
                                             {2000, true, /*multiline=*/true}, errors);
  const auto context = body.find("context");
  if (context != body.end() && !context->is_null()) {
    if (!context->is_object()) {
      errors.push_back({"context", {"سياق الطلب غير صالح", "The request's context is not valid"}});
    } else {
      request.context.operation = fields::checked_text(*context, "operation", {"العملية", "The operation"},
                                                       kContextText, errors, "context.operation");
      request.context.problem_type =
          fields::checked_text(*context, "problemType", {"نوع المشكلة", "The problem's type"}, kContextText,
                               errors, "context.problemType");
      request.context.problem_title =
          fields::checked_text(*context, "problemTitle", {"عنوان المشكلة", "The problem's title"},
                               kContextText, errors, "context.problemTitle");
    }
  }
  request.attachments = read_uploads(body, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

std::optional<TawasulReplyRequest> read_tawasul_reply_request(const json& body,
                                                              std::vector<FieldError>& errors) {
  TawasulReplyRequest request;
  request.text = fields::checked_text(body, "text", {"نص الرد", "The reply"}, {2000, true, true}, errors);
  request.attachments = read_uploads(body, errors);
  if (!errors.empty()) return std::nullopt;
  return request;
}

}  // namespace muqeem::api

#include "portal/tawasul_routes.h"

#include <algorithm>
#include <cctype>

#include "api/tawasul_dto.h"
#include "domain/attachment_check.h"
#include "portal/api_responses.h"
#include "portal/auth/secrets.h"
#include "portal/service_support.h"
#include "portal/store/audit_log.h"
#include "portal/store/tawasul.h"
#include "portal/transaction.h"

namespace muqeem::portal {
namespace {

using nlohmann::json;

constexpr std::string_view kRequests = "/api/v1/tawasul/requests";

api::Coded coded(const store::CodedRow& row) {
  return {row.code, row.ar, row.en};
}

std::vector<api::AttachmentInfo> infos(const std::vector<store::AttachmentRow>& rows) {
  std::vector<api::AttachmentInfo> out;
  for (const auto& row : rows) out.push_back({row.id, row.file_name, row.media_type, row.size_bytes});
  return out;
}

api::TawasulSummary summary_of(const store::SupportRequestRow& row, const domain::CivilDate& today) {
  const auto due = domain::CivilDate::parse(row.due_on);
  const bool open = row.status.code != "processed" && row.status.code != "closed";
  return {row.request_number,
          coded(row.category),
          coded(row.status),
          store::utc_timestamp(row.created_at),
          row.due_on,
          due ? hijri_iso(*due) : "",
          open && due && *due < today};
}

api::TawasulRequestDetail detail_of(const store::SupportRequestFile& file, const domain::CivilDate& today) {
  api::TawasulRequestDetail detail{
      summary_of(file.summary, today),
      file.description,
      {file.context_operation, file.context_problem_type, file.context_problem_title},
      file.applicant_username,
      {file.applicant_ar, file.applicant_en},
      file.establishment_number,
      {file.establishment_ar, file.establishment_en},
      infos(file.attachments),
      {},
      {}};
  for (const auto& change : file.history)
    detail.status_history.push_back({coded(change.status), store::utc_timestamp(change.at)});
  for (const auto& reply : file.replies) {
    detail.replies.push_back({reply.author,
                              {reply.author_ar, reply.author_en},
                              reply.text,
                              store::utc_timestamp(reply.at),
                              infos(reply.attachments)});
  }
  return detail;
}

Response request_not_found() {
  return problem(404, "tawasul-request-not-found",
                 {"لا يوجد طلب تواصل بهذا الرقم في منشأتك",
                  "No Tawasul request with this number in your establishment"});
}

// "2 ميجابايت" / "2 MB" (or KB for a limit under a megabyte).
api::Bilingual size_words(int64_t bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
    const std::string n = std::to_string(bytes / (1024 * 1024));
    return {n + " ميجابايت", n + " MB"};
  }
  const std::string n = std::to_string(std::max<int64_t>(1, bytes / 1024));
  return {n + " كيلوبايت", n + " KB"};
}

// The files as they will be stored, each recognised from its bytes; every file that breaks a rule is
// named in `errors` (a wrong type, too large, a name that says otherwise than its content).
std::vector<store::StoredFile> checked_files(const domain::SupportRules& rules,
                                             const std::vector<api::AttachmentUpload>& uploads,
                                             std::vector<api::FieldError>& errors) {
  std::vector<store::StoredFile> files;
  if (uploads.size() > static_cast<size_t>(rules.max_attachments)) {
    const std::string n = std::to_string(rules.max_attachments);
    errors.push_back({"attachments",
                      {"يمكن إرفاق " + n + " ملفات على الأكثر، احذف ما زاد",
                       "At most " + n + " files can be attached; remove the rest"}});
    return files;
  }
  for (size_t i = 0; i < uploads.size(); ++i) {
    const api::AttachmentUpload& upload = uploads[i];
    const std::string field = "attachments[" + std::to_string(i) + "]";
    const auto verdict = domain::check_attachment(
        rules, upload.file_name, static_cast<int64_t>(upload.content.size()), upload.content);
    if (verdict.problem == domain::AttachmentProblem::TooLarge) {
      const api::Bilingual limit = size_words(rules.max_attachment_bytes);
      errors.push_back(
          {field,
           {"حجم الملف " + upload.file_name + " أكبر من " + limit.ar + "، أرفق ملفًا أصغر",
            "The file " + upload.file_name + " is larger than " + limit.en + "; attach a smaller one"}});
    } else if (verdict.problem == domain::AttachmentProblem::NotAccepted) {
      errors.push_back(
          {field,
           {"نوع الملف " + upload.file_name + " غير مقبول، أرفق ملف PDF أو صورة PNG أو JPEG",
            "The file " + upload.file_name + " is not of an accepted type; attach a PDF, PNG or JPEG"}});
    } else if (verdict.problem == domain::AttachmentProblem::ExtensionMismatch) {
      const std::string type(domain::media_type_of(*verdict.kind));
      errors.push_back(
          {field + ".fileName",
           {"امتداد اسم الملف لا يطابق محتواه (" + type + ")، صحح الاسم",
            "The file name's extension does not match its content (" + type + "); correct the name"}});
    } else {
      files.push_back({upload.file_name, std::string(domain::media_type_of(*verdict.kind)), upload.content});
    }
  }
  return files;
}

// What makes two submissions the same: the files by their digest, so the remembered fingerprint stays small.
json files_fingerprint(const std::vector<api::AttachmentUpload>& uploads) {
  json out = json::array();
  for (const auto& upload : uploads) out.push_back({upload.file_name, auth::digest(upload.content)});
  return out;
}

Response list_requests(PortalServices& services, const Request& request, const auth::Session& session) {
  const std::string status = query_text(request, "status");
  if (!status.empty() && !store::find_lookup(services.db, store::Lookup::TawasulStatuses, status)) {
    return invalid_fields({{"status",
                            {"حالة الطلب غير معروفة، اختر إحدى الحالات المعروضة",
                             "The status is not one of a request's statuses; choose one of those offered"}}});
  }
  const Paging paging = paging_of(request, 100);
  const auto found =
      store::list_support_requests(services.db, session.establishment_id, status, paging.page, paging.size);
  const domain::CivilDate today = riyadh_today(services.now());
  api::TawasulPage page{{}, paging.page, paging.size, found.total_elements};
  for (const auto& row : found.rows) page.content.push_back(summary_of(row, today));
  return json_response(200, page);
}

Response create_request(PortalServices& services, const Request& request, const auth::Session& session) {
  if (!services.rules) return rules_unavailable();
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_new_tawasul_request(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  if (!store::find_lookup(services.db, store::Lookup::TawasulCategories, fields->category))
    errors.push_back(
        {"category", {"اختر نوع الطلب من القائمة", "Choose the request's category from the list"}});
  auto files = checked_files(services.rules->support, fields->attachments, errors);
  if (!errors.empty()) return invalid_fields(std::move(errors));

  const json fingerprint = {{"category", fields->category},
                            {"description", fields->description},
                            {"context", fields->context},
                            {"attachments", files_fingerprint(fields->attachments)}};
  const auto apply = [&]() -> AppliedChange {
    const int64_t now = services.now();
    const domain::CivilDate today = riyadh_today(now);
    const std::string number = store::record_support_request(
        services.db,
        {session.establishment_id, session.user_id, fields->category, fields->description,
         fields->context.operation, fields->context.problem_type, fields->context.problem_title,
         today.plus_days(services.rules->support.target_days).iso(), std::move(files)},
        now);
    const auto stored = store::find_support_request(services.db, session.establishment_id, number);
    if (!stored) throw store::StoreError{"a Tawasul request just stored cannot be read"};
    return {json_response(201, detail_of(*stored, today)), "raised " + number};
  };
  return run_transaction(
      services, request, {session, "tawasul-request", fields->category, fingerprint, ""},
      [] { return std::optional<Response>(); }, apply);
}

Response add_reply(PortalServices& services, const Request& request, const auth::Session& session,
                   const std::string& number) {
  if (!services.rules) return rules_unavailable();
  const auto body = body_of(request);
  if (!body) return malformed();
  std::vector<api::FieldError> errors;
  const auto fields = api::read_tawasul_reply_request(*body, errors);
  if (!fields) return invalid_fields(std::move(errors));
  auto files = checked_files(services.rules->support, fields->attachments, errors);
  if (!errors.empty()) return invalid_fields(std::move(errors));

  std::optional<store::SupportRequestFile> found;
  const auto refusal = [&]() -> std::optional<Response> {
    found = store::find_support_request(services.db, session.establishment_id, number);
    if (!found) return request_not_found();
    const std::string& status = found->summary.status.code;
    if (status == "processed" || status == "closed") {
      return problem(422, "tawasul-request-closed",
                     {"تمت معالجة هذا الطلب أو أُغلق، قدّم طلبًا جديدًا إن احتجت",
                      "This request has been processed or closed; raise a new one if you need to"});
    }
    return std::nullopt;
  };
  const auto apply = [&]() -> AppliedChange {
    const int64_t now = services.now();
    // Answering a request support returned to the applicant sends it back to support.
    const std::string next =
        found->summary.status.code == "returned-to-applicant" ? "returned-by-applicant" : "";
    store::record_reply(services.db, found->summary.id, "applicant", session.user_id, fields->text, files,
                        next, now);
    const auto stored = store::find_support_request(services.db, session.establishment_id, number);
    if (!stored) throw store::StoreError{"a Tawasul request just answered cannot be read"};
    return {json_response(201, detail_of(*stored, riyadh_today(now))), "replied " + number};
  };
  const json fingerprint = {{"requestNumber", number},
                            {"text", fields->text},
                            {"attachments", files_fingerprint(fields->attachments)}};
  return run_transaction(services, request, {session, "tawasul-reply", number, fingerprint, ""}, refusal,
                         apply);
}

// RFC 6266: a plain ASCII name for old clients and the exact UTF-8 name for the rest.
std::string content_disposition(const std::string& file_name) {
  std::string ascii, encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : file_name) {
    ascii.push_back(c < 0x80 && c >= 0x20 && c != '"' && c != '\\' ? static_cast<char>(c) : '_');
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded.push_back(static_cast<char>(c));
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

Response download(PortalServices& services, const auth::Session& session, const std::string& number,
                  const std::string& id) {
  const auto not_found = [] {
    return problem(
        404, "attachment-not-found",
        {"لا يوجد مرفق بهذا الرقم في هذا الطلب", "No attachment with this number in this request"});
  };
  if (id.empty() || id.size() > 12 || id.find_first_not_of("0123456789") != std::string::npos)
    return not_found();
  const auto file = store::find_attachment(services.db, session.establishment_id, number, std::stoll(id));
  if (!file) return not_found();
  Response response;
  response.headers["Content-Type"] = file->media_type;
  response.headers["Content-Disposition"] = content_disposition(file->file_name);
  response.headers["Cache-Control"] = "private, no-store";
  response.body = file->content;
  return response;
}

}  // namespace

std::optional<size_t> attachment_body_limit(const PortalServices& services, const std::string& method,
                                            const std::string& path) {
  if (method != "POST" || path.rfind(kRequests, 0) != 0 || !services.rules) return std::nullopt;
  const std::string rest = path.substr(kRequests.size());
  if (!rest.empty() && !(rest.size() > 9 && rest.substr(rest.size() - 8) == "/replies")) return std::nullopt;
  const domain::SupportRules& rules = services.rules->support;
  // Base64 takes 4 bytes for every 3; the text fields and the JSON around them fit in 64 KiB.
  const auto base64_bytes = static_cast<size_t>((rules.max_attachment_bytes + 2) / 3 * 4);
  return static_cast<size_t>(rules.max_attachments) * base64_bytes + 64 * 1024;
}

std::optional<Response> route_tawasul(PortalServices& services, const Request& request) {
  const std::string& path = request.path;
  if (path.rfind(kRequests, 0) != 0) return std::nullopt;
  const std::string rest = path.substr(kRequests.size());
  if (!rest.empty() && rest[0] != '/') return std::nullopt;
  const bool get = request.method == "GET", post = request.method == "POST";
  const auto session = session_of(services, request);
  if (rest.empty() && (get || post)) {
    if (!session) return unauthorised();
    return get ? list_requests(services, request, *session) : create_request(services, request, *session);
  }
  // /{number}, /{number}/replies, /{number}/attachments/{id}
  const size_t slash = rest.find('/', 1);
  const std::string number = rest.substr(1, slash == std::string::npos ? std::string::npos : slash - 1);
  const std::string tail = slash == std::string::npos ? "" : rest.substr(slash);
  if (number.empty()) return std::nullopt;
  if (tail.empty() && get) {
    if (!session) return unauthorised();
    const auto found = store::find_support_request(services.db, session->establishment_id, number);
    if (!found) return request_not_found();
    return json_response(200, detail_of(*found, riyadh_today(services.now())));
  }
  if (tail == "/replies" && post) {
    if (!session) return unauthorised();
    return add_reply(services, request, *session, number);
  }
  if (tail.rfind("/attachments/", 0) == 0 && get) {
    if (!session) return unauthorised();
    return download(services, *session, number, tail.substr(13));
  }
  return std::nullopt;
}

}  // namespace muqeem::portal

#include "api/portal_client.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>
#include <type_traits>

namespace muqeem::api {
namespace {

std::string percent_encode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

template <typename T>
std::optional<T> decode(const nlohmann::json& body);
template <>
std::optional<ConfigResponse> decode(const nlohmann::json& body) {
  return read_config(body);
}
template <>
std::optional<CaptchaResponse> decode(const nlohmann::json& body) {
  return read_captcha(body);
}
template <>
std::optional<CodeChallengeResponse> decode(const nlohmann::json& body) {
  return read_code_challenge(body);
}
template <>
std::optional<SessionResponse> decode(const nlohmann::json& body) {
  return read_session(body);
}
template <>
std::optional<SessionExpiry> decode(const nlohmann::json& body) {
  return read_session_expiry(body);
}
template <>
std::optional<ResidentFile> decode(const nlohmann::json& body) {
  return read_resident_file(body);
}
template <>
std::optional<std::vector<Coded>> decode(const nlohmann::json& body) {
  return read_lookup(body);
}
template <>
std::optional<ResidentPage> decode(const nlohmann::json& body) {
  return read_resident_page(body);
}
template <>
std::optional<EstablishmentProfile> decode(const nlohmann::json& body) {
  return read_establishment(body);
}
template <>
std::optional<SecurityCodeResponse> decode(const nlohmann::json& body) {
  return read_security_code_response(body);
}
template <>
std::optional<RenewalQuote> decode(const nlohmann::json& body) {
  return read_renewal_quote(body);
}
template <>
std::optional<RenewalBatchQuote> decode(const nlohmann::json& body) {
  return read_renewal_batch_quote(body);
}
template <>
std::optional<RenewalBatchState> decode(const nlohmann::json& body) {
  return read_renewal_batch_state(body);
}
template <>
std::optional<RenewalResult> decode(const nlohmann::json& body) {
  return read_renewal_result(body);
}

template <>
std::optional<RenewalDocument> decode(const nlohmann::json& body) {
  return read_renewal_document(body);
}
template <>
std::optional<VerifiedDocument> decode(const nlohmann::json& body) {
  return read_verified_document(body);
}
template <>
std::optional<ResidentReport> decode(const nlohmann::json& body) {
  return read_resident_report(body);
}
template <>
std::optional<ReportPage> decode(const nlohmann::json& body) {
  return read_report_page(body);
}
template <>
std::optional<DemoOutbox> decode(const nlohmann::json& body) {
  return read_demo_outbox(body);
}

template <>
std::optional<TawasulPage> decode(const nlohmann::json& body) {
  return read_tawasul_page(body);
}
template <>
std::optional<TawasulRequestDetail> decode(const nlohmann::json& body) {
  return read_tawasul_request(body);
}
template <>
std::optional<UserPage> decode(const nlohmann::json& body) {
  return read_user_page(body);
}
template <>
std::optional<UserSummary> decode(const nlohmann::json& body) {
  return read_user(body);
}
template <>
std::optional<VerifiedPerson> decode(const nlohmann::json& body) {
  return read_verified_person(body);
}
template <>
std::optional<ActivatedUser> decode(const nlohmann::json& body) {
  return read_activated_user(body);
}
template <>
std::optional<SubscriptionReceipt> decode(const nlohmann::json& body) {
  return read_subscription_receipt(body);
}
template <>
std::optional<RegistrationChallenge> decode(const nlohmann::json& body) {
  return read_registration_challenge(body);
}
template <>
std::optional<RegistrationReceipt> decode(const nlohmann::json& body) {
  return read_registration_receipt(body);
}

// /reports/{report}?... with the query's sort, dates and filters; paging added by the caller.
std::string report_target(const std::string& base, const ReportQuery& query) {
  std::string target = base + "/reports/" + percent_encode(query.report) + "?";
  std::vector<std::pair<std::string, std::string>> params = query.filters;
  if (!query.sort.empty()) params.emplace_back("sort", query.sort);
  if (!query.from.empty()) params.emplace_back("from", query.from);
  if (!query.to.empty()) params.emplace_back("to", query.to);
  for (const auto& [name, value] : params) target += percent_encode(name) + "=" + percent_encode(value) + "&";
  return target;
}

template <>
std::optional<NewArrivalPage> decode(const nlohmann::json& body) {
  return read_new_arrival_page(body);
}
template <>
std::optional<IssueQuote> decode(const nlohmann::json& body) {
  return read_issue_quote(body);
}
template <>
std::optional<IssueResult> decode(const nlohmann::json& body) {
  return read_issue_result(body);
}
template <>
std::optional<OccupationChangeQuote> decode(const nlohmann::json& body) {
  return read_occupation_change_quote(body);
}
template <>
std::optional<OccupationChangeResult> decode(const nlohmann::json& body) {
  return read_occupation_change_result(body);
}
template <>
std::optional<TransferQuote> decode(const nlohmann::json& body) {
  return read_transfer_quote(body);
}
template <>
std::optional<ServiceTransfer> decode(const nlohmann::json& body) {
  return read_service_transfer(body);
}
template <>
std::optional<ServiceTransferPage> decode(const nlohmann::json& body) {
  return read_service_transfer_page(body);
}
template <>
std::optional<PassportUpdateResult> decode(const nlohmann::json& body) {
  return read_passport_update_result(body);
}
template <>
std::optional<VisaQuote> decode(const nlohmann::json& body) {
  return read_visa_quote(body);
}
template <>
std::optional<VisaResult> decode(const nlohmann::json& body) {
  return read_visa_result(body);
}
template <>
std::optional<VisaPage> decode(const nlohmann::json& body) {
  return read_visa_page(body);
}
template <>
std::optional<VisaDetails> decode(const nlohmann::json& body) {
  return read_visa(body);
}
template <>
std::optional<VisaDocument> decode(const nlohmann::json& body) {
  return read_visa_document(body);
}
template <>
std::optional<VisaValidity> decode(const nlohmann::json& body) {
  return read_visa_validity(body);
}

// Seconds since the epoch, as the Session-Expires-At header writes them; nullopt for anything else.
std::optional<int64_t> epoch_seconds(const std::string& text) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value <= 0)
    return std::nullopt;
  return value;
}

// A request that can be sent again without doing anything twice: a read, or a state change the server
// recognises by its Idempotency-Key and answers a second time with its first result.
bool repeatable(const HttpRequest& request) {
  if (request.method == "GET") return true;
  return std::any_of(request.headers.begin(), request.headers.end(),
                     [](const auto& header) { return header.first == "Idempotency-Key"; });
}

HttpRequest post_json(const std::string& target, const nlohmann::json& body) {
  HttpRequest request{"POST", target, {{"Content-Type", "application/json"}}, body.dump()};
  return request;
}

// A state change: JSON, with the Idempotency-Key the caller made once for the transaction.
// Files take longer to send than a form: a few megabytes over a slow link.
constexpr int kUploadTimeoutMs = 120000;

HttpRequest transaction(const std::string& target, const nlohmann::json& body, const std::string& key) {
  HttpRequest request = post_json(target, body);
  request.headers.emplace_back("Idempotency-Key", key);
  return request;
}

}  // namespace

PortalClient::PortalClient(Transport& transport, std::string base)
    : transport_(transport), base_(std::move(base)) {}

void PortalClient::send(HttpRequest request, int retries, std::function<void(TransportResult)> done) {
  if (retries == 0 || !repeatable(request)) {
    transport_.send(std::move(request), std::move(done));
    return;
  }
  HttpRequest again = request;
  transport_.send(std::move(request), [this, again = std::move(again), retries,
                                       done = std::move(done)](TransportResult result) mutable {
    // Only a connection that failed: a timeout has already made the officer wait its full length, and
    // the screen offers a retry of its own.
    if (!result && result.error() == TransportError::Network) {
      send(std::move(again), retries - 1, std::move(done));
      return;
    }
    done(std::move(result));
  });
}

template <typename T>
void PortalClient::call(HttpRequest request, bool needs_session, Reply<T> reply) {
  request.headers.emplace_back("Accept", "application/json");
  if (browser_session_) request.headers.emplace_back("X-Muqeem-Client", "web");
  if (needs_session && !token_.empty()) request.headers.emplace_back("Authorization", "Bearer " + token_);
  send(std::move(request), kRetriesAfterNetworkFailure,
       [this, needs_session, reply = std::move(reply)](TransportResult result) {
         if (!result) {
           const auto kind = result.error() == TransportError::Timeout     ? ApiError::Kind::Timeout
                             : result.error() == TransportError::Cancelled ? ApiError::Kind::Cancelled
                                                                           : ApiError::Kind::Network;
           reply(ApiError{kind});
           return;
         }
         const HttpResponse& response = *result;
         if (signed_in_) {
           if (const auto expiry = epoch_seconds(response.header("Session-Expires-At")))
             session_expires_at_ = expiry;
         }
         const auto body = nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
         if (response.status >= 400) {
           ApiError error{ApiError::Kind::Problem, response.status, read_problem(body)};
           if (const std::string wait = response.header("Retry-After");
               !wait.empty() && wait.size() <= 9 && wait.find_first_not_of("0123456789") == std::string::npos)
             error.retry_after_seconds = std::stoll(wait);
           if (response.status == 401 && needs_session) {
             error.kind = ApiError::Kind::SessionExpired;
             token_.clear();
             signed_in_ = false;
             session_expires_at_.reset();
             if (on_session_expired) on_session_expired();
           } else if (!error.problem) {
             error.kind = ApiError::Kind::Decode;  // an error page from a proxy, not the portal's problem
           }
           reply(std::move(error));
           return;
         }
         if constexpr (std::is_same_v<T, std::string>) {  // an export: the text as it came
           reply(response.body);
         } else if constexpr (std::is_same_v<T, DownloadedFile>) {  // an attachment: its bytes as they came
           reply(DownloadedFile{response.content_type, response.body});
         } else {
           auto value = decode<T>(body);
           if (!value) {
             reply(ApiError{ApiError::Kind::Decode, response.status});
             return;
           }
           reply(std::move(*value));
         }
       });
}

void PortalClient::config(Reply<ConfigResponse> reply) {
  call(HttpRequest{"GET", base_ + "/config", {}, ""}, false, std::move(reply));
}

void PortalClient::new_captcha(Reply<CaptchaResponse> reply) {
  call(post_json(base_ + "/auth/captcha", nlohmann::json::object()), false, std::move(reply));
}

void PortalClient::sign_in(const SignInRequest& request, Reply<CodeChallengeResponse> reply) {
  call(post_json(base_ + "/auth/sign-in", request), false, std::move(reply));
}

void PortalClient::verify_code(const VerifyCodeRequest& request, Reply<SessionResponse> reply) {
  call<SessionResponse>(post_json(base_ + "/auth/verify-code", request), false,
                        [this, reply = std::move(reply)](domain::Result<SessionResponse, ApiError> result) {
                          if (result) {
                            token_ = result->token;  // empty for the browser: it has a cookie
                            signed_in_ = true;
                            session_expires_at_ = result->expires_at;
                          }
                          reply(std::move(result));
                        });
}

void PortalClient::resend_code(const ResendCodeRequest& request, Reply<CodeChallengeResponse> reply) {
  call(post_json(base_ + "/auth/resend-code", request), false, std::move(reply));
}

void PortalClient::extend_session(Reply<SessionResponse> reply) {
  call<SessionExpiry>(post_json(base_ + "/auth/session/extend", nlohmann::json::object()), true,
                      [this, reply = std::move(reply)](domain::Result<SessionExpiry, ApiError> result) {
                        if (!result) {
                          reply(result.error());
                          return;
                        }
                        session_expires_at_ = result->expires_at;
                        if (on_session_extended) on_session_extended(result->expires_at);
                        reply(SessionResponse{token_, result->expires_at});
                      });
}

void PortalClient::resume_session(Reply<SessionExpiry> reply) {
  call<SessionExpiry>(HttpRequest{"GET", base_ + "/auth/session", {}, ""}, false,
                      [this, reply = std::move(reply)](domain::Result<SessionExpiry, ApiError> result) {
                        if (result) {
                          signed_in_ = true;
                          session_expires_at_ = result->expires_at;
                        }
                        reply(std::move(result));
                      });
}

void PortalClient::forget_session() {
  token_.clear();
  signed_in_ = false;
  session_expires_at_.reset();
}

void PortalClient::session_extended_elsewhere(int64_t expires_at) {
  if (signed_in_) session_expires_at_ = expires_at;
}

void PortalClient::sign_out(std::function<void()> done) {
  HttpRequest request = post_json(base_ + "/auth/sign-out", nlohmann::json::object());
  if (browser_session_)
    request.headers.emplace_back("X-Muqeem-Client", "web");  // the server clears the cookie
  if (!token_.empty()) request.headers.emplace_back("Authorization", "Bearer " + token_);
  forget_session();  // at once, whatever the network does
  transport_.send(std::move(request), [done = std::move(done)](TransportResult) {
    if (done) done();
  });
}

void PortalClient::residents(const ResidentsQuery& query, Reply<ResidentPage> reply) {
  std::string target =
      base_ + "/residents?page=" + std::to_string(query.page) + "&size=" + std::to_string(query.size);
  if (!query.text.empty()) target += "&query=" + percent_encode(query.text);
  if (!query.nationality.empty()) target += "&nationality=" + percent_encode(query.nationality);
  if (query.expiring_within_days)
    target += "&expiringWithinDays=" + std::to_string(*query.expiring_within_days);
  if (!query.status.empty()) target += "&status=" + percent_encode(query.status);
  if (!query.sort.empty()) target += "&sort=" + percent_encode(query.sort);
  call(HttpRequest{"GET", target, {}, ""}, true, std::move(reply));
}

void PortalClient::resident_file(const std::string& iqama_number, Reply<ResidentFile> reply) {
  call(HttpRequest{"GET", base_ + "/residents/" + percent_encode(iqama_number), {}, ""}, true,
       std::move(reply));
}

void PortalClient::establishment(Reply<EstablishmentProfile> reply) {
  call(HttpRequest{"GET", base_ + "/establishment", {}, ""}, true, std::move(reply));
}

void PortalClient::nationalities(Reply<std::vector<Coded>> reply) {
  call(HttpRequest{"GET", base_ + "/lookups/nationalities", {}, ""}, true, std::move(reply));
}

void PortalClient::request_security_code(const SecurityCodeRequest& request,
                                         Reply<SecurityCodeResponse> reply) {
  call(post_json(base_ + "/auth/security-code", request), true, std::move(reply));
}

void PortalClient::quote_renewal(const RenewalRequest& request, Reply<RenewalQuote> reply) {
  call(post_json(base_ + "/iqama-renewals/quote", request), true, std::move(reply));
}

void PortalClient::renew_iqama(const RenewalRequest& request, const std::string& idempotency_key,
                               Reply<RenewalResult> reply) {
  call(transaction(base_ + "/iqama-renewals", request, idempotency_key), true, std::move(reply));
}

void PortalClient::quote_renewal_batch(const RenewalBatchRequest& request, Reply<RenewalBatchQuote> reply) {
  call(post_json(base_ + "/iqama-renewals/batches/quote", request), true, std::move(reply));
}

void PortalClient::create_renewal_batch(const RenewalBatchRequest& request,
                                        const std::string& idempotency_key, Reply<RenewalBatchState> reply) {
  call(transaction(base_ + "/iqama-renewals/batches", request, idempotency_key), true, std::move(reply));
}

void PortalClient::continue_renewal_batch(int64_t batch_id, Reply<RenewalBatchState> reply) {
  call(
      HttpRequest{
          "POST", base_ + "/iqama-renewals/batches/" + std::to_string(batch_id) + "/continue", {}, ""},
      true, std::move(reply));
}

void PortalClient::renewal_batch(int64_t batch_id, Reply<RenewalBatchState> reply) {
  call(HttpRequest{"GET", base_ + "/iqama-renewals/batches/" + std::to_string(batch_id), {}, ""}, true,
       std::move(reply));
}

void PortalClient::renewal_document(const std::string& request_number, Reply<RenewalDocument> reply) {
  call(HttpRequest{"GET", base_ + "/iqama-renewals/" + percent_encode(request_number), {}, ""}, true,
       std::move(reply));
}

void PortalClient::issue_resident_report(const ResidentReportRequest& request,
                                         const std::string& idempotency_key, Reply<ResidentReport> reply) {
  HttpRequest http = post_json(base_ + "/resident-reports", request);
  http.headers.emplace_back("Idempotency-Key", idempotency_key);
  call(std::move(http), true, std::move(reply));
}

void PortalClient::resident_report(const std::string& report_number, Reply<ResidentReport> reply) {
  call(HttpRequest{"GET", base_ + "/resident-reports/" + percent_encode(report_number), {}, ""}, true,
       std::move(reply));
}

void PortalClient::report(const ReportQuery& query, Reply<ReportPage> reply) {
  const std::string target = report_target(base_, query) + "page=" + std::to_string(query.page) +
                             "&size=" + std::to_string(query.size);
  call(HttpRequest{"GET", target, {}, ""}, true, std::move(reply));
}

void PortalClient::report_csv(const ReportQuery& query, bool arabic, Reply<std::string> reply) {
  const std::string target = report_target(base_, query) + "format=csv&lang=" + (arabic ? "ar" : "en");
  call(HttpRequest{"GET", target, {}, ""}, true, std::move(reply));
}

void PortalClient::verify_document(const std::string& code, Reply<VerifiedDocument> reply) {
  call(HttpRequest{"GET", base_ + "/public/verifications/" + percent_encode(code), {}, ""}, false,
       std::move(reply));
}

void PortalClient::occupations(Reply<std::vector<Coded>> reply) {
  call(HttpRequest{"GET", base_ + "/lookups/occupations", {}, ""}, true, std::move(reply));
}

void PortalClient::new_arrivals(int page, int size, Reply<NewArrivalPage> reply) {
  call(HttpRequest{"GET",
                   base_ + "/new-arrivals?page=" + std::to_string(page) + "&size=" + std::to_string(size),
                   {},
                   ""},
       true, std::move(reply));
}

void PortalClient::quote_iqama_issue(const IssueRequest& request, Reply<IssueQuote> reply) {
  call(post_json(base_ + "/iqama-issues/quote", request), true, std::move(reply));
}

void PortalClient::issue_iqama(const IssueRequest& request, const std::string& idempotency_key,
                               Reply<IssueResult> reply) {
  call(transaction(base_ + "/iqama-issues", request, idempotency_key), true, std::move(reply));
}

void PortalClient::quote_occupation_change(const OccupationChangeRequest& request,
                                           Reply<OccupationChangeQuote> reply) {
  call(post_json(base_ + "/occupation-changes/quote", request), true, std::move(reply));
}

void PortalClient::change_occupation(const OccupationChangeRequest& request,
                                     const std::string& idempotency_key,
                                     Reply<OccupationChangeResult> reply) {
  call(transaction(base_ + "/occupation-changes", request, idempotency_key), true, std::move(reply));
}

void PortalClient::quote_service_transfer(const TransferRequest& request, Reply<TransferQuote> reply) {
  call(post_json(base_ + "/service-transfers/quote", request), true, std::move(reply));
}

void PortalClient::request_service_transfer(const TransferRequest& request,
                                            const std::string& idempotency_key,
                                            Reply<ServiceTransfer> reply) {
  call(transaction(base_ + "/service-transfers", request, idempotency_key), true, std::move(reply));
}

void PortalClient::service_transfers(const ServiceTransfersQuery& query, Reply<ServiceTransferPage> reply) {
  std::string target = base_ + "/service-transfers?direction=" + percent_encode(query.direction) +
                       "&page=" + std::to_string(query.page) + "&size=" + std::to_string(query.size);
  if (!query.status.empty()) target += "&status=" + percent_encode(query.status);
  call(HttpRequest{"GET", target, {}, ""}, true, std::move(reply));
}

void PortalClient::service_transfer(const std::string& request_number, Reply<ServiceTransfer> reply) {
  call(HttpRequest{"GET", base_ + "/service-transfers/" + percent_encode(request_number), {}, ""}, true,
       std::move(reply));
}

void PortalClient::accept_service_transfer(const std::string& request_number,
                                           const TransferDecision& decision,
                                           const std::string& idempotency_key, Reply<ServiceTransfer> reply) {
  call(transaction(base_ + "/service-transfers/" + percent_encode(request_number) + "/accept", decision,
                   idempotency_key),
       true, std::move(reply));
}

void PortalClient::decline_service_transfer(const std::string& request_number,
                                            const TransferDecision& decision,
                                            const std::string& idempotency_key,
                                            Reply<ServiceTransfer> reply) {
  call(transaction(base_ + "/service-transfers/" + percent_encode(request_number) + "/decline", decision,
                   idempotency_key),
       true, std::move(reply));
}

void PortalClient::update_passport(const PassportUpdateRequest& request, const std::string& idempotency_key,
                                   Reply<PassportUpdateResult> reply) {
  call(transaction(base_ + "/passport-updates", request, idempotency_key), true, std::move(reply));
}

void PortalClient::quote_exit_reentry(const ExitReentryRequest& request, Reply<VisaQuote> reply) {
  call(post_json(base_ + "/exit-reentry-visas/quote", request), true, std::move(reply));
}

void PortalClient::issue_exit_reentry(const ExitReentryRequest& request, const std::string& idempotency_key,
                                      Reply<VisaResult> reply) {
  call(transaction(base_ + "/exit-reentry-visas", request, idempotency_key), true, std::move(reply));
}

void PortalClient::quote_extension(const std::string& visa_number, const ExtensionRequest& request,
                                   Reply<VisaQuote> reply) {
  call(post_json(base_ + "/visas/" + percent_encode(visa_number) + "/extension/quote", request), true,
       std::move(reply));
}

void PortalClient::extend_visa(const std::string& visa_number, const ExtensionRequest& request,
                               const std::string& idempotency_key, Reply<VisaResult> reply) {
  call(transaction(base_ + "/visas/" + percent_encode(visa_number) + "/extension", request, idempotency_key),
       true, std::move(reply));
}

void PortalClient::quote_final_exit(const FinalExitRequest& request, Reply<VisaQuote> reply) {
  call(post_json(base_ + "/final-exits/quote", request), true, std::move(reply));
}

void PortalClient::issue_final_exit(const FinalExitRequest& request, const std::string& idempotency_key,
                                    Reply<VisaResult> reply) {
  call(transaction(base_ + "/final-exits", request, idempotency_key), true, std::move(reply));
}

void PortalClient::quote_cancellation(const std::string& visa_number, Reply<VisaQuote> reply) {
  call(post_json(base_ + "/visas/" + percent_encode(visa_number) + "/cancellation/quote",
                 nlohmann::json::object()),
       true, std::move(reply));
}

void PortalClient::cancel_visa(const std::string& visa_number, const CancellationRequest& request,
                               const std::string& idempotency_key, Reply<VisaResult> reply) {
  call(transaction(base_ + "/visas/" + percent_encode(visa_number) + "/cancellation", request,
                   idempotency_key),
       true, std::move(reply));
}

void PortalClient::visas(const VisasQuery& query, Reply<VisaPage> reply) {
  std::string target =
      base_ + "/visas?page=" + std::to_string(query.page) + "&size=" + std::to_string(query.size);
  if (!query.iqama_number.empty()) target += "&iqamaNumber=" + percent_encode(query.iqama_number);
  if (!query.type.empty()) target += "&type=" + percent_encode(query.type);
  call(HttpRequest{"GET", target, {}, ""}, true, std::move(reply));
}

void PortalClient::visa(const std::string& visa_number, Reply<VisaDetails> reply) {
  call(HttpRequest{"GET", base_ + "/visas/" + percent_encode(visa_number), {}, ""}, true, std::move(reply));
}

void PortalClient::visa_document(const std::string& visa_number, Reply<VisaDocument> reply) {
  call(HttpRequest{"GET", base_ + "/visas/" + percent_encode(visa_number) + "/document", {}, ""}, true,
       std::move(reply));
}

void PortalClient::visa_validity(const VisaValidityRequest& request, Reply<VisaValidity> reply) {
  call(post_json(base_ + "/public/visa-validity", request), false, std::move(reply));
}

void PortalClient::demo_outbox(Reply<DemoOutbox> reply) {
  call(HttpRequest{"GET", base_ + "/demo/outbox", {}, ""}, false, std::move(reply));
}

void PortalClient::lookup(const std::string& name, Reply<std::vector<Coded>> reply) {
  call(HttpRequest{"GET", base_ + "/lookups/" + percent_encode(name), {}, ""}, false, std::move(reply));
}

void PortalClient::cities(Reply<std::vector<Coded>> reply) {
  lookup("cities", std::move(reply));
}

void PortalClient::tawasul_requests(const TawasulQuery& query, Reply<TawasulPage> reply) {
  std::string target =
      base_ + "/tawasul/requests?page=" + std::to_string(query.page) + "&size=" + std::to_string(query.size);
  if (!query.status.empty()) target += "&status=" + percent_encode(query.status);
  call(HttpRequest{"GET", target, {}, ""}, true, std::move(reply));
}

void PortalClient::tawasul_request(const std::string& request_number, Reply<TawasulRequestDetail> reply) {
  call(HttpRequest{"GET", base_ + "/tawasul/requests/" + percent_encode(request_number), {}, ""}, true,
       std::move(reply));
}

void PortalClient::raise_tawasul_request(const NewTawasulRequest& request, const std::string& idempotency_key,
                                         Reply<TawasulRequestDetail> reply, UploadProgress progress) {
  HttpRequest http = transaction(base_ + "/tawasul/requests", request, idempotency_key);
  http.upload_progress = std::move(progress);
  if (!request.attachments.empty()) http.timeout_ms = kUploadTimeoutMs;
  call(std::move(http), true, std::move(reply));
}

void PortalClient::reply_to_tawasul_request(const std::string& request_number,
                                            const TawasulReplyRequest& request,
                                            const std::string& idempotency_key,
                                            Reply<TawasulRequestDetail> reply, UploadProgress progress) {
  HttpRequest http = transaction(base_ + "/tawasul/requests/" + percent_encode(request_number) + "/replies",
                                 request, idempotency_key);
  http.upload_progress = std::move(progress);
  if (!request.attachments.empty()) http.timeout_ms = kUploadTimeoutMs;
  call(std::move(http), true, std::move(reply));
}

void PortalClient::tawasul_attachment(const std::string& request_number, int64_t attachment_id,
                                      Reply<DownloadedFile> reply) {
  call(HttpRequest{"GET",
                   base_ + "/tawasul/requests/" + percent_encode(request_number) + "/attachments/" +
                       std::to_string(attachment_id),
                   {},
                   ""},
       true, std::move(reply));
}

void PortalClient::users(int page, int size, Reply<UserPage> reply) {
  call(
      HttpRequest{
          "GET", base_ + "/users?page=" + std::to_string(page) + "&size=" + std::to_string(size), {}, ""},
      true, std::move(reply));
}

void PortalClient::verify_person(const PersonCheck& check, Reply<VerifiedPerson> reply) {
  call(post_json(base_ + "/users/verification", check), true, std::move(reply));
}

void PortalClient::add_user(const NewUser& user, const std::string& idempotency_key,
                            Reply<UserSummary> reply) {
  call(transaction(base_ + "/users", user, idempotency_key), true, std::move(reply));
}

void PortalClient::set_user_permissions(const std::string& username, const PermissionsUpdate& update,
                                        const std::string& idempotency_key, Reply<UserSummary> reply) {
  HttpRequest request =
      transaction(base_ + "/users/" + percent_encode(username) + "/permissions", update, idempotency_key);
  request.method = "PUT";
  call(std::move(request), true, std::move(reply));
}

void PortalClient::activate_user(const UserActivation& activation, Reply<ActivatedUser> reply) {
  call(post_json(base_ + "/public/user-activations", activation), false, std::move(reply));
}

void PortalClient::request_subscription(const SubscriptionRequest& request,
                                        Reply<SubscriptionReceipt> reply) {
  call(post_json(base_ + "/public/subscription-requests", request), false, std::move(reply));
}

void PortalClient::start_registration(const RegistrationStart& request, Reply<RegistrationChallenge> reply) {
  call(post_json(base_ + "/public/registrations", request), false, std::move(reply));
}

void PortalClient::confirm_registration(const std::string& registration_id,
                                        const RegistrationConfirmation& confirmation,
                                        Reply<RegistrationReceipt> reply) {
  call(post_json(base_ + "/public/registrations/" + percent_encode(registration_id) + "/confirmation",
                 confirmation),
       false, std::move(reply));
}

}  // namespace muqeem::api

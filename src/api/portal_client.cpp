#include "api/portal_client.h"

#include "api/portal_requests.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>
#include <type_traits>

namespace muqeem::api {
namespace {

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

}  // namespace

namespace detail {

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

HttpRequest get(const std::string& target) {
  return HttpRequest{"GET", target, {}, ""};
}

std::string paged(const std::string& path, int page, int size) {
  return path + "?page=" + std::to_string(page) + "&size=" + std::to_string(size);
}

HttpRequest post_json(const std::string& target, const nlohmann::json& body) {
  HttpRequest request{"POST", target, {{"Content-Type", "application/json"}}, body.dump()};
  return request;
}

HttpRequest transaction(const std::string& target, const nlohmann::json& body, const std::string& key) {
  HttpRequest request = post_json(target, body);
  request.headers.emplace_back("Idempotency-Key", key);
  return request;
}

}  // namespace detail

using detail::get;
using detail::post_json;

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
  call(get(base_ + "/config"), false, std::move(reply));
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
  call<SessionExpiry>(get(base_ + "/auth/session"), false,
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

// The services' and support's requests (portal_client_services.cpp, portal_client_support.cpp) use
// call<T> for these answers; it is made here, beside the decoders.
template void PortalClient::call<ActivatedUser>(HttpRequest, bool, Reply<ActivatedUser>);
template void PortalClient::call<DemoOutbox>(HttpRequest, bool, Reply<DemoOutbox>);
template void PortalClient::call<DownloadedFile>(HttpRequest, bool, Reply<DownloadedFile>);
template void PortalClient::call<EstablishmentProfile>(HttpRequest, bool, Reply<EstablishmentProfile>);
template void PortalClient::call<IssueQuote>(HttpRequest, bool, Reply<IssueQuote>);
template void PortalClient::call<IssueResult>(HttpRequest, bool, Reply<IssueResult>);
template void PortalClient::call<NewArrivalPage>(HttpRequest, bool, Reply<NewArrivalPage>);
template void PortalClient::call<OccupationChangeQuote>(HttpRequest, bool, Reply<OccupationChangeQuote>);
template void PortalClient::call<OccupationChangeResult>(HttpRequest, bool, Reply<OccupationChangeResult>);
template void PortalClient::call<PassportUpdateResult>(HttpRequest, bool, Reply<PassportUpdateResult>);
template void PortalClient::call<RegistrationChallenge>(HttpRequest, bool, Reply<RegistrationChallenge>);
template void PortalClient::call<RegistrationReceipt>(HttpRequest, bool, Reply<RegistrationReceipt>);
template void PortalClient::call<RenewalBatchQuote>(HttpRequest, bool, Reply<RenewalBatchQuote>);
template void PortalClient::call<RenewalBatchState>(HttpRequest, bool, Reply<RenewalBatchState>);
template void PortalClient::call<RenewalDocument>(HttpRequest, bool, Reply<RenewalDocument>);
template void PortalClient::call<RenewalQuote>(HttpRequest, bool, Reply<RenewalQuote>);
template void PortalClient::call<RenewalResult>(HttpRequest, bool, Reply<RenewalResult>);
template void PortalClient::call<ReportPage>(HttpRequest, bool, Reply<ReportPage>);
template void PortalClient::call<ResidentFile>(HttpRequest, bool, Reply<ResidentFile>);
template void PortalClient::call<ResidentPage>(HttpRequest, bool, Reply<ResidentPage>);
template void PortalClient::call<ResidentReport>(HttpRequest, bool, Reply<ResidentReport>);
template void PortalClient::call<SecurityCodeResponse>(HttpRequest, bool, Reply<SecurityCodeResponse>);
template void PortalClient::call<ServiceTransfer>(HttpRequest, bool, Reply<ServiceTransfer>);
template void PortalClient::call<ServiceTransferPage>(HttpRequest, bool, Reply<ServiceTransferPage>);
template void PortalClient::call<SubscriptionReceipt>(HttpRequest, bool, Reply<SubscriptionReceipt>);
template void PortalClient::call<TawasulPage>(HttpRequest, bool, Reply<TawasulPage>);
template void PortalClient::call<TawasulRequestDetail>(HttpRequest, bool, Reply<TawasulRequestDetail>);
template void PortalClient::call<TransferQuote>(HttpRequest, bool, Reply<TransferQuote>);
template void PortalClient::call<UserPage>(HttpRequest, bool, Reply<UserPage>);
template void PortalClient::call<UserSummary>(HttpRequest, bool, Reply<UserSummary>);
template void PortalClient::call<VerifiedDocument>(HttpRequest, bool, Reply<VerifiedDocument>);
template void PortalClient::call<VerifiedPerson>(HttpRequest, bool, Reply<VerifiedPerson>);
template void PortalClient::call<VisaDetails>(HttpRequest, bool, Reply<VisaDetails>);
template void PortalClient::call<VisaDocument>(HttpRequest, bool, Reply<VisaDocument>);
template void PortalClient::call<VisaPage>(HttpRequest, bool, Reply<VisaPage>);
template void PortalClient::call<VisaQuote>(HttpRequest, bool, Reply<VisaQuote>);
template void PortalClient::call<VisaResult>(HttpRequest, bool, Reply<VisaResult>);
template void PortalClient::call<VisaValidity>(HttpRequest, bool, Reply<VisaValidity>);
template void PortalClient::call<std::string>(HttpRequest, bool, Reply<std::string>);
template void PortalClient::call<std::vector<Coded>>(HttpRequest, bool, Reply<std::vector<Coded>>);

}  // namespace muqeem::api

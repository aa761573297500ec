#pragma once
// The typed client of the portal API: one function per operation, every failure a typed error the UI
// can put into words (network, timeout, a problem with its field errors, an answer it cannot read).
// A request that is safe to repeat (a read, or a state change with an Idempotency-Key) is sent once
// more when the connection fails; nothing else is ever sent twice.
// The session token lives in this object's memory only, never in storage.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "api/demo_dto.h"
#include "api/document_dto.h"
#include "api/dto.h"
#include "api/establishment_dto.h"
#include "api/iqama_issue_dto.h"
#include "api/iqama_renewal_dto.h"
#include "api/occupation_change_dto.h"
#include "api/passport_update_dto.h"
#include "api/public_request_dto.h"
#include "api/renewal_batch_dto.h"
#include "api/report_dto.h"
#include "api/resident_file_dto.h"
#include "api/resident_report_dto.h"
#include "api/service_transfer_dto.h"
#include "api/tawasul_dto.h"
#include "api/transport.h"
#include "api/user_dto.h"
#include "api/visa_dto.h"
#include "api/visa_inquiry_dto.h"

namespace muqeem::api {

struct ApiError {
  enum class Kind { Network, Timeout, Cancelled, Problem, Decode, SessionExpired };
  Kind kind = Kind::Network;
  int status = 0;
  std::optional<Problem> problem;  // with Kind::Problem (and SessionExpired, when the server sent one)
  // A 429's Retry-After: how many seconds until the server takes the request again.
  std::optional<int64_t> retry_after_seconds;
};

template <typename T>
using Reply = std::function<void(domain::Result<T, ApiError>)>;

struct ResidentsQuery {
  std::string text;
  std::string nationality;
  std::optional<int> expiring_within_days;
  // "expired" (iqama expiry before today) or "valid" (today or later); "" for both. "valid" with
  // expiring_within_days is what the dashboard's "expiring within N days" counts.
  std::string status;
  std::string sort;  // "iqamaExpiry,desc"
  int page = 0;
  int size = 20;
};

// One report (GET /reports/{report}): its name, paging, sort ("paidOn,desc"), date range (ISO, both
// ends included; "" for none) and its own filters by name, e.g. {"status", "expired"}.
struct ReportQuery {
  std::string report;  // "residents", "iqama-expiry", "iqama-renewals", "payments", "visas"
  int page = 0;
  int size = 20;
  std::string sort;
  std::string from, to;
  std::vector<std::pair<std::string, std::string>> filters;
};

struct ServiceTransfersQuery {
  std::string direction = "incoming";  // asked of the establishment; "outgoing": asked by it
  std::string status;                  // "pending", "accepted", "declined"; "" for all
  int page = 0;
  int size = 20;
};

struct TawasulQuery {
  std::string status;  // a status code, "" for all
  int page = 0;
  int size = 20;
};

// GET /visas: the establishment's visas, of one resident and one type when given.
struct VisasQuery {
  std::string iqama_number;
  std::string type;  // "exit-reentry-single", "exit-reentry-multiple", "final-exit"; "" for all
  int page = 0;
  int size = 20;
};

class PortalClient {
 public:
  explicit PortalClient(Transport& transport, std::string base = "/api/v1");

  void config(Reply<ConfigResponse> reply);
  void new_captcha(Reply<CaptchaResponse> reply);
  void sign_in(const SignInRequest& request, Reply<CodeChallengeResponse> reply);
  // On success the client keeps the session token for the calls that need it.
  void verify_code(const VerifyCodeRequest& request, Reply<SessionResponse> reply);
  // A new SMS code for the same challenge once its resendAvailableAt has passed; the old code stops
  // working. Too early, or after the last resend, is a 429 problem.
  void resend_code(const ResendCodeRequest& request, Reply<CodeChallengeResponse> reply);
  // "Stay signed in": pushes the session's end a full idle period on; the reply carries the kept token
  // and the new end.
  void extend_session(Reply<SessionResponse> reply);
  void sign_out(std::function<void()> done);
  void residents(const ResidentsQuery& query, Reply<ResidentPage> reply);
  // One resident's file with its visas, traffic violations and dependants.
  void resident_file(const std::string& iqama_number, Reply<ResidentFile> reply);
  void establishment(Reply<EstablishmentProfile> reply);
  // Nationalities as the residents list filters by them, {code, ar, en}.
  void nationalities(Reply<std::vector<Coded>> reply);
  // Sends a security code by SMS for one transaction (`operation`, e.g. "iqama-renewal").
  void request_security_code(const SecurityCodeRequest& request, Reply<SecurityCodeResponse> reply);
  // What renewing would cost, until when, and everything that stands in the way.
  void quote_renewal(const RenewalRequest& request, Reply<RenewalQuote> reply);
  // The renewal itself. The caller makes `idempotency_key` once per renewal (a UUID) and sends the
  // same one on every retry, so a retry after a lost answer returns the first result, never a second
  // renewal or a second fee.
  void renew_iqama(const RenewalRequest& request, const std::string& idempotency_key,
                   Reply<RenewalResult> reply);
  // Renewing many in one decision: the batch's quote, the batch itself (one security code, one key),
  // carrying it on a few renewals at a time until nothing is pending, and the batch as it stands (a
  // page reloaded mid-batch picks it up from here).
  void quote_renewal_batch(const RenewalBatchRequest& request, Reply<RenewalBatchQuote> reply);
  void create_renewal_batch(const RenewalBatchRequest& request, const std::string& idempotency_key,
                            Reply<RenewalBatchState> reply);
  void continue_renewal_batch(int64_t batch_id, Reply<RenewalBatchState> reply);
  void renewal_batch(int64_t batch_id, Reply<RenewalBatchState> reply);
  // A renewal's result as printed, with its verification code and QR code (the same code on every
  // print until it expires, then a new one).
  void renewal_document(const std::string& request_number, Reply<RenewalDocument> reply);
  // Issues a resident report (تقرير مقيم) on a resident of the establishment, with its verification
  // code and QR code. The caller makes `idempotency_key` once per report and resends it on a retry,
  // which then returns the same report.
  void issue_resident_report(const ResidentReportRequest& request, const std::string& idempotency_key,
                             Reply<ResidentReport> reply);
  // A resident report again, while its verification code is valid (a 410 problem after).
  void resident_report(const std::string& report_number, Reply<ResidentReport> reply);
  // A page of a report, with its totals and breakdown.
  void report(const ReportQuery& query, Reply<ReportPage> reply);
  // Every row of a report as CSV text (UTF-8 with a byte order mark), headings and names in Arabic or
  // English; the query's page and size are ignored.
  void report_csv(const ReportQuery& query, bool arabic, Reply<std::string> reply);
  // What a printed document's verification code stands for; needs no session.
  void verify_document(const std::string& code, Reply<VerifiedDocument> reply);
  // The demo's SMS outbox and open captchas (a demo-only endpoint; a 404 anywhere else).
  void demo_outbox(Reply<DemoOutbox> reply);

  // Occupations, {code, ar, en}: a new iqama's and a change of occupation's choices.
  void occupations(Reply<std::vector<Coded>> reply);

  // The establishment's new arrivals still without an iqama, longest in the Kingdom first.
  void new_arrivals(int page, int size, Reply<NewArrivalPage> reply);
  // What issuing an arrival's iqama would cost (the fine after 90 days included), and what is missing.
  void quote_iqama_issue(const IssueRequest& request, Reply<IssueQuote> reply);
  // The issue: a new iqama number; the arrival becomes a resident. `idempotency_key` as for a renewal.
  void issue_iqama(const IssueRequest& request, const std::string& idempotency_key, Reply<IssueResult> reply);

  // The occupation Qiwa approved, the fee and what stands in the way of changing to the one asked.
  void quote_occupation_change(const OccupationChangeRequest& request, Reply<OccupationChangeQuote> reply);
  void change_occupation(const OccupationChangeRequest& request, const std::string& idempotency_key,
                         Reply<OccupationChangeResult> reply);

  // Transfer of services: the current establishment quotes and asks; the new one lists what was asked
  // of it and accepts (paying the fee) or declines, each answer with its own security code and key.
  void quote_service_transfer(const TransferRequest& request, Reply<TransferQuote> reply);
  void request_service_transfer(const TransferRequest& request, const std::string& idempotency_key,
                                Reply<ServiceTransfer> reply);
  void service_transfers(const ServiceTransfersQuery& query, Reply<ServiceTransferPage> reply);
  void service_transfer(const std::string& request_number, Reply<ServiceTransfer> reply);
  void accept_service_transfer(const std::string& request_number, const TransferDecision& decision,
                               const std::string& idempotency_key, Reply<ServiceTransfer> reply);
  void decline_service_transfer(const std::string& request_number, const TransferDecision& decision,
                                const std::string& idempotency_key, Reply<ServiceTransfer> reply);

  // The new passport's number, dates and issuing country on the resident's record.
  void update_passport(const PassportUpdateRequest& request, const std::string& idempotency_key,
                       Reply<PassportUpdateResult> reply);

  // Coded values by the lookup's name ("cities", "permissions", "tawasul-categories",
  // "tawasul-statuses", "establishment-types", "registration-types", ...); need no session.
  void lookup(const std::string& name, Reply<std::vector<Coded>> reply);
  void cities(Reply<std::vector<Coded>> reply);

  // Tawasul: the establishment's requests, newest first; one with its history and replies; raising
  // one and replying (each with an Idempotency-Key made once per request, as for a renewal; no
  // security code); an attachment's bytes. `progress` hears how much of a request carrying files
  // has been sent.
  using UploadProgress = std::function<void(int64_t sent, int64_t total)>;
  void tawasul_requests(const TawasulQuery& query, Reply<TawasulPage> reply);
  void tawasul_request(const std::string& request_number, Reply<TawasulRequestDetail> reply);
  void raise_tawasul_request(const NewTawasulRequest& request, const std::string& idempotency_key,
                             Reply<TawasulRequestDetail> reply, UploadProgress progress = nullptr);
  void reply_to_tawasul_request(const std::string& request_number, const TawasulReplyRequest& request,
                                const std::string& idempotency_key, Reply<TawasulRequestDetail> reply,
                                UploadProgress progress = nullptr);
  void tawasul_attachment(const std::string& request_number, int64_t attachment_id,
                          Reply<DownloadedFile> reply);

  // Users, for the establishment's primary user (anyone else gets a 403 problem): the list, who an ID
  // number and date of birth belong to, adding them (security code "user-add") and setting a user's
  // permissions (security code "user-permissions").
  void users(int page, int size, Reply<UserPage> reply);
  void verify_person(const PersonCheck& check, Reply<VerifiedPerson> reply);
  void add_user(const NewUser& user, const std::string& idempotency_key, Reply<UserSummary> reply);
  void set_user_permissions(const std::string& username, const PermissionsUpdate& update,
                            const std::string& idempotency_key, Reply<UserSummary> reply);
  // The added user's own step, without a session: the code from the SMS and a new password.
  void activate_user(const UserActivation& activation, Reply<ActivatedUser> reply);

  // Without a session: an establishment's subscription request, and a user's registration (started,
  // then confirmed with the SMS code and the visual code).
  void request_subscription(const SubscriptionRequest& request, Reply<SubscriptionReceipt> reply);
  void start_registration(const RegistrationStart& request, Reply<RegistrationChallenge> reply);
  void confirm_registration(const std::string& registration_id, const RegistrationConfirmation& confirmation,
                            Reply<RegistrationReceipt> reply);

  // Visas. Each transaction is a quote (eligibility problems, dates, fee lines) then the submit with its
  // own security code ("exit-reentry-visa", "exit-reentry-extension", "final-exit", "visa-cancellation")
  // and an Idempotency-Key made once per transaction and resent unchanged on every retry.
  void quote_exit_reentry(const ExitReentryRequest& request, Reply<VisaQuote> reply);
  void issue_exit_reentry(const ExitReentryRequest& request, const std::string& idempotency_key,
                          Reply<VisaResult> reply);
  void quote_extension(const std::string& visa_number, const ExtensionRequest& request,
                       Reply<VisaQuote> reply);
  void extend_visa(const std::string& visa_number, const ExtensionRequest& request,
                   const std::string& idempotency_key, Reply<VisaResult> reply);
  void quote_final_exit(const FinalExitRequest& request, Reply<VisaQuote> reply);
  void issue_final_exit(const FinalExitRequest& request, const std::string& idempotency_key,
                        Reply<VisaResult> reply);
  void quote_cancellation(const std::string& visa_number, Reply<VisaQuote> reply);
  void cancel_visa(const std::string& visa_number, const CancellationRequest& request,
                   const std::string& idempotency_key, Reply<VisaResult> reply);
  // Inquiries within the establishment: by iqama number (and type), or one visa by its number.
  void visas(const VisasQuery& query, Reply<VisaPage> reply);
  void visa(const std::string& visa_number, Reply<VisaDetails> reply);
  // The visa printed again, with a verification code and its QR code.
  void visa_document(const std::string& visa_number, Reply<VisaDocument> reply);
  // The public validity check; needs no session. A wrong cross-check is the same 404 as an unknown number.
  void visa_validity(const VisaValidityRequest& request, Reply<VisaValidity> reply);

  bool signed_in() const { return signed_in_; }
  // The browser app: the session rides in an HttpOnly cookie this client never sees, and every
  // request says it comes from the app (X-Muqeem-Client: web), which the server's CSRF defence asks
  // of any change made with the cookie. Without it (native clients, tests) the bearer token is kept.
  void use_browser_session() { browser_session_ = true; }
  // Asks whether the browser's cookie still names a live session (a reload, a new tab): signed in
  // with its end on success; the server's "none" (204) replies as an error and means "not signed in".
  void resume_session(Reply<SessionExpiry> reply);
  // Another tab signed out, or its session ended: forget this one without asking the server again.
  void forget_session();
  // Another tab kept the session on: its new end.
  void session_extended_elsewhere(int64_t expires_at);
  // Called when "stay signed in" moved the session's end, with the new end (the other tabs follow).
  std::function<void(int64_t)> on_session_extended;
  // When the session ends if left idle (seconds since the epoch), from the newest Session-Expires-At
  // the server sent (every signed-in answer has one) or the sign-in's own expiresAt; nullopt when not
  // signed in. The app warns two minutes before it.
  std::optional<int64_t> session_expires_at() const { return session_expires_at_; }
  // Called when the server says the session has ended (a 401 on a call that needed one).
  std::function<void()> on_session_expired;

 private:
  template <typename T>
  void call(HttpRequest request, bool needs_session, Reply<T> reply);
  // Sends `request`, again up to `retries` times while the connection fails, when sending it twice
  // cannot do anything twice (see repeatable() in the .cpp); anything else is sent once.
  void send(HttpRequest request, int retries, std::function<void(TransportResult)> done);
  static constexpr int kRetriesAfterNetworkFailure = 1;

  Transport& transport_;
  std::string base_;
  std::string token_;  // empty with a browser session: the cookie carries it
  bool signed_in_ = false;
  bool browser_session_ = false;
  std::optional<int64_t> session_expires_at_;
};

}  // namespace muqeem::api

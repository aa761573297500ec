// The portal client's requests for support and accounts: lookups, Tawasul, users and the public
// pages (subscription, registration, activation), and the demo's outbox.
#include "api/portal_client.h"
#include "api/portal_requests.h"

namespace muqeem::api {

using detail::get;
using detail::kUploadTimeoutMs;
using detail::paged;
using detail::percent_encode;
using detail::post_json;
using detail::transaction;

void PortalClient::demo_outbox(Reply<DemoOutbox> reply) {
  call(get(base_ + "/demo/outbox"), false, std::move(reply));
}

void PortalClient::lookup(const std::string& name, Reply<std::vector<Coded>> reply) {
  call(get(base_ + "/lookups/" + percent_encode(name)), false, std::move(reply));
}

void PortalClient::cities(Reply<std::vector<Coded>> reply) {
  lookup("cities", std::move(reply));
}

void PortalClient::tawasul_requests(const TawasulQuery& query, Reply<TawasulPage> reply) {
  std::string target = paged(base_ + "/tawasul/requests", query.page, query.size);
  if (!query.status.empty()) target += "&status=" + percent_encode(query.status);
  call(get(target), true, std::move(reply));
}

void PortalClient::tawasul_request(const std::string& request_number, Reply<TawasulRequestDetail> reply) {
  call(get(base_ + "/tawasul/requests/" + percent_encode(request_number)), true, std::move(reply));
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
  call(get(base_ + "/tawasul/requests/" + percent_encode(request_number) + "/attachments/" +
           std::to_string(attachment_id)),
       true, std::move(reply));
}

void PortalClient::users(int page, int size, Reply<UserPage> reply) {
  call(get(paged(base_ + "/users", page, size)), true, std::move(reply));
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

// The portal client's requests for the services: residents, renewals and their batches, reports,
// documents, issuing, occupations, transfers, passports and visas (the answers' decoders and the
// transport are in portal_client.cpp).
#include "api/portal_client.h"
#include "api/portal_requests.h"

namespace muqeem::api {

using detail::get;
using detail::kUploadTimeoutMs;
using detail::paged;
using detail::percent_encode;
using detail::post_json;
using detail::transaction;

namespace {

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

}  // namespace

void PortalClient::residents(const ResidentsQuery& query, Reply<ResidentPage> reply) {
  std::string target = paged(base_ + "/residents", query.page, query.size);
  if (!query.text.empty()) target += "&query=" + percent_encode(query.text);
  if (!query.nationality.empty()) target += "&nationality=" + percent_encode(query.nationality);
  if (query.expiring_within_days)
    target += "&expiringWithinDays=" + std::to_string(*query.expiring_within_days);
  if (!query.status.empty()) target += "&status=" + percent_encode(query.status);
  if (!query.sort.empty()) target += "&sort=" + percent_encode(query.sort);
  call(get(target), true, std::move(reply));
}

void PortalClient::resident_file(const std::string& iqama_number, Reply<ResidentFile> reply) {
  call(get(base_ + "/residents/" + percent_encode(iqama_number)), true, std::move(reply));
}

void PortalClient::establishment(Reply<EstablishmentProfile> reply) {
  call(get(base_ + "/establishment"), true, std::move(reply));
}

void PortalClient::nationalities(Reply<std::vector<Coded>> reply) {
  call(get(base_ + "/lookups/nationalities"), true, std::move(reply));
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
  call(get(base_ + "/iqama-renewals/batches/" + std::to_string(batch_id)), true, std::move(reply));
}

void PortalClient::renewal_document(const std::string& request_number, Reply<RenewalDocument> reply) {
  call(get(base_ + "/iqama-renewals/" + percent_encode(request_number)), true, std::move(reply));
}

void PortalClient::issue_resident_report(const ResidentReportRequest& request,
                                         const std::string& idempotency_key, Reply<ResidentReport> reply) {
  HttpRequest http = post_json(base_ + "/resident-reports", request);
  http.headers.emplace_back("Idempotency-Key", idempotency_key);
  call(std::move(http), true, std::move(reply));
}

void PortalClient::resident_report(const std::string& report_number, Reply<ResidentReport> reply) {
  call(get(base_ + "/resident-reports/" + percent_encode(report_number)), true, std::move(reply));
}

void PortalClient::report(const ReportQuery& query, Reply<ReportPage> reply) {
  const std::string target = report_target(base_, query) + "page=" + std::to_string(query.page) +
                             "&size=" + std::to_string(query.size);
  call(get(target), true, std::move(reply));
}

void PortalClient::report_csv(const ReportQuery& query, bool arabic, Reply<std::string> reply) {
  const std::string target = report_target(base_, query) + "format=csv&lang=" + (arabic ? "ar" : "en");
  call(get(target), true, std::move(reply));
}

void PortalClient::verify_document(const std::string& code, Reply<VerifiedDocument> reply) {
  call(get(base_ + "/public/verifications/" + percent_encode(code)), false, std::move(reply));
}

void PortalClient::occupations(Reply<std::vector<Coded>> reply) {
  call(get(base_ + "/lookups/occupations"), true, std::move(reply));
}

void PortalClient::new_arrivals(int page, int size, Reply<NewArrivalPage> reply) {
  call(get(paged(base_ + "/new-arrivals", page, size)), true, std::move(reply));
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
  call(get(target), true, std::move(reply));
}

void PortalClient::service_transfer(const std::string& request_number, Reply<ServiceTransfer> reply) {
  call(get(base_ + "/service-transfers/" + percent_encode(request_number)), true, std::move(reply));
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
  std::string target = paged(base_ + "/visas", query.page, query.size);
  if (!query.iqama_number.empty()) target += "&iqamaNumber=" + percent_encode(query.iqama_number);
  if (!query.type.empty()) target += "&type=" + percent_encode(query.type);
  call(get(target), true, std::move(reply));
}

void PortalClient::visa(const std::string& visa_number, Reply<VisaDetails> reply) {
  call(get(base_ + "/visas/" + percent_encode(visa_number)), true, std::move(reply));
}

void PortalClient::visa_document(const std::string& visa_number, Reply<VisaDocument> reply) {
  call(get(base_ + "/visas/" + percent_encode(visa_number) + "/document"), true, std::move(reply));
}

void PortalClient::visa_validity(const VisaValidityRequest& request, Reply<VisaValidity> reply) {
  call(post_json(base_ + "/public/visa-validity", request), false, std::move(reply));
}

}  // namespace muqeem::api

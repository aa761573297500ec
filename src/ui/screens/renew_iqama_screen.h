#pragma once
// Renewing an iqama, step by step as the seed describes it (../shared/seeds/001…): the transaction's
// security code → iqama number and duration → "verify data": the verified details, fee lines and
// every eligibility problem → "renew" → a confirmation → the result (request number, new expiry in
// both calendars) → print. A retry after a failure reuses the same Idempotency-Key: never two
// renewals, never two fees.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/print_document.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class RenewIqamaScreen {
 public:
  enum class Step { SecurityCode, Details, Verify, Result };

  explicit RenewIqamaScreen(api::PortalClient& portal) : portal_(portal) {}

  // Starts from a resident's file: the iqama number is filled in.
  void start_with(const std::string& iqama_number);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                   const std::function<void(const PrintDocument&)>& print);
  void reset();

  Step step() const { return step_; }
  const std::string& idempotency_key() const { return idempotency_key_; }

 private:
  void request_code();
  void quote();
  void submit();
  // Fetches the printable document (with its verification QR) and hands it to `print_`.
  void print_result(const Catalogue& strings, Language language);
  void security_code_step(Ui& ui);
  void details_step(Ui& ui);
  void verify_step(Ui& ui);
  void result_step(Ui& ui, const std::function<void(const std::string&)>& navigate,
                   const std::function<void(const PrintDocument&)>& print);
  api::RenewalRequest request() const;
  // The spinner and "cancel" show once a request has taken 300 ms: quick answers do not flicker.
  bool slow(const Ui& ui) const;
  void waiting(Ui& ui);

  api::PortalClient& portal_;
  Step step_ = Step::SecurityCode;
  bool code_sent_ = false;
  std::string masked_mobile_;
  std::string security_code_;
  std::string iqama_;
  int duration_ = -1;  // index into the allowed durations
  bool tried_ = false;
  std::optional<api::RenewalQuote> quote_;
  bool confirming_ = false;
  std::string idempotency_key_;
  std::optional<api::RenewalResult> result_;
  bool busy_ = false;
  double busy_since_ = -1;  // when the current request left (UI clock); the spinner waits 300 ms
  std::optional<api::ApiError> error_;
  std::string failed_operation_;
  int generation_ = 0;
  std::function<void(const PrintDocument&)> print_;
  std::string focus_next_;  // a step that just appeared puts focus on its first control
};

}  // namespace muqeem::ui

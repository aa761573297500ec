#pragma once
// The one walk every e-service takes (DESIGN.md, "Screens and the transaction flow"): the
// transaction's security code → its details → "verify data" (the portal's quote: verified details,
// fees, total, every problem; submit disabled while any remains) → a confirmation → the result with
// a copyable reference → print. Busy shows after 300 ms with "stop waiting"; a failure keeps every
// value and offers a retry that repeats exactly what failed (the submit with the same
// Idempotency-Key, so never two transactions or two fees) and the support link; a field the portal
// refuses sends the officer back to the step where it is fixed; the session ending mid-form keeps it.
//
// Control ids and strings are the service's id() followed by: .sendCode .code .next .resendCode
// (security code), .errors .verify .back (details), .submit .change .confirm .confirmYes .confirmNo
// (verify), .print .home .another (result), .failure, .cancelWait. The catalogue holds the service's
// own words under <id>.submit, <id>.confirmTitle, <id>.confirmYes, <id>.done, <id>.notEligible and
// <id>.another; the rest are the flow's ("flow.*").
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ui/flows/transaction_service.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class TransactionFlow {
 public:
  enum class Step { SecurityCode, Details, Verify, Result };

  TransactionFlow(api::PortalClient& portal, std::unique_ptr<TransactionService> service);

  // The route opened the service, with its parameters (an iqama filled in from a resident's file).
  // A finished transaction starts afresh; one under way keeps its values.
  void open(const std::map<std::string, std::string>& params);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                   const std::function<void(const PrintDocument&)>& print);
  void reset();

  Step step() const { return step_; }
  const std::string& idempotency_key() const { return idempotency_key_; }
  TransactionService& service() { return *service_; }

 private:
  void request_code();
  void quote();
  void submit();
  void print_result(const Catalogue& strings, Language language);
  // A Landing for the request about to leave: it counts only while `generation_` is unchanged.
  Landing landing(std::function<void()> then);
  void begin(const std::string& operation);
  void security_code_step(Ui& ui);
  void details_step(Ui& ui);
  void verify_step(Ui& ui);
  void result_step(Ui& ui, const std::function<void(const std::string&)>& navigate);
  std::vector<std::string> step_names(const Ui& ui) const;
  int step_index() const;
  // The spinner and "stop waiting" show once a request has taken 300 ms: quick answers do not flicker.
  bool slow(const Ui& ui) const;
  void waiting(Ui& ui);
  std::string id(const char* suffix) const { return service_->id() + suffix; }

  api::PortalClient& portal_;
  std::unique_ptr<TransactionService> service_;
  Step step_ = Step::SecurityCode;
  bool code_sent_ = false;
  std::string masked_mobile_;
  std::string security_code_;
  bool tried_ = false;
  bool confirming_ = false;
  std::string idempotency_key_;
  bool busy_ = false;
  double busy_since_ = -1;  // when the current request left (UI clock)
  std::optional<api::ApiError> error_;
  std::string failed_operation_;
  int generation_ = 0;
  std::function<void(const PrintDocument&)> print_;
  std::string focus_next_;  // a step that just appeared puts focus on its first control
};

}  // namespace muqeem::ui

#pragma once
// What one e-service supplies to the shared transaction flow (transaction_flow.h): its fields, how
// its quote and result read, how it asks the portal, and what its paper says. The flow does the rest
// (the security code, busy and "stop waiting", retry with the same Idempotency-Key, the confirmation,
// errors back to their step, printing), the same way for every service: a form is data, one runner
// walks them all (the GOV.UK forms runner's pattern).
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "api/portal_client.h"
#include "ui/print_document.h"
#include "ui/widgets/alert.h"

namespace muqeem::ui {

class Ui;

// How an answer from the portal lands in the flow: a failure, or the service's `keep` that stores
// the value. The flow calls `keep` only while the answer is still wanted (not after "stop waiting",
// "another", or signing out), so a late answer never overwrites what the officer sees.
using Landing = std::function<void(std::optional<api::ApiError> failure, std::function<void()> keep)>;

// A client reply that stores a value through `keep` via the flow's `landing`.
template <typename T, typename Keep>
api::Reply<T> land(Landing landing, Keep keep) {
  return [landing = std::move(landing),
          keep = std::move(keep)](domain::Result<T, api::ApiError> result) mutable {
    if (!result) {
      landing(result.error(), {});
      return;
    }
    landing(std::nullopt, [keep, value = std::move(result.value())]() mutable { keep(std::move(value)); });
  };
}

// What "verify data" found: whether the transaction may go ahead, and if not, every reason.
struct QuoteOutcome {
  bool eligible = true;
  std::vector<std::string> problems;  // in the UI's language
};

class TransactionService {
 public:
  virtual ~TransactionService() = default;

  // The prefix of the service's control ids and strings: "renew" gives "renew.code", "renew.submit"
  // and the catalogue's "renew.submit", "renew.done"... (see transaction_flow.h for the list).
  virtual std::string id() const = 0;
  virtual std::string title_key() const = 0;  // the page's title: "services.renewIqama"
  // The security code's operation ("iqama-renewal"); empty when the transaction needs none.
  virtual std::string operation() const = 0;
  // False when submitting follows the details directly (nothing to verify: a resident report).
  virtual bool verifies() const { return true; }

  // Forgets every value, quote and result.
  virtual void clear() = 0;
  // Values the link carried (a resident's file opens a service with ?iqama=…).
  virtual void prefill(const std::map<std::string, std::string>& params) = 0;

  // The details step. `check` lists what stops the details being sent, as the error summary shows it
  // (field id and message): the server's word on a field from `error`, and, once the officer has tried
  // to go on (`tried`), what the service sees for itself. `fields` draws the fields with those errors.
  virtual std::vector<FieldError> check(const Ui& ui, bool tried,
                                        const std::optional<api::ApiError>& error) const = 0;
  virtual void fields(Ui& ui, const std::vector<FieldError>& errors) = 0;
  virtual std::string first_field() const = 0;  // the control that takes focus when the step opens

  // Asks for the quote (or only checks, for a service without one).
  virtual void quote(api::PortalClient& portal, Landing landing) = 0;
  // Draws the verified details and fees; says whether the transaction may go ahead.
  virtual QuoteOutcome verified(Ui& ui) = 0;
  // What the confirmation dialog says will happen.
  virtual std::string confirm_text(const Ui& ui) const = 0;

  // The transaction itself, with the flow's security code and Idempotency-Key.
  virtual void submit(api::PortalClient& portal, const std::string& security_code, const std::string& key,
                      Landing landing) = 0;
  // The result's reference (a request or visa number), under the catalogue's `reference_key()`.
  virtual std::string reference() const = 0;
  virtual std::string reference_key() const { return "flow.requestNumber"; }
  // The result's details under the reference; `navigate` for links it offers (the visa's page).
  virtual void result(Ui& ui, const std::function<void(const std::string&)>& navigate) = 0;

  // The paper: asks the portal for what it needs (its verification QR) and hands the document over.
  virtual void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                        std::function<void(PrintDocument)> print, Landing landing) = 0;
};

}  // namespace muqeem::ui

#pragma once
// A failed call to the portal in the person's words: what went wrong, that nothing they typed is
// lost, and a way to try again and to ask support (a Tawasul request pre-filled with the operation).
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "ui/widgets/alert.h"

namespace muqeem::ui {

// When a refused request (the portal's 429) may be tried again, in words: "Try again in 40 minutes"
// (or hours), from its Retry-After.
std::string retry_after_text(const Ui& ui, const api::ApiError& error);
// The message for a failure: the server's own bilingual title for a problem, ours otherwise.
std::string failure_title(const Ui& ui, const api::ApiError& error);
// Whether a problem names this field (the request field's API name, e.g. "securityCode").
bool has_field_error(const std::optional<api::ApiError>& error, const std::string& field);
// The field's message from a problem's per-field errors, in the UI's language; empty when none.
std::string field_error(const Ui& ui, const std::optional<api::ApiError>& error, const std::string& field);

// Shows the failure as an alert with "try again" (true when pressed) and "contact support", which
// keeps what failed as a Tawasul draft and asks for the new request's page (take_support_request).
bool failure_alert(Ui& ui, const std::string& id, const api::ApiError& error, const std::string& operation);

// The Tawasul request the last "contact support" prepared: what failed and how, as the officer read it.
struct SupportDraft {
  std::string operation;
  std::string problem;  // the problem's type, or what failed when the portal gave none
  std::string title;    // the message the officer read
  int status = 0;
  double at = 0;  // when (the UI's clock, epoch seconds in the browser)
};
const SupportDraft& last_support_draft();
// True once after "contact support" was pressed: the app then opens the new request's page.
bool take_support_request();
// The draft was sent (or set aside): the next new request starts without it.
void forget_support_draft();

}  // namespace muqeem::ui

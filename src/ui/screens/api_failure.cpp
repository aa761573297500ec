#include "ui/screens/api_failure.h"

#include <utility>

#include "ui/api_text.h"
#include "ui/widgets/button.h"

namespace muqeem::ui {
namespace {

SupportDraft& draft() {
  static SupportDraft value;
  return value;
}
bool& requested() {
  static bool value = false;
  return value;
}

}  // namespace

const SupportDraft& last_support_draft() {
  return draft();
}

bool take_support_request() {
  return std::exchange(requested(), false);
}

void forget_support_draft() {
  draft() = {};
}

std::string retry_after_text(const Ui& ui, const api::ApiError& error) {
  const int64_t seconds = error.retry_after_seconds.value_or(3600);
  const int64_t minutes = (seconds + 59) / 60;
  if (minutes <= 90) return ui.screen().strings.plural("error.tryAgainMinutes", minutes);
  return ui.screen().strings.plural("error.tryAgainHours", (minutes + 59) / 60);
}

std::string failure_title(const Ui& ui, const api::ApiError& error) {
  using Kind = api::ApiError::Kind;
  switch (error.kind) {
    case Kind::Network:
      return ui.text("error.network");
    case Kind::Timeout:
      return ui.text("error.timeout");
    case Kind::Cancelled:
      return ui.text("error.cancelled");
    case Kind::Decode:
      return ui.text("error.decode");
    case Kind::SessionExpired:
      return ui.text("error.sessionExpired");
    case Kind::Problem:
      break;
  }
  if (error.problem && error.status < 500) return in_language(ui.language(), error.problem->title);
  return ui.text("error.server");
}

bool has_field_error(const std::optional<api::ApiError>& error, const std::string& field) {
  if (!error || !error->problem) return false;
  for (const auto& item : error->problem->errors)
    if (item.field == field) return true;
  return false;
}

std::string field_error(const Ui& ui, const std::optional<api::ApiError>& error, const std::string& field) {
  if (!error || !error->problem) return {};
  for (const auto& item : error->problem->errors)
    if (item.field == field) return in_language(ui.language(), item.message);
  return {};
}

bool failure_alert(Ui& ui, const std::string& id, const api::ApiError& error, const std::string& operation) {
  const bool can_retry = error.kind != api::ApiError::Kind::Problem || error.status >= 500;
  alert(ui, AlertKind::Error, failure_title(ui, error),
        can_retry ? ui.text("error.keptValues") : std::string());
  const Rect line = ui.next(ui.target());
  Flow flow(ui, line);
  bool retry = false;
  if (can_retry) {
    const Button again{id + ".retry", ui.text("error.retry"), ButtonKind::Secondary};
    retry = button(ui, again, flow.take(button_width(ui, again)));
  }
  Button support{id + ".support", ui.text("error.contactSupport"), ButtonKind::Link};
  support.navigates = true;
  if (button(ui, support, flow.take(button_width(ui, support)))) {
    draft() = {operation, error.problem ? error.problem->type : failure_title(ui, error),
               failure_title(ui, error), error.status, ui.now()};
    requested() = true;
  }
  return retry;
}

}  // namespace muqeem::ui

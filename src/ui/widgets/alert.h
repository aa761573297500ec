#pragma once
// Messages in the page: alerts (information, success, warning, error) and the error summary at the
// top of a form, whose links take the person to each field that needs fixing.
#include <string>
#include <vector>

#include "ui/paint.h"

namespace muqeem::ui {

enum class AlertKind { Info, Success, Warning, Error };

// Errors and warnings are announced at once (role alert); information and success politely (status).
void alert(Ui& ui, AlertKind kind, const std::string& title, const std::string& text = {});

struct FieldError {
  std::string field_id;
  std::string message;
};
// Draws nothing when `errors` is empty. Activating a link moves focus to its field.
void error_summary(Ui& ui, const std::string& id, const std::vector<FieldError>& errors);

}  // namespace muqeem::ui

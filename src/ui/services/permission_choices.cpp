#include "ui/services/permission_choices.h"

#include "ui/api_text.h"
#include "ui/ui.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

void PermissionChoices::draw(Ui& ui, const std::string& id_prefix, const std::string& error) {
  heading(ui, ui.text("users.permissions"), 3);
  if (!error.empty()) paragraph(ui, error, theme::kError);
  granted.resize(permissions.size(), false);
  for (size_t i = 0; i < permissions.size(); ++i) {
    bool on = granted[i];
    checkbox(ui, id_prefix + "." + permissions[i].code, in_language(ui.language(), permissions[i]), on);
    granted[i] = on;
  }
}

std::vector<std::string> PermissionChoices::codes() const {
  std::vector<std::string> result;
  for (const auto& permission : chosen()) result.push_back(permission.code);
  return result;
}

std::vector<api::Coded> PermissionChoices::chosen() const {
  std::vector<api::Coded> result;
  for (size_t i = 0; i < permissions.size() && i < granted.size(); ++i)
    if (granted[i]) result.push_back(permissions[i]);
  return result;
}

std::string permission_names(const Catalogue& strings, Language language,
                             const std::vector<api::Coded>& permissions) {
  std::string names;
  for (const auto& permission : permissions)
    names += (names.empty() ? "" : strings.text("users.separator")) + in_language(language, permission);
  return names;
}

}  // namespace muqeem::ui

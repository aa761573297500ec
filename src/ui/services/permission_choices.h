#pragma once
// Permissions per operation as a group of checkboxes (the "permissions" lookup, in the UI's
// language), shared by adding a user and changing a user's permissions: what is ticked, as codes for
// the portal and as names for "check your answers" and the paper.
#include <string>
#include <vector>

#include "api/dto.h"
#include "ui/catalogue.h"

namespace muqeem::ui {

class Ui;

struct PermissionChoices {
  std::vector<api::Coded> permissions;  // every permission there is, from the lookup
  std::vector<bool> granted;            // ticked or not, in the lookup's order

  // Under a heading, the error when nothing is ticked, then a checkbox per permission ("<prefix>.<code>").
  void draw(Ui& ui, const std::string& id_prefix, const std::string& error);
  std::vector<std::string> codes() const;
  std::vector<api::Coded> chosen() const;
};

// Permissions' names joined in `language` ("Renew iqamas, Reports"), with the catalogue's separator.
std::string permission_names(const Catalogue& strings, Language language,
                             const std::vector<api::Coded>& permissions);

}  // namespace muqeem::ui

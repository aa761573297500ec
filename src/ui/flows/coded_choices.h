#pragma once
// A choice among the portal's coded values (occupations, countries), asked for once, the first time
// its field shows, and offered as a type-to-search select in the UI's language.
#include <functional>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "ui/widgets/field.h"

namespace muqeem::ui {

class CodedChoices {
 public:
  using Loader = std::function<void(api::Reply<std::vector<api::Coded>>)>;
  explicit CodedChoices(Loader loader) : loader_(std::move(loader)) {}

  // The select, with "loading" or the failure under it until the list is there.
  void draw(Ui& ui, Field field);
  // The chosen value's code; "" while nothing is chosen.
  std::string code() const;
  const api::Coded* chosen() const;
  // Forgets the choice (the list stays; one that failed is asked for again).
  void clear();

 private:
  Loader loader_;
  std::vector<api::Coded> values_;
  bool loading_ = false;
  bool failed_ = false;
  int selected_ = -1;
};

}  // namespace muqeem::ui

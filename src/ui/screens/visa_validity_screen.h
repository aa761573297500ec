#pragma once
// The public visa-validity check (#/visa-validity), for anyone, with no sign-in: a visa's or iqama's
// number and one fact only its holder knows (the passport number, or the date of birth in either
// calendar) give the visa's state: valid, expired, used or cancelled, with its type, duration and
// dates. A wrong fact reads exactly like an unknown number (the portal answers both alike); too many
// checks read as when to try again, in words.
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "domain/civil_date.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class VisaValidityScreen {
 public:
  explicit VisaValidityScreen(api::PortalClient& portal) : portal_(portal) {}

  PageActions draw(Ui& ui, ImVec2 size, bool signed_in);
  void reset();

 private:
  void check();

  api::PortalClient& portal_;
  int key_ = 1;    // 0: iqama number, 1: visa number (what a visitor usually holds)
  int proof_ = 0;  // 0: passport number, 1: date of birth
  std::string number_, passport_, birth_text_;
  std::optional<domain::CivilDate> birth_;
  bool tried_ = false;
  bool busy_ = false;
  std::optional<api::VisaValidity> result_;
  std::optional<api::ApiError> error_;
  int generation_ = 0;
};

}  // namespace muqeem::ui

#pragma once
// Registering as a user (#/register), public, in two steps: the request (its type, the
// establishment's type, the ID type and number, the date of birth in either calendar, the mobile),
// then the code sent to that mobile and the visual code → a request number and what happens next.
// Every refusal is said under its field, or in words for the portal's rate limit, with nothing lost.
#include <functional>
#include <optional>
#include <string>

#include "api/portal_client.h"
#include "domain/civil_date.h"
#include "ui/flows/coded_choices.h"
#include "ui/widgets/page_frame.h"

namespace muqeem::ui {

class RegisterScreen {
 public:
  explicit RegisterScreen(api::PortalClient& portal);

  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate);
  void reset();

 private:
  void start();
  void confirm();
  void load_captcha();
  void request_step(Ui& ui);
  void code_step(Ui& ui);

  api::PortalClient& portal_;
  CodedChoices registration_types_, establishment_types_;
  int id_type_ = -1;  // 0 national ID, 1 iqama
  std::string id_number_, birth_text_, mobile_;
  std::optional<domain::CivilDate> birth_;
  std::optional<api::RegistrationChallenge> challenge_;
  std::string code_, captcha_id_, captcha_svg_, captcha_answer_;
  bool tried_ = false, busy_ = false;
  std::optional<api::RegistrationReceipt> receipt_;
  std::optional<api::ApiError> error_;
  int generation_ = 0;
};

}  // namespace muqeem::ui

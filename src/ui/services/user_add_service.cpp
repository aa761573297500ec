// Adding a colleague as a user (the establishment's primary user only; DOMAIN.md "Accounts"): their
// ID number and date of birth (either calendar), checked against the national records as "verify
// data", an e-mail and the permissions per operation; with the "user-add" security code. The result
// says an activation code went to the person's mobile, for #/activate.
#include "ui/services/services.h"

#include "domain/identifiers.h"
#include "domain/text_checks.h"
#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/services/permission_choices.h"
#include "ui/ui.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/field.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

class UserAddService : public TransactionService {
 public:
  explicit UserAddService(api::PortalClient& portal) : portal_(portal) {}

  std::string id() const override { return "userAdd"; }
  std::string title_key() const override { return "users.add"; }
  std::string operation() const override { return "user-add"; }

  void clear() override {
    id_number_.clear();
    birth_text_.clear();
    birth_.reset();
    email_.clear();
    permissions_.granted.clear();
    person_.reset();
    added_.reset();
  }
  void prefill(const std::map<std::string, std::string>&) override {}

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_field(ui, errors, "userAdd.id", error, "idNumber", tried, !domain::IqamaNumber::parse(id_number_),
                ui.text("users.idInvalid"));
    check_field(ui, errors, "userAdd.birth", error, "birthDate", tried, !birth_,
                ui.text("users.birthRequired"));
    check_field(ui, errors, "userAdd.email", error, "email", tried, !domain::is_email_address(email_),
                ui.text("subscribe.emailInvalid"));
    check_field(ui, errors, "userAdd.permissions", error, "permissions", tried, permissions_.codes().empty(),
                ui.text("users.permissionsRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    if (!permissions_asked_) {
      permissions_asked_ = true;
      portal_.lookup("permissions", [this](domain::Result<std::vector<api::Coded>, api::ApiError> result) {
        if (result) permissions_.permissions = result.value();
      });
    }
    Field id{"userAdd.id", ui.text("users.id"), ui.text("users.idHint"), error_for(errors, "userAdd.id"),
             true};
    id.max_length = 10;
    identifier_field(ui, id, id_number_);
    date_field(ui,
               {"userAdd.birth", ui.text("file.birthDate"), ui.text("visaValidity.birthHint"),
                error_for(errors, "userAdd.birth"), true},
               birth_text_, birth_);
    Field email{"userAdd.email", ui.text("subscribe.email"), {}, error_for(errors, "userAdd.email"), true};
    email.autocomplete = "off";
    email.max_length = 254;
    text_field(ui, email, email_);
    // The permissions: a checkbox per operation, named as the portal names it.
    permissions_.draw(ui, "userAdd.permission", error_for(errors, "userAdd.permissions"));
  }
  std::string first_field() const override { return "userAdd.id"; }

  // Who the ID number and date of birth belong to, in the national records.
  void quote(api::PortalClient& portal, Landing landing) override {
    portal.verify_person({id_number_, birth_ ? birth_->iso() : birth_text_},
                         land<api::VerifiedPerson>(std::move(landing),
                                                   [this](api::VerifiedPerson person) { person_ = person; }));
  }
  QuoteOutcome verified(Ui& ui) override {
    heading(ui, ui.text("users.verified"), 2);
    detail(ui, ui.text("users.id"), person_->id_number);
    detail(ui, ui.text("renew.name"), in_language(ui.language(), person_->name));
    detail(ui, ui.text("users.mobile"), person_->masked_mobile);
    detail(ui, ui.text("subscribe.email"), email_);
    detail(ui, ui.text("users.permissions"),
           permission_names(ui.screen().strings, ui.language(), permissions_.chosen()));
    return {};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("userAdd.confirmText",
                                      {{"name", in_language(ui.language(), person_->name)}});
  }

  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    api::NewUser user{id_number_, birth_ ? birth_->iso() : birth_text_, email_, permissions_.codes(), code};
    portal.add_user(user, key, land<api::UserSummary>(std::move(landing), [this](api::UserSummary added) {
                      added_ = added;
                    }));
  }
  std::string reference() const override { return added_->username; }
  std::string reference_key() const override { return "users.username"; }
  void result(Ui& ui, const std::function<void(const std::string&)>&) override {
    detail(ui, ui.text("renew.name"), in_language(ui.language(), added_->name));
    detail(ui, ui.text("users.status"), in_language(ui.language(), added_->status));
    paragraph(ui, ui.screen().strings.format("users.codeSent", {{"mobile", added_->masked_mobile}}));
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    const api::UserSummary added = *added_;
    PaperFrame frame;
    frame.title_key = "users.add";
    frame.reference_key = "users.username";
    frame.reference = added.username;
    establishment_paper(
        portal, strings, language, frame,
        [&strings, language, added](PrintDocument& document) {
          document.lines = {
              {strings.text("renew.name"), in_language(language, added.name)},
              {strings.text("users.status"), in_language(language, added.status)},
              {strings.text("users.permissions"), permission_names(strings, language, added.permissions)}};
        },
        std::move(print), std::move(landing));
  }

 private:
  api::PortalClient& portal_;
  std::string id_number_, birth_text_, email_;
  std::optional<domain::CivilDate> birth_;
  PermissionChoices permissions_;
  bool permissions_asked_ = false;
  std::optional<api::VerifiedPerson> person_;
  std::optional<api::UserSummary> added_;
};

}  // namespace

std::unique_ptr<TransactionService> user_add_service(api::PortalClient& portal) {
  return std::make_unique<UserAddService>(portal);
}

}  // namespace muqeem::ui

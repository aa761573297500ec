// Changing what a colleague may do (the establishment's primary user only): the user's current
// permissions as checkboxes, changed and checked ("check your answers"), then set with the
// "user-permissions" security code. Reached from a row of #/users.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/api_failure.h"
#include "ui/services/permission_choices.h"
#include "ui/ui.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

class UserPermissionsService : public TransactionService {
 public:
  explicit UserPermissionsService(api::PortalClient& portal) : portal_(portal) {}

  std::string id() const override { return "userPermissions"; }
  std::string title_key() const override { return "users.change"; }
  std::string operation() const override { return "user-permissions"; }

  void clear() override {
    username_.clear();
    user_.reset();
    asked_for_.clear();
    load_error_.reset();
    ++generation_;
    waiting_ = 0;
    permissions_.granted.clear();
    updated_.reset();
  }
  void prefill(const std::map<std::string, std::string>& params) override {
    take_param(params, "username", username_);
  }

  std::vector<FieldError> check(const Ui& ui, bool tried,
                                const std::optional<api::ApiError>& error) const override {
    std::vector<FieldError> errors;
    check_field(ui, errors, "userPermissions.user", error, "username", tried, !user_,
                ui.text("users.unknownUser"));
    check_field(ui, errors, "userPermissions.permissions", error, "permissions", tried,
                permissions_.codes().empty(), ui.text("users.permissionsRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    load();
    detail(ui, ui.text("users.username"), username_);
    if (user_) detail(ui, ui.text("renew.name"), in_language(ui.language(), user_->name));
    const std::string unknown = error_for(errors, "userPermissions.user");
    if (!unknown.empty()) paragraph(ui, unknown, theme::kError);
    if (load_error_) {
      if (failure_alert(ui, "userPermissions.loadFailure", *load_error_, "users")) asked_for_.clear();
      return;
    }
    // No box before both lists are in: a box drawn earlier would stand unticked, as if not held.
    if (waiting_ > 0)
      paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
    else
      permissions_.draw(ui, "userPermissions.permission", error_for(errors, "userPermissions.permissions"));
  }
  std::string first_field() const override {
    return permissions_.permissions.empty()
               ? std::string()
               : "userPermissions.permission." + permissions_.permissions.front().code;
  }

  // Nothing to quote: what was chosen is shown to be checked.
  void quote(api::PortalClient&, Landing landing) override { landing(std::nullopt, {}); }
  QuoteOutcome verified(Ui& ui) override {
    heading(ui, ui.text("passport.check"), 2);
    detail(ui, ui.text("users.username"), username_);
    detail(ui, ui.text("users.permissions"),
           permission_names(ui.screen().strings, ui.language(), permissions_.chosen()));
    return {};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("userPermissions.confirmText", {{"username", username_}});
  }
  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.set_user_permissions(
        username_, {permissions_.codes(), code}, key,
        land<api::UserSummary>(std::move(landing), [this](api::UserSummary user) { updated_ = user; }));
  }
  std::string reference() const override { return updated_->username; }
  std::string reference_key() const override { return "users.username"; }
  void result(Ui& ui, const std::function<void(const std::string&)>&) override {
    detail(ui, ui.text("renew.name"), in_language(ui.language(), updated_->name));
    detail(ui, ui.text("users.permissions"),
           permission_names(ui.screen().strings, ui.language(), updated_->permissions));
  }
  void document(api::PortalClient& portal, const Catalogue& strings, Language language,
                std::function<void(PrintDocument)> print, Landing landing) override {
    const api::UserSummary user = *updated_;
    PaperFrame frame;
    frame.title_key = "users.change";
    frame.reference_key = "users.username";
    frame.reference = user.username;
    establishment_paper(
        portal, strings, language, frame,
        [&strings, language, user](PrintDocument& document) {
          document.lines = {
              {strings.text("renew.name"), in_language(language, user.name)},
              {strings.text("users.permissions"), permission_names(strings, language, user.permissions)}};
        },
        std::move(print), std::move(landing));
  }

 private:
  // The permissions there are, and the user's own as they stand (the first page of users holds every
  // colleague of an establishment this size), asked together. Nothing of a colleague shown before
  // stays while another's are asked for; a list that does not come is said, with "try again".
  void load() {
    if (asked_for_ == username_) return;
    asked_for_ = username_;
    user_.reset();
    load_error_.reset();
    permissions_.permissions.clear();
    permissions_.granted.clear();
    waiting_ = 2;
    const int asked = ++generation_;
    portal_.lookup("permissions",
                   [this, asked](domain::Result<std::vector<api::Coded>, api::ApiError> result) {
                     if (asked != generation_) return;
                     if (result)
                       permissions_.permissions = result.value();
                     else
                       load_error_.emplace(result.error());
                     answered();
                   });
    portal_.users(0, 200, [this, asked](domain::Result<api::UserPage, api::ApiError> result) {
      if (asked != generation_) return;
      if (!result)
        load_error_.emplace(result.error());
      else
        for (const auto& user : result.value().content)
          if (user.username == username_) user_ = user;
      answered();
    });
  }
  // Once both lists are in, ticks what the user holds.
  void answered() {
    if (--waiting_ > 0) return;
    permissions_.granted.clear();
    for (const auto& permission : permissions_.permissions) {
      bool held = false;
      if (user_)
        for (const auto& mine : user_->permissions) held = held || mine.code == permission.code;
      permissions_.granted.push_back(held);
    }
  }
  api::PortalClient& portal_;
  std::string username_, asked_for_;
  int generation_ = 0;  // which asking an answer belongs to: one for a form since left is dropped
  int waiting_ = 0;     // answers still to come for the latest asking
  PermissionChoices permissions_;
  std::optional<api::UserSummary> user_;
  std::optional<api::ApiError> load_error_;  // a list that did not come
  std::optional<api::UserSummary> updated_;
};

}  // namespace

std::unique_ptr<TransactionService> user_permissions_service(api::PortalClient& portal) {
  return std::make_unique<UserPermissionsService>(portal);
}

}  // namespace muqeem::ui

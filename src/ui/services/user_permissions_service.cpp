// Changing what a colleague may do (the establishment's primary user only): the user's current
// permissions as checkboxes, changed and checked ("check your answers"), then set with the
// "user-permissions" security code. Reached from a row of #/users.
#include "ui/services/services.h"

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/ui.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

std::string names_of(Language language, const std::vector<api::Coded>& permissions,
                     const std::string& separator) {
  std::string names;
  for (const auto& permission : permissions)
    names += (names.empty() ? "" : separator) + in_language(language, permission);
  return names;
}

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
    granted_.clear();
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
    check_field(ui, errors, "userPermissions.permissions", error, "permissions", tried, chosen().empty(),
                ui.text("users.permissionsRequired"));
    return errors;
  }
  void fields(Ui& ui, const std::vector<FieldError>& errors) override {
    load();
    detail(ui, ui.text("users.username"), username_);
    if (user_) detail(ui, ui.text("renew.name"), in_language(ui.language(), user_->name));
    const std::string unknown = error_for(errors, "userPermissions.user");
    if (!unknown.empty()) paragraph(ui, unknown, theme::kError);
    heading(ui, ui.text("users.permissions"), 3);
    const std::string problem = error_for(errors, "userPermissions.permissions");
    if (!problem.empty()) paragraph(ui, problem, theme::kError);
    for (size_t i = 0; i < permissions_.size() && i < granted_.size(); ++i) {
      bool on = granted_[i];
      checkbox(ui, "userPermissions.permission." + permissions_[i].code,
               in_language(ui.language(), permissions_[i]), on);
      granted_[i] = on;
    }
  }
  std::string first_field() const override {
    return permissions_.empty() ? std::string() : "userPermissions.permission." + permissions_.front().code;
  }

  // Nothing to quote: what was chosen is shown to be checked.
  void quote(api::PortalClient&, Landing landing) override { landing(std::nullopt, {}); }
  QuoteOutcome verified(Ui& ui) override {
    heading(ui, ui.text("passport.check"), 2);
    detail(ui, ui.text("users.username"), username_);
    std::vector<api::Coded> chosen_names;
    for (size_t i = 0; i < permissions_.size() && i < granted_.size(); ++i)
      if (granted_[i]) chosen_names.push_back(permissions_[i]);
    detail(ui, ui.text("users.permissions"),
           names_of(ui.language(), chosen_names, ui.text("users.separator")));
    return {};
  }
  std::string confirm_text(const Ui& ui) const override {
    return ui.screen().strings.format("userPermissions.confirmText", {{"username", username_}});
  }
  void submit(api::PortalClient& portal, const std::string& code, const std::string& key,
              Landing landing) override {
    portal.set_user_permissions(
        username_, {chosen(), code}, key,
        land<api::UserSummary>(std::move(landing), [this](api::UserSummary user) { updated_ = user; }));
  }
  std::string reference() const override { return updated_->username; }
  std::string reference_key() const override { return "users.username"; }
  void result(Ui& ui, const std::function<void(const std::string&)>&) override {
    detail(ui, ui.text("renew.name"), in_language(ui.language(), updated_->name));
    detail(ui, ui.text("users.permissions"),
           names_of(ui.language(), updated_->permissions, ui.text("users.separator")));
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
          document.lines = {{strings.text("renew.name"), in_language(language, user.name)},
                            {strings.text("users.permissions"), names_of(language, user.permissions, ", ")}};
        },
        std::move(print), std::move(landing));
  }

 private:
  // The permissions there are, and the user's own as they stand (the first page of users holds every
  // colleague of an establishment this size).
  void load() {
    if (asked_for_ == username_) return;
    asked_for_ = username_;
    portal_.lookup("permissions", [this](domain::Result<std::vector<api::Coded>, api::ApiError> result) {
      if (result) permissions_ = result.value();
      match();
    });
    portal_.users(0, 200, [this](domain::Result<api::UserPage, api::ApiError> result) {
      if (!result) return;
      for (const auto& user : result.value().content)
        if (user.username == username_) user_ = user;
      match();
    });
  }
  // Ticks what the user holds once both lists are in.
  void match() {
    if (permissions_.empty() || !user_ || !granted_.empty()) return;
    for (const auto& permission : permissions_) {
      bool held = false;
      for (const auto& mine : user_->permissions) held = held || mine.code == permission.code;
      granted_.push_back(held);
    }
  }
  std::vector<std::string> chosen() const {
    std::vector<std::string> codes;
    for (size_t i = 0; i < permissions_.size() && i < granted_.size(); ++i)
      if (granted_[i]) codes.push_back(permissions_[i].code);
    return codes;
  }

  api::PortalClient& portal_;
  std::string username_, asked_for_;
  std::vector<api::Coded> permissions_;
  std::optional<api::UserSummary> user_;
  std::vector<bool> granted_;
  std::optional<api::UserSummary> updated_;
};

}  // namespace

std::unique_ptr<TransactionService> user_permissions_service(api::PortalClient& portal) {
  return std::make_unique<UserPermissionsService>(portal);
}

}  // namespace muqeem::ui

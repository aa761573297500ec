#include "app/portal_screens.h"

#include <cstdlib>

#include "ui/screens/not_found_screen.h"
#include "ui/screens/session_warning.h"
#include "ui/services/services.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/text.h"

namespace muqeem::app {
namespace {

using ServiceDefinition = std::unique_ptr<ui::TransactionService> (*)(api::PortalClient&);

// A service's definition by its address's name (route.h's service_names()); nullptr for no service.
ServiceDefinition service_definition(const std::string& name) {
  static const std::map<std::string, ServiceDefinition> definitions = {
      {"renew-iqama", ui::renew_iqama_service},
      {"issue-iqama", ui::issue_iqama_service},
      {"exit-reentry", ui::exit_reentry_service},
      {"final-exit", ui::final_exit_service},
      {"occupation-change", ui::occupation_change_service},
      {"transfer", ui::transfer_request_service},
      {"passport-update", ui::passport_update_service},
      {"resident-report", ui::resident_report_service},
      {"visa-extension", ui::visa_extension_service},
      {"visa-cancellation", ui::visa_cancellation_service},
      {"transfer-accept", ui::transfer_accept_service},
      {"transfer-decline", ui::transfer_decline_service},
      {"user-add", ui::user_add_service},
      {"user-permissions", ui::user_permissions_service},
      {"renew-batch", ui::renew_batch_service}};
  const auto found = definitions.find(name);
  return found == definitions.end() ? nullptr : found->second;
}

}  // namespace

PortalScreens::PortalScreens(api::Transport& transport)
    : portal_(transport),
      sign_in_(portal_),
      dashboard_(portal_),
      residents_(portal_),
      file_(portal_),
      verify_(portal_),
      visa_(portal_),
      transfers_(portal_),
      visa_inquiry_(portal_),
      visa_validity_(portal_),
      reports_(portal_),
      report_(portal_),
      tawasul_(portal_),
      new_tawasul_(portal_),
      tawasul_request_(portal_),
      activate_(portal_),
      subscribe_(portal_),
      users_(portal_),
      register_(portal_),
      renewal_batch_(portal_) {
  // The server ended the session (idle too long): the next screen is the sign-in; every form keeps
  // its values, so after signing in again the person carries on where they were.
  portal_.on_session_expired = [this] {
    signed_in_ = false;
    if (tell_other_tabs) tell_other_tabs("signed-out");
  };
  portal_.on_session_extended = [this](int64_t expires_at) {
    if (tell_other_tabs) tell_other_tabs("extended:" + std::to_string(expires_at));
  };
}

void PortalScreens::use_browser_session(bool resume) {
  portal_.use_browser_session();
  if (!resume) return;
  resuming_ = true;
  portal_.resume_session([this](domain::Result<api::SessionExpiry, api::ApiError> result) {
    resuming_ = false;
    signed_in_ = static_cast<bool>(result);
  });
}

void PortalScreens::came_to_front() {
  if (in_front_) return;
  in_front_ = true;
  if (tell_other_tabs) tell_other_tabs("front");
}

void PortalScreens::heard_from_other_tab(const std::string& message) {
  if (message == "signed-out" && (signed_in_ || resuming_)) {
    resuming_ = false;
    portal_.forget_session();
    sign_out(/*tell_server=*/false);
  } else if (message == "front") {
    in_front_ = false;
  } else if (message.rfind("extended:", 0) == 0) {
    portal_.session_extended_elsewhere(std::atoll(message.c_str() + 9));
  } else if (message == "signed-in" && !signed_in_) {
    // Signed in elsewhere: this tab's cookie now names that session too.
    portal_.resume_session([this](domain::Result<api::SessionExpiry, api::ApiError> result) {
      if (result) signed_in_ = true;
    });
  }
}

void PortalScreens::follow(const Route& route) {
  if (route.screen == Screen::Residents) {
    const std::string& expiring = route.param("expiring", "");
    residents_.set_filters(route.param("q", ""), route.param("status", ""),
                           expiring.empty() ? std::nullopt : std::optional<int>(std::atoi(expiring.c_str())));
  }
  if (route.screen == Screen::Service) flow(route.resource).open(route.params);
  if (route.screen == Screen::ResidentFile) file_.open(route.resource);
  if (route.screen == Screen::Verify) verify_.open(route.param("code", ""));
  if (route.screen == Screen::Visa) visa_.open(route.resource);
  if (route.screen == Screen::Transfers) transfers_.open(route.param("direction", "incoming"));
  if (route.screen == Screen::Dashboard) dashboard_.refresh();
  if (route.screen == Screen::VisaInquiry) visa_inquiry_.open(route.params);
  if (route.screen == Screen::Report) report_.open(route.resource, route.params);
  if (route.screen == Screen::Tawasul) tawasul_.refresh();
  if (route.screen == Screen::Activate) activate_.open(route.params);
  if (route.screen == Screen::Users) users_.refresh();
  if (route.screen == Screen::RenewalBatch) renewal_batch_.open(route.resource);
  if (route.screen == Screen::TawasulRequest && route.resource == "new") new_tawasul_.open();
  if (route.screen == Screen::TawasulRequest && route.resource != "new")
    tawasul_request_.open(route.resource);
}

void PortalScreens::sign_out(bool tell_server) {
  if (tell_server) {
    portal_.sign_out([] {});
    if (tell_other_tabs) tell_other_tabs("signed-out");
  }
  signed_in_ = false;
  sign_in_.reset();
  dashboard_.reset();
  residents_.reset();
  for (auto& [name, made] : services_) made->reset();  // one never opened has nothing to forget
  file_.reset();
  visa_.reset();
  transfers_.reset();
  visa_inquiry_.reset();
  visa_validity_.reset();
  reports_.reset();
  report_.reset();
  tawasul_.reset();
  new_tawasul_.reset();
  tawasul_request_.reset();
  activate_.reset();
  subscribe_.reset();
  users_.reset();
  register_.reset();
  renewal_batch_.reset();
  ui::forget_support_draft();
  if (forget_interaction) forget_interaction();
  if (navigate) navigate("#/");
}

ui::TransactionFlow* PortalScreens::service(const std::string& name) {
  return service_definition(name) ? &flow(name) : nullptr;
}

// Made the first time its service is opened: making all fifteen (each its form's fields and rules)
// held the app's start. A route names only services there are (route.cpp).
ui::TransactionFlow& PortalScreens::flow(const std::string& name) {
  std::unique_ptr<ui::TransactionFlow>& made = services_[name];
  if (!made) made = std::make_unique<ui::TransactionFlow>(portal_, service_definition(name)(portal_));
  return *made;
}

std::optional<double> PortalScreens::wake_at() const {
  return ui::session_warning_at(portal_);
}

ui::PageActions PortalScreens::draw(ui::Ui& ui, ImVec2 size, const Route& route, double now) {
  const auto go = [this](const std::string& hash) {
    if (navigate) navigate(hash);
  };
  // The platform's printing and saving, for the screens that offer them.
  const auto to_print = [this](const ui::PrintDocument& document) {
    if (print) print(document);
  };
  const auto to_download = [this](const ui::DownloadFile& file) {
    if (download) download(file);
  };
  Screen screen = route.screen;
  if (screen == Screen::SignIn && signed_in_) screen = Screen::Dashboard;
  if (resuming_ && !signed_in_ && (needs_session(screen) || screen == Screen::SignIn)) {
    const ui::PageActions actions = ui::begin_page(ui, size, {false});
    ui::paragraph(ui, ui.text("common.loading"), ui::theme::kTextSecondary);
    ui::end_page(ui, size);
    return actions;
  }
  if (needs_session(screen) && !signed_in_) screen = Screen::SignIn;

  ui::PageActions actions;
  switch (screen) {
    case Screen::SignIn:
      actions = sign_in_.draw(ui, size, go, [this, asked_for = route.screen] {
        signed_in_ = true;
        if (tell_other_tabs) tell_other_tabs("signed-in");
        sign_in_.reset();
        // A link to the sign-in itself leads home; any other link lands where it pointed.
        if (asked_for == Screen::SignIn && navigate) navigate("#/");
      });
      break;
    case Screen::Residents:
      actions = residents_.draw(ui, size, go);
      break;
    case Screen::Service:
      actions = flow(route.resource).draw(ui, size, go, [this](const ui::PrintDocument& document) {
        if (print) print(document);
      });
      break;
    case Screen::Visa:
      actions = visa_.draw(ui, size, go, [this](const ui::PrintDocument& document) {
        if (print) print(document);
      });
      break;
    case Screen::Transfers:
      actions = transfers_.draw(ui, size, go);
      break;
    case Screen::VisaInquiry:
      actions = visa_inquiry_.draw(ui, size, go);
      break;
    case Screen::VisaValidity:
      actions = visa_validity_.draw(ui, size, signed_in_);
      break;
    case Screen::Register:
      actions = register_.draw(ui, size, go);
      break;
    case Screen::Users:
      actions = users_.draw(ui, size, go);
      break;
    case Screen::Subscribe:
      actions = subscribe_.draw(ui, size, go);
      break;
    case Screen::Activate:
      actions = activate_.draw(ui, size, go);
      break;
    case Screen::Tawasul:
      actions = tawasul_.draw(ui, size, go);
      break;
    case Screen::TawasulRequest:
      actions = route.resource == "new"
                    ? new_tawasul_.draw(ui, size, go)
                    : tawasul_request_.draw(ui, size, go, [this](const ui::DownloadFile& file) {
                        if (download) download(file);
                      });
      break;
    case Screen::Reports:
      actions = reports_.draw(ui, size, go);
      break;
    case Screen::RenewalBatch:
      actions = renewal_batch_.draw(ui, size, go, to_print, to_download);
      break;
    case Screen::Report:
      actions = report_.draw(ui, size, go, to_print, to_download);
      break;
    case Screen::NotFound:
      actions = ui::draw_not_found_screen(ui, size, signed_in_, go);
      break;
    case Screen::ResidentFile:
      actions = file_.draw(ui, size, go);
      break;
    case Screen::Verify:
      actions = verify_.draw(ui, size);
      break;
    case Screen::Dashboard:
    default:
      actions = dashboard_.draw(ui, size, go);
      break;
  }
  if (signed_in_ && in_front_ && ui::session_warning(ui, portal_, now).sign_out) actions.sign_out = true;
  // "Contact support" beside an error: the new request's page, filled in with what failed.
  if (ui::take_support_request() && navigate) navigate("#/tawasul/new");
  if (actions.sign_out) sign_out();
  return actions;
}

}  // namespace muqeem::app

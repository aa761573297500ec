#pragma once
// The screens that work with the portal: signing in, the dashboard, residents, every e-service (each
// a definition on the shared transaction flow), a visa, the transfers, and what ties them together:
// the API client, the session (a screen that needs one shows the sign-in instead, and after signing
// in the person lands where the link pointed, with the form as they left it), signing out
// (everything forgotten), and asking the platform to navigate and print.
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "api/portal_client.h"
#include "app/route.h"
#include "ui/flows/transaction_flow.h"
#include "ui/print_document.h"
#include "ui/screens/activate_screen.h"
#include "ui/screens/dashboard_screen.h"
#include "ui/screens/register_screen.h"
#include "ui/screens/renewal_batch_screen.h"
#include "ui/screens/report_screen.h"
#include "ui/screens/reports_screen.h"
#include "ui/screens/resident_file_screen.h"
#include "ui/screens/residents_screen.h"
#include "ui/screens/sign_in_screen.h"
#include "ui/screens/subscribe_screen.h"
#include "ui/screens/tawasul_screens.h"
#include "ui/screens/transfers_screen.h"
#include "ui/screens/users_screen.h"
#include "ui/screens/verify_screen.h"
#include "ui/screens/visa_inquiry_screen.h"
#include "ui/screens/visa_screen.h"
#include "ui/screens/visa_validity_screen.h"

namespace muqeem::app {

class PortalScreens {
 public:
  explicit PortalScreens(api::Transport& transport);

  // The route changed: screens take their parameters from it.
  void follow(const Route& route);
  // Draws the route's screen (or the sign-in, when it needs a session and there is none).
  // `now` is wall-clock time, epoch seconds (the session's end is one).
  ui::PageActions draw(ui::Ui& ui, ImVec2 size, const Route& route, double now);
  // When the page must wake up by itself (the session warning), epoch seconds.
  std::optional<double> wake_at() const;

  bool signed_in() const { return signed_in_; }
  api::PortalClient& client() { return portal_; }
  // The transaction flow of a service by its address's name ("exit-reentry"), made now if it was
  // not opened before; nullptr if there is no such service.
  ui::TransactionFlow* service(const std::string& name);

  std::function<void(const std::string& hash)> navigate;  // the platform sets location.hash
  std::function<void(const ui::PrintDocument&)> print;
  std::function<void(const ui::DownloadFile&)> download;  // the browser saves the file
  std::function<void()> forget_interaction;               // signing out: no control keeps what was typed

  // The browser app: the session is in an HttpOnly cookie, so a reload or a new tab asks the server
  // whether it is still on before showing a screen that needs it (a short "loading" meanwhile,
  // never a flash of the sign-in).
  // `resume` false: the session was just ended here (a kiosk reset), so there is none to ask after.
  void use_browser_session(bool resume = true);
  // Tells the page's other tabs what happened to the one session ("signed-out", "extended:<end>");
  // the platform sends it on a BroadcastChannel.
  std::function<void(const std::string&)> tell_other_tabs;
  // What another tab told: signing out there signs out here; a kept session moves this tab's end;
  // another tab in front takes the session's warning.
  void heard_from_other_tab(const std::string& message);
  // This tab came in front (shown, or focused): the warning before the session ends shows here, and
  // only here, since "stay signed in" in any tab keeps every tab's session.
  void came_to_front();
  // The page's early sign-in form (before the app started): the sign-in carries on from it.
  void take_over_sign_in(const ui::EarlySignIn& early) { sign_in_.take_over(early); }
  // A kiosk's visit ends: signed out on the server if signed in, and every screen forgets its state.
  void end_visit() { sign_out(signed_in_); }

 private:
  // Forgets every screen's state and shows the sign-in; `tell_server` is false when the session is
  // already over there (another tab ended it).
  void sign_out(bool tell_server = true);
  ui::TransactionFlow& flow(const std::string& service_name);

  api::PortalClient portal_;
  bool signed_in_ = false;
  bool resuming_ = false;  // asking the server whether the browser's cookie still names a session
  bool in_front_ = true;   // the tab the officer last looked at (a new tab is)
  ui::SignInScreen sign_in_;
  ui::DashboardScreen dashboard_;
  ui::ResidentsScreen residents_;
  std::map<std::string, std::unique_ptr<ui::TransactionFlow>> services_;  // those opened so far
  ui::ResidentFileScreen file_;
  ui::VerifyScreen verify_;
  ui::VisaScreen visa_;
  ui::TransfersScreen transfers_;
  ui::VisaInquiryScreen visa_inquiry_;
  ui::VisaValidityScreen visa_validity_;
  ui::ReportsScreen reports_;
  ui::ReportScreen report_;
  ui::TawasulListScreen tawasul_;
  ui::NewTawasulScreen new_tawasul_;
  ui::TawasulRequestScreen tawasul_request_;
  ui::ActivateScreen activate_;
  ui::SubscribeScreen subscribe_;
  ui::UsersScreen users_;
  ui::RegisterScreen register_;
  ui::RenewalBatchScreen renewal_batch_;
};

}  // namespace muqeem::app

#pragma once
// Routes: every screen has a URL fragment ("#/", "#/services/exit-reentry?iqama=…"), so links, the
// back button and tests can reach it. The routes are a table (route.cpp): a path or a path prefix
// naming a resource, the screen it opens, and whether it needs a session. Parsing is plain string
// work, tested natively; an address the table does not know is "not found", never another screen.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace muqeem::app {

enum class Screen {
  Welcome,         // #/welcome: the product's name and what it is for
  Specimen,        // #/specimen?text=…
  Gallery,         // #/gallery
  SignIn,          // #/sign-in
  Dashboard,       // #/
  Residents,       // #/residents?q=…&expiring=30&nationality=IND
  ResidentFile,    // #/residents/2123456789
  Service,         // #/services/exit-reentry?iqama=2123456789: a transaction (the resource names which)
  Visa,            // #/visas/4123456789: a visa, with what can be done to it
  VisaInquiry,     // #/visas?iqama=2123456789 or #/visas?number=4123456789: the visa inquiry
  VisaValidity,    // #/visa-validity: the public check of a visa's validity (no sign-in)
  Reports,         // #/reports: the reports, grouped
  Report,          // #/reports/iqama-expiry?from=…&to=…: one report (the resource names which)
  Activate,        // #/activate?username=…: a new user activates their account (public)
  Subscribe,       // #/subscribe: an establishment requests a subscription (public)
  Users,           // #/users: the establishment's users (its primary user's page)
  Register,        // #/register: a person registers as a user (public)
  RenewalBatch,    // #/renewals/batches/12: a renewal batch, carried on until done, and its outcomes
  Tawasul,         // #/tawasul: the establishment's support requests
  TawasulRequest,  // #/tawasul/{requestNumber}, or #/tawasul/new for a new one
  Transfers,       // #/transfers: transfers of services asked by and of the establishment
  Verify,          // #/verify?code=…: what a printed document's QR code opens (public)
  NotFound,        // any other address
};

// Screens that show an establishment's data: they need a session.
bool needs_session(Screen screen);

// The services' addresses (#/services/<name>); PortalScreens makes a transaction flow for each.
const std::vector<std::string>& service_names();

// The reports' addresses (#/reports/<name>), as the portal names them (GET /api/v1/reports/{name}).
const std::vector<std::string>& report_names();

struct Route {
  Screen screen = Screen::Dashboard;
  std::map<std::string, std::string> params;  // decoded query parameters
  std::string resource;                       // the path's last part where it names one (an iqama)

  // The parameter's value, or `fallback` when it is absent.
  const std::string& param(const std::string& name, const std::string& fallback) const;
};

// Parses a location hash such as "#/specimen?text=%D9%85%D9%82%D9%8A%D9%85&size=48". An empty hash
// is the dashboard; malformed escapes are kept as typed rather than dropped.
Route parse_route(std::string_view hash);

}  // namespace muqeem::app

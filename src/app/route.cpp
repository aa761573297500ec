#include "app/route.h"

#include <algorithm>

#include "api/url.h"

namespace muqeem::app {
namespace {

struct RouteEntry {
  std::string_view path;  // exact, or a prefix ending in '/' followed by the resource
  Screen screen;
  bool session;
};

constexpr RouteEntry kRoutes[] = {
    {"", Screen::Dashboard, true},
    {"/", Screen::Dashboard, true},
    {"/welcome", Screen::Welcome, false},
    {"/specimen", Screen::Specimen, false},
    {"/gallery", Screen::Gallery, false},
    {"/sign-in", Screen::SignIn, false},
    {"/residents", Screen::Residents, true},
    {"/residents/", Screen::ResidentFile, true},
    {"/services/", Screen::Service, true},
    {"/visas/", Screen::Visa, true},
    {"/transfers", Screen::Transfers, true},
    {"/verify", Screen::Verify, false},
    {"/visas", Screen::VisaInquiry, true},
    {"/visa-validity", Screen::VisaValidity, false},
    {"/reports", Screen::Reports, true},
    {"/reports/", Screen::Report, true},
    {"/tawasul", Screen::Tawasul, true},
    {"/tawasul/", Screen::TawasulRequest, true},
    {"/activate", Screen::Activate, false},
    {"/subscribe", Screen::Subscribe, false},
    {"/users", Screen::Users, true},
    {"/register", Screen::Register, false},
    {"/renewals/batches/", Screen::RenewalBatch, true},
};

}  // namespace

const std::vector<std::string>& service_names() {
  static const std::vector<std::string> names = {
      "renew-iqama", "issue-iqama", "exit-reentry", "final-exit", "occupation-change", "transfer",
      "passport-update", "resident-report",
      // Reached from a visa's page and from the transfers asked of the establishment.
      "visa-extension", "visa-cancellation", "transfer-accept", "transfer-decline",
      // Reached from the users page.
      "user-add", "user-permissions",
      // Reached from the residents list filtered to expiring or expired iqamas.
      "renew-batch"};
  return names;
}

const std::vector<std::string>& report_names() {
  static const std::vector<std::string> names = {
      "residents", "iqama-expiry", "iqama-renewals",    "iqama-issues", "occupation-changes",
      "transfers", "visas",        "visa-transactions", "final-exits",  "payments"};
  return names;
}

const std::string& Route::param(const std::string& name, const std::string& fallback) const {
  const auto found = params.find(name);
  return found == params.end() ? fallback : found->second;
}

bool needs_session(Screen screen) {
  for (const auto& entry : kRoutes)
    if (entry.screen == screen) return entry.session;
  return false;
}

Route parse_route(std::string_view hash) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  const size_t question = hash.find('?');
  const std::string_view path = hash.substr(0, question);
  Route route;
  route.screen = Screen::NotFound;
  for (const auto& entry : kRoutes) {
    if (entry.path == path) {
      route.screen = entry.screen;
      break;
    }
    const bool prefix = !entry.path.empty() && entry.path.back() == '/' && entry.path.size() > 1;
    if (!prefix || path.size() <= entry.path.size() || path.substr(0, entry.path.size()) != entry.path)
      continue;
    const std::string_view rest = path.substr(entry.path.size());
    if (rest.find('/') != std::string_view::npos) continue;
    route.screen = entry.screen;
    route.resource = api::percent_decode(rest).value_or(std::string(rest));
    break;
  }
  if (route.screen == Screen::Service) {
    const auto& names = service_names();
    if (std::find(names.begin(), names.end(), route.resource) == names.end()) route.screen = Screen::NotFound;
  }
  if (route.screen == Screen::Report) {
    const auto& names = report_names();
    if (std::find(names.begin(), names.end(), route.resource) == names.end()) route.screen = Screen::NotFound;
  }
  if (question != std::string_view::npos) route.params = api::parse_query(hash.substr(question + 1));
  return route;
}

}  // namespace muqeem::app

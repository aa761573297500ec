#include "portal/portal_instance.h"

#include <ctime>
#include <fstream>

#include <nlohmann/json.hpp>

namespace muqeem::portal {
namespace {

// A string from one of the app's catalogues (<folder>/<lang>.json); "" when absent.
std::string catalogue_text(const std::string& path, const std::string& key) {
  std::ifstream in(path);
  const auto catalogue = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  return catalogue.is_object() && catalogue.value(key, nlohmann::json()).is_string()
             ? catalogue[key].get<std::string>()
             : std::string();
}

// The same message in both languages, one under the other, as the SMS carries it.
std::string bilingual_message(const std::string& catalogues, const std::string& key) {
  const std::string arabic = catalogue_text(catalogues + "/ar.json", key);
  const std::string english = catalogue_text(catalogues + "/en.json", key);
  return arabic.empty() || english.empty() ? std::string() : arabic + "\n" + english;
}

}  // namespace

std::unique_ptr<PortalInstance> PortalInstance::start(const PortalSetup& setup, std::string* error) {
  const auto fail = [error](const std::string& why) {
    if (error) *error = why;
    return nullptr;
  };
  std::unique_ptr<PortalInstance> portal(new PortalInstance());
  std::string reason;
  portal->db_ = store::Database::open(setup.database, &reason, setup.journal);
  if (!portal->db_) return fail("cannot open the database " + setup.database + ": " + reason);
  if (setup.demo_data) store::seed_demo_data(*portal->db_, *setup.demo_data);

  portal->captcha_font_ = text::Font::from_file(setup.fonts + "/IBMPlexSans-Bold.ttf");
  auth::SignInPolicy policy;
  policy.code_message = bilingual_message(setup.catalogues, "sms.signInCode");
  auth::SecurityCodePolicy code_policy;
  code_policy.message = bilingual_message(setup.catalogues, "sms.securityCode");
  const std::string activation = bilingual_message(setup.catalogues, "sms.activationCode");
  const std::string registration = bilingual_message(setup.catalogues, "sms.registrationCode");
  if (!portal->captcha_font_ || policy.code_message.empty() || code_policy.message.empty() ||
      activation.empty() || registration.empty())
    return fail(setup.fonts + " or " + setup.catalogues +
                " lacks the fonts or catalogues (build the site: make wasm)");

  portal->sms_ = std::make_unique<auth::OutboxSmsGateway>(*portal->db_);
  portal->sign_in_ = std::make_unique<auth::SignIn>(*portal->db_, *portal->sms_, policy);
  portal->security_codes_ = std::make_unique<auth::SecurityCodes>(*portal->db_, *portal->sms_, code_policy);
  const auto now = [] { return static_cast<int64_t>(std::time(nullptr)); };
  portal->services_ = std::make_unique<PortalServices>(PortalServices{
      *portal->db_, *portal->sign_in_, *portal->security_codes_, *portal->captcha_font_, now, setup.demo});
  std::string origin = setup.public_url;
  while (!origin.empty() && origin.back() == '/') origin.pop_back();
  portal->services_->public_origin = origin;
  portal->services_->sms = portal->sms_.get();
  portal->services_->activation_message = activation;
  portal->services_->registration_message = registration;
  if (!portal->services_->rules) return fail("the rules compiled in from assets/rules/ do not parse");
  portal->router_ = std::make_unique<Router>(StaticSite(setup.site), portal->services_.get());
  return portal;
}

}  // namespace muqeem::portal

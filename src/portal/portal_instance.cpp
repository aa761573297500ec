#include "portal/portal_instance.h"

#include <ctime>
#include <fstream>

#include <nlohmann/json.hpp>

#include "portal/static_site.h"

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
std::string bilingual_message(const std::string& arabic_file, const std::string& english_file,
                              const std::string& key) {
  const std::string arabic = catalogue_text(arabic_file, key);
  const std::string english = catalogue_text(english_file, key);
  return arabic.empty() || english.empty() ? std::string() : arabic + "\n" + english;
}

}  // namespace

// Members are declared in the order they are built: each refers to those above it.
struct PortalInstance::Lane {
  std::shared_ptr<const text::Font> captcha_font;  // shared by every lane; only read
  std::unique_ptr<store::Database> db;
  std::unique_ptr<auth::OutboxSmsGateway> sms;
  std::unique_ptr<auth::SignIn> sign_in;
  std::unique_ptr<auth::SecurityCodes> security_codes;
  std::unique_ptr<PortalServices> services;
  std::unique_ptr<Router> router;
};

std::unique_ptr<PortalInstance> PortalInstance::start(const PortalSetup& setup, std::string* error) {
  const auto fail = [error](const std::string& why) {
    if (error) *error = why;
    return nullptr;
  };
  std::unique_ptr<PortalInstance> portal(new PortalInstance());
  portal->setup_ = setup;
  std::string reason;
  auto db = store::Database::open(setup.database, &reason, setup.journal);
  if (!db) return fail("cannot open the database " + setup.database + ": " + reason);
  if (setup.demo_data) store::seed_demo_data(*db, *setup.demo_data);

  portal->captcha_font_ = text::Font::from_file(site_file(setup.fonts, "IBMPlexSans-Bold.ttf"));
  const std::string arabic = site_file(setup.catalogues, "ar.json");
  const std::string english = site_file(setup.catalogues, "en.json");
  portal->sign_in_message_ = bilingual_message(arabic, english, "sms.signInCode");
  portal->security_code_message_ = bilingual_message(arabic, english, "sms.securityCode");
  portal->activation_message_ = bilingual_message(arabic, english, "sms.activationCode");
  portal->registration_message_ = bilingual_message(arabic, english, "sms.registrationCode");
  if (!portal->captcha_font_ || portal->sign_in_message_.empty() || portal->security_code_message_.empty() ||
      portal->activation_message_.empty() || portal->registration_message_.empty())
    return fail(setup.fonts + " or " + setup.catalogues +
                " lacks the fonts or catalogues (build the site: make wasm)");
  portal->first_ = portal->lane_on(std::move(db));
  if (!portal->first_->services->rules) return fail("the rules compiled in from assets/rules/ do not parse");
  return portal;
}

PortalInstance::~PortalInstance() = default;

std::shared_ptr<PortalInstance::Lane> PortalInstance::lane_on(std::unique_ptr<store::Database> db) const {
  auto lane = std::make_shared<Lane>();
  lane->captcha_font = captcha_font_;
  lane->db = std::move(db);
  lane->sms = std::make_unique<auth::OutboxSmsGateway>(*lane->db);
  auth::SignInPolicy policy;
  policy.code_message = sign_in_message_;
  lane->sign_in = std::make_unique<auth::SignIn>(*lane->db, *lane->sms, policy);
  auth::SecurityCodePolicy code_policy;
  code_policy.message = security_code_message_;
  lane->security_codes = std::make_unique<auth::SecurityCodes>(*lane->db, *lane->sms, code_policy);
  const auto now = [] { return static_cast<int64_t>(std::time(nullptr)); };
  lane->services = std::make_unique<PortalServices>(PortalServices{
      *lane->db, *lane->sign_in, *lane->security_codes, *lane->captcha_font, now, setup_.demo});
  std::string origin = setup_.public_url;
  while (!origin.empty() && origin.back() == '/') origin.pop_back();
  lane->services->public_origin = origin;
  lane->services->sms = lane->sms.get();
  lane->services->activation_message = activation_message_;
  lane->services->registration_message = registration_message_;
  lane->router = std::make_unique<Router>(StaticSite(setup_.site), lane->services.get());
  return lane;
}

const Router& PortalInstance::router() const {
  return *first_->router;
}

store::Database& PortalInstance::database() {
  return *first_->db;
}

std::shared_ptr<const Router> PortalInstance::open_lane(std::string* error) const {
  if (setup_.database.empty() || setup_.database == ":memory:") {
    if (error) *error = "a database in memory has no file for another connection";
    return nullptr;
  }
  // A lane is handed to one request at a time (lane_pool.h), so SQLite need not lock each call.
  auto db = store::Database::open(setup_.database, error, setup_.journal,
                                  store::Database::Threads::OneThreadAtATime);
  if (!db) return nullptr;
  const std::shared_ptr<Lane> lane = lane_on(std::move(db));
  return std::shared_ptr<const Router>(lane, lane->router.get());  // the router keeps its lane alive
}

}  // namespace muqeem::portal

// Fuzzes the portal API through its router with a seeded demo database: random methods, paths,
// query parameters, bearer tokens and bodies (malformed JSON, wrong types, huge or invalid UTF-8
// strings, SQL). Every answer must be a well-formed HTTP response: 2xx with JSON, or a 4xx problem
// (never a 5xx, never a crash), and nothing may change the residents.
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "portal/router.h"
#include "portal/store/demo_data.h"

using namespace muqeem::portal;

namespace {

struct World {
  std::unique_ptr<store::Database> db = store::Database::open(":memory:");
  std::unique_ptr<muqeem::text::Font> font =
      muqeem::text::Font::from_file(MUQEEM_FONT_DIR "/IBMPlexSans-Bold.ttf");
  auth::OutboxSmsGateway sms{*db};
  auth::SignIn sign_in{*db, sms, auth::SignInPolicy{.code_message = "{code}"}};
  auth::SecurityCodes security_codes{*db, sms};
  PortalServices services{*db, sign_in, security_codes, *font, [] { return int64_t{1'767'225'600}; }, true};
  Router router{StaticSite("/nonexistent"), &services};
  World() {
    store::seed_demo_data(*db, {40, 10, {2026, 1, 1}, 5, auth::PasswordCost::Minimum});
    services.sms = &sms;
  }
  int64_t residents() {
    store::Statement count = db->prepare("SELECT count(*) FROM resident");
    return count.step() ? count.integer(0) : -1;
  }
};

// Splits the input at NUL bytes into the request's parts.
std::string take(const uint8_t*& data, size_t& size) {
  std::string part;
  while (size > 0 && *data != 0) {
    part.push_back(static_cast<char>(*data++));
    --size;
  }
  if (size > 0) {
    ++data;
    --size;
  }
  return part;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static World world;
  static const char* const paths[] = {"/api/v1/auth/captcha",
                                      "/api/v1/auth/sign-in",
                                      "/api/v1/auth/verify-code",
                                      "/api/v1/auth/resend-code",
                                      "/api/v1/auth/session/extend",
                                      "/api/v1/auth/sign-out",
                                      "/api/v1/residents",
                                      "/api/v1/demo/outbox",
                                      "/api/v1/auth/security-code",
                                      "/api/v1/establishment",
                                      "/api/v1/iqama-renewals",
                                      "/api/v1/iqama-renewals/quote",
                                      "/api/v1/iqama-renewals/0300000001",
                                      "/api/v1/public/verifications/0123456789ABCDEF",
                                      "/api/v1/tawasul/requests",
                                      "/api/v1/tawasul/requests/TW00000002/replies",
                                      "/api/v1/users",
                                      "/api/v1/users/verification",
                                      "/api/v1/public/user-activations",
                                      "/api/v1/public/subscription-requests",
                                      "/api/v1/public/registrations",
                                      "/api/v1/lookups/cities",
                                      "/api/v1/public/visa-validity",
                                      "/api/v1/exit-reentry-visas",
                                      "/api/v1/reports/transfers"};
  if (size < 2) return 0;
  Request request;
  request.method = (data[0] & 1) ? "POST" : "GET";
  request.path = (data[0] & 2) ? std::string("/api/v1/") : paths[(data[0] >> 2) % std::size(paths)];
  // The second byte decides whether state changes carry an Idempotency-Key.
  if (data[1] & 1) request.headers["idempotency-key"] = "fuzz-key";
  data += 2;
  size -= 2;
  if (request.path == "/api/v1/") request.path += take(data, size);
  request.query["query"] = take(data, size);
  request.query["size"] = take(data, size);
  request.query["sort"] = take(data, size);
  request.query["status"] = take(data, size);
  request.headers["authorization"] = "Bearer " + take(data, size);
  request.body = std::string(reinterpret_cast<const char*>(data), size);

  const Response response = world.router.handle(request);
  if (response.status >= 500 || response.status < 200) std::abort();
  if (response.status >= 400 && response.header("Content-Type") != "application/problem+json") std::abort();
  if (!response.body.empty() && response.header("Content-Type").find("json") != std::string::npos &&
      nlohmann::json::parse(response.body, nullptr, false).is_discarded())
    std::abort();
  if (world.residents() != 50) std::abort();
  return 0;
}

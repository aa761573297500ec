// The portal's own cost per API request, without sockets: the resident lookup by iqama number that
// `make bench-http` drives over HTTP, through the router in-process, signed in as a demo officer.
// The gap between this and the HTTP figure is what the server around the router costs. Prints
// figures; asserts nothing.
#include <benchmark/benchmark.h>

#include <unistd.h>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "portal/api_responses.h"
#include "portal/outbox_sign_in.h"
#include "portal/portal_instance.h"

namespace {

using namespace muqeem::portal;
using nlohmann::json;

struct SignedInPortal {
  std::unique_ptr<PortalInstance> portal;
  std::string token, iqama;

  Response call(const std::string& method, const std::string& path, const std::string& body = "",
                std::map<std::string, std::string> query = {}) const {
    Request request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.query = std::move(query);
    request.remote_address = "127.0.0.1";
    if (!token.empty()) request.set_header("Authorization", "Bearer " + token);
    return portal->router().handle(request);
  }
};

SignedInPortal& signed_in() {
  static SignedInPortal* portal = [] {
    const auto folder = std::filesystem::temp_directory_path() / ("muqeem-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    PortalSetup setup{(folder / "portal.db").string(), store::Journal::Wal, "", MUQEEM_FONT_DIR,
                      MUQEEM_SOURCE_DIR "/assets/i18n"};
    setup.demo_data = store::DemoData{3000, 200, riyadh_today(static_cast<int64_t>(std::time(nullptr)))};
    setup.demo = true;
    auto* made = new SignedInPortal{PortalInstance::start(setup, nullptr), "", ""};
    made->token = muqeem::test::sign_in_through_outbox(
        [made](const char* method, const char* path, const std::string& body) {
          return made->call(method, path, body);
        });
    made->iqama = json::parse(
        made->call("GET", "/api/v1/residents", "", {{"size", "1"}}).body)["content"][0]["iqamaNumber"];
    return made;
  }();
  return *portal;
}

void RouterLookUpByIqamaNumber(benchmark::State& state) {
  const SignedInPortal& portal = signed_in();
  for (auto _ : state) {
    const Response response = portal.call("GET", "/api/v1/residents", "", {{"query", portal.iqama}});
    if (response.status != 200) state.SkipWithError(response.body.c_str());
    benchmark::DoNotOptimize(response.body.data());
  }
}
BENCHMARK(RouterLookUpByIqamaNumber)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

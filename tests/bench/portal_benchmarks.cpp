// The portal's own cost per API request, without sockets, through the router in-process, signed in
// as a demo officer:
//  - the resident lookup by iqama number that `make bench-http` drives over HTTP (the gap between the
//    two figures is what the server around the router costs);
//  - renewing 500 iqamas in one batch (quote, create, every /continue) against renewing them one at a
//    time (quote and submit each), per renewal; the comparison is printed after the table.
// Prints figures; asserts nothing about speed. A renewal that does not happen fails its benchmark
// (an error in the table, no comparison, exit status 1): timing a refusal would measure nothing.
#include <benchmark/benchmark.h>

#include <unistd.h>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "portal/api_responses.h"
#include "portal/outbox_sign_in.h"
#include "portal/portal_instance.h"
#include "portal/renewal_batch_routes.h"

namespace {

using namespace muqeem::portal;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

struct SignedInPortal {
  std::unique_ptr<PortalInstance> portal;
  std::string token, iqama;

  Response call(const std::string& method, const std::string& path, const std::string& body = "",
                std::map<std::string, std::string> query = {},
                std::map<std::string, std::string> headers = {}) const {
    Request request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.query = std::move(query);
    request.remote_address = "127.0.0.1";
    for (auto& [name, value] : headers) request.set_header(name, std::move(value));
    if (!token.empty()) request.set_header("Authorization", "Bearer " + token);
    return portal->router().handle(request);
  }
};

// Where this run's databases are, removed once the benchmarks are done.
std::filesystem::path bench_folder() {
  return std::filesystem::temp_directory_path() / ("muqeem-bench-" + std::to_string(getpid()));
}

// A demo portal of its own (a database file `name` in this run's folder), signed in as the demo
// establishment's primary user.
SignedInPortal* start_signed_in(const std::string& name) {
  std::filesystem::create_directories(bench_folder());
  PortalSetup setup{(bench_folder() / name).string(), store::Journal::Wal, "", MUQEEM_FONT_DIR,
                    MUQEEM_SOURCE_DIR "/assets/i18n"};
  setup.demo_data = store::DemoData{3000, 200, riyadh_today(static_cast<int64_t>(std::time(nullptr)))};
  setup.demo = true;
  auto* made = new SignedInPortal{PortalInstance::start(setup, nullptr), "", ""};
  made->token = muqeem::test::sign_in_through_outbox(
      [made](const char* method, const char* path, const std::string& body) {
        return made->call(method, path, body);
      });
  return made;
}

SignedInPortal& signed_in() {
  static SignedInPortal* portal = [] {
    SignedInPortal* made = start_signed_in("portal.db");
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

// --- Renewals: a batch of 500 against single renewals -------------------------------------------------

constexpr int kBatchSize = 500;
constexpr int kSingles = 50;
constexpr int64_t kRenewalFeeHalalas = 65000;  // SAR 650, a 12-month renewal (assets/rules/fees.json)

// A portal apart from the lookups' (its residents are renewed, its balance spent), handing out
// residents of the demo establishment made eligible, each only once, so that repetitions renew
// fresh ones until the 3,000 run out.
class RenewingPortal {
 public:
  RenewingPortal() : portal_(*start_signed_in("renewals.db")) {}

  const SignedInPortal& portal() const { return portal_; }

  // The next `count` residents, made renewable for 12 months today as the router tests arrange them
  // (renewal_fixture.h), with their violations paid and the balance raised by their fees (the seeded
  // SAR 50,000 covers only 76 of them). Empty when the demo has no more.
  std::vector<std::string> take_eligible(int count) {
    store::Database& db = portal_.portal->database();
    std::vector<std::string> iqamas;
    store::Statement pick = db.prepare(
        "SELECT iqama_number FROM resident WHERE establishment_id = 1 ORDER BY id LIMIT ?1 OFFSET ?2");
    pick.bind(1, int64_t{count}).bind(2, next_);
    while (pick.step()) iqamas.push_back(pick.text(0));
    if (static_cast<int>(iqamas.size()) < count) return {};

    const auto today = riyadh_today(static_cast<int64_t>(std::time(nullptr)));
    const std::string taken =
        "(SELECT id FROM resident WHERE establishment_id = 1 ORDER BY id LIMIT ?1 OFFSET ?2)";
    store::Database::Transaction transaction(db);
    db.prepare(
          "UPDATE resident SET iqama_expiry = ?3, passport_expiry = ?4, insurance_expiry = ?5, "
          "inside_kingdom = 1, absent_reported_on = NULL, late_renewals = 0, occupation_code = "
          "'ENG-CIV' WHERE id IN " +
          taken)
        .bind(1, int64_t{count})
        .bind(2, next_)
        .bind(3, today.plus_days(60).iso())  // due (inside the window), not late
        .bind(4, today.plus_months(60).iso())
        .bind(5, today.plus_months(12).iso())
        .run();
    db.prepare("UPDATE traffic_violation SET paid = 1 WHERE resident_id IN " + taken)
        .bind(1, int64_t{count})
        .bind(2, next_)
        .run();
    db.prepare("UPDATE establishment SET balance_halalas = balance_halalas + ?1 WHERE id = 1")
        .bind(1, count * kRenewalFeeHalalas)
        .run();
    transaction.commit();
    next_ += count;
    return iqamas;
  }

  // Asks for a security code for `operation` and reads it from the demo outbox, as the officer reads
  // the SMS; "" when none was sent.
  std::string security_code(const std::string& operation) const {
    const Response sent =
        portal_.call("POST", "/api/v1/auth/security-code", json{{"operation", operation}}.dump());
    if (sent.status != 201) return "";
    const std::string text =
        json::parse(portal_.call("GET", "/api/v1/demo/outbox").body)["messages"][0]["text"];
    return text.substr(text.size() - 6);
  }

 private:
  SignedInPortal& portal_;
  int64_t next_ = 0;
};

RenewingPortal& renewing() {
  static RenewingPortal* portal = new RenewingPortal();
  return *portal;
}

// What the two renewal benchmarks measured, for the comparison printed after the table. Times are
// spent inside the router only: asking for security codes, reading them from the outbox, building
// request bodies and parsing answers are the client's, untimed, in both.
struct RenewalFigures {
  int batch_renewed = 0;
  double batch_ms = 0, batch_quote_ms = 0;
  int singles = 0;
  double singles_ms = 0;
  std::string failure;  // the last renewal benchmark that stopped, and why
};
RenewalFigures& renewal_figures() {
  static RenewalFigures figures;
  return figures;
}

// Stops a renewal benchmark: the table shows the error and the program exits with a failure.
void fail(benchmark::State& state, const char* benchmark, const std::string& why) {
  renewal_figures().failure = std::string(benchmark) + ": " + why;
  state.SkipWithError(why.c_str());
}
// What the router answered, for a failure's message.
std::string answered(const Response& response) {
  return " (HTTP " + std::to_string(response.status) + ": " + response.body.substr(0, 300) + ")";
}

double milliseconds(Clock::duration spent) {
  return std::chrono::duration<double, std::milli>(spent).count();
}

// Answers `send()` and adds the time it took to `spent`.
template <typename Send>
Response timed(Clock::duration& spent, Send send) {
  const auto start = Clock::now();
  Response response = send();
  spent += Clock::now() - start;
  return response;
}

std::string batch_body(const std::vector<std::string>& iqamas, const std::string& code) {
  json body = {{"durationMonths", 12}, {"items", json::array()}};
  for (const auto& iqama : iqamas) body["items"].push_back({{"iqamaNumber", iqama}});
  if (!code.empty()) body["securityCode"] = code;
  return body.dump();
}

void RouterRenewalBatchOf500(benchmark::State& state) {
  constexpr const char* kName = "RouterRenewalBatchOf500";
  RenewingPortal& renewals = renewing();
  const SignedInPortal& portal = renewals.portal();
  for (auto _ : state) {
    const auto iqamas = renewals.take_eligible(kBatchSize);
    if (iqamas.empty()) return fail(state, kName, "the demo has no more residents to renew");
    const std::string quote_request = batch_body(iqamas, "");
    const std::string create_request = batch_body(iqamas, renewals.security_code(kRenewalBatchOperation));

    Clock::duration quoting{}, spent{};
    const Response quoted = timed(
        quoting, [&] { return portal.call("POST", "/api/v1/iqama-renewals/batches/quote", quote_request); });
    spent += quoting;
    if (quoted.status != 200 || json::parse(quoted.body)["eligibleCount"] != kBatchSize)
      return fail(state, kName, "the batch's quote does not find all 500 eligible" + answered(quoted));
    const Response created = timed(spent, [&] {
      return portal.call("POST", "/api/v1/iqama-renewals/batches", create_request, {},
                         {{"Idempotency-Key", "bench-batch-" + iqamas.front()}});
    });
    if (created.status != 201) return fail(state, kName, "the batch was not created" + answered(created));
    const std::string carry_on = "/api/v1/iqama-renewals/batches/" +
                                 std::to_string(json::parse(created.body)["batchId"].get<int64_t>()) +
                                 "/continue";
    json batch;
    // Carried on until nothing is pending, as the app does; each call renews at least one item, so a
    // batch that stops moving fails instead of looping.
    for (int calls = 0; calls < kBatchSize + 5; ++calls) {
      const Response step = timed(spent, [&] { return portal.call("POST", carry_on); });
      if (step.status != 200) return fail(state, kName, "a /continue was refused" + answered(step));
      batch = json::parse(step.body);
      if (batch["done"]) break;
    }
    if (!batch["done"].get<bool>() || batch["renewed"] != kBatchSize)
      return fail(state, kName,
                  "the batch did not renew all 500: done " + batch["done"].dump() + ", renewed " +
                      batch["renewed"].dump() + ", not renewed " + batch["notRenewed"].dump());

    state.SetIterationTime(std::chrono::duration<double>(spent).count());
    state.counters["ms_each"] = milliseconds(spent) / kBatchSize;
    state.counters["quote_ms"] = milliseconds(quoting);
    renewal_figures().batch_renewed = batch["renewed"];
    renewal_figures().batch_ms = milliseconds(spent);
    renewal_figures().batch_quote_ms = milliseconds(quoting);
  }
}
BENCHMARK(RouterRenewalBatchOf500)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

void RouterSingleRenewal(benchmark::State& state) {
  constexpr const char* kName = "RouterSingleRenewal";
  RenewingPortal& renewals = renewing();
  const SignedInPortal& portal = renewals.portal();
  const auto iqamas = renewals.take_eligible(static_cast<int>(state.max_iterations));
  if (iqamas.empty()) return fail(state, kName, "the demo has no more residents to renew");
  Clock::duration total{};
  size_t next = 0;
  for (auto _ : state) {
    const std::string& iqama = iqamas[next++];
    const json fields = {{"iqamaNumber", iqama}, {"durationMonths", 12}};
    json submitted = fields;
    submitted["securityCode"] = renewals.security_code("iqama-renewal");
    const std::string quote_request = fields.dump(), submit_request = submitted.dump();

    Clock::duration spent{};
    const Response quoted =
        timed(spent, [&] { return portal.call("POST", "/api/v1/iqama-renewals/quote", quote_request); });
    if (quoted.status != 200 || !json::parse(quoted.body)["eligible"].get<bool>())
      return fail(state, kName, "the quote finds " + iqama + " not eligible" + answered(quoted));
    const Response renewed = timed(spent, [&] {
      return portal.call("POST", "/api/v1/iqama-renewals", submit_request, {},
                         {{"Idempotency-Key", "bench-single-" + iqama}});
    });
    if (renewed.status != 201) return fail(state, kName, iqama + " was not renewed" + answered(renewed));
    state.SetIterationTime(std::chrono::duration<double>(spent).count());
    total += spent;
  }
  renewal_figures().singles = static_cast<int>(next);
  renewal_figures().singles_ms = milliseconds(total);
}
BENCHMARK(RouterSingleRenewal)->Iterations(kSingles)->UseManualTime()->Unit(benchmark::kMillisecond);

// The batch against the single renewals, per renewal, once both have run; 1 when either failed.
int print_renewal_comparison() {
  const RenewalFigures& figures = renewal_figures();
  if (!figures.failure.empty()) {
    std::cerr << "renewal benchmarks FAILED, no figures: " << figures.failure << "\n";
    return 1;
  }
  if (figures.batch_renewed == 0 || figures.singles == 0) return 0;  // filtered out
  const double batch_each = figures.batch_ms / figures.batch_renewed;
  const double single_each = figures.singles_ms / figures.singles;
  std::cout << std::fixed << std::setprecision(0) << "renewal batch: " << figures.batch_renewed
            << " renewed in " << figures.batch_ms << " ms (" << std::setprecision(2) << batch_each
            << " ms each; quote " << std::setprecision(0) << figures.batch_quote_ms
            << " ms); single renewals: " << std::setprecision(2) << single_each << " ms each ("
            << figures.singles
            << " of them, quote + submit); batch/single per item = " << batch_each / single_each
            << " (time in the router only: security codes, outbox reads and JSON on the client side "
               "untimed in both)\n";
  return 0;
}

}  // namespace

// BENCHMARK_MAIN, then the renewal comparison after the table and the databases removed.
int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  const int status = print_renewal_comparison();
  std::error_code ignored;
  std::filesystem::remove_all(bench_folder(), ignored);
  return status;
}

// Resident search over 100,000 residents (issue 5's budget: a name-prefix search under 20 ms on the
// server). Prints figures; asserts nothing.
#include <benchmark/benchmark.h>

#include <unistd.h>
#include <filesystem>

#include "portal/store/demo_data.h"
#include "portal/store/residents.h"

namespace {

using namespace muqeem::portal::store;

Database& database() {
  static std::unique_ptr<Database> db = [] {
    const auto path =
        std::filesystem::temp_directory_path() / ("muqeem-bench-" + std::to_string(getpid()) + ".db");
    std::filesystem::remove(path);
    auto opened = Database::open(path.string());
    seed_demo_data(*opened, {100000, 1000, {2026, 1, 1}, 42});
    return opened;
  }();
  return *db;
}

void SearchByNamePrefix(benchmark::State& state) {
  const char* prefixes[] = {"Moh", "kha", "محمد", "Sar", "عمر"};
  Database& db = database();  // seeded before the clock starts
  size_t i = 0;
  for (auto _ : state) {
    ResidentQuery query{
        .establishment_id = kDemoEstablishment, .text = prefixes[i++ % 5], .today = {2026, 1, 1}};
    benchmark::DoNotOptimize(search_residents(db, query));
  }
}
BENCHMARK(SearchByNamePrefix)->Unit(benchmark::kMillisecond);

void LookUpByIqamaNumber(benchmark::State& state) {
  ResidentQuery first{.establishment_id = kDemoEstablishment, .today = {2026, 1, 1}, .size = 1};
  const std::string number = search_residents(database(), first).rows.at(0).iqama_number;
  for (auto _ : state) {
    ResidentQuery query{.establishment_id = kDemoEstablishment, .text = number, .today = {2026, 1, 1}};
    benchmark::DoNotOptimize(search_residents(database(), query));
  }
}
BENCHMARK(LookUpByIqamaNumber)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

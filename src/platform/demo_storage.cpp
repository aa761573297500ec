#include "platform/demo_storage.h"

#include <emscripten/emscripten.h>

#include <utility>
#include <vector>

extern "C" {
void muqeem_js_demo_load(const char* folder);
void muqeem_js_demo_save();
}

namespace muqeem::platform::demo_storage {
namespace {

struct State {
  std::function<void(bool)> loaded;
  bool saving = false;
  std::vector<std::function<void(bool)>> in_this_copy;  // waiting for the copy under way
  std::vector<std::function<void(bool)>> in_next_copy;  // asked for during it
};

State& state() {
  static State instance;
  return instance;
}

void start_copy() {
  State& s = state();
  s.saving = true;
  s.in_this_copy = std::exchange(s.in_next_copy, {});
  muqeem_js_demo_save();
}

}  // namespace

void load(const std::string& folder, std::function<void(bool)> loaded) {
  state().loaded = std::move(loaded);
  muqeem_js_demo_load(folder.c_str());
}

void save(std::function<void(bool)> saved) {
  State& s = state();
  s.in_next_copy.push_back(std::move(saved));
  if (!s.saving) start_copy();
}

}  // namespace muqeem::platform::demo_storage

using namespace muqeem::platform::demo_storage;

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_demo_loaded(int ok) {
  if (auto loaded = std::exchange(state().loaded, nullptr)) loaded(ok != 0);
}

extern "C" EMSCRIPTEN_KEEPALIVE void muqeem_demo_saved(int ok) {
  State& s = state();
  auto done = std::exchange(s.in_this_copy, {});
  s.saving = false;
  if (!s.in_next_copy.empty()) start_copy();
  for (auto& saved : done) saved(ok != 0);
}

// The rehearsal of the start, for Chromium's page thread (issue 16).
//
// V8 compiles a wasm function the first time it is called, on the thread that calls it. The app's
// start and first frames call some 1,600 functions, so the page's thread compiled them in its
// longest tasks (about 100 ms of them on a two-core machine, four times that in Lighthouse's
// simulation). The compiled code belongs to the module, not to an instance: shell/renderer.js runs
// these exports in a second instance of the same module on a worker first, and the page's instance
// then finds the start's functions compiled.
//
// It rehearses the sign-in page, where a signed-out officer starts (and Lighthouse measures), with
// every frame complete: a start on another page or already signed in finds the shared part compiled
// (ImGui, the text engine, the app's frame) and compiles the rest of its page itself.
//
// That instance is given nothing of the page: its imports do nothing (renderer.js), it is handed
// the site's fonts and catalogues (public files, no one's data), and it draws to nothing. The
// worker is ended as soon as it is done.
#include <emscripten.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "api/transport.h"
#include "platform/web_app.h"
#include "text/font_set.h"
#include "ui/catalogue.h"

namespace {

// The files loader.js downloads, by the name the app reads them by (fonts/…ttf, i18n/…json).
std::map<std::string, std::vector<unsigned char>>& rehearsal_files() {
  static std::map<std::string, std::vector<unsigned char>> files;
  return files;
}

// Requests go nowhere and are never answered: the rehearsal's first frames are those of a start
// whose replies have not come yet, and its worker is ended before any could.
class UnansweredTransport : public muqeem::api::Transport {
 public:
  void send(muqeem::api::HttpRequest, std::function<void(muqeem::api::TransportResult)>) override {}
};

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void muqeem_rehearsal_file(const char* name, const unsigned char* bytes, int size) {
  if (!name || !bytes || size < 0) return;
  rehearsal_files()[name].assign(bytes, bytes + size);
}

// 1 once rehearsed; 0 when a font or a catalogue was not handed over or does not load.
EMSCRIPTEN_KEEPALIVE int muqeem_rehearse(int width, int height, float pixel_ratio) {
  using namespace muqeem;
  auto& files = rehearsal_files();
  auto fonts = text::FontSet::load([&files](const std::string& file) -> std::unique_ptr<text::Font> {
    const auto found = files.find("fonts/" + file);
    return found == files.end() ? nullptr : text::Font::from_bytes(std::move(found->second), file);
  });
  const auto text_of = [&files](const std::string& name) {
    const auto found = files.find(name);
    return found == files.end()
               ? std::string_view()
               : std::string_view(reinterpret_cast<const char*>(found->second.data()), found->second.size());
  };
  auto arabic = ui::Catalogue::parse(text_of("i18n/ar.json"), ui::Language::Arabic);
  auto english = ui::Catalogue::parse(text_of("i18n/en.json"), ui::Language::English);
  if (!fonts || !arabic || !english) return 0;
  static UnansweredTransport transport;
  app::AppConfig config;
  config.transport = &transport;
  config.browser_session = true;
  platform::rehearse_start(std::move(fonts), std::move(*arabic), std::move(*english), config,
                           ImVec2(static_cast<float>(width), static_cast<float>(height)), pixel_ratio);
  return 1;
}

}  // extern "C"

#include "platform/web_app.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <nlohmann/json.hpp>
#include "app/app.h"
#include "app/app_loader.h"
#include "imgui.h"
#include "platform/heap_scrub.h"
#include "platform/page_bridge.h"
#include "platform/web_input.h"
#include "ui/draw_stream.h"

namespace {

using muqeem::platform::page::report_fatal;

constexpr const char* kCanvas = "#canvas";

struct Platform {
  // What the GPU is to draw: shell/renderer.js draws it, on a worker where the browser can.
  muqeem::ui::DrawStream stream;
  std::unique_ptr<muqeem::app::App> app;
  bool loop_running = false;
  bool ready_reported = false;
  bool wired = false;          // no frame before the app has the page's callbacks and the early form
  bool awaiting_page = false;  // the first frame is drawn; the page has not taken over yet
  double last_time_ms = 0;
  std::string last_semantics;
  long wake_timer = 0;
  bool scrub_after_frame = false;
};

Platform& web_state() {
  static Platform instance;
  return instance;
}

// The canvas's size on screen and the device pixel ratio; the renderer keeps its backing store at
// CSS size x ratio (the frame's size), so text is sharp at 2x.
void canvas_size(ImVec2& css_size, float& ratio) {
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size(kCanvas, &css_width, &css_height);
  ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  css_size = ImVec2(static_cast<float>(css_width), static_cast<float>(css_height));
}

// The stream so far goes to the renderer; what it held is zeroed here.
void send_stream() {
  Platform& p = web_state();
  if (p.stream.empty()) return;
  muqeem::platform::page::draw(p.stream.bytes());
  p.stream.clear();
}

void request_frames();

// An idle page draws nothing; something due later (the session warning) sets a timer to wake it.
void schedule_wake_up() {
  Platform& p = web_state();
  const auto at = p.app->wake_at();
  if (p.wake_timer) emscripten_clear_timeout(p.wake_timer);
  p.wake_timer = 0;
  if (!at) return;
  const double delay_ms = std::max(0.0, *at * 1000.0 - emscripten_date_now()) + 50;
  p.wake_timer = emscripten_set_timeout(
      [](void*) {
        web_state().wake_timer = 0;
        request_frames();
      },
      delay_ms, nullptr);
}

// One frame of `app` for a display of `size` CSS pixels: its new glyph pages into the stream, its
// draw data in ImGui's.
void make_frame(muqeem::app::App& app, ImVec2 size, float ratio, float scroll, float delta_seconds) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = size;
  io.DisplayFramebufferScale = ImVec2(ratio, ratio);
  io.DeltaTime = delta_seconds;
  ImGui::NewFrame();
  app.frame(size, ratio, scroll, emscripten_date_now() / 1000.0);
  ImGui::Render();
  app.upload_textures();
}

EM_BOOL render_frame(double time_ms, void*) {
  Platform& p = web_state();
  ImVec2 size;
  float ratio = 1;
  canvas_size(size, ratio);
  // Two frames can share a timestamp; ImGui asserts on a zero delta.
  const float delta = p.last_time_ms > 0
                          ? static_cast<float>(std::clamp((time_ms - p.last_time_ms) / 1000.0, 1e-4, 0.25))
                          : 1.0f / 60.0f;
  p.last_time_ms = time_ms;
  make_frame(*p.app, size, ratio, muqeem::platform::page::scroll_y(), delta);
  // A first frame still short of text is not shown (the page's loading screen and sign-in are):
  // the next one carries on from it (AppConfig::unseen_frame_budget_ms). The glyphs it rasterized
  // go to the renderer now, to upload while the next one is made.
  if (!p.app->frame_complete()) {
    send_stream();
    return EM_TRUE;
  }
  auto& scheduler = p.app->scheduler();
  scheduler.frame_rendered();
  p.stream.add_frame(*ImGui::GetDrawData(), static_cast<uint32_t>(scheduler.frames_rendered()));
  send_stream();
  std::string semantics = p.app->semantics().to_json();
  if (semantics != p.last_semantics) {
    muqeem::platform::page::report_semantics(semantics);
    p.last_semantics = std::move(semantics);
  }
  // A kiosk reset this frame: what the frame freed after it (the last page's tree) is zeroed too.
  if (p.scrub_after_frame) {
    p.scrub_after_frame = false;
    muqeem::platform::scrub_free_memory();
  }
  if (!p.ready_reported) {
    // Nothing more is drawn until the page has taken this frame over: its tree is the one the page
    // starts from (with the early form's focus), and the loading screen covers the canvas till then.
    p.ready_reported = true;
    p.awaiting_page = true;
    muqeem::platform::page::report_ready([] {
      web_state().awaiting_page = false;
      request_frames();
    });
    p.loop_running = false;
    return EM_FALSE;
  }
  p.loop_running = scheduler.wants_frame();
  if (!p.loop_running) schedule_wake_up();
  return p.loop_running ? EM_TRUE : EM_FALSE;
}

void request_frames() {
  Platform& p = web_state();
  if (!p.app) return;
  p.app->scheduler().request();
  if (!p.loop_running && p.wired && !p.awaiting_page) {
    p.loop_running = true;
    emscripten_request_animation_frame_loop(render_frame, nullptr);
  }
}

// The page's own sign-in form was usable while the app downloaded (shell/early_sign_in.js): the
// app's sign-in carries on from what it holds.
void take_over_early_sign_in(muqeem::app::App& app) {
  const std::string json = muqeem::platform::page::take_early_sign_in();
  if (json.empty()) return;
  const nlohmann::json form = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!form.is_object()) return;
  const auto text = [&form](const char* name) {
    const auto found = form.find(name);
    return found != form.end() && found->is_string() ? found->get<std::string>() : std::string();
  };
  muqeem::ui::EarlySignIn early{text("username"),   text("password"),      text("captchaId"),
                                text("captchaSvg"), text("captchaAnswer"), text("focused")};
  const auto submitted = form.find("submitted");
  early.submitted = submitted != form.end() && submitted->is_boolean() && submitted->get<bool>();
  app.take_over_sign_in(early);
}

// ImGui, and its font atlas for the renderer.
void set_up_drawing() {
  // ImGui's buffers (draw lists, a dialog's channels) start zeroed and are zeroed when freed: their
  // unused capacity never carries what the memory held before (see heap_scrub.h).
  ImGui::SetAllocatorFunctions([](size_t size, void*) { return std::calloc(1, size); },
                               [](void* memory, void*) { muqeem::platform::zero_and_free(memory); });
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written to the browser's storage behind the user's back
  // ImGui needs a font of its own, but the app draws every text itself (ui/text_painter): space to
  // '?' (its fallback) is enough, and bakes in a fraction of the 11 ms all of Latin-1 took.
  static const ImWchar kImGuiGlyphs[] = {0x20, 0x3F, 0};
  ImFontConfig imgui_font;
  imgui_font.GlyphRanges = kImGuiGlyphs;
  io.Fonts->AddFontDefault(&imgui_font);
  // As coverage like the glyph pages: its white pixel is what shapes sample.
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  io.Fonts->SetTexID(web_state().stream.create_texture(width, height, pixels));
  io.BackendRendererName = "muqeem_draw_stream";
  send_stream();
}

}  // namespace

namespace muqeem::platform {
namespace {
void load_app_step(void* pending);
void wire_app_to_page(void*);
void carry_on_from_page(void*);
}  // namespace

void start_web_app(app::AppConfig config) {
  // A kiosk.json that does not parse still makes a kiosk (the deployment meant one), with the defaults.
  const auto kiosk =
      app::kiosk_settings(muqeem::platform::page::kiosk_json(), muqeem::platform::page::kiosk_asked());
  config.kiosk = kiosk.value_or(app::KioskSettings{true});
  if (!kiosk)
    std::fprintf(stderr, "muqeem: kiosk.json does not parse or is out of range; the defaults apply\n");
  // loader.js writes the fonts and catalogues into the page's file system before the app starts.
  config.font_folder = "/fonts";
  config.catalogue_folder = "/i18n";
  // Each unseen first frame takes on this much new text: with the rest of a frame, a task the browser
  // can fit between others (Lighthouse counts any task over 50 ms at a 4x slower CPU as blocking).
  config.unseen_frame_budget_ms = 6;
  // The app itself (fonts, catalogues, screens) in tasks of their own, a step each (app/app_loader.h):
  // the browser may paint and take input in between, and no single task holds the page as long
  // (Lighthouse's blocking time). emscripten_set_timeout, not emscripten_async_call, which brings
  // 20 KB of glue with it.
  // ImGui first, in a task of its own too.
  emscripten_set_timeout(
      [](void* loader) {
        set_up_drawing();
        emscripten_set_timeout(load_app_step, 0, loader);
      },
      0, new app::AppLoader(std::move(config), web_state().stream));
}

// Frames rehearsed in each language: enough that V8 has the hottest functions optimized (on its own
// threads) by the time the page's instance draws its first frames.
constexpr uint32_t kRehearsedFrames = 5;

void rehearse_start(std::unique_ptr<text::FontSet> fonts, ui::Catalogue arabic, ui::Catalogue english,
                    const app::AppConfig& config, ImVec2 size, float ratio) {
  set_up_drawing();
  Platform& p = web_state();
  const auto app =
      app::App::create(std::move(fonts), std::move(arabic), std::move(english), p.stream, config);
  app->set_route("#/sign-in");
  // Both languages: an officer's page starts in the one they chose last.
  for (const auto language : {ui::Language::Arabic, ui::Language::English}) {
    app->set_language(language);
    for (uint32_t frame = 1; frame <= kRehearsedFrames; ++frame) {
      make_frame(*app, size, ratio, 0, 1.0f / 60.0f);
      p.stream.add_frame(*ImGui::GetDrawData(), frame);
      p.stream.clear();
      static_cast<void>(app->semantics().to_json());
    }
  }
}

namespace {

void load_app_step(void* pending) {
  auto* loader = static_cast<app::AppLoader*>(pending);
  if (loader->step()) {
    emscripten_set_timeout(load_app_step, 0, loader);
    return;
  }
  const std::unique_ptr<app::AppLoader> done(loader);
  web_state().app = done->take_app();
  if (!web_state().app) {
    report_fatal(done->error());
    return;
  }
  // Wiring the app to the page is a task of its own too, and so is taking over the early form.
  emscripten_set_timeout(wire_app_to_page, 0, nullptr);
}

void wire_app_to_page(void*) {
  muqeem::app::App& app = *web_state().app;
  // A kiosk starts in its own language each time and remembers nobody's choice.
  if (!app.kiosk().on) {
    if (muqeem::platform::page::stored_language() == "en") app.set_language(muqeem::ui::Language::English);
    app.on_language_changed = [](muqeem::ui::Language language) {
      muqeem::platform::page::store_language(muqeem::ui::language_code(language));
    };
  }
  app.on_kiosk_reset = [] {
    // The last page's tree, kept to compare the next one with, goes before the freed memory is zeroed.
    std::string().swap(web_state().last_semantics);
    muqeem::platform::scrub_free_memory();
    web_state().scrub_after_frame = true;
    muqeem::platform::page::kiosk_reset();
  };
  app.on_forgotten_reply = [] {
    muqeem::platform::scrub_free_memory();
    web_state().scrub_after_frame = true;
  };
  app.on_frames_wanted = request_frames;
  app.on_copy = [](const std::string& text) { muqeem::platform::page::copy_to_clipboard(text); };
  app.on_navigate = [](const std::string& hash) { muqeem::platform::page::navigate(hash); };
  app.on_tell_other_tabs = [](const std::string& message) {
    muqeem::platform::page::tell_other_tabs(message);
  };
  muqeem::platform::page::on_came_to_front([] {
    web_state().app->came_to_front();
    request_frames();
  });
  muqeem::platform::page::on_other_tab_message([](const std::string& message) {
    web_state().app->heard_from_other_tab(message);
    request_frames();
  });
  muqeem::platform::page::on_update_ready([] {
    web_state().app->set_update_ready();
    request_frames();
  });
  app.on_apply_update = [] { muqeem::platform::page::apply_update(); };
  app.on_print = [](const muqeem::ui::PrintDocument& document) {
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& [label, value] : document.lines) lines.push_back({label, value});
    const nlohmann::json json = {{"lang", document.language},
                                 {"title", document.title},
                                 {"issuer", document.issuer},
                                 {"date", document.date_line},
                                 {"reference", document.reference},
                                 {"lines", lines},
                                 {"qrSvg", document.qr_svg},
                                 {"qrCaption", document.qr_caption},
                                 {"footer", document.footer},
                                 {"tableHead", document.table_head},
                                 {"tableRows", document.table_rows},
                                 {"landscape", document.landscape},
                                 {"tableQrSvgs", document.table_qr_svgs},
                                 {"tableQrHead", document.table_qr_head}};
    muqeem::platform::page::print_document(json.dump());
  };
  app.on_download = [](const muqeem::ui::DownloadFile& file) {
    muqeem::platform::page::download(file.name, file.type, file.bytes);
  };
  muqeem::platform::page::on_dom_event([](const muqeem::platform::page::DomEvent& event) {
    muqeem::ui::UiEvent ui_event;
    ui_event.kind = static_cast<muqeem::ui::UiEvent::Kind>(event.kind);
    ui_event.id = event.id;
    ui_event.value = event.value;
    ui_event.key = static_cast<muqeem::ui::Key>(static_cast<int>(event.number));
    ui_event.offset = static_cast<float>(event.number);
    ui_event.size = event.number;
    ui_event.bytes = event.bytes;
    web_state().app->post(std::move(ui_event));
    request_frames();
  });
  app.set_route(muqeem::platform::page::location_hash());
  muqeem::platform::page::on_hash_change([] {
    web_state().app->set_route(muqeem::platform::page::location_hash());
    request_frames();
  });
  emscripten_set_timeout(carry_on_from_page, 0, nullptr);
}

// The early form's values, then the person's input; the first frame follows.
void carry_on_from_page(void*) {
  take_over_early_sign_in(*web_state().app);
  muqeem::platform::install_input_handlers([] {
    if (web_state().app) web_state().app->note_activity();
    request_frames();
  });
  muqeem::platform::page::watch_pixel_ratio();
  web_state().wired = true;
  request_frames();  // the runtime stays alive (EXIT_RUNTIME=0); the browser drives frames from here on
}

}  // namespace
}  // namespace muqeem::platform

#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "app/app_loader.h"
#include "ui/screen_context.h"
#include "ui/screens/home_screen.h"

namespace muqeem::app {

std::unique_ptr<App> App::create(const AppConfig& config, ui::TextureSink& textures, std::string* error) {
  AppLoader loader(config, textures);
  while (loader.step()) {
  }
  if (error) *error = loader.error();
  return loader.take_app();
}

std::unique_ptr<App> App::create(std::unique_ptr<text::FontSet> fonts, ui::Catalogue arabic,
                                 ui::Catalogue english, ui::TextureSink& textures, const AppConfig& config) {
  return std::unique_ptr<App>(
      new App(std::move(fonts), std::move(arabic), std::move(english), textures, config));
}

App::App(std::unique_ptr<text::FontSet> fonts, ui::Catalogue arabic, ui::Catalogue english,
         ui::TextureSink& textures, const AppConfig& config)
    : fonts_(std::move(fonts)),
      arabic_(std::move(arabic)),
      english_(std::move(english)),
      layouts_(*fonts_),
      painter_(atlas_, textures),
      config_(config),
      kiosk_(config.kiosk),
      idle_(config.kiosk.idle_seconds, config.kiosk.warning_seconds) {
  layouts_.set_budget(&budget_);
  painter_.set_budget(&budget_);
  if (kiosk_.on && kiosk_.language == "en") language_ = ui::Language::English;
  if (!config.transport) return;
  transport_ = std::make_unique<WakingTransport>(*config.transport, *this);
  make_portal(config.browser_session);
}

// The portal's screens, wired to the platform's callbacks; made again, from nothing, by a kiosk reset
// (which has just signed out: then the browser's cookie is not asked after, lest an answer racing the
// sign-out hand the last person's session to the next).
void App::make_portal(bool ask_for_session) {
  portal_ = std::make_unique<PortalScreens>(*transport_);
  if (config_.demo) demo_panel_ = std::make_unique<ui::DemoPanel>(portal_->client(), config_.demo_accounts);
  portal_->navigate = [this](const std::string& hash) {
    if (on_navigate)
      on_navigate(hash);
    else
      pending_route_ = hash;  // no platform (tests): followed at the next frame
  };
  portal_->print = [this](const ui::PrintDocument& document) {
    if (on_print) on_print(document);
  };
  portal_->download = [this](const ui::DownloadFile& file) {
    if (on_download) on_download(file);
  };
  portal_->forget_interaction = [this] { interaction_.forget_all(); };
  portal_->tell_other_tabs = [this](const std::string& message) {
    if (on_tell_other_tabs) on_tell_other_tabs(message);
  };
  if (config_.browser_session) portal_->use_browser_session(ask_for_session);
}

void App::came_to_front() {
  if (!portal_) return;
  portal_->came_to_front();
  scheduler_.request();
}

void App::heard_from_other_tab(const std::string& message) {
  if (!portal_) return;
  portal_->heard_from_other_tab(message);
  scheduler_.request();
}

void App::WakingTransport::send(api::HttpRequest request, std::function<void(api::TransportResult)> done) {
  // A progress bar on screen moves with each step of the upload.
  if (request.upload_progress) {
    request.upload_progress = [this, epoch = epoch_, told = std::move(request.upload_progress)](
                                  int64_t sent, int64_t total) {
      if (epoch != epoch_) return;
      told(sent, total);
      app_.scheduler_.request();
      if (app_.on_frames_wanted) app_.on_frames_wanted();
    };
  }
  // An answer to screens a kiosk reset has since replaced is dropped: they are gone.
  inner_.send(std::move(request),
              [this, epoch = epoch_, done = std::move(done)](api::TransportResult result) {
                if (epoch != epoch_) {
                  // It may carry the last visit's data: freed, and the free memory zeroed again.
                  result = api::TransportError::Cancelled;
                  if (app_.on_forgotten_reply) app_.on_forgotten_reply();
                  return;
                }
                done(std::move(result));
                ++app_.replies_;
                app_.scheduler_.request();
                if (app_.on_frames_wanted) app_.on_frames_wanted();
              });
}

namespace {

// Moves everything drawn up by the page's scroll. Whole device pixels only, so glyphs placed on
// the pixel grid stay on it and stay sharp.
void scroll_draw_list(ImDrawList& list, float scroll) {
  if (scroll == 0) return;
  for (auto& vertex : list.VtxBuffer) vertex.pos.y -= scroll;
  for (auto& command : list.CmdBuffer) {
    command.ClipRect.y -= scroll;
    command.ClipRect.w -= scroll;
  }
}

}  // namespace

void App::frame(ImVec2 size, float pixel_ratio, float scroll, double now) {
  if (!pending_route_.empty()) set_route(std::exchange(pending_route_, std::string()));
  if (!complete_frame_drawn_ && config_.unseen_frame_budget_ms > 0)
    budget_.start(config_.unseen_frame_budget_ms);
  else
    budget_.unlimit();
  painter_.set_pixel_ratio(pixel_ratio);
  semantics_.clear();
  semantics_.language = ui::language_code(language_);
  const bool arabic = language_ == ui::Language::Arabic;
  ui::ScreenContext context{
      layouts_, painter_, semantics_, language_, arabic ? arabic_ : english_, arabic ? english_ : arabic_};
  context.update_ready = update_ready_;
  if (kiosk_reset_due_) reset_kiosk();
  context.kiosk_visit = kiosk_.on && kiosk_started_;
  context.kiosk = kiosk_.on;
  context.printing = !kiosk_.on || kiosk_.printing;
  if (demo_panel_) context.demo_panel = [this](ui::Ui& ui) { demo_panel_->draw(ui, replies_); };
  ImDrawList& list = *ImGui::GetBackgroundDrawList();
  ImDrawList& popups = *ImGui::GetForegroundDrawList();
  scroll = std::round(std::max(0.0f, scroll) * pixel_ratio) / pixel_ratio;
  interaction_.begin_frame();
  Screen shown = route_.screen;
  if (!portal_ && (needs_session(shown) || shown == Screen::SignIn)) shown = Screen::Welcome;
  switch (shown) {
    case Screen::Welcome:
      ui::draw_home_screen(context, list, size);
      semantics_.content_height = size.y;
      break;
    case Screen::Specimen:
      ui::draw_specimen_screen(context, list, size, specimen_);
      semantics_.content_height = size.y;
      break;
    default: {
      const ImVec2 mouse = ImGui::GetIO().MousePos;
      ui::Ui ui(context, interaction_, list, popups, ImVec2(mouse.x, mouse.y + scroll));
      ui.set_viewport({0, scroll, size.x, size.y});
      ui.set_now(now >= 0 ? now : ImGui::GetTime());
      // Everything is drawn in page coordinates; what shows is the window's slice of the page.
      list.PushClipRect(ImVec2(0, scroll), ImVec2(size.x, scroll + size.y), false);
      popups.PushClipRect(ImVec2(0, scroll), ImVec2(size.x, scroll + size.y), false);
      ui::PageActions actions;
      if (route_.screen == Screen::Gallery || !portal_) {
        actions = ui::draw_gallery_screen(ui, size, gallery_);
      } else if (!draw_kiosk_start(ui, size, ui.now())) {
        actions = portal_->draw(ui, size, route_, ui.now());
        watch_kiosk(ui, actions, ui.now());
      }
      if (actions.apply_update && on_apply_update) on_apply_update();
      if (actions.toggle_language) {
        set_language(arabic ? ui::Language::English : ui::Language::Arabic);
        if (on_language_changed) on_language_changed(language_);
      }
      if (ui.animating()) scheduler_.request();
      next_redraw_ = ui.next_redraw();
      list.PopClipRect();
      popups.PopClipRect();
      break;
    }
  }
  interaction_.end_frame();
  // A frame short of text is never shown: what it would ask of the page (focus, a copy) waits for one
  // that is, drawn next.
  if (budget_.short_of_work()) {
    scheduler_.request();
  } else {
    complete_frame_drawn_ = true;
    semantics_.focus_request = interaction_.take_focus_request(semantics_);
    if (std::string copied = interaction_.take_copy_request(); !copied.empty() && on_copy) on_copy(copied);
  }
  scroll_draw_list(list, scroll);
  scroll_draw_list(popups, scroll);
}

std::optional<double> App::wake_at() const {
  std::optional<double> at = portal_ ? portal_->wake_at() : std::nullopt;
  if (next_redraw_ && (!at || *next_redraw_ < *at)) at = next_redraw_;
  return at;
}

void App::take_over_sign_in(const ui::EarlySignIn& early) {
  if (!portal_) return;
  portal_->take_over_sign_in(early);
  scheduler_.request();
}

void App::set_update_ready() {
  update_ready_ = true;
  scheduler_.request();
}

void App::set_language(ui::Language language) {
  if (language == language_) return;
  language_ = language;
  scheduler_.request();
}

void App::post(ui::UiEvent event) {
  activity_ = true;
  interaction_.post(std::move(event));
  scheduler_.request();
}

namespace {

// A number from the route, within [low, high]; the fallback when absent or not a number.
float number_param(const Route& route, const std::string& name, float fallback, float low, float high) {
  const auto found = route.params.find(name);
  if (found == route.params.end()) return fallback;
  const float value = std::strtof(found->second.c_str(), nullptr);
  return std::isfinite(value) ? std::clamp(value, low, high) : fallback;
}

}  // namespace

void App::set_route(std::string_view hash) {
  route_ = parse_route(hash);
  if (portal_) portal_->follow(route_);
  if (route_.screen == Screen::Specimen) {
    const std::string& direction = route_.param("dir", "auto");
    specimen_.text = route_.param("text", "");
    specimen_.size = number_param(route_, "size", 32.0f, 4.0f, 400.0f);
    specimen_.width = number_param(route_, "width", 0.0f, 0.0f, 100000.0f);
    specimen_.direction = direction == "rtl"   ? text::Direction::RightToLeft
                          : direction == "ltr" ? text::Direction::LeftToRight
                                               : text::Direction::Auto;
    specimen_.weight =
        route_.param("weight", "regular") == "bold" ? text::Weight::Bold : text::Weight::Regular;
  }
  scheduler_.request();
}

}  // namespace muqeem::app

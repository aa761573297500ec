#pragma once
// The application: what is loaded once (fonts, strings, glyph atlas) and what each frame draws.
// The platform layer owns the window, the GPU and the loop; it calls frame() inside an ImGui frame.
#include <functional>
#include <memory>
#include <string>

#include "api/transport.h"
#include "app/frame_scheduler.h"
#include "app/kiosk.h"
#include "app/portal_screens.h"
#include "app/route.h"
#include "text/font_set.h"
#include "text/glyph_atlas.h"
#include "text/layout_cache.h"
#include "ui/catalogue.h"
#include "ui/idle_timer.h"
#include "ui/interaction.h"
#include "ui/screens/demo_panel.h"
#include "ui/screens/gallery_screen.h"
#include "ui/screens/specimen_screen.h"
#include "ui/semantics.h"
#include "ui/text_painter.h"
#include "ui/widgets/on_screen_keyboard.h"

namespace muqeem::app {

struct AppConfig {
  std::string font_folder;              // the subset TrueType files
  std::string catalogue_folder;         // ar.json and en.json
  api::Transport* transport = nullptr;  // to the portal; without one only the public pages work
  // The static demo: the portal runs inside the page. Every page then shows the "demo" badge and
  // ends with the demo panel (the SMS outbox and these users).
  bool demo = false;
  std::vector<ui::DemoAccount> demo_accounts;
  // The site in a browser: the session is an HttpOnly cookie (it survives a reload and is shared by
  // the tabs), asked after at start. Off for the static demo and native tests (a bearer token).
  bool browser_session = false;
  // A kiosk (kiosk.json, or ?kiosk=1): a start screen, "Finish and sign out" on every page, and a
  // reset for the next person after the idle time (app_kiosk.cpp).
  KioskSettings kiosk;
  // Above zero: the first frames are made unseen, each taking on new text (shaping, rasterizing) for
  // this many milliseconds at most, until one lacks nothing (frame_complete()). A browser shows none
  // before that one, and no frame holds the page long (issue 16). Zero: every frame is complete.
  double unseen_frame_budget_ms = 0;
};

class App {
 public:
  // nullptr, with a reason in `error`, when the fonts or the catalogues cannot be loaded. AppLoader
  // does the same in steps.
  static std::unique_ptr<App> create(const AppConfig& config, ui::TextureSink& textures, std::string* error);
  // The same from fonts and catalogues already loaded (the browser's rehearsal of the start has them
  // in memory: src/platform/rehearsal.cpp).
  static std::unique_ptr<App> create(std::unique_ptr<text::FontSet> fonts, ui::Catalogue arabic,
                                     ui::Catalogue english, ui::TextureSink& textures,
                                     const AppConfig& config);

  // Draws the current screen for a display of `size` CSS pixels at a device pixel ratio, with the
  // page scrolled down by `scroll` CSS pixels (the browser scrolls the page; the canvas stays put).
  // `now` is wall-clock seconds (toasts time out by it); below zero, ImGui's own clock is used.
  void frame(ImVec2 size, float pixel_ratio, float scroll = 0, double now = -1);
  // Whether the last frame lacked nothing (AppConfig::unseen_frame_budget_ms): until one does, the
  // platform shows none, reports nothing of them, and draws another.
  bool frame_complete() const { return !budget_.short_of_work(); }
  // Uploads glyphs drawn this frame; call after ImGui::Render(), before the GPU draws.
  void upload_textures() { painter_.upload(); }

  // Follows the page's location hash ("#/specimen?…"); an unknown route shows the home screen.
  void set_route(std::string_view hash);
  Screen screen() const { return route_.screen; }

  const ui::SemanticTree& semantics() const { return semantics_; }
  FrameScheduler& scheduler() { return scheduler_; }
  ui::Language language() const { return language_; }
  // Switches every string, the layout's direction and the overlay's lang/dir at the next frame.
  void set_language(ui::Language language);
  // Called when the person switches language, so the platform can remember the choice.
  std::function<void(ui::Language)> on_language_changed;
  // Called when the person copies a value (a request number): the platform's clipboard takes it.
  std::function<void(const std::string&)> on_copy;
  // Called when a screen moves to another route ("#/residents?expiring=30"): the platform sets the
  // location hash (so Back works), whose change comes back through set_route.
  std::function<void(const std::string&)> on_navigate;
  // Called with a document to print: the platform lays it out and opens the print dialog.
  std::function<void(const ui::PrintDocument&)> on_print;
  // Called with a file to save (a report's CSV): the platform hands it to the browser as a download.
  std::function<void(const ui::DownloadFile&)> on_download;
  PortalScreens* portal() { return portal_.get(); }
  // When nothing else happens, the page still has to draw at this time (epoch seconds): the
  // warning before the session ends, a countdown's next second.
  std::optional<double> wake_at() const;
  // Called when something outside a frame (a reply from the network) needs frames drawn: the
  // platform restarts its frame loop if it had stopped.
  std::function<void()> on_frames_wanted;
  // The session's news for the page's other tabs ("signed-out", "signed-in", "extended:<end>"), and
  // what they told this one: the platform carries it on a BroadcastChannel.
  std::function<void(const std::string&)> on_tell_other_tabs;
  void heard_from_other_tab(const std::string& message);
  // The page came in front (shown or focused): see PortalScreens::came_to_front.
  void came_to_front();

  // A new build of the site is ready: every page offers to reload into it (the officer chooses
  // when, so nothing changes under a form); choosing calls on_apply_update.
  void set_update_ready();
  // The page's sign-in form, usable while the app downloaded: the app's sign-in carries on from it.
  void take_over_sign_in(const ui::EarlySignIn& early);
  std::function<void()> on_apply_update;

  // What the person did in the page (through the overlay DOM), or a test on their behalf.
  void post(ui::UiEvent event);
  ui::Interaction& interaction() { return interaction_; }
  // A touch, a click or a key anywhere on the page (not only on a control): a kiosk is in use.
  void note_activity() { activity_ = true; }
  const KioskSettings& kiosk() const { return kiosk_; }
  // A kiosk reset for the next person: once the app has freed everything of the visit (and before it
  // allocates anything new), the platform clears what the page keeps (storage, the clipboard) and
  // zeroes the wasm heap's free memory.
  std::function<void()> on_kiosk_reset;
  // An answer to a visit since reset arrived and was dropped: the platform zeroes the free memory
  // again, as the answer passed through it.
  std::function<void()> on_forgotten_reply;

 private:
  friend class AppLoader;
  App(std::unique_ptr<text::FontSet> fonts, ui::Catalogue arabic, ui::Catalogue english,
      ui::TextureSink& textures, const AppConfig& config);

  // Replies from the network wake the frame loop: what they change must be drawn.
  class WakingTransport : public api::Transport {
   public:
    WakingTransport(api::Transport& inner, App& app) : inner_(inner), app_(app) {}
    void send(api::HttpRequest request, std::function<void(api::TransportResult)> done) override;
    // Answers to requests sent before this are dropped (their screens were replaced).
    void forget_requests() { ++epoch_; }

   private:
    int epoch_ = 0;
    api::Transport& inner_;
    App& app_;
  };

  std::unique_ptr<text::FontSet> fonts_;
  ui::Catalogue arabic_;
  ui::Catalogue english_;
  ui::Language language_ = ui::Language::Arabic;
  text::GlyphAtlas atlas_;
  text::WorkBudget budget_;
  bool complete_frame_drawn_ = false;
  text::LayoutCache layouts_;
  ui::TextPainter painter_;
  ui::SemanticTree semantics_;
  FrameScheduler scheduler_;
  Route route_;
  ui::Specimen specimen_;
  ui::Interaction interaction_;
  ui::GalleryState gallery_;
  std::unique_ptr<WakingTransport> transport_;
  std::unique_ptr<PortalScreens> portal_;
  std::unique_ptr<ui::DemoPanel> demo_panel_;
  AppConfig config_;
  void make_portal(bool ask_for_session);
  KioskSettings kiosk_;
  ui::IdleTimer idle_{90, 30};
  bool kiosk_started_ = false;  // someone pressed Start: the visit is under way and timed
  bool kiosk_reset_due_ = false;
  bool activity_ = false;
  ui::OnScreenKeyboard keyboard_;  // drawn while a field has focus, when the kiosk has no keyboard
  // Kiosk mode's part of a frame (app_kiosk.cpp): the start screen instead of the page until someone
  // starts; afterwards the idle warning, and the reset it leads to.
  bool draw_kiosk_start(ui::Ui& ui, ImVec2 size, double now);
  void watch_kiosk(ui::Ui& ui, const ui::PageActions& actions, double now);
  void reset_kiosk();
  uint64_t replies_ = 0;  // answers from the portal so far (the demo panel rereads the outbox on news)
  std::string pending_route_;
  bool update_ready_ = false;
  std::optional<double> next_redraw_;  // what the last frame asked to be drawn again at
};

}  // namespace muqeem::app

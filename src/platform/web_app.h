#pragma once
// The app in the browser, shared by the site (the portal over the network) and the static demo (the
// portal inside the page): Dear ImGui, its frames sent as a draw stream to shell/renderer.js
// (WebGL 2 on a worker, or in the page), the page's events wired in, and the app drawn only when something
// asks for frames (input, resize, network, animation), nothing while idle.
#include <memory>

#include "app/app.h"
#include "imgui.h"

namespace muqeem::platform {

// Starts drawing with `config` (its fonts and catalogues are read from the page's file system, where
// loader.js put them). A failure is reported to the page, which shows a bilingual message.
void start_web_app(app::AppConfig config);

// The start above (ImGui, the app, its first frames on the sign-in page, in Arabic then English),
// drawn to nothing: for the rehearsal's own instance of the module only (src/platform/rehearsal.cpp),
// whose imports do nothing. In the page's instance it would replace ImGui's context.
void rehearse_start(std::unique_ptr<text::FontSet> fonts, ui::Catalogue arabic, ui::Catalogue english,
                    const app::AppConfig& config, ImVec2 size, float ratio);

}  // namespace muqeem::platform

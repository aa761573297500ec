#pragma once
// Drives widgets headless the way a person (or Playwright) does in the page: through the semantic
// tree. Find a control by role and name, click it, type into it, press Tab; each call renders the
// frames the event needs, and the tree after them is what the assertions read.
#include <functional>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "test_paths.h"
#include "ui/fake_texture_sink.h"
#include "ui/imgui_headless.h"
#include "ui/ui.h"

namespace muqeem::test {

class UiDriver {
 public:
  using Draw = std::function<void(ui::Ui&, ImVec2)>;

  explicit UiDriver(Draw draw, ImVec2 size = {1280, 800}) : draw_(std::move(draw)), size_(size) {
    arabic_ = ui::Catalogue::load(source_path("assets/i18n/ar.json"), ui::Language::Arabic).value();
    english_ = ui::Catalogue::load(source_path("assets/i18n/en.json"), ui::Language::English).value();
    render();
  }

  void set_language(ui::Language language) {
    language_ = language;
    render();
  }
  // The window turned or resized (a kiosk's tablet, a phone).
  void resize(ImVec2 size) {
    size_ = size;
    render();
  }

  // Renders one frame: events posted since the last one are taken by the widgets drawn.
  void frame() {
    ImGuiHeadless imgui(size_);
    ImGui::NewFrame();
    tree_.clear();
    tree_.language = ui::language_code(language_);
    const bool arabic = language_ == ui::Language::Arabic;
    ui::ScreenContext context{
        layouts_, painter_, tree_, language_, arabic ? arabic_ : english_, arabic ? english_ : arabic_};
    interaction_.begin_frame();
    ui::Ui ui(context, interaction_, *ImGui::GetBackgroundDrawList(), *ImGui::GetForegroundDrawList(),
              ImVec2(-1e6f, -1e6f));
    ui.set_viewport({0, 0, size_.x, size_.y});
    ui.set_now(now_);
    draw_(ui, size_);
    interaction_.end_frame();
    tree_.focus_request = interaction_.take_focus_request(tree_);
    if (std::string copied = interaction_.take_copy_request(); !copied.empty()) last_copied_ = copied;
    ImGui::Render();
  }
  // Two frames: one takes the event, the next draws what it changed above the widget.
  void render() {
    frame();
    frame();
  }

  const ui::SemanticNode& get(ui::Role role, const std::string& name) {
    const ui::SemanticNode* node = tree_.find(role, name);
    if (!node) {
      ADD_FAILURE() << "no " << ui::role_name(role) << " named \"" << name << "\"";
      static const ui::SemanticNode none;
      return none;
    }
    return *node;
  }
  const ui::SemanticNode* find(ui::Role role, const std::string& name) const {
    return tree_.find(role, name);
  }
  const ui::SemanticNode* by_id(const std::string& id) const { return tree_.find_id(id); }

  void click(ui::Role role, const std::string& name) {
    post({ui::UiEvent::Kind::Activate, get(role, name).id});
  }
  void type(ui::Role role, const std::string& name, const std::string& text) {
    const std::string id = get(role, name).id;
    post({ui::UiEvent::Kind::Focus, id});
    post({ui::UiEvent::Kind::SetValue, id, text});
  }
  void press(ui::Role role, const std::string& name, ui::Key key) {
    ui::UiEvent event{ui::UiEvent::Kind::Key, get(role, name).id};
    event.key = key;
    post(event);
  }
  void post_event(ui::UiEvent event) { post(std::move(event)); }
  // Events that reach the app between two frames, as a quick click-then-type does.
  void post_together(std::vector<ui::UiEvent> events) {
    for (auto& event : events) interaction_.post(std::move(event));
    render();
  }
  // For controls named by their content (table rows): by id, as the overlay addresses them.
  void click_id(const std::string& id) { post({ui::UiEvent::Kind::Activate, id}); }
  void press_id(const std::string& id, ui::Key key) {
    ui::UiEvent event{ui::UiEvent::Kind::Key, id};
    event.key = key;
    post(event);
  }
  // Moves the clock (seconds since the driver started) and renders.
  void set_now(double seconds) {
    now_ = seconds;
    render();
  }
  const std::string& last_copied() const { return last_copied_; }
  void tab(bool forward = true) {
    interaction_.move_focus(tree_, forward);
    render();
  }
  const std::string& focused() const { return interaction_.focused(); }
  const ui::SemanticTree& tree() const { return tree_; }
  const ui::Catalogue& strings() const { return language_ == ui::Language::Arabic ? arabic_ : english_; }

 private:
  void post(ui::UiEvent event) {
    interaction_.post(std::move(event));
    render();
  }

  Draw draw_;
  ImVec2 size_;
  ui::Language language_ = ui::Language::Arabic;
  double now_ = 0;
  std::string last_copied_;
  std::unique_ptr<text::FontSet> fonts_ = text::FontSet::load(font_dir());
  ui::Catalogue arabic_, english_;
  text::GlyphAtlas atlas_;
  text::LayoutCache layouts_{*fonts_};
  FakeTextureSink textures_;
  ui::TextPainter painter_{atlas_, textures_};
  ui::SemanticTree tree_;
  ui::Interaction interaction_;
};

// Every node of the page inside the window's width: nothing past either edge.
inline void expect_inside(const UiDriver& driver, float width) {
  for (const auto& node : driver.tree().nodes()) {
    if (node.rect.width <= 0) continue;
    EXPECT_GE(node.rect.x, 0) << node.name;
    EXPECT_LE(node.rect.right(), width + 0.5f) << node.name;
  }
}

}  // namespace muqeem::test

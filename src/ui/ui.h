#pragma once
// What a widget draws with and where: the screen context (text, strings, semantic tree), the
// interaction (events addressed to controls, focus), the draw list, and a simple flow layout that
// mirrors for right-to-left: boxes stack top to bottom; rows fill from the start side (the right
// in Arabic), so reading order, tab order and the order widgets are called in are one and the same.
#include <optional>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/interaction.h"
#include "ui/screen_context.h"

namespace muqeem::ui {

// The DGA Platforms Code's breakpoints (600 / 960 / 1280 CSS px): what layouts adapt to. Below 600
// (a phone, or a desktop zoomed to 200 % and more) a page is one column and rows stack.
enum class WidthClass { Compact, Medium, Expanded, Large };
WidthClass width_class(float css_width);

class Ui {
 public:
  // `mouse` in content coordinates (page scroll included); off-screen when there is no pointer.
  // `popups` is drawn after `list`: open selects, dialogs and toasts go there.
  Ui(ScreenContext& screen, Interaction& interaction, ImDrawList& list, ImDrawList& popups, ImVec2 mouse);

  ScreenContext& screen() { return screen_; }
  const ScreenContext& screen() const { return screen_; }
  const Catalogue& strings() const { return screen_.strings; }
  Interaction& input() { return interaction_; }
  ImDrawList& draw() { return popup_layer_ ? popups_ : list_; }
  // Draws on the popup layer until the returned guard goes.
  struct PopupLayer {
    Ui& ui;
    bool was;
    ~PopupLayer() { ui.popup_layer_ = was; }
  };
  [[nodiscard]] PopupLayer popup_layer() {
    const bool was = popup_layer_;
    popup_layer_ = true;
    return {*this, was};
  }
  SemanticTree& tree() { return screen_.semantics; }
  Language language() const { return screen_.language; }
  const char* language_code() const { return ui::language_code(screen_.language); }
  bool rtl() const { return screen_.language == Language::Arabic; }
  const std::string& text(const std::string& key) const { return screen_.strings.text(key); }
  bool hovered(const Rect& rect) const { return rect.contains(mouse_.x, mouse_.y); }
  // The part of the page in the window (content coordinates: y is the page's scroll).
  void set_viewport(const Rect& viewport) { viewport_ = viewport; }
  const Rect& viewport() const { return viewport_; }
  // The window's class by its width; Large when no viewport was given (tests drawing a lone widget).
  WidthClass width_class() const {
    return viewport_.width > 0 ? ui::width_class(viewport_.width) : WidthClass::Large;
  }
  bool compact() const { return width_class() == WidthClass::Compact; }
  // The smallest a control is, either way, and a table row's height: larger for fingers in kiosk mode.
  float target() const;
  float row_height() const;
  // Seconds on a clock that only moves forward (toasts time out by it).
  void set_now(double seconds) { now_ = seconds; }
  double now() const { return now_; }

  // Something on screen moves (a spinner): the frame loop keeps running while it is shown.
  void keep_animating() { animating_ = true; }
  bool animating() const { return animating_; }
  // Something on screen changes at a known time (a countdown's next second), on the clock of now():
  // the page sleeps until then instead of drawing every frame.
  void redraw_at(double seconds) {
    if (!redraw_at_ || seconds < *redraw_at_) redraw_at_ = seconds;
  }
  std::optional<double> next_redraw() const { return redraw_at_; }

  // The box widgets are placed in: a column from x, `width` wide, filled downwards from `top`.
  void push_box(float x, float width, float top);
  // Closes the innermost box; returns the bottom it reached.
  float pop_box();
  const Rect box() const;
  // Takes the next `height` pixels of the box, full width, then leaves `gap` below them.
  Rect next(float height, float gap = 16.0f);
  void space(float height);
  float cursor() const;
  void set_cursor(float y);

  // `count` columns across `row`, in reading order: the first is at the start side.
  std::vector<Rect> columns(const Rect& row, int count, float gap = 16.0f) const;
  // A rectangle `width` wide at the start side of `row` (right in Arabic), for a lone button.
  Rect at_start(const Rect& row, float width) const;

 private:
  struct Box {
    float x = 0, width = 0, top = 0, cursor = 0;
  };
  ScreenContext& screen_;
  Interaction& interaction_;
  ImDrawList& list_;
  ImDrawList& popups_;
  bool popup_layer_ = false;
  ImVec2 mouse_;
  bool animating_ = false;
  std::optional<double> redraw_at_;
  Rect viewport_;
  double now_ = 0;
  std::vector<Box> boxes_;
};

// Places widgets one after another along a line from the start side: right to left in Arabic. One
// that does not fit on the line starts the next one below (a narrow window stacks a row of buttons),
// and none is wider than the line.
class Flow {
 public:
  Flow(Ui& ui, const Rect& line, float gap = 12.0f);
  Rect take(float width);
  float used() const { return used_; }

 private:
  Ui& ui_;
  Rect line_;
  bool rtl_;
  float gap_;
  float used_ = 0;
};

}  // namespace muqeem::ui

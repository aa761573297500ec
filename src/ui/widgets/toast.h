#pragma once
// A toast: a short confirmation ("copied", "saved") at the bottom of the window, announced politely,
// gone after a few seconds. Errors never go in a toast: they stay on the page until fixed.
#include <string>

#include "ui/paint.h"

namespace muqeem::ui {

class Toasts {
 public:
  static constexpr double kSeconds = 5.0;

  void show(std::string text, double now) {
    text_ = std::move(text);
    shown_at_ = now;
  }
  // Draws the current toast (if any) at the bottom of the viewport, on the popup layer.
  void draw(Ui& ui);
  bool showing(double now) const { return !text_.empty() && now - shown_at_ < kSeconds; }

 private:
  std::string text_;
  double shown_at_ = 0;
};

}  // namespace muqeem::ui

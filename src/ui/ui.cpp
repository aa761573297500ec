#include "ui/ui.h"

#include "ui/theme.h"

#include <algorithm>

namespace muqeem::ui {

Ui::Ui(ScreenContext& screen, Interaction& interaction, ImDrawList& list, ImDrawList& popups, ImVec2 mouse)
    : screen_(screen), interaction_(interaction), list_(list), popups_(popups), mouse_(mouse) {}

void Ui::push_box(float x, float width, float top) {
  boxes_.push_back({x, std::max(0.0f, width), top, top});
}

float Ui::pop_box() {
  if (boxes_.empty()) return 0;
  const float bottom = boxes_.back().cursor;
  boxes_.pop_back();
  return bottom;
}

const Rect Ui::box() const {
  if (boxes_.empty()) return {};
  const Box& box = boxes_.back();
  return {box.x, box.top, box.width, box.cursor - box.top};
}

Rect Ui::next(float height, float gap) {
  if (boxes_.empty()) push_box(0, 0, 0);
  Box& box = boxes_.back();
  const Rect slot{box.x, box.cursor, box.width, height};
  box.cursor += height + gap;
  return slot;
}

void Ui::space(float height) {
  if (!boxes_.empty()) boxes_.back().cursor += height;
}

float Ui::cursor() const {
  return boxes_.empty() ? 0 : boxes_.back().cursor;
}

void Ui::set_cursor(float y) {
  if (!boxes_.empty()) boxes_.back().cursor = y;
}

std::vector<Rect> Ui::columns(const Rect& row, int count, float gap) const {
  std::vector<Rect> result;
  if (count <= 0) return result;
  const float width =
      std::max(0.0f, (row.width - gap * static_cast<float>(count - 1)) / static_cast<float>(count));
  for (int i = 0; i < count; ++i) {
    const float offset = static_cast<float>(i) * (width + gap);
    const float x = rtl() ? row.right() - offset - width : row.x + offset;
    result.push_back({x, row.y, width, row.height});
  }
  return result;
}

Rect Ui::at_start(const Rect& row, float width) const {
  width = std::min(width, row.width);
  return {rtl() ? row.right() - width : row.x, row.y, width, row.height};
}

float Ui::target() const {
  return screen_.kiosk ? theme::kKioskTarget : theme::kTarget;
}

// A row is one target tall: rows open what they show.
float Ui::row_height() const {
  return target();
}

WidthClass width_class(float css_width) {
  if (css_width < 600) return WidthClass::Compact;
  if (css_width < 960) return WidthClass::Medium;
  if (css_width < 1280) return WidthClass::Expanded;
  return WidthClass::Large;
}

Flow::Flow(Ui& ui, const Rect& line, float gap) : ui_(ui), line_(line), rtl_(ui.rtl()), gap_(gap) {}

Rect Flow::take(float width) {
  width = std::min(width, line_.width);
  if (used_ > 0 && used_ + gap_ + width > line_.width) {
    line_ = ui_.next(line_.height, gap_);
    used_ = 0;
  }
  const float start = used_ > 0 ? used_ + gap_ : 0;
  used_ = start + width;
  const float x = rtl_ ? line_.right() - start - width : line_.x + start;
  return {x, line_.y, width, line_.height};
}

}  // namespace muqeem::ui

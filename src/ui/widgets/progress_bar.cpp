#include "ui/widgets/progress_bar.h"

#include <algorithm>
#include <cmath>

namespace muqeem::ui {

void progress_bar(Ui& ui, const std::string& id, const std::string& label, double fraction) {
  const int percent = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100));
  const std::string words =
      ui.screen().strings.format("progress.percent", {{"percent", std::to_string(percent)}});
  const Rect caption = ui.next(24.0f, 4.0f);
  paint_line(ui, label + " · " + words, {text::Weight::Regular, theme::kBodySize, theme::kText}, caption);
  const Rect track = ui.next(8.0f);
  fill(ui, track, theme::kDivider, 4.0f);
  Rect done = track;
  done.width = track.width * static_cast<float>(percent) / 100.0f;
  if (ui.rtl()) done.x = track.right() - done.width;  // it grows from the start side
  if (done.width > 0) fill(ui, done, theme::kPrimary, 4.0f);

  SemanticNode node;
  node.id = id;
  node.role = Role::ProgressBar;
  node.name = label;
  node.language = ui.language_code();
  node.value = std::to_string(percent);
  node.description = words;
  node.rect = {track.x, caption.y, track.width, track.bottom() - caption.y};
  node.states.busy = percent < 100;
  ui.tree().add(std::move(node));
}

}  // namespace muqeem::ui

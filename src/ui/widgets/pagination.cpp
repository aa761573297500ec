#include "ui/widgets/pagination.h"

#include <algorithm>
#include <vector>

#include "ui/number_format.h"
#include "ui/widgets/button.h"

namespace muqeem::ui {
namespace {

// The pages shown: first, last, and two either side of the current one; -1 marks a gap ("…").
std::vector<int> visible_pages(int page, int count) {
  std::vector<int> pages;
  for (int i = 0; i < count; ++i) {
    if (i == 0 || i == count - 1 || std::abs(i - page) <= 2) {
      if (!pages.empty() && pages.back() >= 0 && i - pages.back() > 1) pages.push_back(-1);
      pages.push_back(i);
    }
  }
  return pages;
}

}  // namespace

bool pagination(Ui& ui, const std::string& id, int& page, int page_count) {
  if (page_count <= 1) return false;
  const int before = page;
  page = std::clamp(page, 0, page_count - 1);
  const Rect row = ui.next(ui.target());
  SemanticNode nav;
  nav.id = id;
  nav.role = Role::Navigation;
  nav.name = ui.text("pagination.name");
  nav.language = ui.language_code();
  nav.rect = row;
  ui.tree().begin(std::move(nav));
  Flow flow(ui, row, 4.0f);

  Button previous{id + ".previous", ui.text("pagination.previous"), ButtonKind::Secondary};
  previous.disabled = page == 0;
  if (button(ui, previous, flow.take(button_width(ui, previous)))) page = page - 1;
  for (const int number : visible_pages(page, page_count)) {
    if (number < 0) {
      paint_line(ui, "…", {text::Weight::Regular, theme::kBodySize, theme::kTextSecondary}, flow.take(24),
                 true);
      continue;
    }
    const std::string label = format_integer(number + 1, ui.language());
    Button item{id + "." + std::to_string(number), label,
                number == page ? ButtonKind::Primary : ButtonKind::Secondary};
    const Rect rect = flow.take(ui.target());
    if (button(ui, item, rect)) page = number;
    // The current page: "page 3" to a screen reader, marked as current.
    SemanticNode& node = ui.tree().node(static_cast<int>(ui.tree().nodes().size()) - 1);
    node.name = ui.screen().strings.format("pagination.page", {{"number", label}});
    node.states.current = number == page;
  }
  Button next{id + ".next", ui.text("pagination.next"), ButtonKind::Secondary};
  next.disabled = page >= page_count - 1;
  if (button(ui, next, flow.take(button_width(ui, next)))) page = page + 1;
  ui.tree().end();
  page = std::clamp(page, 0, page_count - 1);
  return page != before;
}

}  // namespace muqeem::ui

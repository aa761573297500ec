#include "ui/widgets/select.h"

#include <algorithm>

#include "text/utf8.h"

namespace muqeem::ui {

std::u32string search_key(std::string_view text) {
  std::u32string key;
  for (char32_t c : text::decode_utf8(text)) {
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    if (c >= 0x064B && c <= 0x0652) continue;                                  // tashkeel
    if (c == 0x0640) continue;                                                 // tatweel
    if (c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0671) c = 0x0627;  // آ أ إ ٱ → ا
    if (c == 0x0649) c = 0x064A;                                               // ى → ي
    if (c == 0x0629) c = 0x0647;                                               // ة → ه
    key.push_back(c);
  }
  return key;
}

namespace {

constexpr int kMaxShown = 8;  // more matches than this: the person types more of the name
const TextStyle kOptionStyle{text::Weight::Regular, theme::kBodySize, theme::kText};

std::vector<int> matches(const std::vector<std::string>& options, const std::string& filter) {
  const std::u32string wanted = search_key(filter);
  std::vector<int> found;
  for (size_t i = 0; i < options.size() && static_cast<int>(found.size()) < kMaxShown; ++i)
    if (wanted.empty() || search_key(options[i]).find(wanted) != std::u32string::npos)
      found.push_back(static_cast<int>(i));
  return found;
}

void draw_chevron(Ui& ui, const Rect& box, bool open) {
  // A chevron at the end side, pointing down (up while open); it does not mirror.
  const float cx = ui.rtl() ? box.x + 20 : box.right() - 20;
  const float cy = box.y + box.height / 2;
  const float d = open ? -4.0f : 4.0f;
  const ImVec2 points[] = {{cx - 6, cy - d / 2}, {cx, cy + d}, {cx + 6, cy - d / 2}};
  ui.draw().AddPolyline(points, 3, theme::kText, 0, 2.0f);
}

}  // namespace

bool select(Ui& ui, const Field& field, const std::vector<std::string>& options, int& selected) {
  Interaction& input = ui.input();
  int& open = input.number(field.id + ".open");
  int& active = input.number(field.id + ".active");
  std::string& filter = input.note(field.id + ".filter");
  const int before = selected;
  auto close = [&] {
    open = 0;
    filter.clear();
  };
  if (field.disabled) close();

  // A click then typing can arrive in one frame: the click's toggle first, so the typing leaves the
  // list open whatever their order.
  if (input.take_activation(field.id) && !field.disabled) open = !open;
  if (auto typed = input.take_value(field.id); typed && !field.disabled) {
    filter = *typed;
    open = 1;
    active = 0;
  }
  std::vector<int> shown = matches(options, filter);
  const int count = static_cast<int>(shown.size());
  for (const Key key : input.take_keys(field.id)) {
    if (key == Key::Down) {
      if (open && count > 0) active = std::min(active + 1, count - 1);
      open = 1;
    } else if (key == Key::Up && count > 0) {
      active = std::max(active - 1, 0);
    } else if (key == Key::Home) {
      active = 0;
    } else if (key == Key::End && count > 0) {
      active = count - 1;
    } else if (key == Key::Enter && open && active < count) {
      selected = shown[static_cast<size_t>(active)];
      close();
    } else if (key == Key::Escape) {
      close();
    }
  }
  const bool focus_here = input.is_focused(field.id) || input.focused().rfind(field.id + ".option.", 0) == 0;
  for (int i = 0; i < count; ++i)
    if (input.take_activation(field.id + ".option." + std::to_string(shown[static_cast<size_t>(i)]))) {
      selected = shown[static_cast<size_t>(i)];
      close();
      // Back to the select, unless the person already went on (clicked the next field before this
      // frame): then focus stays where they went.
      if (focus_here) input.request_focus(field.id);
    }
  if (!focus_here) close();
  shown = matches(options, filter);
  active = std::clamp(active, 0, std::max(0, static_cast<int>(shown.size()) - 1));

  const FieldFrame frame = field_frame(ui, field);
  const bool focused = input.is_focused(field.id);
  draw_field_label(ui, field, frame);
  draw_field_box(ui, field, frame.box, focused);
  const bool has_choice = selected >= 0 && selected < static_cast<int>(options.size());
  const std::string value = open || !filter.empty() ? filter
                            : has_choice            ? options[static_cast<size_t>(selected)]
                                                    : "";
  const Rect inner{frame.box.x + theme::kFieldPadding + (ui.rtl() ? 32 : 0), frame.box.y,
                   frame.box.width - 2 * theme::kFieldPadding - 32, frame.box.height};
  if (!focused) paint_line(ui, value, kOptionStyle, inner);
  draw_chevron(ui, frame.box, open);
  draw_field_error(ui, field, frame);

  SemanticNode node = field_node(ui, field, frame, value);
  node.role = Role::ComboBox;
  node.states.expanded = open != 0;
  ui.tree().add(std::move(node));

  if (open) {
    auto layer = ui.popup_layer();
    const Rect list{frame.box.x, frame.box.bottom() + 4, frame.box.width,
                    std::max(1.0f, static_cast<float>(shown.size())) * ui.target() + 8};
    fill(ui, list, theme::kPage);
    outline(ui, list, theme::kBorder);
    SemanticNode listbox;
    listbox.id = field.id + ".options";
    listbox.role = Role::ListBox;
    listbox.name = field.label;
    listbox.language = ui.language_code();
    listbox.rect = list;
    ui.tree().begin(std::move(listbox));
    if (shown.empty())
      paint_line(ui, ui.text("select.noMatches"),
                 {text::Weight::Regular, theme::kBodySize, theme::kTextSecondary},
                 {list.x + 12, list.y + 4, list.width - 24, ui.target()});
    for (size_t i = 0; i < shown.size(); ++i) {
      const Rect row{list.x + 4, list.y + 4 + static_cast<float>(i) * ui.target(), list.width - 8,
                     ui.target()};
      const bool is_active = static_cast<int>(i) == active;
      if (is_active || ui.hovered(row)) fill(ui, row, theme::kPrimaryTint);
      const std::string& label = options[static_cast<size_t>(shown[i])];
      paint_line(ui, label, kOptionStyle, {row.x + 8, row.y, row.width - 16, row.height});
      SemanticNode option;
      option.id = field.id + ".option." + std::to_string(shown[i]);
      option.role = Role::Option;
      option.name = label;
      option.language = ui.language_code();
      option.states.selected = is_active;
      option.states.checked = shown[i] == selected;
      option.rect = row;
      ui.tree().add(std::move(option));
    }
    ui.tree().end();
  }
  return selected != before;
}

}  // namespace muqeem::ui

#include "ui/widgets/page_frame.h"

#include <algorithm>

#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"

namespace muqeem::ui {
namespace {

float margin_for(float width) {
  return width < 600 ? 16.0f : 24.0f;
}

// The static demo says so beside the product's name, in gold (an accent) with dark text.
void demo_badge(Ui& ui, const Rect& line, float name_width) {
  const std::string& label = ui.text("demo.badge");
  const TextStyle style{text::Weight::Bold, theme::kSmallSize, theme::kText};
  const float width = single_line(ui, label, style).width() + 24;
  const float x = ui.rtl() ? line.right() - name_width - 16 - width : line.x + name_width + 16;
  const Rect badge{x, line.y + 8, width, line.height - 16};
  fill(ui, badge, theme::kAccent, badge.height / 2);
  paint_line(ui, label, style, badge, /*centred=*/true);
  SemanticNode node;
  node.role = Role::Paragraph;
  node.name = ui.text("demo.badgeName");
  node.language = ui.language_code();
  node.rect = badge;
  ui.tree().add(std::move(node));
}

// Below 600 px the header keeps the product's name and the language toggle, and puts the rest in a
// menu: a button that opens a list under it (Esc, or the button again, closes it). True when the
// officer chose to sign out from it. `end` is where the menu button's end edge stands.
bool header_menu(Ui& ui, const Rect& end, const Rect& header_line, const Button& sign_out) {
  int& open = ui.input().number("page.menu.open");
  Button menu{"page.menu", ui.text("page.menu"), ButtonKind::Secondary};
  menu.expanded = open != 0;
  const float width = button_width(ui, menu);
  const Rect at{ui.rtl() ? end.x : end.right() - width, end.y, width, end.height};
  for (const std::string& id : {std::string("page.menu"), sign_out.id})
    for (const Key key : ui.input().take_keys(id))
      if (key == Key::Escape && open) {
        open = 0;
        ui.input().request_focus("page.menu");
      }
  if (button(ui, menu, at)) {
    open = !open;
    if (open) ui.input().request_focus(sign_out.id);
  }
  if (!open) return false;
  auto layer = ui.popup_layer();
  const float item_width = std::max(button_width(ui, sign_out), 200.0f);
  // Under the menu button, aligned with its end edge, and kept inside the header's line (the window).
  const float list_width = std::min(item_width + 16, header_line.width);
  const float x =
      std::clamp(ui.rtl() ? at.x : at.right() - list_width, header_line.x, header_line.right() - list_width);
  const Rect list{x, at.bottom() + 8, list_width, ui.target() + 16};
  fill(ui, list, theme::kPage);
  outline(ui, list, theme::kBorder);
  const bool chosen = button(ui, sign_out, {list.x + 8, list.y + 8, list.width - 16, ui.target()});
  if (chosen) open = 0;
  return chosen;
}

// A new version of the site is ready: said politely, with the choice to reload now. The officer
// finishes what they are doing first; nothing changes until they choose.
bool update_notice(Ui& ui) {
  alert(ui, AlertKind::Info, ui.text("page.updateReady"), ui.text("page.updateReadyHint"));
  const Button reload{"page.update", ui.text("page.updateReload"), ButtonKind::Secondary};
  const bool chosen = button(ui, reload);
  ui.next(16);
  return chosen;
}

}  // namespace

PageActions begin_page(Ui& ui, ImVec2 size, const PageOptions& options) {
  PageActions actions;
  const float margin = margin_for(size.x);
  const Rect header{0, 0, size.x, kHeaderHeight};
  fill(ui, header, theme::kSurface, 0);
  fill(ui, {0, 0, size.x, 4}, theme::kPrimary, 0);  // the flag-green band across the top
  ui.draw().AddLine(ImVec2(0, header.bottom() - 0.5f), ImVec2(size.x, header.bottom() - 0.5f),
                    theme::kDivider);

  SemanticNode banner;
  banner.role = Role::Banner;
  banner.language = ui.language_code();
  banner.rect = header;
  ui.tree().begin(std::move(banner));
  const Rect inner{margin, 14, size.x - 2 * margin, ui.target()};
  const std::string& name = ui.text("app.name");
  const TextStyle name_style{text::Weight::Bold, theme::kHeadingSize, theme::kPrimaryDark};
  const float name_width = single_line(ui, name, name_style).width();
  const Rect name_rect = ui.at_start(inner, name_width);
  paint_line(ui, name, name_style, name_rect);
  SemanticNode product;
  product.role = Role::Paragraph;
  product.name = name;
  product.language = ui.language_code();
  product.rect = name_rect;
  ui.tree().add(std::move(product));
  if (ui.screen().demo_panel) demo_badge(ui, inner, name_width);

  // The end side holds the buttons; the toggle names the other language in that language.
  const bool arabic = ui.language() == Language::Arabic;
  Button toggle{"page.language", ui.text("page.otherLanguage"), ButtonKind::Secondary};
  toggle.language = arabic ? "en" : "ar";
  const bool kiosk = ui.screen().kiosk_visit;
  Button sign_out{"page.signOut", ui.text(kiosk ? "kiosk.finish" : "page.signOut"), ButtonKind::Secondary};
  const float toggle_width = button_width(ui, toggle);
  const float end_x = ui.rtl() ? inner.x : inner.right();
  const auto place = [&](float offset, float width) {
    return Rect{ui.rtl() ? end_x + offset : end_x - offset - width, inner.y, width, inner.height};
  };
  // Reading order: sign out (or, narrow, the menu holding it), then the toggle at the very end.
  if ((options.signed_in && size.x >= 600) || kiosk) {
    const float sign_out_width = button_width(ui, sign_out);
    actions.sign_out = button(ui, sign_out, place(toggle_width + 12, sign_out_width));
  } else if (options.signed_in) {
    actions.sign_out = header_menu(ui, place(toggle_width + 12, 0), inner, sign_out);
  }
  actions.toggle_language = button(ui, toggle, place(0, toggle_width));
  ui.tree().end();

  SemanticNode main;
  main.role = Role::Main;
  main.language = ui.language_code();
  ui.tree().begin(std::move(main));
  const float width = std::min(kContentWidth, size.x - 2 * margin);
  ui.push_box((size.x - width) / 2, width, kHeaderHeight + 32);
  if (ui.screen().update_ready) actions.apply_update = update_notice(ui);
  return actions;
}

void end_page(Ui& ui, ImVec2 size) {
  const Rect column = ui.box();
  float reached = ui.pop_box();
  ui.tree().end();               // main
  if (ui.screen().demo_panel) {  // its own landmark after the main one, in the same column
    ui.push_box(column.x, column.width, reached + 32);
    ui.screen().demo_panel(ui);
    reached = ui.pop_box();
  }
  // The note wraps in a narrow window; the footer grows to hold it.
  const float margin = margin_for(size.x);
  const std::string& note = ui.text("page.footer");
  const TextStyle style{text::Weight::Regular, theme::kSmallSize, theme::kTextSecondary};
  const text::TextLayout& note_layout = wrapped(ui, note, style, size.x - 2 * margin);
  const float footer_height = std::max(96.0f, note_layout.height() + 48);
  const float bottom = std::max(reached + 32, size.y - footer_height);
  const Rect footer{0, bottom, size.x, footer_height};
  fill(ui, footer, theme::kSurface, 0);
  SemanticNode info;
  info.role = Role::ContentInfo;
  info.language = ui.language_code();
  info.rect = footer;
  ui.tree().begin(std::move(info));
  ui.push_box(margin, size.x - 2 * margin, bottom + 24);
  const Rect line = ui.next(std::max(24.0f, note_layout.height()), 0);
  paint_wrapped(ui, note, style, line);
  SemanticNode text;
  text.role = Role::Paragraph;
  text.name = note;
  text.language = ui.language_code();
  text.rect = ui.at_start(line, note_layout.width());
  ui.tree().add(std::move(text));
  ui.pop_box();
  ui.tree().end();
  ui.tree().content_height = footer.bottom();
}

void begin_form_column(Ui& ui, float width) {
  const Rect column = ui.box();
  const float used = std::min(width, column.width);
  ui.push_box(ui.rtl() ? column.right() - used : column.x, used, ui.cursor());
}

void end_form_column(Ui& ui) {
  ui.set_cursor(ui.pop_box());
}

}  // namespace muqeem::ui

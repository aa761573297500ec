#include "ui/screens/home_screen.h"

#include <algorithm>

#include "ui/text_block.h"
#include "ui/theme.h"

namespace muqeem::ui {

void draw_home_screen(ScreenContext& context, ImDrawList& list, ImVec2 size) {
  list.AddRectFilled(ImVec2(0, 0), size, theme::kPage);
  const float band = 8.0f;  // the flag-green band across the top of every page
  list.AddRectFilled(ImVec2(0, 0), ImVec2(size.x, band), theme::kPrimary);

  const Language other = context.language == Language::Arabic ? Language::English : Language::Arabic;
  const TextStyle title{text::Weight::Bold, theme::kDisplaySize, theme::kPrimary};
  const TextStyle tagline{text::Weight::Regular, theme::kHeadingSize, theme::kText};
  const TextStyle subtitle{text::Weight::Regular, theme::kBodySize + 2, theme::kTextSecondary};

  const float margin = 24.0f;
  const float width = std::max(0.0f, size.x - 2 * margin);
  const float block_height = (title.size + tagline.size + subtitle.size) * theme::kLineHeight + 16.0f;
  float top = std::max(band + margin, (size.y - block_height) * 0.4f);
  top += draw_text_block(context, list,
                         {context.strings.text("app.name"), context.language, title, Role::Heading, 1},
                         margin, top, width);
  top += draw_text_block(context, list, {context.strings.text("home.tagline"), context.language, tagline},
                         margin, top, width);
  top += 16.0f;
  draw_text_block(context, list, {context.other_strings.text("home.tagline"), other, subtitle}, margin, top,
                  width);
}

}  // namespace muqeem::ui

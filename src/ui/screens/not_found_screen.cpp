#include "ui/screens/not_found_screen.h"

#include "ui/widgets/button.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

PageActions draw_not_found_screen(Ui& ui, ImVec2 size, bool signed_in,
                                  const std::function<void(const std::string&)>& navigate) {
  const PageActions actions = begin_page(ui, size, {signed_in});
  heading(ui, ui.text("notFound.title"), 1);
  paragraph(ui, ui.text("notFound.text"));
  Button home{"notFound.home", ui.text("notFound.home")};
  home.navigates = true;
  if (button(ui, home)) navigate("#/");
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

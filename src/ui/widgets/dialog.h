#pragma once
// A modal dialog ("are you sure you want to renew?"): a box over a scrim, on the popup layer. While
// it is open everything else is out of reach (the overlay makes it inert; Tab cycles inside), Esc
// closes it, and focus moves into it when it opens. Usage:
//   if (state.confirming) {
//     ModalDialog dialog(ui, "renew.confirm", title);
//     paragraph(ui, …);  button(ui, …);
//     if (dialog.escaped()) state.confirming = false;
//   }
#include <string>

#include "imgui.h"
#include "ui/paint.h"

namespace muqeem::ui {

class ModalDialog {
 public:
  ModalDialog(Ui& ui, const std::string& id, const std::string& title, float width = 520.0f);
  ~ModalDialog();
  ModalDialog(const ModalDialog&) = delete;
  ModalDialog& operator=(const ModalDialog&) = delete;

  // Esc was pressed inside the dialog this frame.
  bool escaped() const { return escaped_; }

 private:
  Ui& ui_;
  std::string id_;
  Ui::PopupLayer layer_;
  ImDrawListSplitter splitter_;
  Rect box_;
  int node_ = -1;
  bool escaped_ = false;
  bool opening_ = false;  // not drawn last frame: focus moves in
};

}  // namespace muqeem::ui

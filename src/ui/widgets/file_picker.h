#pragma once
// Choosing files to send (a support request's attachments). The app draws a drop zone under the
// field's label; the overlay lays the browser's own <input type="file"> over it, so a click, Enter or
// Space opens the system's chooser (and its camera or document scanner on a tablet), files dropped on
// it arrive the same way, and screen readers meet a native file input. What the person picks comes
// back one UiEvent per file; checking it is the caller's (it knows the rules).
#include <string>
#include <vector>

#include "ui/interaction.h"
#include "ui/paint.h"

namespace muqeem::ui {

struct FilePicker {
  std::string id;
  std::string label;
  std::string hint;
  std::string error;      // shown under the zone and tied to the input; empty when valid
  std::string accept;     // the chooser's filter, e.g. ".pdf,.png,.jpg,.jpeg"
  int64_t max_bytes = 0;  // larger files are not read into memory: only their name and size arrive
  bool disabled = false;
};

// The files chosen or dropped this frame, in the order given.
std::vector<ChosenFile> file_picker(Ui& ui, const FilePicker& picker);

}  // namespace muqeem::ui

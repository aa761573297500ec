#pragma once
// How far something long has gone (a large attachment uploading): a line saying what and how much in
// words and figures, over a bar; a progressbar with its value for screen readers.
#include <string>

#include "ui/paint.h"

namespace muqeem::ui {

// `fraction` from 0 to 1; `label` names what is progressing ("Uploading the attachments").
void progress_bar(Ui& ui, const std::string& id, const std::string& label, double fraction);

}  // namespace muqeem::ui

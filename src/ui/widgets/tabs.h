#pragma once
// Tabs: a row of tabs from the start side, one Tab stop (the selected tab); arrows move along the row
// as it reads (in Arabic the left arrow goes to the next tab), Home and End to the ends. The panel
// under them is a group named by the selected tab. Below 600 px the tabs are a select of the same
// names (id `<id>`) and the panel a plain group: a row of tabs would run past a phone's edge.
#include <string>
#include <vector>

#include "ui/paint.h"

namespace muqeem::ui {

// True when the selection changed this frame. Tab ids are "<id>.<index>".
bool tabs(Ui& ui, const std::string& id, const std::string& label, const std::vector<std::string>& names,
          int& selected);

// The selected tab's panel: a group around what is drawn while it lives.
class TabPanel {
 public:
  TabPanel(Ui& ui, const std::string& id, const std::string& name);
  ~TabPanel();
  TabPanel(const TabPanel&) = delete;
  TabPanel& operator=(const TabPanel&) = delete;

 private:
  Ui& ui_;
  int node_;
};

}  // namespace muqeem::ui

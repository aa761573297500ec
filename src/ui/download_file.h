#pragma once
// A file the browser saves (a report's CSV, a support request's attachment): the platform hands it
// to the browser as a download.
#include <string>

namespace muqeem::ui {

struct DownloadFile {
  std::string name, type, bytes;
};

}  // namespace muqeem::ui

#include "ui/screens/tawasul_parts.h"

#include "ui/flows/flow_parts.h"
#include "ui/ui.h"

namespace muqeem::ui {

std::string tawasul_day(const Ui& ui, const std::string& instant) {
  return both_calendars(ui, instant.substr(0, 10));
}

std::string tawasul_moment(const std::string& instant) {
  if (instant.size() < 16) return instant;
  return instant.substr(0, 10) + " " + instant.substr(11, 5) + " UTC";
}

std::string operation_words(const Ui& ui, const std::string& code) {
  constexpr std::string_view kQuote = "-quote";
  if (ui.strings().has("operation." + code)) return ui.text("operation." + code);
  if (code.size() > kQuote.size() && code.ends_with(kQuote)) {
    const std::string of = code.substr(0, code.size() - kQuote.size());
    if (ui.strings().has("operation." + of))
      return ui.screen().strings.format("operation.quoteOf", {{"name", ui.text("operation." + of)}});
  }
  return code;
}

Button link_to(const std::string& id, const std::string& label) {
  Button link{id, label, ButtonKind::Link};
  link.navigates = true;
  return link;
}

}  // namespace muqeem::ui

// The Umm al-Qura table compiled into the wasm, for the browser test that checks it against the
// browser's own Intl calendar (tests/e2e/hijri.spec.js): every month of 1420-1500 AH as
// [year, month, first day (ISO Gregorian), length].
#include <emscripten.h>

#include <string>

#include "domain/hijri_date.h"

extern "C" EMSCRIPTEN_KEEPALIVE const char* muqeem_umalqura_months() {
  static std::string json;
  if (!json.empty()) return json.c_str();
  json = "[";
  for (int year = 1420; year <= 1500; ++year) {
    for (int month = 1; month <= 12; ++month) {
      const auto start = muqeem::domain::HijriDate{year, month, 1}.to_civil();
      if (!start) continue;
      if (json.size() > 1) json += ",";
      json += "[" + std::to_string(year) + "," + std::to_string(month) + ",\"" + start->iso() + "\"," +
              std::to_string(muqeem::domain::hijri_month_length(year, month)) + "]";
    }
  }
  json += "]";
  return json.c_str();
}

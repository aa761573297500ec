#pragma once
// Hijri dates in the Umm al-Qura calendar, Saudi Arabia's first official calendar, from a table of
// month starts generated from ICU at build time (tools/umalqura_table.cpp), for 1420-1500 AH
// (1999-2077). Officers see expiry dates in both calendars and may type either.
#include <optional>
#include <string>
#include <string_view>

#include "domain/civil_date.h"

namespace muqeem::domain {

struct HijriDate {
  int year = 0, month = 0, day = 0;

  // nullopt outside 1420-1500 AH.
  static std::optional<HijriDate> from_civil(const CivilDate& date);
  // nullopt for a day the month does not have (Umm al-Qura months have 29 or 30) or out of range.
  std::optional<CivilDate> to_civil() const;
  // nullopt unless the text is YYYY-MM-DD naming a real Hijri date in range.
  static std::optional<HijriDate> parse(std::string_view iso);
  std::string iso() const;  // "1447-05-17"
  bool operator==(const HijriDate&) const = default;
};

int hijri_month_length(int year, int month);  // 29 or 30; 0 out of range

}  // namespace muqeem::domain

#pragma once
// Dates as officers read them, in both calendars: "22 نوفمبر 2026" beside "1 جمادى الآخرة 1448 هـ".
// Month names come from the catalogue; digits are Western in both languages.
#include <optional>
#include <string>
#include <string_view>

#include "domain/civil_date.h"
#include "domain/hijri_date.h"
#include "ui/catalogue.h"

namespace muqeem::ui {

std::string format_gregorian(const domain::CivilDate& date, const Catalogue& strings);
std::string format_hijri(const domain::HijriDate& date, const Catalogue& strings);

// An ISO Gregorian date with its Umm al-Qura date beside it, both in words ("21 فبراير 2028 (25 رمضان
// 1449 هـ)"), as the API sends them (ISO strings); what cannot be read is shown as it came.
std::string format_both_calendars(const std::string& gregorian_iso, const std::string& hijri_iso,
                                  const Catalogue& strings);

// A date typed as YYYY-MM-DD (any digits) in either calendar: years 1300-1599 are Hijri (Umm
// al-Qura), later years Gregorian. nullopt when it names no real date in range.
struct TypedDate {
  domain::CivilDate date;
  bool typed_in_hijri = false;
};
std::optional<TypedDate> read_typed_date(std::string_view text);

}  // namespace muqeem::ui

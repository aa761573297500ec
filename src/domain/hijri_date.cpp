#include "domain/hijri_date.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace muqeem::domain {
namespace {

#include "umalqura_table.inc"

constexpr int kMonths = (kLastHijriYear - kFirstHijriYear + 1) * 12;
static_assert(std::size(kMonthStarts) == kMonths + 1, "the table ends with the month after the last");

int month_index(int year, int month) {
  return (year - kFirstHijriYear) * 12 + (month - 1);
}

}  // namespace

int hijri_month_length(int year, int month) {
  if (year < kFirstHijriYear || year > kLastHijriYear || month < 1 || month > 12) return 0;
  const int index = month_index(year, month);
  return static_cast<int>(kMonthStarts[index + 1] - kMonthStarts[index]);
}

std::optional<HijriDate> HijriDate::from_civil(const CivilDate& date) {
  const long days = date.days_since_1970();
  if (days < kMonthStarts[0] || days >= kMonthStarts[kMonths]) return std::nullopt;
  // The last month that starts on or before the day.
  const long* start = std::upper_bound(std::begin(kMonthStarts), std::end(kMonthStarts), days) - 1;
  const int index = static_cast<int>(start - std::begin(kMonthStarts));
  return HijriDate{kFirstHijriYear + index / 12, index % 12 + 1, static_cast<int>(days - *start) + 1};
}

std::optional<CivilDate> HijriDate::to_civil() const {
  const int length = hijri_month_length(year, month);
  if (length == 0 || day < 1 || day > length) return std::nullopt;
  return CivilDate::from_days(kMonthStarts[month_index(year, month)] + day - 1);
}

std::optional<HijriDate> HijriDate::parse(std::string_view iso) {
  const auto fields = iso_fields(iso);
  if (!fields) return std::nullopt;
  const HijriDate date{fields->year, fields->month, fields->day};
  if (!date.to_civil()) return std::nullopt;  // a day the month does not have, or out of range
  return date;
}

std::string HijriDate::iso() const {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

}  // namespace muqeem::domain

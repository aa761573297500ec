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
  // The same shape as a Gregorian ISO date; CivilDate would reject day 30 of a 29-day Gregorian
  // February, so the fields are read here.
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (size_t i = starts[f]; i < starts[f] + lengths[f]; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (iso[i] - '0');
    }
  }
  const HijriDate date{fields[0], fields[1], fields[2]};
  if (!date.to_civil()) return std::nullopt;
  return date;
}

std::string HijriDate::iso() const {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

}  // namespace muqeem::domain

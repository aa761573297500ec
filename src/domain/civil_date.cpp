#include "domain/civil_date.h"

#include <algorithm>
#include <cstdio>

namespace muqeem::domain {

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<IsoFields> iso_fields(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  }
  return IsoFields{parts[0], parts[1], parts[2]};
}

std::optional<CivilDate> CivilDate::parse(std::string_view iso) {
  const auto fields = iso_fields(iso);
  if (!fields || fields->month < 1 || fields->month > 12 || fields->day < 1 ||
      fields->day > days_in_month(fields->year, fields->month))
    return std::nullopt;
  return CivilDate(fields->year, fields->month, fields->day);
}

// Days from 1970-01-01 by the proleptic Gregorian calendar, counting in 400-year eras of 146,097 days.
long CivilDate::days_since_1970() const {
  const long y = month_ <= 2 ? year_ - 1 : year_;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long day_of_year = (153 * (month_ + (month_ > 2 ? -3 : 9)) + 2) / 5 + day_ - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate CivilDate::from_days(long days_since_1970) {
  const long z = days_since_1970 + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long day_of_era = z - era * 146097;
  const long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long mp = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate(static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0)), month, day);
}

std::string CivilDate::iso() const {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year_, month_, day_);
  return text;
}

CivilDate CivilDate::plus_months(int months) const {
  const int index = year_ * 12 + (month_ - 1) + months;
  const int year = index / 12, month = index % 12 + 1;
  return CivilDate(year, month, std::min(day_, days_in_month(year, month)));
}

}  // namespace muqeem::domain

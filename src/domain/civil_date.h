#pragma once
// Gregorian calendar dates as the API carries them (ISO "YYYY-MM-DD"), with day arithmetic. Durations
// are computed in Gregorian (DOMAIN.md); the Hijri date shown beside it comes from the calendar layer.
#include <optional>
#include <string>
#include <string_view>

namespace muqeem::domain {

class CivilDate {
 public:
  // nullopt unless the text is a real date in the form YYYY-MM-DD.
  static std::optional<CivilDate> parse(std::string_view iso);
  static CivilDate from_days(long days_since_1970);
  CivilDate(int year, int month, int day) : year_(year), month_(month), day_(day) {}

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }
  long days_since_1970() const;
  std::string iso() const;
  CivilDate plus_days(long days) const { return from_days(days_since_1970() + days); }
  // The same day `months` later, or the month's last day when it has no such day (Jan 31 + 1 month).
  CivilDate plus_months(int months) const;
  auto operator<=>(const CivilDate&) const = default;

 private:
  int year_, month_, day_;
};

int days_in_month(int year, int month);

// The year, month and day of text shaped YYYY-MM-DD (Western digits), whatever the calendar; nullopt
// for any other shape. Whether the date exists is the calendar's business.
struct IsoFields {
  int year, month, day;
};
std::optional<IsoFields> iso_fields(std::string_view text);

}  // namespace muqeem::domain

#include "ui/dates.h"

#include "domain/digits.h"

namespace muqeem::ui {

std::string format_gregorian(const domain::CivilDate& date, const Catalogue& strings) {
  return std::to_string(date.day()) + " " + strings.text("date.gregorian." + std::to_string(date.month())) +
         " " + std::to_string(date.year());
}

std::string format_hijri(const domain::HijriDate& date, const Catalogue& strings) {
  return std::to_string(date.day) + " " + strings.text("date.hijri." + std::to_string(date.month)) + " " +
         std::to_string(date.year) + " " + strings.text("date.hijriEra");
}

std::string format_both_calendars(const std::string& gregorian_iso, const std::string& hijri_iso,
                                  const Catalogue& strings) {
  const auto gregorian = domain::CivilDate::parse(gregorian_iso);
  std::string text = gregorian ? format_gregorian(*gregorian, strings) : gregorian_iso;
  if (hijri_iso.empty()) return text;
  const auto hijri = domain::HijriDate::parse(hijri_iso);
  return text + " (" + (hijri ? format_hijri(*hijri, strings) : hijri_iso) + ")";
}

std::optional<TypedDate> read_typed_date(std::string_view text) {
  // Arabic-Indic digits become Western; the dashes stay (western_digits would refuse them).
  std::string western;
  size_t start = 0;
  for (size_t dash = text.find('-');; dash = text.find('-', start)) {
    const auto part =
        domain::western_digits(text.substr(start, dash == std::string_view::npos ? dash : dash - start));
    if (!part) return std::nullopt;
    western += *part;
    if (dash == std::string_view::npos) break;
    western += '-';
    start = dash + 1;
  }
  const auto fields = domain::iso_fields(western);
  if (!fields) return std::nullopt;
  if (fields->year >= 1300 && fields->year < 1600) {
    const auto hijri = domain::HijriDate::parse(western);
    const auto civil = hijri ? hijri->to_civil() : std::nullopt;
    if (!civil) return std::nullopt;
    return TypedDate{*civil, true};
  }
  const auto civil = domain::CivilDate::parse(western);
  if (!civil) return std::nullopt;
  return TypedDate{*civil, false};
}

}  // namespace muqeem::ui

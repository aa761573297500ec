// The report's filters: read from the address (open), on screen (the dates, quick ranges and the
// report's own choices), back into an address when shown, and in words for the paper.
#include "ui/screens/report_screen.h"

#include <algorithm>

#include "domain/hijri_date.h"
#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/button.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/select.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// A value that can stand in an address as it is (codes, ISO dates).
bool plain(const std::string& value) {
  return !value.empty() && value.size() <= 32 && std::all_of(value.begin(), value.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  });
}

std::string address_of(const api::ReportQuery& query) {
  std::string hash = "#/reports/" + query.report;
  char separator = '?';
  const auto add = [&](const std::string& name, const std::string& value) {
    if (!plain(value)) return;
    hash += separator + name + "=" + value;
    separator = '&';
  };
  add("from", query.from);
  add("to", query.to);
  for (const auto& [name, value] : query.filters) add(name, value);
  return hash;
}

const std::string* filter_value(const api::ReportQuery& query, const std::string& name) {
  for (const auto& [key, value] : query.filters)
    if (key == name) return &value;
  return nullptr;
}

}  // namespace

void ReportScreen::open(const std::string& name, const std::map<std::string, std::string>& params) {
  const ReportGuide* guide = report_guide(name);
  if (!guide) return;
  api::ReportQuery query;
  query.report = name;
  query.size = kPageSize;
  const auto param = [&params](const std::string& key) {
    const auto found = params.find(key);
    return found == params.end() ? std::string() : found->second;
  };
  if (guide->dates) {
    query.from = param("from");
    query.to = param("to");
  }
  for (const auto& filter : guide->filters)
    if (const std::string value = param(filter.param); !value.empty())
      query.filters.emplace_back(filter.param, value);
  if (guide == guide_ && address_of(query) == address_of(query_) && (page_ || loading_ || error_)) return;
  if (guide != guide_) {
    categories_.clear();
    export_error_.reset();
  }
  guide_ = guide;
  query_ = query;
  from_text_ = query.from;
  to_text_ = query.to;
  from_ = domain::CivilDate::parse(query.from);
  to_ = domain::CivilDate::parse(query.to);
  tried_ = false;
  page_.reset();
  table_ = {};
  load();
}

std::string ReportScreen::address() const {
  api::ReportQuery query;
  query.report = guide_->name;
  if (guide_->dates) {
    if ((!from_text_.empty() && !from_) || (!to_text_.empty() && !to_)) return {};
    if (from_) query.from = from_->iso();
    if (to_) query.to = to_->iso();
  }
  for (size_t i = 0; i < guide_->filters.size(); ++i) {
    const ReportFilter& filter = guide_->filters[i];
    const int choice = i < choices_.size() ? choices_[i] : 0;
    if (choice <= 0) continue;
    const auto at = static_cast<size_t>(choice - 1);
    std::string code;
    if (filter.nationalities && at < nationalities_.size())
      code = nationalities_[at].code;
    else if (filter.choices.empty() && !filter.nationalities && at < categories_.size())
      code = categories_[at].code;
    else if (at < filter.choices.size())
      code = filter.choices[at].code;
    if (!code.empty()) query.filters.emplace_back(filter.param, code);
  }
  return address_of(query);
}

void ReportScreen::filters(Ui& ui, const std::function<void(const std::string&)>& navigate) {
  heading(ui, ui.text("reports.filters"), 2);
  bool apply = false;
  if (guide_->dates) {
    // Quick ranges first: what officers ask for most, set in one press.
    const domain::CivilDate today =
        page_ ? domain::CivilDate::parse(page_->generated_on).value_or(riyadh_today()) : riyadh_today();
    Flow quick(ui, ui.next(ui.target(), 8.0f));
    const auto range = [&](const char* key, const std::string& from, const std::string& to) {
      Button button_spec{std::string("report.quick.") + key, ui.text(std::string("reports.") + key),
                         ButtonKind::Secondary};
      if (!button(ui, button_spec, quick.take(button_width(ui, button_spec)))) return;
      from_text_ = from;
      to_text_ = to;
      from_ = read_typed_date(from) ? std::optional(read_typed_date(from)->date) : std::nullopt;
      to_ = read_typed_date(to) ? std::optional(read_typed_date(to)->date) : std::nullopt;
      apply = true;
    };
    const domain::CivilDate month_start(today.year(), today.month(), 1);
    range("thisMonth", month_start.iso(), month_start.plus_months(1).plus_days(-1).iso());
    range("last30", today.plus_days(-29).iso(), today.iso());
    if (guide_->name == "iqama-expiry") range("next90", today.iso(), today.plus_days(90).iso());
    if (const auto hijri = domain::HijriDate::from_civil(today)) {
      // Typed in Hijri, as an officer would: the Gregorian dates show under the fields.
      const domain::HijriDate first{hijri->year, 1, 1};
      const domain::HijriDate last{hijri->year, 12, domain::hijri_month_length(hijri->year, 12)};
      range("thisHijriYear", first.iso(), last.iso());
    }
    const std::string from_error = !from_text_.empty() && !from_ && tried_ ? ui.text("reports.dateInvalid")
                                                                           : field_error(ui, error_, "from");
    const std::string to_error =
        !to_text_.empty() && !to_ && tried_ ? ui.text("reports.dateInvalid") : field_error(ui, error_, "to");
    const auto from_field = [&] {
      date_field(ui, {"report.from", ui.text("reports.from"), ui.text("reports.dateHint"), from_error},
                 from_text_, from_);
    };
    const auto to_field = [&] {
      date_field(ui, {"report.to", ui.text("reports.to"), ui.text("reports.dateHint"), to_error}, to_text_,
                 to_);
    };
    if (ui.compact()) {
      from_field();
      to_field();
    } else {  // side by side, in reading order
      const float top = ui.cursor();
      const auto halves = ui.columns({ui.box().x, top, ui.box().width, 0}, 2);
      ui.push_box(halves[0].x, halves[0].width, top);
      from_field();
      const float first_bottom = ui.pop_box();
      ui.push_box(halves[1].x, halves[1].width, top);
      to_field();
      ui.set_cursor(std::max(first_bottom, ui.pop_box()));
    }
  }
  choices_.resize(guide_->filters.size(), 0);
  for (size_t i = 0; i < guide_->filters.size(); ++i) {
    const ReportFilter& filter = guide_->filters[i];
    std::vector<std::string> options = {ui.text("reports.all")};
    std::vector<std::string> codes = {""};
    if (filter.nationalities) {
      if (!nationalities_asked_) {
        nationalities_asked_ = true;
        portal_.nationalities([this](domain::Result<std::vector<api::Coded>, api::ApiError> result) {
          if (result) nationalities_ = result.value();  // without them the filter offers "all" only
        });
      }
      for (const auto& nationality : nationalities_) {
        options.push_back(in_language(ui.language(), nationality));
        codes.push_back(nationality.code);
      }
    } else if (filter.choices.empty()) {
      for (const auto& category : categories_) {
        options.push_back(in_language(ui.language(), category));
        codes.push_back(category.code);
      }
    } else {
      for (const auto& choice : filter.choices) {
        options.push_back(ui.text(choice.label_key));
        codes.push_back(choice.code);
      }
    }
    // What the address asked for, once its choices are known.
    if (const std::string* asked = filter_value(query_, filter.param); asked && choices_[i] == 0) {
      const auto found = std::find(codes.begin(), codes.end(), *asked);
      if (found != codes.end()) choices_[i] = static_cast<int>(found - codes.begin());
    }
    if (select(ui,
               {"report.filter." + filter.param,
                ui.text(filter.label_key),
                {},
                field_error(ui, error_, filter.param)},
               options, choices_[i]))
      apply = true;
  }
  Button show{"report.show", ui.text("reports.show")};
  show.default_action = true;
  show.busy = loading_;
  if (button(ui, show)) apply = true;
  if (apply) {
    tried_ = true;
    const std::string wanted = address();
    if (wanted.empty()) return;  // a date that does not read: said under its field
    if (wanted == address_of(query_)) {
      query_.page = 0;
      load();
    } else {
      navigate(wanted);
    }
  }
}

std::vector<std::pair<std::string, std::string>> ReportScreen::filter_lines(const Ui& ui) const {
  std::vector<std::pair<std::string, std::string>> lines;
  const Catalogue& strings = ui.screen().strings;
  if (!query_.from.empty() || !query_.to.empty()) {
    const auto side = [&](const std::string& iso) {
      return iso.empty() ? strings.text("reports.open") : format_both_calendars(iso, "", strings);
    };
    lines.emplace_back(strings.text("reports.period"), side(query_.from) + " – " + side(query_.to));
  }
  for (size_t i = 0; i < guide_->filters.size() && i < choices_.size(); ++i) {
    if (choices_[i] <= 0 || !filter_value(query_, guide_->filters[i].param)) continue;
    const ReportFilter& filter = guide_->filters[i];
    const auto at = static_cast<size_t>(choices_[i] - 1);
    std::string value;
    if (filter.nationalities && at < nationalities_.size())
      value = in_language(ui.language(), nationalities_[at]);
    else if (filter.choices.empty() && at < categories_.size())
      value = in_language(ui.language(), categories_[at]);
    else if (at < filter.choices.size())
      value = strings.text(filter.choices[at].label_key);
    lines.emplace_back(strings.text(filter.label_key), value);
  }
  return lines;
}

}  // namespace muqeem::ui

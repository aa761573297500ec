#include "ui/screens/dashboard_screen.h"

#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/flows/flow_parts.h"
#include "ui/number_format.h"
#include "ui/screens/api_failure.h"
#include "ui/services/service_menu.h"
#include "ui/widgets/bar_chart.h"
#include "ui/widgets/button.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

void DashboardScreen::reset() {
  profile_.reset();
  error_.reset();
  loading_ = false;
  ++generation_;
}

void DashboardScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = generation_;
  portal_.establishment([this, generation](domain::Result<api::EstablishmentProfile, api::ApiError> result) {
    if (generation != generation_) return;
    loading_ = false;
    if (result)
      profile_ = result.value();
    else
      error_ = result.error();
  });
}

namespace {

// One figure of the dashboard: the count large, what it counts under it; the whole card a link.
void count_card(Ui& ui, const Rect& card, const std::string& id, int64_t count, const std::string& label,
                const std::string& route, const std::function<void(const std::string&)>& navigate) {
  fill(ui, card, theme::kSurface, 8.0f);
  const std::string number = format_integer(count, ui.language());
  paint_line(ui, number, {text::Weight::Bold, 32.0f, theme::kPrimaryDark},
             {card.x + 16, card.y + 12, card.width - 32, 48});
  // The whole card is the link; the number is part of its name so a screen reader reads both.
  const Rect label_rect{card.x + 16, card.y + 60, card.width - 32, 2 * ui.target()};
  if (ui.input().take_activation(id)) navigate(route);
  // Two to a row on a phone: the label takes a second line there rather than running out of the card.
  paint_wrapped(ui, label, {text::Weight::Regular, theme::kBodySize, theme::kPrimaryDark}, label_rect, 2);
  if (ui.input().is_focused(id)) focus_ring(ui, card);
  SemanticNode node;
  node.id = id;
  node.role = Role::Link;
  node.name = number + " " + label;
  node.language = ui.language_code();
  node.rect = card;
  ui.tree().add(std::move(node));
}

// The services the officer may use, group by group: a heading, then the group's links.
void services(Ui& ui, const api::Officer& officer, const std::function<void(const std::string&)>& navigate) {
  std::vector<const ServiceEntry*> group;
  const auto show = [&] {
    if (group.empty()) return;
    heading(ui, ui.text(group.front()->group_key), 3);
    service_links(ui, group, "dashboard.", "", false, navigate);
    group.clear();
  };
  for (const auto& entry : service_menu()) {
    if (!officer.may(entry.permission)) continue;
    if (!group.empty() && group.front()->group_key != entry.group_key) show();
    group.push_back(&entry);
  }
  show();
}

// The next 90 days of expiring iqamas, a bar a week; where the officer may read reports, each bar
// links to that week's expiring iqamas.
void expiring_by_week(Ui& ui, const api::EstablishmentProfile& profile,
                      const std::function<void(const std::string&)>& navigate) {
  const std::vector<int64_t>& weeks = profile.dashboard.expiring_by_week;
  if (weeks.empty()) return;
  const std::string title = ui.text("dashboard.byWeek");
  heading(ui, title, 2);
  const domain::CivilDate today = riyadh_today();
  std::vector<Bar> bars;
  for (size_t week = 0; week < weeks.size(); ++week) {
    const domain::CivilDate start = today.plus_days(static_cast<long>(7 * week));
    bars.push_back({format_gregorian(start, ui.screen().strings),
                    weeks[week],
                    format_integer(weeks[week], ui.language()),
                    {}});
  }
  const bool links = profile.officer.may("reports");
  const int chosen = bar_chart(
      ui,
      {"dashboard.weeks", title, ui.text("dashboard.weekOf"), ui.text("dashboard.expiringCount"), {}, links},
      bars);
  if (chosen >= 0) {
    const domain::CivilDate start = today.plus_days(7L * chosen);
    navigate("#/reports/iqama-expiry?from=" + start.iso() + "&to=" + start.plus_days(6).iso() +
             "&status=valid");
  }
}

}  // namespace

PageActions DashboardScreen::draw(Ui& ui, ImVec2 size,
                                  const std::function<void(const std::string&)>& navigate) {
  if (!profile_ && !loading_ && !error_) load();
  const PageActions actions = begin_page(ui, size, {true});
  if (!profile_) {
    heading(ui, ui.text("dashboard.title"), 1);
    if (error_) {
      if (failure_alert(ui, "dashboard.failure", *error_, "establishment")) load();
    } else {
      paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
    }
    end_page(ui, size);
    return actions;
  }
  const api::EstablishmentProfile& profile = *profile_;
  heading(ui, in_language(ui.language(), profile.name), 1);
  paragraph(ui,
            ui.screen().strings.format("dashboard.summary",
                                       {{"number", profile.unified_number},
                                        {"package", in_language(ui.language(), profile.package)},
                                        {"balance", format_money(profile.balance_halalas, ui.language())}}));

  heading(ui, ui.text("dashboard.iqamas"), 2);
  const api::IqamaDashboard& counts = profile.dashboard;
  const struct {
    const char* id;
    int64_t count;
    const char* label;
    const char* route;
  } cards[] = {
      {"dashboard.residents", counts.residents, "dashboard.residents", "#/residents"},
      {"dashboard.expired", counts.iqamas_expired, "dashboard.expired", "#/residents?status=expired"},
      {"dashboard.expiring30", counts.expiring_within_30_days, "dashboard.expiring30",
       "#/residents?status=valid&expiring=30"},
      {"dashboard.expiring60", counts.expiring_within_60_days, "dashboard.expiring60",
       "#/residents?status=valid&expiring=60"},
      {"dashboard.expiring90", counts.expiring_within_90_days, "dashboard.expiring90",
       "#/residents?status=valid&expiring=90"},
  };
  const int per_row = ui.box().width < 600 ? 2 : 5;
  for (size_t start = 0; start < std::size(cards); start += static_cast<size_t>(per_row)) {
    const auto cells = ui.columns(ui.next(120.0f), per_row, 12.0f);
    for (size_t i = 0; i < cells.size() && start + i < std::size(cards); ++i) {
      const auto& card = cards[start + i];
      count_card(ui, cells[i], card.id, card.count, ui.text(card.label), card.route, navigate);
    }
  }

  // Inquiries and reports: what officers look at between transactions.
  {
    Flow line(ui, ui.next(ui.target()));
    Button visas{"dashboard.visaInquiry", ui.text("visaInquiry.title"), ButtonKind::Link};
    visas.navigates = true;
    if (button(ui, visas, line.take(button_width(ui, visas)))) navigate("#/visas");
    Button support{"dashboard.tawasul", ui.text("tawasul.title"), ButtonKind::Link};
    support.navigates = true;
    if (button(ui, support, line.take(button_width(ui, support)))) navigate("#/tawasul");
    if (profile.officer.primary) {
      Button users{"dashboard.users", ui.text("users.title"), ButtonKind::Link};
      users.navigates = true;
      if (button(ui, users, line.take(button_width(ui, users)))) navigate("#/users");
    }
    if (profile.officer.may("reports")) {
      Button reports{"dashboard.reports", ui.text("dashboard.reports"), ButtonKind::Link};
      reports.navigates = true;
      if (button(ui, reports, line.take(button_width(ui, reports)))) navigate("#/reports");
    }
  }

  heading(ui, ui.text("dashboard.services"), 2);
  services(ui, profile.officer, navigate);
  expiring_by_week(ui, profile, navigate);
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

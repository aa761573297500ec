#include "ui/screens/resident_file_screen.h"

#include "ui/api_text.h"
#include "ui/dates.h"
#include "ui/number_format.h"
#include "ui/screens/api_failure.h"
#include "ui/services/service_menu.h"
#include "ui/widgets/button.h"
#include "ui/widgets/detail.h"
#include "ui/widgets/tabs.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// A short list as a table, or a sentence saying there is nothing.
template <typename Item, typename Cells>
TableResult records(Ui& ui, const std::string& id, const std::string& caption,
                    const std::vector<Column>& columns, const std::vector<Item>& items, TableState& state,
                    const std::string& empty, Cells cells, const std::string& row_action = {}) {
  if (items.empty()) {
    paragraph(ui, empty, theme::kTextSecondary);
    return {};
  }
  std::string text;
  const CellText cell = [&](int row, int column) -> std::string_view {
    text = cells(items[static_cast<size_t>(row)], column);
    return text;
  };
  const float height = kTableHeaderHeight + ui.row_height() * static_cast<float>(items.size());
  return table(ui, id, caption, columns, static_cast<int>(items.size()), cell, state, height, row_action);
}

}  // namespace

void ResidentFileScreen::actions_for(Ui& ui, const std::string& iqama,
                                     const std::function<void(const std::string&)>& navigate) {
  // The resident's own services, each opening with the iqama filled in; only those the officer may
  // use, once the establishment has said which (until then, none).
  if (!officer_ && !officer_loading_) {
    officer_loading_ = true;
    portal_.establishment([this](domain::Result<api::EstablishmentProfile, api::ApiError> result) {
      officer_loading_ = false;
      if (result) officer_ = result.value().officer;
    });
  }
  if (!officer_) return;
  heading(ui, ui.text("file.actions"), 2);
  std::vector<const ServiceEntry*> shown;
  for (const auto& entry : service_menu())
    if (entry.about_a_resident && officer_->may(entry.permission)) shown.push_back(&entry);
  // The first (the renewal, where the officer may renew: the action taken most) leads.
  service_links(ui, shown, "file.", "?iqama=" + iqama, true, navigate);
}

void ResidentFileScreen::reset() {
  iqama_.clear();
  file_.reset();
  error_.reset();
  loading_ = false;
  tab_ = 0;
  officer_.reset();
  ++generation_;
}

void ResidentFileScreen::open(const std::string& iqama_number) {
  if (iqama_number == iqama_ && (file_ || loading_)) return;
  reset();
  iqama_ = iqama_number;
}

void ResidentFileScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.resident_file(iqama_, [this, generation](domain::Result<api::ResidentFile, api::ApiError> result) {
    if (generation != generation_) return;
    loading_ = false;
    if (result)
      file_ = result.value();
    else
      error_ = result.error();
  });
}

PageActions ResidentFileScreen::draw(Ui& ui, ImVec2 size,
                                     const std::function<void(const std::string&)>& navigate) {
  if (!file_ && !loading_ && !error_ && !iqama_.empty()) load();
  const PageActions actions = begin_page(ui, size, {true});
  Button back{"file.back", ui.text("file.backToList"), ButtonKind::Link};
  back.navigates = true;
  if (button(ui, back)) navigate("#/residents");
  if (!file_) {
    heading(ui, ui.text("file.title"), 1);
    if (error_) {
      if (failure_alert(ui, "file.failure", *error_, "resident-file")) load();
    } else {
      paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
    }
    end_page(ui, size);
    return actions;
  }
  const api::ResidentFile& file = *file_;
  heading(ui, in_language(ui.language(), file.summary.name), 1);
  actions_for(ui, file.summary.iqama_number, navigate);

  const std::vector<std::string> names = {ui.text("file.profile"),    ui.text("file.passport"),
                                          ui.text("file.visas"),      ui.text("file.violations"),
                                          ui.text("file.dependants"), ui.text("file.licences"),
                                          ui.text("file.vehicles")};
  tabs(ui, "file.tabs", ui.text("file.title"), names, tab_);
  TabPanel panel(ui, "file.panel", names[static_cast<size_t>(tab_)]);
  const Catalogue& strings = ui.screen().strings;
  switch (tab_) {
    case 0:
      detail(ui, ui.text("residents.iqama"), file.summary.iqama_number);
      detail(ui, ui.text("residents.nationality"), in_language(ui.language(), file.summary.nationality));
      detail(ui, ui.text("file.occupation"), in_language(ui.language(), file.summary.occupation));
      detail(ui, ui.text("file.birthDate"), format_both_calendars(file.birth_date, "", strings));
      detail(ui, ui.text("residents.expiryDate"),
             format_both_calendars(file.summary.iqama_expiry, file.iqama_expiry_hijri, strings));
      detail(ui, ui.text("file.whereabouts"), ui.text(file.inside_kingdom ? "file.inside" : "file.outside"));
      break;
    case 1:
      detail(ui, ui.text("renew.passport"), file.passport_number);
      // Recorded once the passport was updated in Muqeem; older records lack them, and say so.
      detail(ui, ui.text("file.passportIssued"),
             file.passport_issued_on ? format_both_calendars(*file.passport_issued_on, "", strings)
                                     : ui.text("file.notRecorded"));
      detail(ui, ui.text("file.passportCountry"),
             file.passport_issuing_country ? in_language(ui.language(), *file.passport_issuing_country)
                                           : ui.text("file.notRecorded"));
      detail(ui, ui.text("file.passportExpiry"), format_both_calendars(file.passport_expiry, "", strings));
      detail(ui, ui.text("file.insurance"),
             file.insurance_expiry ? format_both_calendars(*file.insurance_expiry, "", strings)
                                   : ui.text("file.noInsurance"));
      break;
    case 2: {
      // A visa's row opens the visa's page (its extension, cancellation and reprint).
      const TableResult visas = records(
          ui, "file.visaTable", names[2],
          {{ui.text("file.visaNumber"), 1.2f, false, true},
           {ui.text("file.visaType"), 1.6f},
           {ui.text("file.visaStatus"), 1.0f},
           {ui.text("file.visaUntil"), 1.2f, false, true}},
          file.visas, visas_, ui.text("file.noVisas"),
          [&](const api::Visa& visa, int column) {
            return column == 0   ? visa.visa_number
                   : column == 1 ? in_language(ui.language(), visa.type)
                   : column == 2 ? in_language(ui.language(), visa.status)
                                 : visa.expires_on;
          },
          ui.text("file.openVisa"));
      if (visas.opened >= 0) navigate("#/visas/" + file.visas[static_cast<size_t>(visas.opened)].visa_number);
      break;
    }
    case 3:
      records(ui, "file.violationTable", names[3],
              {{ui.text("file.violationDate"), 1.0f, false, true},
               {ui.text("file.violationKind"), 2.0f},
               {ui.text("file.violationAmount"), 1.0f, false, true},
               {ui.text("file.violationPaid"), 1.0f}},
              file.traffic_violations, violations_, ui.text("file.noViolations"),
              [&](const api::TrafficViolation& violation, int column) {
                return column == 0   ? violation.issued_on
                       : column == 1 ? in_language(ui.language(), violation.kind)
                       : column == 2 ? format_money(violation.amount_halalas, ui.language())
                                     : ui.text(violation.paid ? "file.paid" : "file.unpaid");
              });
      break;
    case 5:
      records(ui, "file.licenceTable", names[5],
              {{ui.text("file.licenceType"), 2.0f},
               {ui.text("file.issuedOn"), 1.0f, false, true},
               {ui.text("file.expiresOn"), 1.0f, false, true}},
              file.driving_licences, licences_, ui.text("file.noLicences"),
              [&](const api::DrivingLicence& licence, int column) {
                return column == 0   ? in_language(ui.language(), licence.type)
                       : column == 1 ? licence.issued_on
                                     : licence.expires_on;
              });
      break;
    case 6:
      records(ui, "file.vehicleTable", names[6],
              {{ui.text("file.plate"), 1.2f},
               {ui.text("file.vehicle"), 1.6f},
               {ui.text("file.sequenceNumber"), 1.1f, false, true},
               {ui.text("file.registrationExpiry"), 1.1f, false, true}},
              file.vehicles, vehicles_, ui.text("file.noVehicles"),
              [&](const api::Vehicle& vehicle, int column) {
                return column == 0   ? in_language(ui.language(), vehicle.plate)
                       : column == 1 ? in_language(ui.language(), vehicle.make) + " " + vehicle.model + " " +
                                           std::to_string(vehicle.year)
                       : column == 2 ? vehicle.sequence_number
                                     : vehicle.registration_expiry;
              });
      break;
    default:
      records(ui, "file.dependantTable", names[4],
              {{ui.text("residents.name"), 2.0f},
               {ui.text("file.relationship"), 1.0f},
               {ui.text("file.birthDate"), 1.0f, false, true}},
              file.dependants, dependants_, ui.text("file.noDependants"),
              [&](const api::Dependant& person, int column) {
                return column == 0   ? in_language(ui.language(), person.name)
                       : column == 1 ? in_language(ui.language(), person.relationship)
                                     : person.birth_date;
              });
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

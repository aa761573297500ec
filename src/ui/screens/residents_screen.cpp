#include "ui/screens/residents_screen.h"

#include <algorithm>

#include "ui/api_text.h"
#include "ui/number_format.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/field.h"
#include "ui/widgets/pagination.h"
#include "ui/widgets/select.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

// The expiry choices, as the dashboard counts them: all, expired, and expiring within N days.
constexpr int kExpiryDays[] = {0, 0, 30, 60, 90};

void apply_choice(api::ResidentsQuery& query, int choice) {
  query.status = choice == 1 ? "expired" : choice >= 2 ? "valid" : "";
  query.expiring_within_days = choice >= 2 ? std::optional<int>(kExpiryDays[choice]) : std::nullopt;
}
// Sortable columns and the API's sort keys, by column.
const char* const kSortKeys[] = {"name", "iqamaNumber", "", "iqamaExpiry"};

}  // namespace

void ResidentsScreen::reset() {
  query_ = {};
  search_.clear();
  expiry_choice_ = 0;
  nationality_ = 0;
  page_.reset();
  error_.reset();
  loading_ = false;
  stale_ = true;
  table_ = {};
  ++generation_;
}

void ResidentsScreen::set_filters(const std::string& text, const std::string& status,
                                  std::optional<int> expiring) {
  query_.text = text;
  search_ = text;
  expiry_choice_ = 0;
  if (status == "expired") expiry_choice_ = 1;
  for (int i = 2; i < 5; ++i)
    if (status == "valid" && expiring && *expiring == kExpiryDays[i]) expiry_choice_ = i;
  apply_choice(query_, expiry_choice_);
  query_.page = 0;
  stale_ = true;
}

void ResidentsScreen::load() {
  loading_ = true;
  stale_ = false;
  error_.reset();
  const int generation = ++generation_;
  portal_.residents(query_, [this, generation](domain::Result<api::ResidentPage, api::ApiError> result) {
    if (generation != generation_) return;  // a newer search is on its way
    loading_ = false;
    if (result) {
      page_ = result.value();
      table_.selected = -1;
      table_.scroll = 0;
    } else {
      error_ = result.error();
    }
  });
}

PageActions ResidentsScreen::draw(Ui& ui, ImVec2 size,
                                  const std::function<void(const std::string&)>& navigate) {
  if (stale_ && !loading_) load();
  if (!nationalities_asked_) {
    nationalities_asked_ = true;
    portal_.nationalities([this](domain::Result<std::vector<api::Coded>, api::ApiError> result) {
      if (result) nationalities_ = result.value();  // without them the filter offers "all" only
    });
  }
  const PageActions actions = begin_page(ui, size, {true});
  heading(ui, ui.text("residents.title"), 1);

  // Search and filters; the list follows them.
  Field search{"residents.search", ui.text("residents.search"), ui.text("residents.searchHint")};
  search.max_length = 100;
  text_field(ui, search, search_);
  std::vector<std::string> nationality_names = {ui.text("residents.allNationalities")};
  for (const auto& nationality : nationalities_)
    nationality_names.push_back(in_language(ui.language(), nationality));
  const bool nationality_changed = select(
      ui, {"residents.nationality", ui.text("residents.nationality"), ui.text("gallery.nationalityHint")},
      nationality_names, nationality_);
  const int before = expiry_choice_;
  radio_group(ui,
              {"residents.expiry",
               ui.text("residents.expiry"),
               {ui.text("residents.expiryAny"), ui.text("residents.expired"), ui.text("residents.expiry30"),
                ui.text("residents.expiry60"), ui.text("residents.expiry90")}},
              expiry_choice_);
  Button find{"residents.find", ui.text("residents.find")};
  find.default_action = true;
  if (button(ui, find) || before != expiry_choice_ || nationality_changed) {
    query_.text = search_;
    apply_choice(query_, expiry_choice_);
    query_.nationality = nationality_ > 0 && nationality_ <= static_cast<int>(nationalities_.size())
                             ? nationalities_[static_cast<size_t>(nationality_ - 1)].code
                             : std::string();
    query_.page = 0;
    load();
  }

  if (error_) {
    if (failure_alert(ui, "residents.failure", *error_, "residents")) load();
  } else if (page_) {
    paragraph(ui, ui.screen().strings.plural("residents.count", page_->total_elements),
              theme::kTextSecondary);
    // Expired or expiring iqamas: renewing them is one decision, not one renewal each.
    if (query_.status == "expired" || query_.expiring_within_days) {
      Button bulk{"residents.renewBulk", ui.text("residents.renewBulk"), ButtonKind::Secondary};
      bulk.navigates = true;
      bulk.disabled = page_->total_elements == 0;
      if (button(ui, bulk))
        navigate(query_.status == "expired" ? std::string("#/services/renew-batch?status=expired")
                                            : "#/services/renew-batch?status=valid&within=" +
                                                  std::to_string(*query_.expiring_within_days));
    }
    const bool arabic = ui.rtl();
    const std::vector<Column> columns = {{ui.text("residents.name"), 2.0f, true},
                                         {ui.text("residents.iqama"), 1.3f, true, true},
                                         {ui.text("residents.nationality"), 1.3f, false},
                                         {ui.text("residents.expiryDate"), 1.3f, true, true}};
    std::string cell_text;
    const CellText cell = [&](int row, int column) -> std::string_view {
      const api::ResidentSummary& resident = page_->content[static_cast<size_t>(row)];
      switch (column) {
        case 0:
          cell_text = in_language(ui.language(), resident.name);
          break;
        case 1:
          cell_text = resident.iqama_number;
          break;
        case 2:
          cell_text = in_language(ui.language(), resident.nationality);
          break;
        default:
          cell_text = resident.iqama_expiry;
          break;
      }
      return cell_text;
    };
    const int rows = static_cast<int>(page_->content.size());
    const float height = kTableHeaderHeight + ui.row_height() * static_cast<float>(std::max(1, rows));
    const TableResult result = table(ui, "residents.table", ui.text("residents.title"), columns, rows, cell,
                                     table_, height, ui.text("residents.open"));
    if (result.sort_changed && kSortKeys[table_.sort_column][0] != '\0') {
      std::string key = kSortKeys[table_.sort_column];
      if (key == "name") key = arabic ? "nameAr" : "nameEn";
      query_.sort = key + (table_.descending ? ",desc" : ",asc");
      query_.page = 0;
      load();
    }
    if (result.opened >= 0 && result.opened < rows)
      navigate("#/residents/" + page_->content[static_cast<size_t>(result.opened)].iqama_number);
    const int pages = static_cast<int>((page_->total_elements + query_.size - 1) / std::max(1, query_.size));
    if (pagination(ui, "residents.pages", query_.page, pages)) load();
  } else {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

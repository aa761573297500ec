#include "ui/screens/visa_inquiry_screen.h"

#include <algorithm>

#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/screens/api_failure.h"
#include "ui/services/visa_parts.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/choice.h"
#include "ui/widgets/field.h"
#include "ui/widgets/pagination.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr int kPageSize = 20;

}  // namespace

void VisaInquiryScreen::reset() {
  key_ = 0;
  typed_.clear();
  tried_ = false;
  searched_.clear();
  searched_key_ = 0;
  page_number_ = 0;
  page_.reset();
  error_.reset();
  loading_ = false;
  table_ = {};
  ++generation_;
}

void VisaInquiryScreen::open(const std::map<std::string, std::string>& params) {
  const auto iqama = params.find("iqama");
  const auto number = params.find("number");
  const int key = number != params.end() && !number->second.empty() ? 1 : 0;
  const std::string wanted = key == 1                ? number->second
                             : iqama != params.end() ? iqama->second
                                                     : std::string();
  if (wanted.empty()) return;  // the form as it was
  if (wanted == searched_ && key == searched_key_ && (page_ || loading_)) return;
  key_ = searched_key_ = key;
  typed_ = searched_ = wanted;
  tried_ = true;
  page_number_ = 0;
  page_.reset();
  // A number the portal would refuse is shown under the field, not sent.
  if (key == 0 ? valid_iqama(wanted) : valid_visa_number(wanted)) load();
}

void VisaInquiryScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  const auto done = [this, generation](domain::Result<api::VisaPage, api::ApiError> result) {
    if (generation != generation_) return;
    loading_ = false;
    if (result) {
      page_ = result.value();
      table_.selected = -1;
      table_.scroll = 0;
    } else {
      error_ = result.error();
    }
  };
  if (searched_key_ == 1) {
    // One visa by its number: a table of one row, so both searches read alike. Unknown (or another
    // establishment's) is an empty result, not a failure.
    portal_.visa(searched_, [done](domain::Result<api::VisaDetails, api::ApiError> result) {
      if (result) {
        api::VisaPage page;
        page.content.push_back(result.value());
        page.total_elements = 1;
        done(std::move(page));
      } else if (result.error().kind == api::ApiError::Kind::Problem && result.error().status == 404) {
        done(api::VisaPage{});
      } else {
        done(result.error());
      }
    });
  } else {
    api::VisasQuery query;
    query.iqama_number = searched_;
    query.page = page_number_;
    query.size = kPageSize;
    portal_.visas(query, done);
  }
}

PageActions VisaInquiryScreen::draw(Ui& ui, ImVec2 size,
                                    const std::function<void(const std::string&)>& navigate) {
  const PageActions actions = begin_page(ui, size, {true});
  heading(ui, ui.text("visaInquiry.title"), 1);
  paragraph(ui, ui.text("visaInquiry.intro"), theme::kTextSecondary);

  radio_group(ui,
              {"visaInquiry.key",
               ui.text("visaInquiry.key"),
               {ui.text("visaInquiry.byIqama"), ui.text("visaInquiry.byNumber")}},
              key_);
  const bool valid = key_ == 0 ? valid_iqama(typed_) : valid_visa_number(typed_);
  std::string error;
  if (tried_ && !valid) error = ui.text(key_ == 0 ? "renew.iqamaInvalid" : "visa.numberInvalid");
  if (searched_key_ == key_ && typed_ == searched_ && error.empty())
    error = field_error(ui, error_, key_ == 0 ? "iqamaNumber" : "visaNumber");
  Field number{"visaInquiry.number", ui.text(key_ == 0 ? "renew.iqama" : "file.visaNumber"),
               ui.text(key_ == 0 ? "renew.iqamaHint" : "visaInquiry.numberHint"), error, true};
  number.max_length = 10;
  identifier_field(ui, number, typed_);
  Button find{"visaInquiry.find", ui.text("visaInquiry.find")};
  find.default_action = true;
  find.busy = loading_;
  if (button(ui, find)) {
    tried_ = true;
    if (valid) navigate(std::string(key_ == 0 ? "#/visas?iqama=" : "#/visas?number=") + typed_);
  }

  if (error_ && !has_field_error(error_, key_ == 0 ? "iqamaNumber" : "visaNumber")) {
    if (failure_alert(ui, "visaInquiry.failure", *error_, "visa-inquiry")) load();
  } else if (page_) {
    heading(ui, ui.text("visaInquiry.results"), 2);
    if (page_->content.empty()) {
      alert(ui, AlertKind::Info, ui.text("visaInquiry.none"));
    } else {
      paragraph(ui, ui.screen().strings.plural("visaInquiry.count", page_->total_elements),
                theme::kTextSecondary);
      const std::vector<Column> columns = {{ui.text("file.visaNumber"), 1.1f, false, true},
                                           {ui.text("file.visaType"), 1.5f},
                                           {ui.text("file.visaStatus"), 0.9f},
                                           {ui.text("visaInquiry.issued"), 1.6f},
                                           {ui.text("visaInquiry.until"), 1.6f}};
      std::string text;
      const CellText cell = [&](int row, int column) -> std::string_view {
        const api::VisaDetails& visa = page_->content[static_cast<size_t>(row)];
        text = column == 0   ? visa.visa_number
               : column == 1 ? in_language(ui.language(), visa.type)
               : column == 2 ? in_language(ui.language(), visa.status)
               : column == 3 ? both_calendars(ui, visa.issued_on, visa.issued_on_hijri)
                             : both_calendars(ui, visa.expires_on, visa.expires_on_hijri);
        return text;
      };
      const int rows = static_cast<int>(page_->content.size());
      const TableResult result =
          table(ui, "visaInquiry.table", ui.text("visaInquiry.results"), columns, rows, cell, table_,
                kTableHeaderHeight + ui.row_height() * static_cast<float>(rows), ui.text("file.openVisa"));
      if (result.opened >= 0 && result.opened < rows)
        navigate("#/visas/" + page_->content[static_cast<size_t>(result.opened)].visa_number);
      const int pages = static_cast<int>((page_->total_elements + kPageSize - 1) / kPageSize);
      if (searched_key_ == 0 && pagination(ui, "visaInquiry.pages", page_number_, pages)) load();
    }
  } else if (loading_) {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

#include "ui/screens/report_screen.h"

#include <memory>

#include "ui/api_text.h"
#include "ui/number_format.h"
#include "ui/screens/api_failure.h"
#include "ui/screens/report_view.h"
#include "ui/screens/reports_screen.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/pagination.h"
#include "ui/widgets/select.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr int kVisibleRows = 12;
constexpr int kPrintPageSize = 200;    // the portal's largest page
constexpr size_t kPrintedRows = 2000;  // a paper longer than this is not read; the CSV has them all

}  // namespace

void ReportScreen::reset() {
  guide_ = nullptr;
  query_ = {};
  from_text_.clear();
  to_text_.clear();
  from_.reset();
  to_.reset();
  tried_ = false;
  choices_.clear();
  categories_.clear();
  page_.reset();
  error_.reset();
  export_error_.reset();
  issuer_.clear();
  loading_ = exporting_ = printing_ = false;
  table_ = {};
  ++generation_;
}

void ReportScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.report(query_, [this, generation](domain::Result<api::ReportPage, api::ApiError> result) {
    if (generation != generation_) return;
    loading_ = false;
    if (!result) {
      error_ = result.error();
      return;
    }
    page_ = result.value();
    table_.selected = -1;
    table_.scroll = 0;
    // Choices no lookup names (a payment's service) are the categories of the report as first shown.
    if (categories_.empty())
      for (const auto& group : page_->breakdown) categories_.push_back(group.group);
  });
}

void ReportScreen::print_all(const Catalogue& strings, Language language,
                             std::vector<std::pair<std::string, std::string>> filters,
                             std::function<void(const PrintDocument&)> print) {
  printing_ = true;
  export_error_.reset();
  const int generation = generation_;
  // Every row (up to the paper's limit), a page of the portal's at a time.
  struct Gathered {
    api::ReportQuery query;
    std::vector<std::vector<api::ReportValue>> rows;
  };
  auto gathered = std::make_shared<Gathered>();
  gathered->query = query_;
  gathered->query.page = 0;
  gathered->query.size = kPrintPageSize;
  auto next = std::make_shared<std::function<void()>>();
  *next = [this, generation, gathered, next, &strings, language, filters, print] {
    portal_.report(gathered->query, [this, generation, gathered, next, &strings, language, filters,
                                     print](domain::Result<api::ReportPage, api::ApiError> result) {
      if (generation != generation_) return;
      if (!result) {
        printing_ = false;
        export_error_ = result.error();
        *next = nullptr;
        return;
      }
      const api::ReportPage& page = result.value();
      for (const auto& row : page.content)
        if (gathered->rows.size() < kPrintedRows) gathered->rows.push_back(row);
      const bool more = !page.content.empty() && gathered->rows.size() < kPrintedRows &&
                        static_cast<int64_t>(gathered->rows.size()) < page.total_elements;
      if (more) {
        ++gathered->query.page;
        (*next)();
        return;
      }
      printing_ = false;
      print(report_paper(strings, language, page, gathered->rows, filters, issuer_));
      *next = nullptr;  // the chain is done: let it go
    });
  };
  // The paper names the establishment: asked once.
  if (issuer_.empty()) {
    portal_.establishment(
        [this, generation, next, language](domain::Result<api::EstablishmentProfile, api::ApiError> result) {
          if (generation != generation_) return;
          if (result)
            issuer_ = in_language(language, result.value().name) + " · " + result.value().unified_number;
          (*next)();
        });
  } else {
    (*next)();
  }
}

void ReportScreen::actions(Ui& ui, const std::function<void(const PrintDocument&)>& print,
                           const std::function<void(const DownloadFile&)>& download) {
  Flow line(ui, ui.next(ui.target()));
  Button csv{"report.csv", ui.text("reports.downloadCsv"), ButtonKind::Secondary};
  csv.busy = exporting_;
  // A kiosk keeps no files for the next person: it prints instead.
  if (!ui.screen().kiosk_visit && button(ui, csv, line.take(button_width(ui, csv))) && !exporting_) {
    exporting_ = true;
    export_error_.reset();
    const int generation = generation_;
    // Named by the report and its period, so a folder of exports sorts itself.
    std::string name = "muqeem-" + query_.report;
    if (!query_.from.empty() && !query_.to.empty())
      name += "-" + query_.from + "-" + query_.to;
    else if (page_)
      name += "-" + page_->generated_on;
    name += ".csv";
    portal_.report_csv(query_, ui.rtl(),
                       [this, generation, name, download](domain::Result<std::string, api::ApiError> result) {
                         if (generation != generation_) return;
                         exporting_ = false;
                         if (result)
                           download({name, "text/csv;charset=utf-8", result.value()});
                         else
                           export_error_ = result.error();
                       });
  }
  Button paper{"report.print", ui.text("reports.print"), ButtonKind::Secondary};
  paper.busy = printing_;
  if (ui.screen().printing && button(ui, paper, line.take(button_width(ui, paper))) && !printing_) {
    // The paper is in the UI's language, with the filters as applied.
    print_all(ui.screen().strings, ui.language(), filter_lines(ui), print);
  }
  if (export_error_ && failure_alert(ui, "report.exportFailure", *export_error_, "report-export"))
    export_error_.reset();
}

PageActions ReportScreen::draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                               const std::function<void(const PrintDocument&)>& print,
                               const std::function<void(const DownloadFile&)>& download) {
  const PageActions page_actions = begin_page(ui, size, {true});
  Button back{"report.back", ui.text("reports.back"), ButtonKind::Link};
  back.navigates = true;
  if (button(ui, back)) navigate("#/reports");
  if (!guide_) {
    end_page(ui, size);
    return page_actions;
  }
  heading(ui, page_ ? in_language(ui.language(), page_->title) : ui.text("reports." + guide_->name), 1);
  filters(ui, navigate);

  const bool refused = error_ && error_->kind == api::ApiError::Kind::Problem && error_->status == 403;
  if (refused) {
    alert(ui, AlertKind::Info, ui.text("reports.notPermitted"), ui.text("reports.notPermittedHint"));
  } else if (error_ && error_->status != 400) {
    if (failure_alert(ui, "report.failure", *error_, "report")) load();
  } else if (error_) {
    alert(ui, AlertKind::Error, failure_title(ui, *error_));
  } else if (page_) {
    actions(ui, print, download);
    heading(ui, ui.text("reports.results"), 2);
    paragraph(ui, ui.screen().strings.plural("reports.rowCount", page_->total_elements));
    if (page_->fees_halalas)
      paragraph(ui,
                ui.screen().strings.format("reports.feesTotal",
                                           {{"amount", format_money(*page_->fees_halalas, ui.language())}}));
    if (page_->content.empty()) {
      alert(ui, AlertKind::Info, ui.text("reports.empty"));
    } else {
      // One calendar at a time keeps every date whole in its column; the officer picks which.
      select(ui, {"report.calendar", ui.text("reports.calendar"), {}},
             {ui.text("reports.gregorian"), ui.text("reports.hijri")}, calendar_);
      const ReportDates dates = calendar_ == 1 ? ReportDates::Hijri : ReportDates::Gregorian;
      if (report_table(ui, *guide_, *page_, table_, kVisibleRows, dates) && table_.sort_column >= 0) {
        const auto& column = page_->columns[static_cast<size_t>(table_.sort_column)];
        query_.sort =
            report_sort_key(*guide_, column, ui.language()) + (table_.descending ? ",desc" : ",asc");
        query_.page = 0;
        load();
      }
      const int pages = static_cast<int>((page_->total_elements + kPageSize - 1) / kPageSize);
      if (pagination(ui, "report.pages", query_.page, pages)) load();
    }
    report_breakdown(ui, *page_);
  } else {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
  }
  end_page(ui, size);
  return page_actions;
}

}  // namespace muqeem::ui

#pragma once
// One report (#/reports/{name}?from=…&to=…&status=…): its filters (a date range typed in either
// calendar, with quick ranges, and the report's own), a page of its rows at a time sorted by the
// portal, the totals and the sum of fees, its breakdown as a chart, the CSV the portal makes as a real
// download, and the whole report printed on A4 landscape. The address holds the filters, so a link
// (the dashboard's) opens the report as filtered.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "domain/civil_date.h"
#include "ui/download_file.h"
#include "ui/print_document.h"
#include "ui/screens/report_guide.h"
#include "ui/widgets/page_frame.h"
#include "ui/widgets/table.h"

namespace muqeem::ui {

class ReportScreen {
 public:
  explicit ReportScreen(api::PortalClient& portal) : portal_(portal) {}

  // The report and its filters from the address; asks the portal again when they changed.
  void open(const std::string& name, const std::map<std::string, std::string>& params);
  PageActions draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate,
                   const std::function<void(const PrintDocument&)>& print,
                   const std::function<void(const DownloadFile&)>& download);
  void reset();

  const std::optional<api::ReportPage>& page() const { return page_; }

 private:
  static constexpr int kPageSize = 50;  // rows a page of the report holds on screen

  void load();
  // The filters (report_filters.cpp, with open()): the address of the report as the filters on
  // screen ask for it, "" while a date does not read; the filters on screen; what the applied filters
  // say, for the paper (label and value, in the UI's language).
  std::string address() const;
  void filters(Ui& ui, const std::function<void(const std::string&)>& navigate);
  std::vector<std::pair<std::string, std::string>> filter_lines(const Ui& ui) const;

  void actions(Ui& ui, const std::function<void(const PrintDocument&)>& print,
               const std::function<void(const DownloadFile&)>& download);
  void print_all(const Catalogue& strings, Language language,
                 std::vector<std::pair<std::string, std::string>> filters,
                 std::function<void(const PrintDocument&)> print);

  api::PortalClient& portal_;
  const ReportGuide* guide_ = nullptr;
  api::ReportQuery query_;  // as last asked
  // The filters as on screen (applied with "show"): the dates as typed, each filter's choice.
  std::string from_text_, to_text_;
  std::optional<domain::CivilDate> from_, to_;
  bool tried_ = false;
  std::vector<int> choices_;               // per filter of the guide: 0 all, i the (i-1)th choice
  std::vector<api::Coded> nationalities_;  // the nationality filter's choices, asked once
  bool nationalities_asked_ = false;
  std::vector<api::Coded> categories_;  // a filter whose choices are the breakdown's (payments' service)
  std::optional<api::ReportPage> page_;
  std::optional<api::ApiError> error_, export_error_;
  std::string issuer_;  // the establishment, for the paper
  bool loading_ = false, exporting_ = false, printing_ = false;
  TableState table_;
  int calendar_ = 0;  // the table's dates: 0 Gregorian, 1 Hijri
  int generation_ = 0;
};

}  // namespace muqeem::ui

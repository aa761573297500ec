#pragma once
// What the app knows of each report before asking for it: its group on the reports page, whether it
// has dates to filter by, the columns the portal sorts it by, and its own filters with their choices
// (each a catalogue key). The columns, rows, totals and breakdown come from the portal.
#include <string>
#include <string_view>
#include <vector>

namespace muqeem::ui {

struct ReportFilterChoice {
  std::string code;  // the query parameter's value
  std::string label_key;
};

struct ReportFilter {
  std::string param;  // "status"
  std::string label_key;
  std::vector<ReportFilterChoice> choices;  // empty: the choices are the report's breakdown (payments)
  bool nationalities = false;               // the choices are the nationalities lookup
};

struct ReportGuide {
  std::string name;       // as in the path: "iqama-expiry"
  std::string group_key;  // "reports.groupResidents"
  bool dates = true;
  std::vector<std::string> sorts;  // the portal's sort keys; "name" stands for nameAr and nameEn
  std::vector<ReportFilter> filters;
};

// The ten reports in the order the reports page lists them, grouped.
const std::vector<ReportGuide>& report_guides();
// nullptr for a name no report has.
const ReportGuide* report_guide(std::string_view name);

}  // namespace muqeem::ui

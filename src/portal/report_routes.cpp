#include "portal/report_routes.h"

#include <algorithm>

#include "portal/api_responses.h"
#include "portal/report_catalogue.h"
#include "portal/report_csv.h"
#include "portal/store/report_query.h"
#include "portal/transaction.h"

namespace muqeem::portal {
namespace {

using store::Sql;

constexpr std::string_view kPrefix = "/api/v1/reports/";

// The parameters every report reads, checked.
struct Common {
  int page = 0, size = 20;
  std::string order_by;
  std::optional<domain::CivilDate> from, to;
  bool csv = false, arabic = true;
};

const std::string* param(const Request& request, const char* name) {
  const auto found = request.query.find(name);
  return found == request.query.end() ? nullptr : &found->second;
}

// A whole number of at most six digits; nullopt for anything else.
std::optional<int> whole_number(const std::string& text) {
  if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoi(text);
}

domain::Result<Common, Response> read_common(const Request& request, const ReportDefinition& report) {
  Common common;
  std::vector<api::FieldError> errors;
  if (const auto* page = param(request, "page")) {
    if (const auto number = whole_number(*page))
      common.page = *number;
    else
      errors.push_back({"page", {"رقم الصفحة عدد صحيح يبدأ من 0", "The page is a whole number from 0"}});
  }
  if (const auto* size = param(request, "size")) {
    const auto number = whole_number(*size);
    if (number && *number >= 1 && *number <= 200)
      common.size = *number;
    else
      errors.push_back({"size", {"حجم الصفحة من 1 إلى 200", "The page size is from 1 to 200"}});
  }

  const ReportSort* sort = &report.sorts.front();
  bool descending = report.descending;
  if (const auto* asked = param(request, "sort")) {
    const size_t comma = asked->find(',');
    const std::string key = asked->substr(0, comma),
                      direction = comma == std::string::npos ? "" : asked->substr(comma + 1);
    const auto found = std::find_if(report.sorts.begin(), report.sorts.end(),
                                    [&key](const ReportSort& s) { return s.key == key; });
    if (found == report.sorts.end() || !(direction.empty() || direction == "asc" || direction == "desc")) {
      std::string keys;
      for (const auto& s : report.sorts) keys += (keys.empty() ? "" : ", ") + s.key;
      errors.push_back({"sort",
                        {"يُرتب هذا التقرير حسب: " + keys + " (وأضف ,desc للترتيب التنازلي)",
                         "This report sorts by " + keys + " (add ,desc to reverse)"}});
    } else {
      sort = &*found;
      if (!direction.empty()) descending = direction == "desc";
    }
  }
  const char* order = descending ? " DESC" : " ASC";
  common.order_by = sort->sql + order + ", " + report.tiebreak + order;

  for (const auto& [name, date] : {std::pair{"from", &common.from}, std::pair{"to", &common.to}}) {
    const auto* text = param(request, name);
    if (!text) continue;
    if (report.dates == ReportDates::None) {
      errors.push_back({name, {"لا يُصفّى هذا التقرير بالتاريخ", "This report has no dates to filter by"}});
    } else if (auto parsed = domain::CivilDate::parse(*text)) {
      *date = *parsed;
    } else {
      errors.push_back({name, {"اكتب التاريخ بالصيغة YYYY-MM-DD", "Write the date as YYYY-MM-DD"}});
    }
  }
  if (common.from && common.to && *common.to < *common.from)
    errors.push_back({"to", {"تاريخ النهاية قبل تاريخ البداية", "The end date is before the start date"}});

  if (const auto* format = param(request, "format")) {
    common.csv = *format == "csv";
    if (!common.csv && *format != "json")
      errors.push_back({"format", {"الصيغة إما json أو csv", "The format is either json or csv"}});
  }
  if (const auto* lang = param(request, "lang")) {
    common.arabic = *lang == "ar";
    if (!common.arabic && *lang != "en")
      errors.push_back({"lang", {"اللغة إما ar أو en", "The language is either ar or en"}});
  }
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return common;
}

// Both ends included: a day of seconds since the epoch runs from midnight to midnight in Riyadh.
std::vector<Sql> date_range(const ReportDefinition& report, const Common& common) {
  std::vector<Sql> conditions;
  const std::string& column = report.date_column;
  if (report.dates == ReportDates::IsoDate) {
    if (common.from) conditions.push_back({column + " >= ?", {common.from->iso()}});
    if (common.to) conditions.push_back({column + " <= ?", {common.to->iso()}});
  } else if (report.dates == ReportDates::EpochSeconds) {
    if (common.from) conditions.push_back({column + " >= ?", {riyadh_midnight(*common.from)}});
    if (common.to) conditions.push_back({column + " < ?", {riyadh_midnight(common.to->plus_days(1))}});
  }
  return conditions;
}

// The row the statement stands on, cell by cell in the columns' order.
std::vector<api::ReportValue> cells_of(const store::Statement& row,
                                       const std::vector<ReportColumnSpec>& columns) {
  std::vector<api::ReportValue> cells;
  int at = 0;
  for (const auto& spec : columns) {
    switch (spec.column.type) {
      case api::ReportColumnType::Text:
        cells.emplace_back(row.text(at++));
        break;
      case api::ReportColumnType::Integer:
      case api::ReportColumnType::Money:
        cells.emplace_back(row.integer(at++));
        break;
      case api::ReportColumnType::Date: {
        const std::string iso = row.text(at++);
        const auto date = domain::CivilDate::parse(iso);
        cells.emplace_back(api::ReportDate{iso, date ? hijri_iso(*date) : ""});
        break;
      }
      case api::ReportColumnType::Name:
        cells.emplace_back(api::Bilingual{row.text(at), row.text(at + 1)});
        at += 2;
        break;
      case api::ReportColumnType::Coded:
        cells.emplace_back(api::Coded{row.text(at), row.text(at + 1), row.text(at + 2)});
        at += 3;
        break;
    }
  }
  return cells;
}

Response report(PortalServices& services, const Request& request, std::string_view name) {
  const auto session = session_of(services, request);
  if (!session) return unauthorised();
  if (auto refused = refuse_unpermitted(services, *session, "reports")) return std::move(*refused);
  const domain::CivilDate today = riyadh_today(services.now());
  const auto report = find_report(name, today);
  if (!report)
    return problem(404, "report-not-found", {"لا يوجد تقرير بهذا الاسم", "There is no report of this name"});
  const auto common = read_common(request, *report);
  if (!common) return common.error();
  const auto filters = report->filters(request);
  if (!filters) return filters.error();

  store::ReportSource source;
  for (const auto& spec : report->columns) source.select += Sql(source.select.empty() ? "" : ", ") + spec.sql;
  source.from = report->from;
  // The session's establishment, never one named in the request.
  if (report->other_establishment.empty())
    source.conditions.push_back({report->establishment + " = ?", {session->establishment_id}});
  else
    source.conditions.push_back(
        {"(" + report->establishment + " = ? OR " + report->other_establishment + " = ?)",
         {session->establishment_id, session->establishment_id}});
  for (Sql& condition : date_range(*report, *common)) source.conditions.push_back(std::move(condition));
  for (const Sql& condition : *filters) source.conditions.push_back(condition);
  source.order_by = common->order_by;
  source.fee = report->fee;
  source.group = report->group;

  const store::ReportTotals totals = store::report_totals(services.db, source);
  api::ReportPage page;
  page.report = report->name;
  page.title = report->title;
  page.generated_on = today.iso();
  page.generated_on_hijri = hijri_iso(today);
  if (common->from) page.from = common->from->iso();
  if (common->to) page.to = common->to->iso();
  for (const auto& spec : report->columns) page.columns.push_back(spec.column);
  page.page = common->page;
  page.size = common->size;
  page.total_elements = totals.count;
  page.fees_halalas = totals.fees_halalas;
  page.breakdown_title = report->breakdown_title;
  for (const auto& group : store::report_breakdown(services.db, source))
    page.breakdown.push_back({{group.code, group.ar, group.en}, group.count, group.fees_halalas});

  const auto add_row = [&](const store::Statement& row) {
    page.content.push_back(cells_of(row, report->columns));
  };
  if (!common->csv) {
    store::report_rows(services.db, source, common->size, int64_t{common->page} * common->size, add_row);
    return json_response(200, page);
  }
  if (totals.count > kExportRows) {
    return problem(400, "report-too-large",
                   {"التقرير أكبر من أن يُصدَّر دفعة واحدة", "The report is too large to export at once"},
                   {{"to",
                     {"ضيّق الفترة أو التصفية حتى لا تتجاوز " + std::to_string(kExportRows) + " صف",
                      "Narrow the dates or filters to at most " + std::to_string(kExportRows) + " rows"}}});
  }
  store::report_rows(services.db, source, kExportRows, 0, add_row);
  Response response;
  response.headers["Content-Type"] = "text/csv; charset=utf-8";
  response.headers["Content-Disposition"] =
      "attachment; filename=\"" + report->name + "-" + today.iso() + ".csv\"";
  response.headers["Cache-Control"] = "no-store";
  response.body = report_csv(page, common->arabic);
  return response;
}

}  // namespace

std::optional<Response> route_reports(PortalServices& services, const Request& request) {
  if (request.path.rfind(kPrefix, 0) != 0 || request.method != "GET") return std::nullopt;
  return report(services, request, std::string_view(request.path).substr(kPrefix.size()));
}

}  // namespace muqeem::portal

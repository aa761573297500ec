#include "portal/store/report_query.h"

namespace muqeem::portal::store {

ReportTotals report_totals(Database& db, const ReportSource& source) {
  const bool fees = !source.fee.empty();
  Statement row = (Sql("SELECT count(*)") + (fees ? ", coalesce(sum(" + source.fee + "), 0)" : "") +
                   source.from + where_all(source.conditions))
                      .prepare(db);
  ReportTotals totals;
  if (!row.step()) return totals;
  totals.count = row.integer(0);
  if (fees) totals.fees_halalas = row.integer(1);
  return totals;
}

std::vector<GroupTotals> report_breakdown(Database& db, const ReportSource& source) {
  std::vector<GroupTotals> groups;
  if (source.group.empty()) return groups;
  const bool fees = !source.fee.empty();
  Statement rows =
      (Sql("SELECT ") + source.group + ", count(*)" + (fees ? ", coalesce(sum(" + source.fee + "), 0)" : "") +
       source.from + where_all(source.conditions) + " GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1")
          .prepare(db);
  while (rows.step()) {
    GroupTotals group{rows.text(0), rows.text(1), rows.text(2), rows.integer(3), std::nullopt};
    if (fees) group.fees_halalas = rows.integer(4);
    groups.push_back(std::move(group));
  }
  return groups;
}

void report_rows(Database& db, const ReportSource& source, int64_t limit, int64_t offset,
                 const std::function<void(const Statement&)>& row) {
  Statement rows = (Sql("SELECT ") + source.select + source.from + where_all(source.conditions) +
                    " ORDER BY " + source.order_by + Sql(" LIMIT ? OFFSET ?", {limit, offset}))
                       .prepare(db);
  while (rows.step()) row(rows);
}

}  // namespace muqeem::portal::store

#pragma once
// The one way a report reads the store: over one source and one set of conditions, a statement for the
// totals (count, and the sum of fees where there are fees), one for the breakdown of that count by a
// coded value, and one for a page of rows in order. Each report only says what its source, columns,
// conditions and order are (portal/report_catalogue.h).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "portal/store/database.h"
#include "portal/store/sql.h"

namespace muqeem::portal::store {

struct ReportSource {
  Sql select;                   // the columns' expressions, comma-separated, in the columns' order
  Sql from;                     // " FROM ... JOIN ..."
  std::vector<Sql> conditions;  // the establishment's and every filter's, ANDed
  std::string order_by;         // "p.at DESC, p.id DESC": ends with a unique column, so pages never overlap
  std::string fee;              // an integer expression summed into the totals; "" for a report without fees
  Sql group;                    // three expressions (code, ar, en) the breakdown counts by; empty for none
};

struct ReportTotals {
  int64_t count = 0;
  std::optional<int64_t> fees_halalas;
};
ReportTotals report_totals(Database& db, const ReportSource& source);

struct GroupTotals {
  std::string code, ar, en;
  int64_t count = 0;
  std::optional<int64_t> fees_halalas;
};
// Largest count first, then by code.
std::vector<GroupTotals> report_breakdown(Database& db, const ReportSource& source);

// `limit` rows in order after skipping `offset`; `row` reads each while the statement stands on it,
// its columns in the order of `select`.
void report_rows(Database& db, const ReportSource& source, int64_t limit, int64_t offset,
                 const std::function<void(const Statement&)>& row);

}  // namespace muqeem::portal::store

#pragma once
// Reports (DOMAIN.md "Reports"): one shape for every report, so that one screen can show, print and
// export any of them. A page of rows described by its columns (each with a key, an Arabic and English
// heading and a type), the Spring-style paging, the totals over every row the filters select (their
// count, and the sum of fees where the report has fees) and a breakdown of that count by one coded
// value (nationality, service, visa type...). A row is a JSON object keyed by the columns' keys; a
// date column also has its Umm al-Qura date under key + "Hijri".
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "api/dto.h"

namespace muqeem::api {

enum class ReportColumnType {
  Text,     // a string: a number that is not a quantity (iqama, request, visa numbers)
  Integer,  // a count or a number of days or months
  Money,    // halalas
  Date,     // ISO YYYY-MM-DD, with the Hijri date beside it
  Name,     // {ar, en}
  Coded,    // {code, ar, en}
};

struct ReportColumn {
  std::string key;
  Bilingual title;
  ReportColumnType type = ReportColumnType::Text;
};

struct ReportDate {
  std::string gregorian, hijri;  // hijri "" outside the calendar's table
};

// One cell; its alternative follows its column's type (Text: string, Integer and Money: int64_t,
// Date: ReportDate, Name: Bilingual, Coded: Coded).
using ReportValue = std::variant<std::string, int64_t, ReportDate, Bilingual, Coded>;

struct ReportGroup {
  Coded group;
  int64_t count = 0;
  std::optional<int64_t> fees_halalas;  // where the report has fees
};

struct ReportPage {
  std::string report;  // its name in the path: "iqama-expiry", "payments"...
  Bilingual title;
  std::string generated_on, generated_on_hijri;  // today in Riyadh, for the printed page
  std::optional<std::string> from, to;           // the date range applied, when one was asked for
  std::vector<ReportColumn> columns;
  std::vector<std::vector<ReportValue>> content;  // each row's cells in the columns' order
  int page = 0;
  int size = 20;
  int64_t total_elements = 0;
  std::optional<int64_t> fees_halalas;  // the sum over every selected row, where the report has fees
  Bilingual breakdown_title;            // what the breakdown counts by; empty with no breakdown
  std::vector<ReportGroup> breakdown;   // largest count first
};

const char* report_column_type_name(ReportColumnType type);

void to_json(nlohmann::json& j, const ReportPage& value);
// nullopt when the answer is not what the contract promises, including a row whose cells do not
// match its columns.
std::optional<ReportPage> read_report_page(const nlohmann::json& body);

}  // namespace muqeem::api

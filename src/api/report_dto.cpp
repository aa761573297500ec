#include "api/report_dto.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <type_traits>

#include "api/json_fields.h"

namespace muqeem::api {
namespace {

using fields::read;
using nlohmann::json;

constexpr ReportColumnType kTypes[] = {ReportColumnType::Text,  ReportColumnType::Integer,
                                       ReportColumnType::Money, ReportColumnType::Date,
                                       ReportColumnType::Name,  ReportColumnType::Coded};

void write_cell(json& row, const ReportColumn& column, const ReportValue& value) {
  std::visit(
      [&](const auto& cell) {
        if constexpr (std::is_same_v<std::decay_t<decltype(cell)>, ReportDate>) {
          row[column.key] = cell.gregorian;
          row[column.key + "Hijri"] = cell.hijri;
        } else {
          row[column.key] = cell;
        }
      },
      value);
}

std::optional<ReportValue> read_cell(const json& row, const ReportColumn& column) {
  const char* key = column.key.c_str();
  switch (column.type) {
    case ReportColumnType::Text: {
      std::string text;
      if (read(row, key, text)) return text;
      break;
    }
    case ReportColumnType::Integer:
    case ReportColumnType::Money: {
      int64_t number = 0;
      if (read(row, key, number)) return number;
      break;
    }
    case ReportColumnType::Date: {
      ReportDate date;
      if (read(row, key, date.gregorian) && read(row, (column.key + "Hijri").c_str(), date.hijri))
        return date;
      break;
    }
    case ReportColumnType::Name: {
      Bilingual name;
      if (read(row, key, name)) return name;
      break;
    }
    case ReportColumnType::Coded: {
      Coded coded;
      if (read(row, key, coded)) return coded;
      break;
    }
  }
  return std::nullopt;
}

bool read_optional(const json& body, const char* key, std::optional<std::string>& out) {
  if (!body.contains(key)) return true;
  std::string text;
  if (!read(body, key, text)) return false;
  out = text;
  return true;
}

bool read_optional(const json& body, const char* key, std::optional<int64_t>& out) {
  if (!body.contains(key)) return true;
  int64_t number = 0;
  if (!read(body, key, number)) return false;
  out = number;
  return true;
}

}  // namespace

const char* report_column_type_name(ReportColumnType type) {
  switch (type) {
    case ReportColumnType::Integer:
      return "integer";
    case ReportColumnType::Money:
      return "money";
    case ReportColumnType::Date:
      return "date";
    case ReportColumnType::Name:
      return "name";
    case ReportColumnType::Coded:
      return "coded";
    case ReportColumnType::Text:
      break;
  }
  return "text";
}

void to_json(json& j, const ReportPage& value) {
  json columns = json::array(), content = json::array();
  for (const auto& column : value.columns)
    columns.push_back(
        {{"key", column.key}, {"title", column.title}, {"type", report_column_type_name(column.type)}});
  for (const auto& cells : value.content) {
    json row = json::object();
    for (size_t i = 0; i < cells.size() && i < value.columns.size(); ++i)
      write_cell(row, value.columns[i], cells[i]);
    content.push_back(std::move(row));
  }
  json totals = {{"count", value.total_elements}};
  if (value.fees_halalas) totals["feesHalalas"] = *value.fees_halalas;
  j = {{"report", value.report},
       {"title", value.title},
       {"generatedOn", value.generated_on},
       {"generatedOnHijri", value.generated_on_hijri},
       {"columns", std::move(columns)},
       {"content", std::move(content)},
       {"page", value.page},
       {"size", value.size},
       {"totalElements", value.total_elements},
       {"totals", std::move(totals)}};
  if (value.from) j["from"] = *value.from;
  if (value.to) j["to"] = *value.to;
  if (!value.breakdown_title.ar.empty() || !value.breakdown_title.en.empty() || !value.breakdown.empty()) {
    json groups = json::array();
    for (const auto& group : value.breakdown) {
      json item = {{"group", group.group}, {"count", group.count}};
      if (group.fees_halalas) item["feesHalalas"] = *group.fees_halalas;
      groups.push_back(std::move(item));
    }
    j["breakdown"] = {{"title", value.breakdown_title}, {"groups", std::move(groups)}};
  }
}

std::optional<ReportPage> read_report_page(const json& body) {
  ReportPage page;
  if (!body.is_object() || !read(body, "report", page.report) || !read(body, "title", page.title) ||
      !read(body, "generatedOn", page.generated_on) ||
      !read(body, "generatedOnHijri", page.generated_on_hijri) || !read(body, "page", page.page) ||
      !read(body, "size", page.size) || !read(body, "totalElements", page.total_elements) ||
      !read_optional(body, "from", page.from) || !read_optional(body, "to", page.to))
    return std::nullopt;
  const auto totals = body.find("totals");
  if (totals == body.end() || !totals->is_object() ||
      !read_optional(*totals, "feesHalalas", page.fees_halalas))
    return std::nullopt;

  const auto columns = body.find("columns"), content = body.find("content");
  if (columns == body.end() || !columns->is_array() || content == body.end() || !content->is_array())
    return std::nullopt;
  for (const auto& item : *columns) {
    ReportColumn column;
    std::string type;
    if (!read(item, "key", column.key) || !read(item, "title", column.title) || !read(item, "type", type))
      return std::nullopt;
    const auto known = std::find_if(std::begin(kTypes), std::end(kTypes), [&type](ReportColumnType t) {
      return type == report_column_type_name(t);
    });
    if (known == std::end(kTypes)) return std::nullopt;
    column.type = *known;
    page.columns.push_back(std::move(column));
  }
  for (const auto& item : *content) {
    std::vector<ReportValue> cells;
    for (const auto& column : page.columns) {
      auto cell = read_cell(item, column);
      if (!cell) return std::nullopt;
      cells.push_back(std::move(*cell));
    }
    page.content.push_back(std::move(cells));
  }

  const auto breakdown = body.find("breakdown");
  if (breakdown != body.end()) {
    const auto groups = breakdown->find("groups");
    if (!read(*breakdown, "title", page.breakdown_title) || groups == breakdown->end() || !groups->is_array())
      return std::nullopt;
    for (const auto& item : *groups) {
      ReportGroup group;
      if (!read(item, "group", group.group) || !read(item, "count", group.count) ||
          !read_optional(item, "feesHalalas", group.fees_halalas))
        return std::nullopt;
      page.breakdown.push_back(std::move(group));
    }
  }
  return page;
}

}  // namespace muqeem::api

#pragma once
// A signed-in officer of the demo establishment asking for reports (GET /api/v1/reports/{name}), and
// what every report test checks of a problem: a 400 naming the field, in Arabic and English.
#include "portal/api_fixture.h"

namespace muqeem::portal {

// A report page's breakdown as code → count.
inline std::map<std::string, int64_t> report_groups(const nlohmann::json& page) {
  std::map<std::string, int64_t> out;
  for (const auto& group : page["breakdown"]["groups"]) out[group["group"]["code"]] = group["count"];
  return out;
}

class ReportTest : public ApiTest {
 protected:
  using Query = std::map<std::string, std::string>;

  void SetUp() override { token_ = sign_in("golden.admin"); }

  Response report(const std::string& name, Query query = {}, const std::string& token = "") {
    return call("GET", "/api/v1/reports/" + name, "", token.empty() ? token_ : token, std::move(query));
  }
  // The report's JSON, asserting it was answered.
  nlohmann::json page(const std::string& name, Query query = {}, const std::string& token = "") {
    const Response response = report(name, std::move(query), token);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.status == 200 ? body(response) : nlohmann::json::object();
  }
  // One column of every row of a page.
  static std::vector<nlohmann::json> column(const nlohmann::json& page, const char* key) {
    std::vector<nlohmann::json> out;
    for (const auto& row : page["content"]) out.push_back(row[key]);
    return out;
  }
  static std::map<std::string, int64_t> groups(const nlohmann::json& page) { return report_groups(page); }
  // The field a 400 problem names, after checking it says so in both languages.
  std::string refused_field(const std::string& name, Query query) {
    const Response response = report(name, std::move(query));
    EXPECT_EQ(response.status, 400) << response.body;
    EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
    const auto problem = body(response);
    if (!problem.contains("errors") || problem["errors"].empty()) return "";
    const auto& error = problem["errors"][0];
    EXPECT_FALSE(error["message"]["ar"].get<std::string>().empty());
    EXPECT_FALSE(error["message"]["en"].get<std::string>().empty());
    return error["field"];
  }

  std::string token_;
};

}  // namespace muqeem::portal

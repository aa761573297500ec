// The router as a browser sees it: files with the right media types and security headers, nothing
// outside the site folder, problems as bilingual JSON.
#include "portal/router.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace muqeem::portal {
namespace {

class RouterTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::path(testing::TempDir()) / ("site-" + std::to_string(getpid()));
    std::filesystem::create_directories(root_ / "fonts");
    std::ofstream(root_ / "index.html") << "<!doctype html><title>مقيم</title>";
    std::ofstream(root_ / "muqeem.wasm", std::ios::binary) << std::string("\0asm\1\0\0\0", 8);
    std::ofstream(root_ / "fonts" / "a.ttf") << "font";
    std::ofstream(root_.parent_path() / "secret.txt") << "secret";
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  Response get(const std::string& path, const std::string& method = "GET") {
    Request request;
    request.method = method;
    request.path = path;
    return Router(StaticSite(root_.string())).handle(request);
  }
  std::filesystem::path root_;
};

TEST_F(RouterTest, ServesThePageAtTheRootWithAStrictContentSecurityPolicy) {
  const Response response = get("/");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(response.body.find("مقيم"), std::string::npos);
  const std::string& csp = response.header("Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self' 'wasm-unsafe-eval'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.header("X-Frame-Options"), "DENY");
}

TEST_F(RouterTest, ServesWebAssemblyAsApplicationWasmSoBrowsersStreamCompileIt) {
  const Response response = get("/muqeem.wasm");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Content-Type"), "application/wasm");
  EXPECT_EQ(response.body.size(), 8u);
}

TEST_F(RouterTest, ServesFontsAsFontTtf) {
  EXPECT_EQ(get("/fonts/a.ttf").header("Content-Type"), "font/ttf");
}

TEST_F(RouterTest, NeverServesAFileOutsideTheSite) {
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt", "/fonts/../../secret.txt",
                           "/%2E%2E%2Fsecret.txt", "/.hidden", "/index.html%00.txt"}) {
    const Response response = get(path);
    EXPECT_EQ(response.status, 404) << path;
    EXPECT_EQ(response.body.find("secret"), std::string::npos) << path;
  }
}

TEST_F(RouterTest, UnknownApiPathIsABilingualProblem) {
  const Response response = get("/api/v1/nothing");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
  const auto body = nlohmann::json::parse(response.body);
  EXPECT_FALSE(body["title"]["ar"].get<std::string>().empty());
  EXPECT_FALSE(body["title"]["en"].get<std::string>().empty());
  EXPECT_FALSE(response.header("Content-Security-Policy").empty());
}

TEST_F(RouterTest, ApiAnswersMayNotLoadAnythingNorBeFramedNorSniffed) {
  const Response response = get("/api/v1/nothing");
  EXPECT_EQ(response.header("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'");
  EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.header("X-Frame-Options"), "DENY");
  EXPECT_EQ(response.header("Cross-Origin-Resource-Policy"), "same-origin");
}

TEST_F(RouterTest, WritingToAFileIsNotAllowed) {
  const Response response = get("/index.html", "POST");
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.header("Allow"), "GET, HEAD");
}

}  // namespace
}  // namespace muqeem::portal

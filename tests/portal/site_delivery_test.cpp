// The site as a browser downloads it from muqeem-portal: the precompressed copy it accepts (brotli,
// else gzip, else the file), files named by content cached for a year, the page revalidated by its
// ETag, and a missing file a 404, never the page. The copies are made by Debian's brotli and gzip, as
// the build makes them (cmake/finish_site.cmake), and read back with them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "portal/decompress.h"
#include "portal/router.h"

namespace muqeem::portal {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class SiteDelivery : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(testing::TempDir()) / ("delivery-" + std::to_string(getpid()));
    fs::create_directories(root_);
    std::string wasm("\0asm\1\0\0\0", 8);
    for (int i = 0; i < 2000; ++i) wasm += "function body " + std::to_string(i % 37) + ";";
    std::ofstream(root_ / kWasm, std::ios::binary) << wasm;
    std::ofstream(root_ / "index.html")
        << "<!doctype html><title>مقيم</title><script src=\"loader.0123456789ab.js\">";
    for (const char* name : {kWasm, "index.html"}) {
      const std::string file = (root_ / name).string();
      ASSERT_EQ(std::system(("brotli -q 11 -f -k -o '" + file + ".br' '" + file + "'").c_str()), 0);
      ASSERT_EQ(std::system(("gzip -9 -n -f -k '" + file + "'").c_str()), 0);
    }
  }
  void TearDown() override { fs::remove_all(root_); }

  Response get(const std::string& path, std::map<std::string, std::string> headers = {}) {
    Request request;
    request.path = path;
    for (auto& [name, value] : headers) request.set_header(name, std::move(value));
    return Router(StaticSite(root_.string())).handle(request);
  }
  static std::string decompressed(const Response& response, const std::string& tool) {
    return test::decompressed(response.body, tool);
  }

  static constexpr const char* kWasm = "muqeem.3f2a9c01d4e7.wasm";
  fs::path root_;
};

TEST_F(SiteDelivery, ABrowserAcceptingBrotliGetsTheBrotliCopy) {
  const Response response = get(std::string("/") + kWasm, {{"Accept-Encoding", "gzip, deflate, br, zstd"}});
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Content-Encoding"), "br");
  EXPECT_EQ(response.header("Content-Type"), "application/wasm");  // the file's type, not the copy's
  EXPECT_EQ(response.header("Vary"), "Accept-Encoding");
  const std::string original = read_file(root_ / kWasm);
  EXPECT_LT(response.body.size(), original.size() / 4);
  EXPECT_EQ(decompressed(response, "brotli"), original);
}

TEST_F(SiteDelivery, GzipWhereBrotliIsNotAcceptedAndTheFileWhereNeitherIs) {
  const std::string original = read_file(root_ / kWasm);
  const Response gzipped = get(std::string("/") + kWasm, {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(gzipped.header("Content-Encoding"), "gzip");
  EXPECT_EQ(decompressed(gzipped, "gzip"), original);
  EXPECT_EQ(
      get(std::string("/") + kWasm, {{"Accept-Encoding", "br;q=0, gzip;q=0.8"}}).header("Content-Encoding"),
      "gzip");
  const Response plain = get(std::string("/") + kWasm);
  EXPECT_EQ(plain.header("Content-Encoding"), "");
  EXPECT_EQ(plain.body, original);
  EXPECT_EQ(get(std::string("/") + kWasm, {{"Accept-Encoding", "identity"}}).body, original);
}

TEST_F(SiteDelivery, FilesNamedByContentAreCachedForAYearAndThePageIsRevalidated) {
  EXPECT_EQ(get(std::string("/") + kWasm).header("Cache-Control"), "public, max-age=31536000, immutable");
  const Response page = get("/", {{"Accept-Encoding", "br"}});
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.header("Cache-Control"), "no-cache");
  const std::string tag = page.header("ETag");
  ASSERT_FALSE(tag.empty());
  // Asked again with its tag: "not modified", no body, the same validators.
  const Response again = get("/", {{"Accept-Encoding", "br"}, {"If-None-Match", tag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.header("ETag"), tag);
  // Another build's tag, or another encoding's copy, is answered in full.
  EXPECT_EQ(get("/", {{"Accept-Encoding", "br"}, {"If-None-Match", "\"1-2-br\""}}).status, 200);
  EXPECT_EQ(get("/", {{"If-None-Match", tag}}).status, 200);
}

TEST_F(SiteDelivery, AMissingFileIsNotFoundNeverThePage) {
  const Response missing = get("/muqeem.000000000000.wasm", {{"Accept-Encoding", "br"}});
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body.find("<!doctype html>"), std::string::npos);
  EXPECT_EQ(get("/fonts/gone.0123456789ab.ttf").status, 404);
}

TEST_F(SiteDelivery, KioskSettingsAreServedWhenPresentAndOtherwiseNoContentNotAnError) {
  EXPECT_EQ(get("/kiosk.json").status, 204);  // no kiosk: the loader reads nothing, the console stays quiet
  std::ofstream(root_ / "kiosk.json") << R"({"idleSeconds": 60})";
  const Response kiosk = get("/kiosk.json");
  EXPECT_EQ(kiosk.status, 200);
  EXPECT_EQ(kiosk.body, R"({"idleSeconds": 60})");
  EXPECT_EQ(kiosk.header("Cache-Control"), "no-cache");  // a changed setting applies at the next start
}

}  // namespace
}  // namespace muqeem::portal

// API answers over HTTP: a long one (a page of residents) comes brotli or gzip as the client accepts,
// and reads back, with the tools Debian ships, as exactly the plain answer; a short one comes plain.
#include "portal/http_compression.h"
#include "portal/client_fixture.h"
#include "portal/decompress.h"
#include "portal/outbox_sign_in.h"

namespace muqeem::portal {
namespace {

using test::decompressed;

class HttpCompression : public ClientTest {
 protected:
  httplib::Result get(const std::string& path, const std::string& encoding) {
    httplib::Headers headers = {{"Authorization", "Bearer " + token_}};
    if (!encoding.empty()) headers.emplace("Accept-Encoding", encoding);
    return client_.Get(path, headers);
  }
  HttpServing serving_{*portal_.router};
  httplib::Client client_{"127.0.0.1", serving_.port()};
  std::string token_ =
      test::sign_in_through_outbox([this](const char* method, const char* path, const std::string& body) {
        Request request;
        request.method = method;
        request.path = path;
        request.body = body;
        return portal_.router->handle(request);
      });
};

TEST_F(HttpCompression, ALongAnswerComesCompressedAsTheClientAccepts) {
  client_.set_decompress(false);
  const std::string path = "/api/v1/residents?size=100";
  const auto plain = get(path, "");
  ASSERT_TRUE(plain);
  ASSERT_EQ(plain->status, 200);
  EXPECT_FALSE(plain->has_header("Content-Encoding"));
  ASSERT_GT(plain->body.size(), kCompressFrom);

  const auto brotli = get(path, "gzip, deflate, br");
  ASSERT_TRUE(brotli);
  EXPECT_EQ(brotli->get_header_value("Content-Encoding"), "br");
  EXPECT_EQ(brotli->get_header_value("Vary"), "Accept-Encoding");
  EXPECT_LT(brotli->body.size(), plain->body.size() / 3);
  EXPECT_EQ(decompressed(brotli->body, "brotli"), plain->body);

  const auto gzip = get(path, "gzip");
  ASSERT_TRUE(gzip);
  EXPECT_EQ(gzip->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(decompressed(gzip->body, "gzip"), plain->body);
}

TEST_F(HttpCompression, AShortAnswerComesAsItIs) {
  client_.set_decompress(false);
  const auto config = get("/api/v1/config", "br, gzip");
  ASSERT_TRUE(config);
  EXPECT_LT(config->body.size(), kCompressFrom);
  EXPECT_FALSE(config->has_header("Content-Encoding"));
  EXPECT_NE(config->body.find("\"apiVersion\""), std::string::npos);
}

}  // namespace
}  // namespace muqeem::portal

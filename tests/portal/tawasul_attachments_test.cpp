// What a Tawasul request may carry (assets/rules/support.json: at most 3 files of at most 2 MiB, each
// a PDF, PNG or JPEG recognised from its bytes), and bad input of every kind: each refused with a
// bilingual problem naming the field, nothing stored.
#include "portal/tawasul_fixture.h"

namespace muqeem::portal {
namespace {

constexpr size_t kMaxBytes = 2 * 1024 * 1024;

class TawasulInput : public TawasulTest {
 protected:
  // Sends the request and expects a 400 naming `field`, and nothing stored.
  nlohmann::json refused(const nlohmann::json& request, const std::string& field, const std::string& key) {
    const int64_t before = stored_requests(), files = stored_files();
    const Response response = create(request, key);
    EXPECT_EQ(response.status, 400) << response.body;
    EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
    EXPECT_EQ(stored_requests(), before);
    EXPECT_EQ(stored_files(), files);
    const auto problem = body(response);
    bool named = false;
    for (const auto& error : problem.value("errors", nlohmann::json::array())) {
      if (error["field"] == field) {
        named = true;
        EXPECT_FALSE(error["message"]["ar"].get<std::string>().empty());
        EXPECT_FALSE(error["message"]["en"].get<std::string>().empty());
      }
    }
    EXPECT_TRUE(named) << field << " not named in " << response.body;
    return problem;
  }
};

std::string pdf_of_size(size_t size) {
  std::string bytes = "%PDF-1.4\n";
  bytes.resize(size, 'x');
  return bytes;
}

TEST_F(TawasulInput, ThreeFilesOfTheLargestSizeAreAccepted) {
  const std::string big = pdf_of_size(kMaxBytes);
  const Response response =
      create(request_with({file("a.pdf", big), file("b.pdf", big), file("c.pdf", big)}), "three-large");
  ASSERT_EQ(response.status, 201) << response.body.substr(0, 400);
  EXPECT_EQ(body(response)["attachments"][2]["sizeBytes"], kMaxBytes);
  EXPECT_EQ(
      count("SELECT sum(length(content)) FROM tawasul_attachment WHERE request_id = (SELECT max(id) FROM "
            "tawasul_request)"),
      static_cast<int64_t>(3 * kMaxBytes));
}

TEST_F(TawasulInput, AFourthFileOrALargerOneIsRefused) {
  const auto four = refused(
      request_with({file("a.pdf", kPdf), file("b.pdf", kPdf), file("c.pdf", kPdf), file("d.pdf", kPdf)}),
      "attachments", "four");
  EXPECT_NE(four["errors"][0]["message"]["en"].get<std::string>().find("At most 3 files"), std::string::npos);
  const auto large =
      refused(request_with({file("big.pdf", pdf_of_size(kMaxBytes + 1))}), "attachments[0]", "big");
  EXPECT_NE(large["errors"][0]["message"]["en"].get<std::string>().find("larger than 2 MB"),
            std::string::npos);
  EXPECT_NE(large["errors"][0]["message"]["ar"].get<std::string>().find("2 ميجابايت"), std::string::npos);
}

TEST_F(TawasulInput, FilesAreJudgedByTheirBytesNotTheirNames) {
  const auto html = refused(request_with({file("receipt.pdf", "<html><script>alert(1)</script></html>")}),
                            "attachments[0]", "html");
  EXPECT_NE(html["errors"][0]["message"]["en"].get<std::string>().find("attach a PDF, PNG or JPEG"),
            std::string::npos);
  refused(request_with({file("photo.gif", "GIF89a\x01\x00")}), "attachments[0]", "gif");
  refused(request_with({file("empty.pdf", "")}), "attachments[0]", "empty");
  refused(request_with({file("scan.png", kPdf)}), "attachments[0].fileName", "misnamed");
  refused(request_with({file("../../etc/passwd.pdf", kPdf)}), "attachments[0].fileName", "path");
  // The second file is named, the first is fine: nothing of either is kept.
  refused(request_with({file("ok.pdf", kPdf), file("setup.exe", "MZ\x90")}), "attachments[1]", "second");
}

TEST_F(TawasulInput, BrokenBase64OrAMissingNameIsRefused) {
  refused(request_with({{{"fileName", "a.pdf"}, {"contentBase64", "JVBERi0x%%%"}}}),
          "attachments[0].contentBase64", "b64");
  refused(request_with({{{"contentBase64", api::base64_encode(kPdf)}}}), "attachments[0].fileName", "noname");
  refused(request_with({{{"fileName", "a.pdf"}, {"contentBase64", 42}}}), "attachments[0].contentBase64",
          "num");
  nlohmann::json not_a_list = request_with();
  not_a_list["attachments"] = "a.pdf";
  refused(not_a_list, "attachments", "string");
}

TEST_F(TawasulInput, MissingOrMistypedFieldsAreNamed) {
  refused({{"description", "وصف"}}, "category", "no-category");
  nlohmann::json wrong = request_with();
  wrong["description"] = 5;
  refused(wrong, "description", "number");
  wrong = request_with();
  wrong["category"] = nlohmann::json::array({"technical"});
  refused(wrong, "category", "array");
  wrong = request_with();
  wrong["category"] = "urgent";
  refused(wrong, "category", "unknown");
  wrong = request_with();
  wrong["context"] = "iqama-renewal";
  refused(wrong, "context", "context");
  wrong = request_with();
  wrong["description"] = std::string(2001, 'x');
  refused(wrong, "description", "long");
  wrong = request_with();
  wrong["description"] = "before\x1b[2Jafter";
  refused(wrong, "description", "control");
}

TEST_F(TawasulInput, SqlInTheCategoryIsRefusedAndInTheDescriptionIsJustText) {
  nlohmann::json injected = request_with();
  injected["category"] = "technical'; DROP TABLE tawasul_request; --";
  refused(injected, "category", "sql-category");

  injected = request_with();
  injected["description"] = "x'); DELETE FROM tawasul_request; --";
  const Response stored = create(injected, "sql-description");
  ASSERT_EQ(stored.status, 201);
  EXPECT_EQ(body(stored)["description"], "x'); DELETE FROM tawasul_request; --");
  EXPECT_EQ(stored_requests(), 6);
}

TEST_F(TawasulInput, MalformedJsonAndInvalidUtf8AreRefused) {
  const int64_t before = stored_requests();
  for (const std::string& text :
       {std::string("{\"category\": \"technical\","), std::string("[1, 2]"),
        std::string("{\"category\": \"technical\", \"description\": \"\xC3\x28\"}")}) {
    const Response response =
        call("POST", "/api/v1/tawasul/requests", text, token_, {}, {{"Idempotency-Key", "malformed"}});
    EXPECT_EQ(response.status, 400) << text;
    EXPECT_EQ(body(response)["type"], "https://muqeem.example/problems/malformed-request");
  }
  const Response bad_reply =
      call("POST", "/api/v1/tawasul/requests/TW00000002/replies", "{\"text\": \"\xFF\"}", token_, {},
           {{"Idempotency-Key", "malformed-reply"}});
  EXPECT_EQ(bad_reply.status, 400);
  EXPECT_EQ(stored_requests(), before);
}

TEST_F(TawasulInput, OnlyTheRoutesThatTakeAttachmentsTakeLargeBodies) {
  const std::string large(2 * 1024 * 1024, ' ');
  const Response elsewhere = call("POST", "/api/v1/auth/sign-in", "{" + large + "}");
  EXPECT_EQ(elsewhere.status, 413);
  EXPECT_EQ(elsewhere.header("Content-Type"), "application/problem+json");
  // The same size as JSON padding on the Tawasul route reaches it (and is read as the request it is).
  nlohmann::json padded = request_with();
  padded["description"] = "وصف";
  const Response accepted = call("POST", "/api/v1/tawasul/requests", padded.dump() + large, token_, {},
                                 {{"Idempotency-Key", "padded"}});
  EXPECT_EQ(accepted.status, 201);
  const std::string too_large(9 * 1024 * 1024, ' ');
  EXPECT_EQ(
      call("POST", "/api/v1/tawasul/requests", "{}" + too_large, token_, {}, {{"Idempotency-Key", "huge"}})
          .status,
      413);
}

}  // namespace
}  // namespace muqeem::portal

// Tawasul support requests: raising one with the failing operation's context, reading it back with
// its status history and the 7-day target, the establishment's list, replies that answer a request
// returned to the applicant, and one establishment never seeing another's requests.
#include "portal/tawasul_fixture.h"

namespace muqeem::portal {
namespace {

TEST_F(TawasulTest, RaisesARequestWithItsContextAndAttachmentsAndGivesItANumber) {
  const Response response =
      create(request_with({file("receipt.pdf", kPdf), file("screen.png", kPng)}), "tawasul-1");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto created = body(response);
  EXPECT_EQ(created["requestNumber"], "TW00000006");
  EXPECT_EQ(created["category"]["ar"], "مشكلة تقنية");
  EXPECT_EQ(
      created["status"],
      (nlohmann::json{{"code", "under-processing"}, {"ar", "تحت المعالجة"}, {"en", "Under processing"}}));
  EXPECT_EQ(created["createdAt"], "2026-01-01T00:00:00Z");
  EXPECT_EQ(created["dueOn"], "2026-01-08");  // DOMAIN.md: a 7-day target
  EXPECT_EQ(created["dueOnHijri"], "1447-07-19");
  EXPECT_EQ(created["overdue"], false);
  EXPECT_EQ(created["context"]["operation"], "iqama-renewal");
  EXPECT_EQ(created["context"]["problemTitle"], "لا يمكن تجديد هذه الإقامة الآن");
  // The user and the establishment are the session's.
  EXPECT_EQ(created["applicant"]["username"], "golden.admin");
  EXPECT_EQ(created["establishment"]["unifiedNumber"], "7001234567");
  ASSERT_EQ(created["attachments"].size(), 2u);
  EXPECT_EQ(created["attachments"][0]["mediaType"], "application/pdf");
  EXPECT_EQ(created["attachments"][0]["sizeBytes"], kPdf.size());
  EXPECT_EQ(created["attachments"][1]["mediaType"], "image/png");
  ASSERT_EQ(created["statusHistory"].size(), 1u);
  EXPECT_EQ(created["statusHistory"][0]["status"]["code"], "under-processing");
  EXPECT_TRUE(created["replies"].empty());

  const Response read = call("GET", "/api/v1/tawasul/requests/TW00000006", "", token_);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(body(read), created);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE operation = 'tawasul-request' AND outcome = 'raised "
                  "TW00000006'"),
            1);

  const Response download =
      call("GET", "/api/v1/tawasul/requests/TW00000006/attachments/" + created["attachments"][0]["id"].dump(),
           "", token_);
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, kPdf);
  EXPECT_EQ(download.header("Content-Type"), "application/pdf");
  EXPECT_EQ(download.header("Content-Disposition"),
            "attachment; filename=\"receipt.pdf\"; filename*=UTF-8''receipt.pdf");
}

TEST_F(TawasulTest, AskingForNoSecurityCodeButAnIdempotencyKeyAReplayReturnsTheFirstRequest) {
  const Response first = create(request_with({file("receipt.pdf", kPdf)}), "same-key");
  ASSERT_EQ(first.status, 201);
  const Response again = create(request_with({file("receipt.pdf", kPdf)}), "same-key");
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
  EXPECT_EQ(stored_requests(), 6);  // the five seeded and this one
  EXPECT_EQ(stored_files(), 2);     // the seeded PDF and this one

  nlohmann::json other = request_with();
  other["description"] = "طلب آخر";
  EXPECT_EQ(create(other, "same-key").status, 422);
  const Response keyless = call("POST", "/api/v1/tawasul/requests", request_with().dump(), token_);
  EXPECT_EQ(keyless.status, 400);
  EXPECT_EQ(body(keyless)["errors"][0]["field"], "Idempotency-Key");
  EXPECT_EQ(stored_requests(), 6);
}

TEST_F(TawasulTest, TheListIsTheEstablishmentsNewestFirstPagedAndByStatus) {
  ASSERT_EQ(create(request_with(), "newest").status, 201);
  const auto all = body(call("GET", "/api/v1/tawasul/requests", "", token_));
  EXPECT_EQ(all["totalElements"], 5);  // four seeded and the new one; never the other establishment's
  std::vector<std::string> numbers;
  for (const auto& item : all["content"]) numbers.push_back(item["requestNumber"]);
  EXPECT_EQ(numbers,
            (std::vector<std::string>{"TW00000006", "TW00000004", "TW00000003", "TW00000002", "TW00000001"}));

  const auto page = body(call("GET", "/api/v1/tawasul/requests", "", token_, {{"page", "1"}, {"size", "2"}}));
  EXPECT_EQ(page["content"].size(), 2u);
  EXPECT_EQ(page["content"][0]["requestNumber"], "TW00000003");

  const auto returned =
      body(call("GET", "/api/v1/tawasul/requests", "", token_, {{"status", "returned-to-applicant"}}));
  ASSERT_EQ(returned["totalElements"], 1);
  EXPECT_EQ(returned["content"][0]["requestNumber"], "TW00000002");
  EXPECT_EQ(returned["content"][0]["status"]["ar"], "معاد لمقدم الطلب");

  const Response unknown = call("GET", "/api/v1/tawasul/requests", "", token_, {{"status", "lost"}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(body(unknown)["errors"][0]["field"], "status");
}

TEST_F(TawasulTest, ARequestShowsItsStatusHistoryAndSupportsReplies) {
  const auto closed = body(call("GET", "/api/v1/tawasul/requests/TW00000001", "", token_));
  std::vector<std::string> history;
  for (const auto& change : closed["statusHistory"]) history.push_back(change["status"]["code"]);
  EXPECT_EQ(history, (std::vector<std::string>{"under-processing", "processed", "closed"}));
  EXPECT_EQ(closed["status"]["ar"], "مغلق");
  ASSERT_EQ(closed["replies"].size(), 1u);
  EXPECT_EQ(closed["replies"][0]["author"], "support");
  EXPECT_EQ(closed["replies"][0]["authorName"]["en"], "Support team");
  EXPECT_EQ(closed["overdue"], false);  // past its target, but closed

  const auto answered = body(call("GET", "/api/v1/tawasul/requests/TW00000003", "", token_));
  EXPECT_EQ(answered["status"]["en"], "Returned by the applicant");
  ASSERT_EQ(answered["replies"].size(), 2u);
  EXPECT_EQ(answered["replies"][1]["author"], "applicant");
  EXPECT_EQ(answered["replies"][1]["authorName"]["en"], "Fahad Al-Shammari");  // the clerk raised it
  EXPECT_EQ(answered["replies"][1]["attachments"][0]["fileName"], "passport.pdf");
}

TEST_F(TawasulTest, AnsweringARequestReturnedToTheApplicantSendsItBackToSupport) {
  const Response response =
      reply("TW00000002", {{"text", "أرفقت إيصال السداد."}, {"attachments", {file("receipt.pdf", kPdf)}}},
            "reply-1");
  ASSERT_EQ(response.status, 201) << response.body;
  const auto answered = body(response);
  EXPECT_EQ(answered["status"]["code"], "returned-by-applicant");
  EXPECT_EQ(answered["status"]["ar"], "معاد من مقدم الطلب");
  EXPECT_EQ(answered["statusHistory"].back()["status"]["code"], "returned-by-applicant");
  EXPECT_EQ(answered["statusHistory"].back()["at"], "2026-01-01T00:00:00Z");
  ASSERT_EQ(answered["replies"].size(), 2u);
  EXPECT_EQ(answered["replies"][1]["text"], "أرفقت إيصال السداد.");
  EXPECT_EQ(answered["replies"][1]["authorName"]["en"], "Mohammed Al-Otaibi");
  EXPECT_EQ(answered["replies"][1]["attachments"][0]["mediaType"], "application/pdf");

  // A retry of the same reply adds nothing; a further note keeps the status.
  EXPECT_EQ(reply("TW00000002",
                  {{"text", "أرفقت إيصال السداد."}, {"attachments", {file("receipt.pdf", kPdf)}}}, "reply-1")
                .body,
            response.body);
  const auto noted = body(reply("TW00000002", {{"text", "ورقم الطلب 0300000001"}}, "reply-2"));
  EXPECT_EQ(noted["status"]["code"], "returned-by-applicant");
  EXPECT_EQ(noted["replies"].size(), 3u);
  EXPECT_EQ(noted["statusHistory"].size(), 3u);  // under processing, returned to, returned by
}

TEST_F(TawasulTest, AProcessedOrClosedRequestTakesNoReply) {
  const int64_t replies = stored_replies();
  const Response closed = reply("TW00000001", {{"text", "ما زالت المشكلة قائمة"}}, "late-reply");
  EXPECT_EQ(closed.status, 422);
  EXPECT_EQ(body(closed)["type"], "https://muqeem.example/problems/tawasul-request-closed");
  EXPECT_FALSE(body(closed)["title"]["ar"].get<std::string>().empty());
  EXPECT_EQ(stored_replies(), replies);
}

TEST_F(TawasulTest, AnotherEstablishmentsRequestsAreNotFound) {
  // TW00000005 is Al Nakheel's.
  EXPECT_EQ(call("GET", "/api/v1/tawasul/requests/TW00000005", "", token_).status, 404);
  const int64_t replies = stored_replies();
  EXPECT_EQ(reply("TW00000005", {{"text", "hello"}}, "cross-1").status, 404);
  EXPECT_EQ(stored_replies(), replies);

  const std::string nakheel = sign_in("nakheel.admin");
  const auto theirs = body(call("GET", "/api/v1/tawasul/requests", "", nakheel));
  ASSERT_EQ(theirs["totalElements"], 1);
  EXPECT_EQ(theirs["content"][0]["requestNumber"], "TW00000005");
  EXPECT_EQ(call("GET", "/api/v1/tawasul/requests/TW00000003", "", nakheel).status, 404);
  const int64_t passport = count("SELECT min(id) FROM tawasul_attachment");
  EXPECT_EQ(
      call("GET", "/api/v1/tawasul/requests/TW00000003/attachments/" + std::to_string(passport), "", nakheel)
          .status,
      404);
  EXPECT_EQ(
      call("GET", "/api/v1/tawasul/requests/TW00000005/attachments/" + std::to_string(passport), "", nakheel)
          .status,
      404);  // a real attachment under the wrong request
  EXPECT_EQ(
      call("GET", "/api/v1/tawasul/requests/TW00000003/attachments/" + std::to_string(passport), "", token_)
          .status,
      200);
}

TEST_F(TawasulTest, EveryUserMayContactSupportButOnlySignedIn) {
  const std::string clerk = sign_in("golden.clerk");
  const Response raised = create(request_with(), "clerk-1", clerk);
  ASSERT_EQ(raised.status, 201) << raised.body;
  EXPECT_EQ(body(raised)["applicant"]["username"], "golden.clerk");
  EXPECT_EQ(
      call("POST", "/api/v1/tawasul/requests", request_with().dump(), "", {}, {{"Idempotency-Key", "x"}})
          .status,
      401);
  EXPECT_EQ(call("GET", "/api/v1/tawasul/requests").status, 401);
  EXPECT_EQ(call("GET", "/api/v1/tawasul/requests/TW00000001").status, 401);
}

TEST_F(TawasulTest, OpenRequestsPastTheirTargetAreOverdue) {
  // 2026-01-06: TW00000002 (due 2026-01-02) and TW00000003 (due 2026-01-04) are late; TW00000004 is due
  // 2026-01-07, and TW00000001 is closed.
  portal_.now += 5 * 86400;
  const std::string token = sign_in("golden.admin");
  const auto list = body(call("GET", "/api/v1/tawasul/requests", "", token));
  std::map<std::string, bool> overdue;
  for (const auto& item : list["content"]) overdue[item["requestNumber"]] = item["overdue"];
  EXPECT_EQ(overdue,
            (std::map<std::string, bool>{
                {"TW00000001", false}, {"TW00000002", true}, {"TW00000003", true}, {"TW00000004", false}}));
}

}  // namespace
}  // namespace muqeem::portal

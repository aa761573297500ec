#pragma once
// Tawasul requests through the router, signed in as the demo establishment's primary user. The demo
// seeds four requests for it (TW00000001 closed, TW00000002 returned to the applicant, TW00000003
// returned by the applicant with a PDF, TW00000004 under processing) and one for the other
// establishment (TW00000005); new ones are numbered from TW00000006.
#include <string>

#include "api/base64.h"
#include "portal/api_fixture.h"

namespace muqeem::portal {

class TawasulTest : public ApiTest {
 protected:
  void SetUp() override { token_ = sign_in("golden.admin"); }

  static inline const std::string kPdf = "%PDF-1.4\n% a scanned receipt\n%%EOF\n";
  static inline const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

  static nlohmann::json file(const std::string& name, const std::string& bytes) {
    return {{"fileName", name}, {"contentBase64", api::base64_encode(bytes)}};
  }
  static nlohmann::json request_with(nlohmann::json attachments = nlohmann::json::array()) {
    return {{"category", "technical"},
            {"description", "ظهرت رسالة خطأ عند تجديد الإقامة.\nAn error showed when renewing."},
            {"context",
             {{"operation", "iqama-renewal"},
              {"problemType", "https://muqeem.example/problems/not-eligible"},
              {"problemTitle", "لا يمكن تجديد هذه الإقامة الآن"}}},
            {"attachments", std::move(attachments)}};
  }
  Response create(const nlohmann::json& request, const std::string& key, const std::string& token = "") {
    return call("POST", "/api/v1/tawasul/requests", request.dump(), token.empty() ? token_ : token, {},
                {{"Idempotency-Key", key}});
  }
  Response reply(const std::string& number, const nlohmann::json& request, const std::string& key,
                 const std::string& token = "") {
    return call("POST", "/api/v1/tawasul/requests/" + number + "/replies", request.dump(),
                token.empty() ? token_ : token, {}, {{"Idempotency-Key", key}});
  }
  int64_t stored_requests() { return count("SELECT count(*) FROM tawasul_request"); }
  int64_t stored_replies() { return count("SELECT count(*) FROM tawasul_reply"); }
  int64_t stored_files() { return count("SELECT count(*) FROM tawasul_attachment"); }

  std::string token_;
};

}  // namespace muqeem::portal

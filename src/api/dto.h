#pragma once
// The portal API's messages as C++ values, with their JSON shape (nlohmann), written once and used by
// both the reference server and the app's client. Field names follow the API: camelCase.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace muqeem::api {

struct Bilingual {
  std::string ar, en;
};

// RFC 9457 problem details, with a bilingual title and the errors of each field.
struct FieldError {
  std::string field;
  Bilingual message;
};
struct Problem {
  std::string type;  // a stable identifier, e.g. "https://muqeem.example/problems/wrong-credentials"
  int status = 400;
  Bilingual title;
  std::vector<FieldError> errors;
  // Extension members, present only on the problems that have them: the tries a sign-in code has
  // left (a wrong code), and when its code may be sent again (a resend asked for too early).
  std::optional<int> attempts_left;
  std::optional<int64_t> resend_available_at;
};

struct Coded {
  std::string code, ar, en;
};

// What the app needs before sign-in: the API's version and the server's date in both calendars.
struct ConfigResponse {
  std::string api_version;
  std::string date;        // Gregorian, ISO
  std::string hijri_date;  // Umm al-Qura, ISO-like "1447-05-17"; empty outside the calendar table
};

struct CaptchaResponse {
  std::string captcha_id;
  std::string image_svg;
  int64_t expires_at = 0;
};

struct SignInRequest {
  std::string username, password, captcha_id, captcha_answer;
};

struct CodeChallengeResponse {
  std::string challenge_id, masked_mobile;
  int64_t expires_at = 0;
  int attempts_left = 0;            // wrong codes the challenge still accepts
  int64_t resend_available_at = 0;  // when a new code may be asked for (POST /auth/resend-code)
  int resends_left = 0;             // 0: no more new codes; sign in again
};

// Another sign-in code for the same challenge, when the SMS did not arrive.
struct ResendCodeRequest {
  std::string challenge_id;
};

struct VerifyCodeRequest {
  std::string challenge_id, code;
};

struct SessionResponse {
  std::string token;
  int64_t expires_at = 0;
};

// The session's new end after POST /auth/session/extend ("stay signed in").
struct SessionExpiry {
  int64_t expires_at = 0;
};

// A per-transaction security code, asked for before a state change (DOMAIN.md: each e-transaction
// asks for another code). `operation` names the transaction it is for, e.g. "iqama-renewal".
struct SecurityCodeRequest {
  std::string operation;
};

struct SecurityCodeResponse {
  std::string operation, masked_mobile;
  int64_t expires_at = 0;
};

struct ResidentSummary {
  std::string iqama_number;
  Bilingual name;
  Coded nationality, occupation;
  std::string iqama_expiry;
  std::string status;
};

struct ResidentPage {
  std::vector<ResidentSummary> content;
  int page = 0, size = 20;
  int64_t total_elements = 0;
};

void to_json(nlohmann::json& j, const Bilingual& value);
void to_json(nlohmann::json& j, const FieldError& value);
void to_json(nlohmann::json& j, const Problem& value);
void to_json(nlohmann::json& j, const Coded& value);
void to_json(nlohmann::json& j, const ConfigResponse& value);
void to_json(nlohmann::json& j, const CaptchaResponse& value);
void to_json(nlohmann::json& j, const CodeChallengeResponse& value);
void to_json(nlohmann::json& j, const SessionResponse& value);
void to_json(nlohmann::json& j, const SessionExpiry& value);
void to_json(nlohmann::json& j, const SecurityCodeResponse& value);
void to_json(nlohmann::json& j, const ResidentSummary& value);
void to_json(nlohmann::json& j, const ResidentPage& value);

// Responses, read by the client. Every field is checked for presence and type without exceptions
// (the browser build has none): nullopt means the answer is not what the contract promises.
std::optional<Problem> read_problem(const nlohmann::json& body);
std::optional<ConfigResponse> read_config(const nlohmann::json& body);
std::optional<CaptchaResponse> read_captcha(const nlohmann::json& body);
std::optional<CodeChallengeResponse> read_code_challenge(const nlohmann::json& body);
std::optional<SessionResponse> read_session(const nlohmann::json& body);
std::optional<SessionExpiry> read_session_expiry(const nlohmann::json& body);
std::optional<SecurityCodeResponse> read_security_code_response(const nlohmann::json& body);
std::optional<ResidentPage> read_resident_page(const nlohmann::json& body);
// A lookup (nationalities, occupations): every item {code, ar, en}.
std::optional<std::vector<Coded>> read_lookup(const nlohmann::json& body);
// A resident's summary fields, in a list's item or at the top of their file.
bool read_resident_summary(const nlohmann::json& body, ResidentSummary& resident);

void to_json(nlohmann::json& j, const SignInRequest& value);
void to_json(nlohmann::json& j, const VerifyCodeRequest& value);
void to_json(nlohmann::json& j, const ResendCodeRequest& value);
void to_json(nlohmann::json& j, const SecurityCodeRequest& value);

// Requests are read leniently in shape and strictly in content: each missing or mistyped field is
// named in `errors` (for the UI to show under that field) and the request is refused.
std::optional<SignInRequest> read_sign_in(const nlohmann::json& body, std::vector<FieldError>& errors);
std::optional<VerifyCodeRequest> read_verify_code(const nlohmann::json& body,
                                                  std::vector<FieldError>& errors);
std::optional<ResendCodeRequest> read_resend_code(const nlohmann::json& body,
                                                  std::vector<FieldError>& errors);
std::optional<SecurityCodeRequest> read_security_code_request(const nlohmann::json& body,
                                                              std::vector<FieldError>& errors);

}  // namespace muqeem::api

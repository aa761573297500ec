#include "portal/auth/sms_gateway.h"

#include <algorithm>

#include "portal/store/database.h"

namespace muqeem::portal::auth {

std::string masked_mobile(const std::string& e164) {
  const std::string national = "0" + e164.substr(std::min<size_t>(4, e164.size()));
  if (national.size() < 4) return national;
  return national.substr(0, 2) + std::string(national.size() - 4, '*') + national.substr(national.size() - 2);
}

std::string with_code(std::string message, const std::string& code) {
  for (size_t at = message.find("{code}"); at != std::string::npos;
       at = message.find("{code}", at + code.size()))
    message.replace(at, 6, code);
  return message;
}

void OutboxSmsGateway::send(const std::string& mobile_e164, const std::string& text, int64_t now) {
  db_.prepare("INSERT INTO sms_outbox (at, mobile, text) VALUES (?1, ?2, ?3)")
      .bind(1, now)
      .bind(2, mobile_e164)
      .bind(3, text)
      .run();
}

}  // namespace muqeem::portal::auth

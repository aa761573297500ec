#include "portal/auth/sms_gateway.h"

#include "portal/store/database.h"

namespace muqeem::portal::auth {

void OutboxSmsGateway::send(const std::string& mobile_e164, const std::string& text, int64_t now) {
  db_.prepare("INSERT INTO sms_outbox (at, mobile, text) VALUES (?1, ?2, ?3)")
      .bind(1, now)
      .bind(2, mobile_e164)
      .bind(3, text)
      .run();
}

}  // namespace muqeem::portal::auth

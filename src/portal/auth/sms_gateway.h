#pragma once
// Where one-time codes go. A real deployment sends SMS; the default writes each message to the
// sms_outbox table, which only the demo's clearly marked endpoint ever shows.
#include <cstdint>
#include <string>

namespace muqeem::portal::store {
class Database;
}

namespace muqeem::portal::auth {

// "+966551234567" -> "05******67": enough for users to recognise their own number.
std::string masked_mobile(const std::string& e164);
// The message template (from the catalogues) with "{code}" replaced by the code.
std::string with_code(std::string message, const std::string& code);

class SmsGateway {
 public:
  virtual ~SmsGateway() = default;
  virtual void send(const std::string& mobile_e164, const std::string& text, int64_t now) = 0;
};

class OutboxSmsGateway : public SmsGateway {
 public:
  explicit OutboxSmsGateway(store::Database& db) : db_(db) {}
  void send(const std::string& mobile_e164, const std::string& text, int64_t now) override;

 private:
  store::Database& db_;
};

}  // namespace muqeem::portal::auth

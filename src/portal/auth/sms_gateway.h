#pragma once
// Where one-time codes go. A real deployment sends SMS; the default writes each message to the
// sms_outbox table, which only the demo's clearly marked endpoint ever shows.
#include <cstdint>
#include <string>

namespace muqeem::portal::store {
class Database;
}

namespace muqeem::portal::auth {

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

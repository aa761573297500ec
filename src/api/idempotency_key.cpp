#include "api/idempotency_key.h"

#include <array>
#include <cstdio>
#include <random>

namespace muqeem::api {

std::string new_idempotency_key() {
  // random_device reads the system's cryptographic source (crypto.getRandomValues in the browser).
  std::random_device source;
  std::array<unsigned, 16> bytes{};
  for (auto& byte : bytes) byte = source() & 0xFFu;
  bytes[6] = (bytes[6] & 0x0Fu) | 0x40u;  // version 4
  bytes[8] = (bytes[8] & 0x3Fu) | 0x80u;  // RFC 4122 variant
  char text[37];
  std::snprintf(text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
  return text;
}

}  // namespace muqeem::api

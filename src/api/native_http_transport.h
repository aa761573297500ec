#pragma once
// The portal API over real HTTP from native code (tests, tools), on cpp-httplib's client. Blocking
// inside send(): fine natively, never used in the browser (emscripten_fetch is, in the platform layer).
#include <string>

#include "api/transport.h"

namespace muqeem::api {

class NativeHttpTransport : public Transport {
 public:
  NativeHttpTransport(std::string host, int port) : host_(std::move(host)), port_(port) {}
  void send(HttpRequest request, std::function<void(TransportResult)> done) override;

 private:
  std::string host_;
  int port_;
};

}  // namespace muqeem::api

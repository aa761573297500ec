// Binding the portal's port (http_server.h): a second portal started by mistake on a port in use is
// refused, instead of quietly sharing the first one's connections.
#include <gtest/gtest.h>

#include "portal/http_server.h"

namespace muqeem::portal {
namespace {

TEST(HttpServer, ASecondServerCannotTakeAPortInUse) {
  httplib::Server first;
  int port = 0;
  for (int candidate = 18400; candidate < 18500 && port == 0; ++candidate)
    if (bind_listening(first, "127.0.0.1", candidate)) port = candidate;
  ASSERT_NE(port, 0) << "no free port in 18400-18499";

  httplib::Server second;
  EXPECT_FALSE(bind_listening(second, "127.0.0.1", port));
  httplib::Server with_library_defaults;  // SO_REUSEPORT, which would share the port with a like server
  EXPECT_FALSE(with_library_defaults.bind_to_port("127.0.0.1", port));
}

}  // namespace
}  // namespace muqeem::portal

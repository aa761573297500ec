#pragma once
// The portal behind cpp-httplib: every method and path goes to a lane of the pool (lane_pool.h), so
// requests on separate connections are answered side by side.
#include <httplib.h>

#include "portal/lane_pool.h"

namespace muqeem::portal {

void mount(httplib::Server& server, LanePool& lanes);
// Thread pool and keep-alive limits, shared with the benchmark's bare server so the two compare fairly.
void configure_connections(httplib::Server& server);
// Binds to host:port with a listen queue as long as the system allows; false when the port is taken
// (by another portal too: the address is reusable after a restart, but not shareable while in use).
bool bind_listening(httplib::Server& server, const std::string& host, int port);

}  // namespace muqeem::portal

#pragma once
// The router behind cpp-httplib: every method and path goes to Router::handle. API requests take turns
// on the one database connection; files are served concurrently.
#include <httplib.h>

#include <mutex>

#include "portal/router.h"

namespace muqeem::portal {

void mount(httplib::Server& server, const Router& router, std::mutex& api_turn);
// Thread pool and keep-alive limits, shared with the benchmark's bare server so the two compare fairly.
void configure_connections(httplib::Server& server);

}  // namespace muqeem::portal

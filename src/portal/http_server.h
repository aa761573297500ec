#pragma once
// The router behind cpp-httplib: every method and path goes to Router::handle. API requests take turns
// on the one database connection; files are served concurrently.
#include <httplib.h>

#include <mutex>

#include "portal/router.h"

namespace muqeem::portal {

void mount(httplib::Server& server, const Router& router, std::mutex& api_turn);

}  // namespace muqeem::portal

#pragma once
// API answers compressed on the wire (issue 16): a list, a report or a CSV of some size goes brotli
// or gzip, whichever the client accepts (brotli first), as the site's files do. Small answers are
// sent as they are: compressing them costs more than it saves. Only the HTTP server does this; the
// router's answers stay plain for in-process clients (the static demo, the tests).
#include "portal/http_message.h"

namespace muqeem::portal {

inline constexpr size_t kCompressFrom = 1024;  // bytes of body

// Compresses `response` in place for `request` when worth it; sets Content-Encoding and Vary.
void compress_for(const Request& request, Response& response);

}  // namespace muqeem::portal

#pragma once
// CSV as spreadsheets read it (RFC 4180, CRLF lines), for every file the portal and the app write:
// fields quoted when they hold a comma, a quote or a line break, and text from people or the store
// guarded against being taken for a formula (CSV injection) by a leading apostrophe.
#include <string>
#include <vector>

namespace muqeem::api {

// Text that begins with = + - or @ gets a leading apostrophe; numbers and dates we write need none.
std::string csv_guarded(std::string text);
// One line of fields, each quoted where needed, ending in CRLF.
std::string csv_line(const std::vector<std::string>& fields);
// The UTF-8 byte order mark Excel needs to read Arabic correctly; a CSV file starts with it.
inline constexpr const char* kCsvByteOrderMark = "\xEF\xBB\xBF";

}  // namespace muqeem::api

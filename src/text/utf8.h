#pragma once
// UTF-8 to code points and back. Invalid input never fails: each bad byte becomes U+FFFD, as browsers do.
#include <string>
#include <string_view>

namespace muqeem::text {

std::u32string decode_utf8(std::string_view utf8);
std::string encode_utf8(std::u32string_view text);

}  // namespace muqeem::text

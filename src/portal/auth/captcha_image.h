#pragma once
// The visual code people read at sign-in: the answer's letters as glyph outlines (SVG paths, not
// text a script could read off the page), each tilted, shifted and sized at random, over noise.
#include <cstdint>
#include <string>

#include "text/font.h"

namespace muqeem::portal::auth {

std::string captcha_svg(const std::string& answer, const text::Font& font, uint32_t seed);

}  // namespace muqeem::portal::auth

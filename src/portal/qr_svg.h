#pragma once
// A QR code as SVG, what a printed document carries so that a phone can open its verification page.
// libqrencode chooses the modules; this file only draws them.
#include <optional>
#include <string>
#include <string_view>

namespace muqeem::portal {

// `text` in byte mode at error correction level M (a printed page survives a fold or a stain), in the
// smallest version that holds it. The <svg> measures in modules (its viewBox), has a white background
// with the 4-module quiet zone the standard asks for, and draws the dark modules as one path in
// #161616, each row's runs as rectangles. nullopt when the text does not fit in a QR code.
std::optional<std::string> qr_svg(std::string_view text);

}  // namespace muqeem::portal

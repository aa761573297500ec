#include "portal/qr_svg.h"

#include <qrencode.h>

#include <memory>

namespace muqeem::portal {
namespace {

constexpr int kQuietZone = 4;

}  // namespace

std::optional<std::string> qr_svg(std::string_view text) {
  const std::string input(text);  // libqrencode reads a NUL-terminated string
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString(input.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, /*casesensitive=*/1), &QRcode_free);
  if (!code) return std::nullopt;
  const int width = code->width;
  std::string path;
  for (int y = 0; y < width; ++y) {
    for (int x = 0; x < width;) {
      // Bit 0 of each module's byte is its colour; the others say what the module is for.
      const auto dark = [&](int column) { return (code->data[y * width + column] & 1) != 0; };
      if (!dark(x)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < width && dark(x + run)) ++run;
      const std::string length = std::to_string(run);
      path += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + "h" + length +
              "v1h-" + length + "z";
      x += run;
    }
  }
  const std::string size = std::to_string(width + 2 * kQuietZone);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size +
         "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size +
         "\" fill=\"#ffffff\"/><path fill=\"#161616\" d=\"" + path + "\"/></svg>";
}

}  // namespace muqeem::portal

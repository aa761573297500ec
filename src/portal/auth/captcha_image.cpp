#include "portal/auth/captcha_image.h"

#include <hb.h>

#include <cstdio>
#include <random>

namespace muqeem::portal::auth {
namespace {

void append(std::string& out, const char* format, double a, double b) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, a, b);
  out += buffer;
}

// HarfBuzz draws the outline in font units, y up; the path keeps those units and the SVG transform
// flips and scales it.
void move_to(hb_draw_funcs_t*, void* path, hb_draw_state_t*, float x, float y, void*) {
  append(*static_cast<std::string*>(path), "M%.0f %.0f", x, y);
}
void line_to(hb_draw_funcs_t*, void* path, hb_draw_state_t*, float x, float y, void*) {
  append(*static_cast<std::string*>(path), "L%.0f %.0f", x, y);
}
void quadratic_to(hb_draw_funcs_t*, void* path, hb_draw_state_t*, float cx, float cy, float x, float y,
                  void*) {
  auto& out = *static_cast<std::string*>(path);
  append(out, "Q%.0f %.0f", cx, cy);
  append(out, " %.0f %.0f", x, y);
}
void cubic_to(hb_draw_funcs_t*, void* path, hb_draw_state_t*, float c1x, float c1y, float c2x, float c2y,
              float x, float y, void*) {
  auto& out = *static_cast<std::string*>(path);
  append(out, "C%.0f %.0f", c1x, c1y);
  append(out, " %.0f %.0f", c2x, c2y);
  append(out, " %.0f %.0f", x, y);
}
void close_path(hb_draw_funcs_t*, void* path, hb_draw_state_t*, void*) {
  *static_cast<std::string*>(path) += "Z";
}

hb_draw_funcs_t* svg_path_funcs() {
  static hb_draw_funcs_t* funcs = [] {
    hb_draw_funcs_t* f = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(f, move_to, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(f, line_to, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(f, quadratic_to, nullptr, nullptr);
    hb_draw_funcs_set_cubic_to_func(f, cubic_to, nullptr, nullptr);
    hb_draw_funcs_set_close_path_func(f, close_path, nullptr, nullptr);
    hb_draw_funcs_make_immutable(f);
    return f;
  }();
  return funcs;
}

}  // namespace

std::string captcha_svg(const std::string& answer, const text::Font& font, uint32_t seed) {
  std::mt19937 random(seed);
  const auto between = [&random](double low, double high) {
    return low + (high - low) * static_cast<double>(random() % 10000) / 10000.0;
  };
  std::string svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"64\" viewBox=\"0 0 200 64\">"
      "<rect width=\"200\" height=\"64\" fill=\"#f3f4f6\"/>";
  char buffer[256];
  for (int i = 0; i < 6; ++i) {  // noise curves across the code
    std::snprintf(
        buffer, sizeof buffer,
        "<path d=\"M0 %.0f Q%.0f %.0f 200 %.0f\" stroke=\"#9da4ae\" stroke-width=\"%.1f\" fill=\"none\"/>",
        between(5, 59), between(40, 160), between(-20, 84), between(5, 59), between(1, 2.5));
    svg += buffer;
  }
  const double scale = 34.0 / font.units_per_em();
  double x = 14;
  for (char c : answer) {
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(font.harfbuzz(), static_cast<unsigned char>(c), &glyph)) continue;
    std::string path;
    hb_font_draw_glyph(font.harfbuzz(), glyph, svg_path_funcs(), &path);
    const double size = scale * between(0.85, 1.15);
    std::snprintf(
        buffer, sizeof buffer,
        "<path fill=\"#074c30\" transform=\"translate(%.1f %.1f) rotate(%.1f) scale(%.4f %.4f)\" d=\"", x,
        between(42, 50), between(-22, 22), size, -size);
    svg += buffer + path + "\"/>";
    x += static_cast<double>(hb_font_get_glyph_h_advance(font.harfbuzz(), glyph)) * size + between(4, 10);
  }
  return svg + "</svg>";
}

}  // namespace muqeem::portal::auth

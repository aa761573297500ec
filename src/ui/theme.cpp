#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace muqeem::ui::theme {
namespace {

double channel(unsigned value) {
  const double c = value / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(ImU32 colour) {
  return 0.2126 * channel((colour >> IM_COL32_R_SHIFT) & 0xFF) +
         0.7152 * channel((colour >> IM_COL32_G_SHIFT) & 0xFF) +
         0.0722 * channel((colour >> IM_COL32_B_SHIFT) & 0xFF);
}

}  // namespace

double contrast_ratio(ImU32 a, ImU32 b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace muqeem::ui::theme

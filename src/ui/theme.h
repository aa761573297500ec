#pragma once
// Colours and type sizes after the DGA Platforms Code tokens (see ../shared/DOMAIN.md, "Design standard").
#include "imgui.h"

namespace muqeem::ui::theme {

constexpr ImU32 rgb(unsigned hex) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

inline constexpr ImU32 kPage = rgb(0xFFFFFF);
inline constexpr ImU32 kPrimary = rgb(0x1B8354);  // "SA flag" green
inline constexpr ImU32 kPrimaryDark = rgb(0x074C30);
inline constexpr ImU32 kText = rgb(0x161616);
inline constexpr ImU32 kTextSecondary = rgb(0x384250);
inline constexpr ImU32 kAccent = rgb(0xDBA102);  // gold: accents only, it fails contrast as text

inline constexpr float kDisplaySize = 64.0f;
inline constexpr float kHeadingSize = 24.0f;
inline constexpr float kBodySize = 16.0f;
inline constexpr float kLineHeight = 1.5f;

}  // namespace muqeem::ui::theme

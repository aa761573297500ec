#pragma once
// Colours, sizes and spacing after the DGA Platforms Code tokens (see ../shared/DOMAIN.md, "Design
// standard"). Text colours here reach at least 4.5:1 on their backgrounds (tests/ui/theme_test.cpp).
#include "imgui.h"

namespace muqeem::ui::theme {

constexpr ImU32 rgb(unsigned hex) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

inline constexpr ImU32 kPage = rgb(0xFFFFFF);
inline constexpr ImU32 kSurface = rgb(0xF3F4F6);  // header, footer, table header
inline constexpr ImU32 kPrimary = rgb(0x1B8354);  // "SA flag" green
inline constexpr ImU32 kPrimaryDark = rgb(0x074C30);
inline constexpr ImU32 kPrimaryHover = rgb(0x166A45);
inline constexpr ImU32 kPrimaryTint = rgb(0xE7F5EE);  // a selected row, a current step
inline constexpr ImU32 kText = rgb(0x161616);
inline constexpr ImU32 kTextSecondary = rgb(0x384250);
inline constexpr ImU32 kBorder = rgb(0x6C737F);  // field borders: 4.8:1, above the 3:1 for controls
inline constexpr ImU32 kDivider = rgb(0xD2D6DB);
inline constexpr ImU32 kDisabled = rgb(0xE5E7EB);
inline constexpr ImU32 kDisabledText = rgb(0x4D5761);
inline constexpr ImU32 kError = rgb(0xB42318);
inline constexpr ImU32 kErrorTint = rgb(0xFEF3F2);
inline constexpr ImU32 kWarning = rgb(0x93370D);
inline constexpr ImU32 kWarningTint = rgb(0xFFFAEB);
inline constexpr ImU32 kInfo = rgb(0x175CD3);
inline constexpr ImU32 kInfoTint = rgb(0xEFF8FF);
inline constexpr ImU32 kSuccessTint = rgb(0xECFDF3);
inline constexpr ImU32 kFocus = rgb(0x161616);   // focus ring: dark on every background we use
inline constexpr ImU32 kAccent = rgb(0xDBA102);  // gold: accents only, it fails contrast as text
inline constexpr ImU32 kScrim = IM_COL32(0x16, 0x16, 0x16, 0x99);

inline constexpr float kDisplaySize = 64.0f;
inline constexpr float kHeadingSize = 24.0f;
inline constexpr float kSubheadingSize = 20.0f;
inline constexpr float kBodySize = 16.0f;
inline constexpr float kSmallSize = 14.0f;
inline constexpr float kLineHeight = 1.5f;

inline constexpr float kTarget = 44.0f;       // the smallest thing a finger has to hit
inline constexpr float kKioskTarget = 48.0f;  // the same on a kiosk's touch screen
inline constexpr float kRadius = 4.0f;
inline constexpr float kFieldPadding = 12.0f;
inline constexpr float kFocusWidth = 3.0f;
inline constexpr float kFocusOffset = 2.0f;

// WCAG 2.1 contrast ratio between two opaque colours (1 to 21).
double contrast_ratio(ImU32 a, ImU32 b);

}  // namespace muqeem::ui::theme

// The theme's colours against WCAG 2.1: text at least 4.5:1 on the background it is drawn on.
#include "ui/theme.h"

#include <gtest/gtest.h>

namespace muqeem::ui::theme {
namespace {

TEST(Theme, ContrastRatioMatchesWcagReferenceValues) {
  EXPECT_NEAR(contrast_ratio(rgb(0x000000), rgb(0xFFFFFF)), 21.0, 0.01);
  EXPECT_NEAR(contrast_ratio(rgb(0x777777), rgb(0xFFFFFF)), 4.48, 0.01);  // the classic near miss
  EXPECT_NEAR(contrast_ratio(rgb(0xFFFFFF), rgb(0xFFFFFF)), 1.0, 1e-9);
}

TEST(Theme, TextColoursReachAA) {
  const struct {
    const char* what;
    ImU32 text, background;
  } pairs[] = {
      {"body text", kText, kPage},
      {"secondary text", kTextSecondary, kPage},
      {"text in the header", kText, kSurface},
      {"product name in the header", kPrimaryDark, kSurface},
      {"primary button label", kPage, kPrimary},
      {"primary button label, hovered", kPage, kPrimaryHover},
      {"secondary button label", kPrimaryDark, kPage},
      {"secondary button label, hovered", kPrimaryDark, kPrimaryTint},
      {"disabled label", kDisabledText, kDisabled},
      {"error message", kError, kPage},
      {"error alert title", kError, kErrorTint},
      {"warning alert title", kWarning, kWarningTint},
      {"information alert title", kInfo, kInfoTint},
      {"success alert title", kPrimaryDark, kSuccessTint},
      {"option text, highlighted", kText, kPrimaryTint},
  };
  for (const auto& pair : pairs) EXPECT_GE(contrast_ratio(pair.text, pair.background), 4.5) << pair.what;
}

TEST(Theme, ControlBordersAndFocusRingReach3To1) {
  EXPECT_GE(contrast_ratio(kBorder, kPage), 3.0);
  EXPECT_GE(contrast_ratio(kFocus, kPage), 3.0);
  EXPECT_GE(contrast_ratio(kFocus, kPrimary), 3.0);
}

TEST(Theme, GoldFailsAsTextSoItIsOnlyAnAccent) {
  EXPECT_LT(contrast_ratio(kAccent, kPage), 4.5);
}

}  // namespace
}  // namespace muqeem::ui::theme

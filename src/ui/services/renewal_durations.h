#pragma once
// The durations an iqama is renewed for, one at a time or in a batch (DOMAIN.md: 3 to 24 months in
// steps of 3; the portal refuses 3 for domestic workers, and says so).

namespace muqeem::ui {

inline constexpr int kRenewalDurations[] = {3, 6, 9, 12, 15, 18, 21, 24};

}  // namespace muqeem::ui

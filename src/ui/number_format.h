#pragma once
// Numbers as the interface shows them. Both languages use Western digits, as Saudi government portals
// and identifiers do, grouped in thousands with ",".
#include <string>

#include "ui/catalogue.h"

namespace muqeem::ui {

// 1234567 → "1,234,567", -1200 → "-1,200".
std::string format_integer(long long value, Language language);
// An amount in halalas shown in riyals with two decimals: 123450 → "1,234.50", -5 → "-0.05".
std::string format_money(long long halalas, Language language);

}  // namespace muqeem::ui

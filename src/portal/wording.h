#pragma once
// Small pieces of Arabic and English wording the services' messages share.
#include <string>
#include <vector>

namespace muqeem::portal {

// "شهر واحد", "شهران", "3 أشهر", "12 شهرًا": Arabic counts 3 to 10 with the plural, 11 and up with the
// singular.
std::string arabic_months(int months);
// "يوم واحد", "يومان", "3 أيام", "60 يومًا": days counted the same way.
std::string arabic_days(int days);
// "3، 6، 9" with the separator given.
std::string list_months(const std::vector<int>& months, const char* separator);

}  // namespace muqeem::portal

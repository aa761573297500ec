#include "portal/wording.h"

namespace muqeem::portal {

std::string arabic_months(int months) {
  if (months == 1) return "شهر واحد";
  if (months == 2) return "شهران";
  return std::to_string(months) + (months <= 10 ? " أشهر" : " شهرًا");
}

std::string arabic_days(int days) {
  if (days == 1) return "يوم واحد";
  if (days == 2) return "يومان";
  return std::to_string(days) + (days <= 10 ? " أيام" : " يومًا");
}

std::string list_months(const std::vector<int>& months, const char* separator) {
  std::string out;
  for (int m : months) out += (out.empty() ? "" : separator) + std::to_string(m);
  return out;
}

}  // namespace muqeem::portal

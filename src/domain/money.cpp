#include "domain/money.h"

#include <cstdlib>

namespace muqeem::domain {

std::string Money::format() const {
  const int64_t magnitude = std::llabs(halalas_);
  const std::string cents = std::to_string(magnitude % 100);
  return (halalas_ < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + (cents.size() == 1 ? "0" : "") +
         cents;
}

}  // namespace muqeem::domain

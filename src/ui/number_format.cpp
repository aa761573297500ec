#include "ui/number_format.h"

namespace muqeem::ui {
namespace {

// Unsigned so that the magnitude of LLONG_MIN does not overflow.
unsigned long long magnitude(long long value) {
  return value < 0 ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
}

std::string grouped(unsigned long long value) {
  const std::string digits = std::to_string(value);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

// The language does not change the result today; callers pass it so that a convention can differ later
// without touching every call site.
std::string format_integer(long long value, Language /*language*/) {
  return (value < 0 ? "-" : "") + grouped(magnitude(value));
}

std::string format_money(long long halalas, Language /*language*/) {
  const unsigned long long amount = magnitude(halalas);
  const unsigned long long cents = amount % 100;
  return (halalas < 0 ? "-" : "") + grouped(amount / 100) + (cents < 10 ? ".0" : ".") + std::to_string(cents);
}

}  // namespace muqeem::ui

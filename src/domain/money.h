#pragma once
// Money in halalas (1 SAR = 100 halalas), as the API carries it: integers, never floating point.
#include <cstdint>
#include <string>

namespace muqeem::domain {

class Money {
 public:
  static constexpr Money halalas(int64_t amount) { return Money(amount); }
  static constexpr Money riyals(int64_t amount) { return Money(amount * 100); }

  constexpr int64_t in_halalas() const { return halalas_; }
  // "650.00", "-12.50": the amount in riyals with two decimals, Western digits, no currency.
  std::string format() const;

  constexpr Money operator+(Money other) const { return Money(halalas_ + other.halalas_); }
  constexpr Money operator-(Money other) const { return Money(halalas_ - other.halalas_); }
  constexpr Money operator*(int64_t factor) const { return Money(halalas_ * factor); }
  constexpr auto operator<=>(const Money&) const = default;

 private:
  constexpr explicit Money(int64_t halalas) : halalas_(halalas) {}
  int64_t halalas_ = 0;
};

}  // namespace muqeem::domain

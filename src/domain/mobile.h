#pragma once
// A Saudi mobile number, typed any of the ways people write it (05XXXXXXXX, 5XXXXXXXX, +9665XXXXXXXX,
// 009665XXXXXXXX, with spaces, dashes or Arabic-Indic digits), stored as E.164 and shown 05X XXX XXXX.
#include <string>
#include <string_view>

#include "domain/result.h"

namespace muqeem::domain {

enum class MobileError { Empty, NotDigits, NotSaudiMobile };

class SaudiMobile {
 public:
  static Result<SaudiMobile, MobileError> parse(std::string_view text);
  const std::string& e164() const { return e164_; }  // "+9665XXXXXXXX"
  std::string display() const;                       // "05X XXX XXXX"
  bool operator==(const SaudiMobile&) const = default;

 private:
  explicit SaudiMobile(std::string e164) : e164_(std::move(e164)) {}
  std::string e164_;
};

}  // namespace muqeem::domain

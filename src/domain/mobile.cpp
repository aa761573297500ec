#include "domain/mobile.h"

#include "domain/digits.h"

namespace muqeem::domain {

Result<SaudiMobile, MobileError> SaudiMobile::parse(std::string_view text) {
  std::string cleaned;
  bool plus = false;
  for (char c : text) {
    if (c == '-' || c == '(' || c == ')') continue;
    if (c == '+' && cleaned.empty() && !plus) {
      plus = true;
      continue;
    }
    cleaned.push_back(c);
  }
  auto digits = western_digits(cleaned);
  if (!digits) return MobileError::NotDigits;
  if (digits->empty() && !plus) return MobileError::Empty;
  std::string national;  // the nine digits after the country code: 5XXXXXXXX
  if (plus && digits->rfind("966", 0) == 0) {
    national = digits->substr(3);
  } else if (!plus && digits->rfind("00966", 0) == 0) {
    national = digits->substr(5);
  } else if (!plus && digits->size() == 10 && (*digits)[0] == '0') {
    national = digits->substr(1);
  } else if (!plus) {
    national = *digits;
  }
  if (national.size() != 9 || national[0] != '5') return MobileError::NotSaudiMobile;
  return SaudiMobile("+966" + national);
}

std::string SaudiMobile::display() const {
  const std::string national = "0" + e164_.substr(4);  // 05XXXXXXXX
  return national.substr(0, 3) + " " + national.substr(3, 3) + " " + national.substr(6);
}

}  // namespace muqeem::domain

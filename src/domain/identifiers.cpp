#include "domain/identifiers.h"

#include "domain/digits.h"

namespace muqeem::domain {
namespace {

// Ten digits starting with one of `prefixes`; the digits, or what is wrong.
Result<std::string, IdentifierError> ten_digits(std::string_view text, std::string_view prefixes) {
  const auto digits = western_digits(text);
  if (!digits) return IdentifierError::NotDigits;
  if (digits->empty()) return IdentifierError::Empty;
  if (digits->size() != 10) return IdentifierError::WrongLength;
  if (prefixes.find((*digits)[0]) == std::string_view::npos) return IdentifierError::WrongPrefix;
  return *digits;
}

}  // namespace

bool luhn_valid(std::string_view digits) {
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    int digit = digits[i] - '0';
    if (i % 2 == 0) {  // the 1st, 3rd, 5th… digit from the left is doubled
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 == 0;
}

Result<IqamaNumber, IdentifierError> IqamaNumber::parse(std::string_view text) {
  auto digits = ten_digits(text, "12");
  if (!digits) return digits.error();
  if (!luhn_valid(*digits)) return IdentifierError::BadCheckDigit;
  return IqamaNumber(*digits);
}

std::optional<IqamaNumber> IqamaNumber::for_resident(std::string_view eight) {
  if (eight.size() != 8 || eight.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  const std::string nine = "2" + std::string(eight);
  for (char check = '0'; check <= '9'; ++check) {
    if (luhn_valid(nine + check)) return IqamaNumber(nine + check);
  }
  return std::nullopt;  // unreachable: one of the ten digits always completes the sum
}

Result<BorderNumber, IdentifierError> BorderNumber::parse(std::string_view text) {
  auto digits = ten_digits(text, "3");
  if (!digits) return digits.error();
  return BorderNumber(*digits);
}

Result<EstablishmentNumber, IdentifierError> EstablishmentNumber::parse(std::string_view text) {
  auto digits = ten_digits(text, "7");
  if (!digits) return digits.error();
  return EstablishmentNumber(*digits);
}

}  // namespace muqeem::domain

#pragma once
// The identifiers Muqeem deals in, each a value type made only through parse(), which says exactly
// what is wrong with a bad one (see DOMAIN.md, "Identifiers"):
//  - national ID / iqama number: 10 digits, first 1 (citizen) or 2 (resident), Luhn check digit;
//  - border number: 10 digits starting with 3;
//  - unified establishment number: 10 digits starting with 7.
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.h"

namespace muqeem::domain {

enum class IdentifierError {
  Empty,         // nothing typed
  NotDigits,     // letters or symbols in it
  WrongLength,   // not 10 digits
  WrongPrefix,   // starts with the wrong digit for its kind
  BadCheckDigit  // the last digit does not match (a typo)
};

// Luhn (mod 10) over all ten digits, as the national ID uses: 1000000008 passes.
bool luhn_valid(std::string_view digits);

class IqamaNumber {
 public:
  static Result<IqamaNumber, IdentifierError> parse(std::string_view text);
  // A resident's number made of "2", `eight` digits and the check digit that completes them: how a
  // new iqama's number is made. nullopt unless `eight` is eight Western digits.
  static std::optional<IqamaNumber> for_resident(std::string_view eight);
  const std::string& digits() const { return digits_; }
  bool is_citizen() const { return digits_[0] == '1'; }
  bool operator==(const IqamaNumber&) const = default;

 private:
  explicit IqamaNumber(std::string digits) : digits_(std::move(digits)) {}
  std::string digits_;
};

class BorderNumber {
 public:
  static Result<BorderNumber, IdentifierError> parse(std::string_view text);
  const std::string& digits() const { return digits_; }
  bool operator==(const BorderNumber&) const = default;

 private:
  explicit BorderNumber(std::string digits) : digits_(std::move(digits)) {}
  std::string digits_;
};

class EstablishmentNumber {
 public:
  static Result<EstablishmentNumber, IdentifierError> parse(std::string_view text);
  const std::string& digits() const { return digits_; }
  bool operator==(const EstablishmentNumber&) const = default;

 private:
  explicit EstablishmentNumber(std::string digits) : digits_(std::move(digits)) {}
  std::string digits_;
};

}  // namespace muqeem::domain

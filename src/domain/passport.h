#pragma once
// A new passport as an officer enters it (DOMAIN.md, "Passport update"): its number, typed with
// spaces, lower case or Arabic-Indic digits and stored as Latin capitals and Western digits, and its
// dates, which must make sense together and today.
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.h"
#include "domain/result.h"

namespace muqeem::domain {

// assets/rules/passport_update.json: the update has no fee, only a request number to show.
struct PassportUpdateRules {
  std::string request_prefix;  // the request number's first digits
};

enum class PassportNumberError {
  Empty,
  NotLettersAndDigits,  // anything but Latin letters and digits
  WrongLength           // fewer than 5 or more than 15 (ICAO's 9, with room for national formats)
};

Result<std::string, PassportNumberError> parse_passport_number(std::string_view text);

enum class PassportDateProblem {
  IssuedInFuture,       // issued after today
  ExpiryNotAfterIssue,  // expires on or before the day it was issued
  NotValidAfterToday    // expires today or earlier: not a passport to update to
};

// Every problem at once, in the order of PassportDateProblem.
std::vector<PassportDateProblem> check_passport_dates(const CivilDate& issued_on, const CivilDate& expires_on,
                                                      const CivilDate& today);

}  // namespace muqeem::domain

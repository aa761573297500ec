#include "domain/passport.h"

#include "domain/digits.h"

namespace muqeem::domain {

Result<std::string, PassportNumberError> parse_passport_number(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (c >= 'a' && c <= 'z') {
      out.push_back(static_cast<char>(c - 'a' + 'A'));
    } else if (c != ' ') {
      // An Arabic-Indic digit is two bytes; western_digits knows them (and refuses anything else).
      const auto digit = western_digits(text.substr(i, 2));
      if (!digit || digit->size() != 1) return PassportNumberError::NotLettersAndDigits;
      out += *digit;
      ++i;
    }
    ++i;
  }
  if (out.empty()) return PassportNumberError::Empty;
  if (out.size() < 5 || out.size() > 15) return PassportNumberError::WrongLength;
  return out;
}

std::vector<PassportDateProblem> check_passport_dates(const CivilDate& issued_on, const CivilDate& expires_on,
                                                      const CivilDate& today) {
  std::vector<PassportDateProblem> problems;
  if (issued_on > today) problems.push_back(PassportDateProblem::IssuedInFuture);
  if (expires_on <= issued_on) problems.push_back(PassportDateProblem::ExpiryNotAfterIssue);
  if (expires_on <= today) problems.push_back(PassportDateProblem::NotValidAfterToday);
  return problems;
}

}  // namespace muqeem::domain

#pragma once
// A report as CSV, for officers who keep or print it in a spreadsheet (RFC 4180): a UTF-8 byte order
// mark (so spreadsheet programs read Arabic right), one heading row in the chosen language, one line
// per row. A date fills two columns (Gregorian, then Umm al-Qura); a name or coded value its text in
// the language; money is in riyals with two decimals. A cell that a spreadsheet would run as a formula
// (=, +, -, @ first) is quoted after an apostrophe.
#include <string>

#include "api/report_dto.h"

namespace muqeem::portal {

std::string report_csv(const api::ReportPage& page, bool arabic);

}  // namespace muqeem::portal

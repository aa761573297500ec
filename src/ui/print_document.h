#pragma once
// What goes on paper: a clean A4 page the platform lays out as HTML for the browser's print dialog
// (the app's canvas and controls are not printed). Text in the UI's language.
#include <string>
#include <utility>
#include <vector>

namespace muqeem::ui {

struct PrintDocument {
  std::string language;   // "ar" or "en": the page's lang and direction
  std::string title;      // "Iqama renewal"
  std::string issuer;     // the establishment's name
  std::string date_line;  // "Printed on 22 November 2026 (12 Jumada al-Akhirah 1448 AH)"
  std::string reference;  // "Request number 0300000012"
  std::vector<std::pair<std::string, std::string>> lines;  // label, value
  std::string qr_svg;                                      // verification QR, when the server gave one
  std::string qr_caption;
  std::string footer;
  // A table after the lines (a report): its head, repeated at the top of every printed page, and its
  // rows; printed on A4 landscape when `landscape`.
  std::vector<std::string> table_head;
  std::vector<std::vector<std::string>> table_rows;
  // A verification QR per row (a batch's renewals: each paper's own), "" for a row without one; printed
  // in a last column headed `table_qr_head`. Empty for tables without QR codes.
  std::vector<std::string> table_qr_svgs;
  std::string table_qr_head;
  bool landscape = false;
};

}  // namespace muqeem::ui

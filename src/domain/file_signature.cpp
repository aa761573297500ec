#include "domain/file_signature.h"

#include <algorithm>
#include <cctype>

namespace muqeem::domain {
namespace {

bool starts_with(std::string_view bytes, std::string_view signature) {
  return bytes.substr(0, signature.size()) == signature;
}

bool ends_with_ignoring_case(std::string_view name, std::string_view suffix) {
  return name.size() > suffix.size() &&
         std::equal(suffix.rbegin(), suffix.rend(), name.rbegin(), [](char expected, char actual) {
           return expected == std::tolower(static_cast<unsigned char>(actual));
         });
}

}  // namespace

std::optional<FileKind> recognise_file(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (starts_with(bytes, "%PDF-"sv)) return FileKind::Pdf;
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n"sv)) return FileKind::Png;
  if (starts_with(bytes, "\xFF\xD8\xFF"sv)) return FileKind::Jpeg;
  return std::nullopt;
}

std::string_view media_type_of(FileKind kind) {
  switch (kind) {
    case FileKind::Pdf:
      return "application/pdf";
    case FileKind::Png:
      return "image/png";
    case FileKind::Jpeg:
      break;
  }
  return "image/jpeg";
}

bool extension_fits(std::string_view file_name, FileKind kind) {
  switch (kind) {
    case FileKind::Pdf:
      return ends_with_ignoring_case(file_name, ".pdf");
    case FileKind::Png:
      return ends_with_ignoring_case(file_name, ".png");
    case FileKind::Jpeg:
      break;
  }
  return ends_with_ignoring_case(file_name, ".jpg") || ends_with_ignoring_case(file_name, ".jpeg");
}

}  // namespace muqeem::domain

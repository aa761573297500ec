#pragma once
// The kinds of file a support request may carry (PDF, PNG, JPEG), recognised from their first bytes
// rather than from a name or a declared type, which anyone can write.
#include <optional>
#include <string_view>

namespace muqeem::domain {

enum class FileKind { Pdf, Png, Jpeg };

// nullopt for anything else (an empty file, HTML, an executable, a ZIP, a GIF...).
std::optional<FileKind> recognise_file(std::string_view bytes);
std::string_view media_type_of(FileKind kind);  // "application/pdf", "image/png", "image/jpeg"
// Whether a file name ends with an extension of that kind (case-insensitive: .pdf, .png, .jpg, .jpeg).
bool extension_fits(std::string_view file_name, FileKind kind);

}  // namespace muqeem::domain

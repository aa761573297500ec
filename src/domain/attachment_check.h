#pragma once
// Whether one file may be attached to a support request (assets/rules/support.json): small enough, a
// PDF, PNG or JPEG by its bytes, and named as what it is. The portal refuses by it; the app checks by
// it before uploading, so the officer hears at once, under the field, and nothing is sent in vain.
#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/file_signature.h"
#include "domain/support_rules.h"

namespace muqeem::domain {

enum class AttachmentProblem {
  TooLarge,           // over the rules' size limit
  NotAccepted,        // not a PDF, PNG or JPEG (a renamed text file, an executable, a ZIP...)
  ExtensionMismatch,  // a PDF named photo.png: support would open it with the wrong program
};

struct AttachmentVerdict {
  std::optional<FileKind> kind;  // what the bytes are, when accepted
  std::optional<AttachmentProblem> problem;
  bool accepted() const { return !problem; }
};

// `size` is the whole file's; `bytes` may be only its beginning when the file is too large to read
// (the size decides then), otherwise all of it.
AttachmentVerdict check_attachment(const SupportRules& rules, std::string_view file_name, int64_t size,
                                   std::string_view bytes);

}  // namespace muqeem::domain

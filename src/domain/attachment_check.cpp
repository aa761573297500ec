#include "domain/attachment_check.h"

namespace muqeem::domain {

AttachmentVerdict check_attachment(const SupportRules& rules, std::string_view file_name, int64_t size,
                                   std::string_view bytes) {
  if (size > rules.max_attachment_bytes) return {std::nullopt, AttachmentProblem::TooLarge};
  const auto kind = recognise_file(bytes);
  if (!kind) return {std::nullopt, AttachmentProblem::NotAccepted};
  if (!extension_fits(file_name, *kind)) return {kind, AttachmentProblem::ExtensionMismatch};
  return {kind, std::nullopt};
}

}  // namespace muqeem::domain

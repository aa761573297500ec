#pragma once
// The rules of Tawasul support requests (assets/rules/support.json): the target for an answer, and
// how many files of what size a request or a reply may carry.
#include <cstdint>

namespace muqeem::domain {

struct SupportRules {
  int target_days = 0;
  int max_attachments = 0;
  int64_t max_attachment_bytes = 0;
};

}  // namespace muqeem::domain

#pragma once
// The rules of printed documents (assets/rules/documents.json): how long the verification code a
// document carries stays valid.
namespace muqeem::domain {

struct DocumentRules {
  int verification_valid_days = 0;
};

}  // namespace muqeem::domain

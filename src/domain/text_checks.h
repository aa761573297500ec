#pragma once
// Checks on the free text people type into public forms and support requests. Text arrives as valid
// UTF-8 (the JSON reader refuses anything else); these say whether it is the kind of text the field
// holds.
#include <cstddef>
#include <string_view>

namespace muqeem::domain {

// Characters, not bytes: what a length limit shown to people counts.
size_t code_points(std::string_view utf8);

// No control characters (NUL, escapes, bidi overrides...); line breaks and tabs only when
// `multiline`.
bool is_plain_text(std::string_view utf8, bool multiline);

// A person's or a company's name: letters of any script, digits, spaces and the punctuation names
// carry (. - ' & ( ) , /), at least one letter; no quotes, semicolons, equals or angle brackets.
bool is_name(std::string_view utf8);

// name@example.sa: one @, a local part of printable ASCII without spaces, a domain of letters, digits
// and hyphens with at least one dot; at most 254 characters.
bool is_email_address(std::string_view text);

}  // namespace muqeem::domain

#pragma once
// Secrets with libsodium: passwords hashed with Argon2id, random tokens and codes from the system's
// CSPRNG, and one-way digests for what the server stores of tokens and codes (a stolen database
// holds no usable session or code).
#include <string>
#include <string_view>

namespace muqeem::portal::auth {

enum class PasswordCost {
  Interactive,  // libsodium's interactive limits: what users' passwords get
  Minimum       // for tests and demo seeding, where nothing real is protected
};

std::string hash_password(std::string_view password, PasswordCost cost = PasswordCost::Interactive);
bool verify_password(std::string_view password, const std::string& hash);

std::string random_token();            // 32 random bytes, hex
std::string random_digits(int count);  // uniformly random decimal digits, e.g. a one-time code
// Uniformly random letters and digits of Crockford's base 32 (no I, L, O or U, which are misread on
// paper): five bits each, e.g. a printed document's verification code.
std::string random_base32(int count);
std::string digest(std::string_view secret);  // BLAKE2b of a token or code, hex

}  // namespace muqeem::portal::auth

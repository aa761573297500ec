#include "portal/auth/secrets.h"

#include <sodium.h>

#include <stdexcept>

namespace muqeem::portal::auth {
namespace {

void initialise() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium cannot start");
}

std::string hex(const unsigned char* bytes, size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

}  // namespace

std::string hash_password(std::string_view password, PasswordCost cost) {
  initialise();
  char hash[crypto_pwhash_STRBYTES];
  const bool minimum = cost == PasswordCost::Minimum;
  if (crypto_pwhash_str(hash, password.data(), password.size(),
                        minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("out of memory hashing a password");
  }
  return hash;
}

bool verify_password(std::string_view password, const std::string& hash) {
  initialise();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
  initialise();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  return hex(bytes, sizeof bytes);
}

std::string random_digits(int count) {
  initialise();
  std::string out;
  for (int i = 0; i < count; ++i) out.push_back(static_cast<char>('0' + randombytes_uniform(10)));
  return out;
}

std::string random_base32(int count) {
  initialise();
  static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string out;
  for (int i = 0; i < count; ++i) out.push_back(alphabet[randombytes_uniform(32)]);
  return out;
}

std::string digest(std::string_view secret) {
  initialise();
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                     nullptr, 0);
  return hex(hash, sizeof hash);
}

}  // namespace muqeem::portal::auth

#include "text/file_bytes.h"

#include <cstdio>
#include <memory>

namespace muqeem::text {

std::optional<std::string> file_bytes(const std::string& path) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return std::nullopt;
  std::string bytes;
  char chunk[16384];
  for (std::size_t read; (read = std::fread(chunk, 1, sizeof chunk, file.get())) > 0;)
    bytes.append(chunk, read);
  if (std::ferror(file.get())) return std::nullopt;
  return bytes;
}

}  // namespace muqeem::text

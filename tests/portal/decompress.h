#pragma once
// Compressed bytes read back with the tools Debian ships (`brotli -d`, `gzip -d`), as a browser or a
// static host's user would: what the portal and the build compress must come back exactly.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace muqeem::test {

inline std::string decompressed(const std::string& bytes, const std::string& tool) {
  const std::string file = testing::TempDir() + "/compressed-" + std::to_string(getpid()) + ".bin";
  std::ofstream(file, std::ios::binary) << bytes;
  std::string out;
  FILE* pipe = popen((tool + " -d -c '" + file + "'").c_str(), "r");
  char buffer[4096];
  size_t got = 0;
  while (pipe && (got = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, got);
  if (pipe) pclose(pipe);
  std::remove(file.c_str());
  return out;
}

}  // namespace muqeem::test

#pragma once
// The rules data files the server compiles in (assets/rules/), read the same way for the domain's
// tests, so the figures under test are the shipped ones.
#include <fstream>
#include <iterator>
#include <string>

#include "test_paths.h"

namespace muqeem::test {

inline std::string rules_file(const char* name) {
  std::ifstream in(source_path(std::string("assets/rules/") + name));
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace muqeem::test

#pragma once

#include <optional>
#include <string>

namespace muqeem::text {

// The whole content of a file (a font, a catalogue), or nothing when it cannot be read. Plain C
// stdio rather than std::ifstream: iostreams bring libc++'s locale machinery into the wasm, which
// every officer downloads (issue 16), for two reads at start-up.
std::optional<std::string> file_bytes(const std::string& path);

}  // namespace muqeem::text

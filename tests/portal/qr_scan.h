#pragma once
// Reading a document's QR code back as a phone would, for the tests of printed documents.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <string>

namespace muqeem::portal {

// What a phone reads from the QR code: the SVG's path drawn at 6 pixels a module into a grey-scale
// image (the path is read as the runs qr_svg writes, "M<x> <y>h<n>v1h-<n>z"), then decoded by ZBar's
// zbarimg, which knows nothing of how the code was made.
inline std::string scan(const std::string& svg) {
  std::smatch box;
  if (!std::regex_search(svg, box, std::regex(R"re(viewBox="0 0 (\d+) (\d+)")re")) || box[1] != box[2])
    return {};
  const int modules = std::stoi(box[1]), scale = 6, side = modules * scale;
  std::string pixels(static_cast<size_t>(side) * side, '\xff');
  const std::regex run(R"(M(\d+) (\d+)h(\d+)v1h-(\d+)z)");
  const size_t d = svg.find(" d=\"");
  const std::string path = svg.substr(d + 4, svg.find('"', d + 4) - d - 4);
  for (auto it = std::sregex_iterator(path.begin(), path.end(), run); it != std::sregex_iterator(); ++it) {
    const int x = std::stoi((*it)[1]), y = std::stoi((*it)[2]), length = std::stoi((*it)[3]);
    for (int row = y * scale; row < (y + 1) * scale; ++row)
      for (int column = x * scale; column < (x + length) * scale; ++column)
        pixels[static_cast<size_t>(row) * side + column] = '\0';
  }
  const std::string file = testing::TempDir() + "/muqeem-qr.pgm";
  std::ofstream(file, std::ios::binary) << "P5\n" << side << " " << side << "\n255\n" << pixels;
  std::string decoded;
  if (FILE* pipe = popen(("zbarimg --quiet --raw '" + file + "' 2>/dev/null").c_str(), "r")) {
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe)) decoded += buffer;
    pclose(pipe);
  }
  while (!decoded.empty() && decoded.back() == '\n') decoded.pop_back();
  return decoded;
}

}  // namespace muqeem::portal

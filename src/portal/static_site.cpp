#include "portal/static_site.h"

#include "api/url.h"

#include <sys/stat.h>
#include <fstream>
#include <iterator>

namespace muqeem::portal {
namespace {

// A path is safe when none of its segments is empty-dot, "." or ".." and it has no backslash.
bool is_safe(const std::string& path) {
  if (path.empty() || path[0] != '/' || path.find('\\') != std::string::npos) return false;
  size_t start = 1;
  while (start <= path.size()) {
    const size_t end = path.find('/', start);
    const std::string segment =
        path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (segment == "." || segment == ".." || (segment.size() > 0 && segment[0] == '.')) return false;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return true;
}

bool is_regular_file(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

}  // namespace

std::string media_type_for(const std::string& file_name) {
  static const struct {
    const char* extension;
    const char* type;
  } types[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".wasm", "application/wasm"},
      {".ttf", "font/ttf"},
      {".woff2", "font/woff2"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".webmanifest", "application/manifest+json"},
      {".txt", "text/plain; charset=utf-8"},
      {".yaml", "application/yaml"},
  };
  for (const auto& entry : types) {
    const std::string extension = entry.extension;
    if (file_name.size() >= extension.size() &&
        file_name.compare(file_name.size() - extension.size(), extension.size(), extension) == 0) {
      return entry.type;
    }
  }
  return "application/octet-stream";
}

std::optional<Response> StaticSite::serve(const Request& request) const {
  if (root_.empty() || (request.method != "GET" && request.method != "HEAD")) return std::nullopt;
  auto path = api::percent_decode(request.path);
  if (!path || path->find('\0') != std::string::npos || !is_safe(*path)) return std::nullopt;
  if (path->back() == '/') *path += "index.html";
  const std::string file = root_ + *path;
  if (!is_regular_file(file)) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;

  Response response;
  response.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  response.headers["Content-Type"] = media_type_for(file);
  // Always revalidate: a new build must never be mixed with a cached wasm from the previous one.
  response.headers["Cache-Control"] = "no-cache";
  return response;
}

}  // namespace muqeem::portal

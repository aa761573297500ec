#include "portal/static_site.h"

#include "api/url.h"

#include <sys/stat.h>

#include <filesystem>

#include <cctype>
#include <fstream>
#include <iterator>
#include <utility>

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

// The file's size and times when `path` names a regular file.
std::optional<struct stat> regular_file(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  return info;
}

// A validator for a file that keeps its name across builds: its size and modification time, and the
// encoding sent (each copy is its own representation).
std::string entity_tag(const struct stat& info, const std::string& encoding) {
  return "\"" + std::to_string(info.st_size) + "-" + std::to_string(static_cast<long long>(info.st_mtime)) +
         (encoding.empty() ? "" : "-" + encoding) + "\"";
}

// If-None-Match: "*" or a list of tags, one of them ours.
bool matches_entity_tag(const std::string& if_none_match, const std::string& tag) {
  return if_none_match == "*" || if_none_match.find(tag) != std::string::npos;
}

}  // namespace

// "fonts/IBMPlexSans-Bold.0123456789ab.ttf": the build's content-hashed names (cmake/finish_site.cmake),
// twelve hexadecimal digits before the extension.
bool is_content_named(const std::string& path) {
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos || dot < 13 || path[dot - 13] != '.') return false;
  for (size_t i = dot - 12; i < dot; ++i)
    if (!std::isxdigit(static_cast<unsigned char>(path[i])) ||
        std::isupper(static_cast<unsigned char>(path[i])))
      return false;
  return true;
}

std::string site_file(const std::string& folder, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path plain = fs::path(folder) / name;
  std::error_code error;
  if (fs::exists(plain, error)) return plain.string();
  const fs::path wanted(name);
  const std::string prefix = wanted.stem().string() + ".";
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    const std::string candidate = entry.path().filename().string();
    if (candidate.rfind(prefix, 0) == 0 && entry.path().extension() == wanted.extension() &&
        candidate.size() == prefix.size() + 12 + wanted.extension().string().size() &&
        is_content_named(candidate))
      return entry.path().string();
  }
  return plain.string();
}

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
  const auto info = regular_file(file);
  // The loader asks for kiosk.json at every start: a site that is no kiosk says so without an error
  // (a 404 would be logged in every browser's console).
  if (!info && *path == "/kiosk.json") {
    Response none;
    none.status = 204;
    none.headers["Cache-Control"] = "no-cache";
    return none;
  }
  if (!info) return std::nullopt;

  // The smallest copy the browser accepts: brotli, then gzip, then the file itself.
  std::string chosen = file, encoding;
  for (const auto& [name, suffix] : {std::pair{"br", ".br"}, std::pair{"gzip", ".gz"}}) {
    if (request.accepts_encoding(name) && regular_file(file + suffix)) {
      chosen = file + suffix;
      encoding = name;
      break;
    }
  }
  std::ifstream in(chosen, std::ios::binary);
  if (!in) return std::nullopt;

  Response response;
  response.headers["Content-Type"] = media_type_for(file);
  response.headers["Vary"] = "Accept-Encoding";
  if (!encoding.empty()) response.headers["Content-Encoding"] = encoding;
  if (is_content_named(*path)) {
    // Named by its content: it never changes under this name, so it is cached for a year unasked.
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable";
  } else {
    // The page and the manifest name the current build: asked again each visit, and answered "not
    // modified" (no body) while the file is the same.
    response.headers["Cache-Control"] = "no-cache";
    const std::string tag = entity_tag(*info, encoding);
    response.headers["ETag"] = tag;
    if (matches_entity_tag(request.header("if-none-match"), tag)) {
      response.status = 304;
      return response;
    }
  }
  response.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return response;
}

}  // namespace muqeem::portal

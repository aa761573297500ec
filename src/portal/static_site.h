#pragma once
// The web app's files (HTML shell, JS glue, wasm, fonts, catalogues) served from one folder with the
// right media types. Paths that try to leave the folder are refused.
#include <optional>
#include <string>

#include "portal/http_message.h"

namespace muqeem::portal {

// True for the build's names by content (cmake/finish_site.cmake): twelve lower-case hexadecimal
// digits before the extension, "fonts/IBMPlexSans-Bold.0123456789ab.ttf".
bool is_content_named(const std::string& path);
// `folder/name`, or that file under its name by content beside it (the static demo's page writes the
// files under their plain names; a built site has only the named ones).
std::string site_file(const std::string& folder, const std::string& name);

// The media type for a file name, e.g. "application/wasm" for "muqeem.wasm".
std::string media_type_for(const std::string& file_name);

class StaticSite {
 public:
  // An empty root serves nothing (the static demo's in-page portal answers only the API).
  explicit StaticSite(std::string root) : root_(std::move(root)) {}

  // A response for GET/HEAD of a file in the site; nullopt when the path names no file there.
  std::optional<Response> serve(const Request& request) const;

 private:
  std::string root_;
};

}  // namespace muqeem::portal

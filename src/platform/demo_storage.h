#pragma once
// The static demo's database file kept in the browser's IndexedDB (Emscripten's IDBFS): the file
// lives in memory while the page runs and is copied to IndexedDB after every change, so it survives
// reloads and browser restarts, in this browser only.
#include <functional>
#include <string>

namespace muqeem::platform::demo_storage {

// Mounts IndexedDB at `folder` (created if needed) and copies what it holds into memory; `loaded`
// runs when that is done, with false when IndexedDB could not be read (a private window may refuse
// it: the demo then starts afresh and keeps nothing).
void load(const std::string& folder, std::function<void(bool ok)> loaded);
// Copies the folder to IndexedDB; `saved` runs once the copy holds everything written before this
// call. Copies never overlap: calls made during one are served together by the next.
void save(std::function<void(bool ok)> saved);

}  // namespace muqeem::platform::demo_storage

#pragma once
// After a kiosk resets, nothing of the last person may be found in the wasm's memory (issue 17). The
// app frees every string that held them, but freed memory keeps its bytes until reused; this zeroes
// it: the heap's free chunks, taken and zeroed and given back, and the unused part of the stack.

namespace muqeem::platform {

// Returns how many bytes it zeroed (for the console's record of the reset).
unsigned long scrub_free_memory();

}  // namespace muqeem::platform

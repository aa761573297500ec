#pragma once
// After a kiosk resets, nothing of the last person may be found in the wasm's memory (issue 17). The
// app frees every string that held them, but freed memory keeps its bytes until reused. So every C++
// deletion zeroes what it frees (heap_scrub.cpp replaces operator delete), and at a reset this zeroes
// the rest: the heap's free chunks that C code freed, taken and zeroed and given back, and the unused
// part of the stack (muqeem_zero_unused_stack, which the page calls from a timer after the frame).

namespace muqeem::platform {

// Frees memory from malloc, zeroed first (C++ deletions go through it too).
void zero_and_free(void* memory) noexcept;

// Returns how many bytes it zeroed (for the console's record of the reset).
unsigned long scrub_free_memory();

}  // namespace muqeem::platform

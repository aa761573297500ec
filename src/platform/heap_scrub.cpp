#include "platform/heap_scrub.h"

#include <emscripten/emscripten.h>
#include <emscripten/stack.h>
#include <malloc.h>

#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace muqeem::platform {
namespace {

constexpr size_t kMaxBlocks = 1 << 18;

// Takes every free chunk the allocator can give without new memory, largest requests first down to
// one byte, and zeroes each whole (its usable size, not only what was asked). A block that reaches past
// where the heap ended before came from fresh memory (already zero): it is given back at once and the
// next, smaller size is tried. The blocks are kept until the caller frees them, so no chunk is handed
// out twice.
size_t take_and_zero(void** blocks, size_t& count, uintptr_t heap_end, size_t largest) {
  size_t zeroed = 0;
  for (size_t size = std::bit_floor(std::max<size_t>(largest, 1)); size >= 1; size /= 2) {
    while (count < kMaxBlocks) {
      void* block = std::malloc(size);
      if (!block) break;
      const size_t usable = malloc_usable_size(block);
      if (reinterpret_cast<uintptr_t>(block) + usable > heap_end) {
        std::free(block);
        break;
      }
      std::memset(block, 0, usable);
      blocks[count++] = block;
      zeroed += usable;
    }
  }
  return zeroed;
}

}  // namespace

unsigned long scrub_free_memory() {
  // The list of taken blocks is itself allocated first, so it is not among them; zeroed (calloc), as the
  // free memory it came from may hold anything.
  auto** blocks = static_cast<void**>(std::calloc(kMaxBlocks, sizeof(void*)));
  if (!blocks) return 0;
  const uintptr_t heap_end = reinterpret_cast<uintptr_t>(sbrk(0));
  size_t count = 0;
  const size_t zeroed = take_and_zero(blocks, count, heap_end, static_cast<size_t>(mallinfo().fordblks));
  for (size_t i = 0; i < count; ++i) std::free(blocks[i]);
  std::free(blocks);
  std::printf("muqeem: %lu bytes of free memory zeroed in %lu blocks\n", static_cast<unsigned long>(zeroed),
              static_cast<unsigned long>(count));
  return static_cast<unsigned long>(zeroed);
}

}  // namespace muqeem::platform

// The stack below this call: what returned calls left there (strings short enough to live inside a
// std::string, an iqama number among them; the strings the page passed in by ccall). The page calls
// it from a timer, with no wasm frame beneath it, so all but this leaf call's own frame is unused.
extern "C" EMSCRIPTEN_KEEPALIVE __attribute__((noinline)) void muqeem_zero_unused_stack() {
  const uintptr_t end = emscripten_stack_get_end();
  const uintptr_t current = emscripten_stack_get_current();
  if (current > end) std::memset(reinterpret_cast<void*>(end), 0, current - end);
}

// Zeroed on the way out: every C++ allocation (strings, vectors, JSON, the app's objects) is cleared
// when it is deleted, so freed memory never holds what a person typed or was shown, and a later
// allocation that reuses it (whose unused capacity is never written) carries nothing of theirs. What C
// code frees with free() is zeroed by scrub_free_memory at a kiosk's reset, and again whenever an
// answer to a visit already reset arrives and is dropped (App::on_forgotten_reply).
void muqeem::platform::zero_and_free(void* memory) noexcept {
  if (!memory) return;
  std::memset(memory, 0, malloc_usable_size(memory));
  std::free(memory);
}

void operator delete(void* memory) noexcept {
  muqeem::platform::zero_and_free(memory);
}
void operator delete[](void* memory) noexcept {
  muqeem::platform::zero_and_free(memory);
}
void operator delete(void* memory, std::size_t) noexcept {
  muqeem::platform::zero_and_free(memory);
}
void operator delete[](void* memory, std::size_t) noexcept {
  muqeem::platform::zero_and_free(memory);
}

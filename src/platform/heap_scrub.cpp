#include "platform/heap_scrub.h"

#include <emscripten/stack.h>
#include <malloc.h>

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace muqeem::platform {
namespace {

constexpr size_t kMaxBlocks = 1 << 16;
constexpr size_t kSmallest = 16;  // dlmalloc's smallest chunk holds this much

// One pass: takes free memory in the largest pieces the allocator gives, down to the smallest chunk,
// zeroing each; they are kept (in `blocks`) so the next request gets another piece, and given back
// by the caller. `budget` is the free memory the allocator reported: a pass never takes more, so it
// does not grow the heap to zero fresh (already zero) memory.
size_t take_and_zero(void** blocks, size_t& count, size_t budget) {
  size_t zeroed = 0;
  for (size_t size = std::bit_floor(budget); size >= kSmallest && count < kMaxBlocks;) {
    if (budget < size) {
      size /= 2;
      continue;
    }
    void* block = std::malloc(size);
    if (!block) {
      size /= 2;
      continue;
    }
    std::memset(block, 0, size);
    blocks[count++] = block;
    zeroed += size;
    budget -= size + kSmallest / 2 > budget ? budget : size + kSmallest / 2;  // the chunk's header
  }
  return zeroed;
}

// The stack below the current frame: what returned calls left there (strings short enough to live
// inside a std::string, an iqama number among them). A margin stays for this call's own frames.
__attribute__((noinline)) size_t zero_unused_stack() {
  constexpr uintptr_t kMargin = 4096;
  const uintptr_t end = emscripten_stack_get_end();
  const uintptr_t current = emscripten_stack_get_current();
  if (current <= end + kMargin) return 0;
  const size_t length = current - kMargin - end;
  std::memset(reinterpret_cast<void*>(end), 0, length);
  return length;
}

}  // namespace

unsigned long scrub_free_memory() {
  // The list of taken blocks is itself allocated first, so it is not among them.
  auto** blocks = static_cast<void**>(std::malloc(kMaxBlocks * sizeof(void*)));
  if (!blocks) return 0;
  size_t count = 0, zeroed = 0;
  // A few passes: a large request may be met from fresh memory rather than a free chunk, leaving
  // small chunks for the next pass, which the allocator reports again.
  for (int pass = 0; pass < 3; ++pass) {
    const size_t free_bytes = static_cast<size_t>(mallinfo().fordblks);
    if (free_bytes < kSmallest) break;
    zeroed += take_and_zero(blocks, count, free_bytes);
  }
  for (size_t i = 0; i < count; ++i) std::free(blocks[i]);
  std::free(blocks);
  return static_cast<unsigned long>(zeroed + zero_unused_stack());
}

}  // namespace muqeem::platform

#include "text/itemizer.h"

namespace muqeem::text {
namespace {

bool is_real_script(hb_script_t script) {
  return script != HB_SCRIPT_COMMON && script != HB_SCRIPT_INHERITED && script != HB_SCRIPT_UNKNOWN;
}

// Each character's script, with Common and Inherited resolved from the preceding character, or for
// a paragraph that starts with them, from the first real script after them.
const std::vector<hb_script_t>& resolved_scripts(const std::u32string& text, uint32_t start, uint32_t end) {
  hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
  static thread_local std::vector<hb_script_t> scripts;  // reused: itemizing allocates once
  scripts.assign(end - start, HB_SCRIPT_COMMON);
  hb_script_t first_real = HB_SCRIPT_COMMON;
  for (uint32_t i = start; i < end; ++i) {
    scripts[i - start] = hb_unicode_script(unicode, text[i]);
    if (first_real == HB_SCRIPT_COMMON && is_real_script(scripts[i - start])) first_real = scripts[i - start];
  }
  hb_script_t current = first_real;
  for (auto& script : scripts) {
    if (is_real_script(script))
      current = script;
    else
      script = current;
  }
  return scripts;
}

}  // namespace

std::vector<Item> itemize(const std::u32string& text, uint32_t start, uint32_t end,
                          const std::vector<BidiLevel>& levels, const FontSet& fonts, Weight weight,
                          bool right_to_left_paragraph) {
  const auto& scripts = resolved_scripts(text, start, end);
  const Font& arabic = fonts.arabic(weight);
  const Font& latin = fonts.latin(weight);
  std::vector<Item> items;
  for (uint32_t i = start; i < end; ++i) {
    const hb_script_t script = scripts[i - start];
    const Font* font = script == HB_SCRIPT_ARABIC   ? &arabic
                       : script == HB_SCRIPT_COMMON ? (right_to_left_paragraph ? &arabic : &latin)
                                                    : &latin;
    const Font* other = font == &arabic ? &latin : &arabic;
    if (!font->has_glyph_for(text[i]) && other->has_glyph_for(text[i])) font = other;
    const BidiLevel level = levels[i - start];
    if (!items.empty() && items.back().level == level && items.back().script == script &&
        items.back().font == font) {
      items.back().end = i + 1;
    } else {
      items.push_back({i, i + 1, level, script, font});
    }
  }
  return items;
}

}  // namespace muqeem::text

#include "text/paragraph_layout.h"

#include <hb.h>
#include <linebreak.h>

#include <algorithm>
#include <cmath>

#include "text/itemizer.h"
#include "text/utf8.h"

namespace muqeem::text {
namespace {

constexpr char32_t kEllipsis = 0x2026;

bool is_hard_break(char32_t c) {
  return c == U'\n' || c == U'\r' || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028;
}
// White space that hangs past the end of a line instead of pushing text to the next one.
bool hangs(char32_t c) {
  return c == U' ' || c == U'\t' || c == 0x3000 || c == 0x1680 || is_hard_break(c);
}

// An item shaped: glyphs in visual order, with each character's advance (on its cluster's first
// character) and whether a cluster starts at it.
struct ShapedItem {
  Item item;
  float scale = 0;
  std::vector<ShapedGlyph> glyphs;
};

ShapedItem shape(const std::u32string& text, uint32_t context_start, uint32_t context_end, const Item& item,
                 float size) {
  // One buffer, reset for each item: shaping allocates nothing once it has grown.
  static thread_local hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_reset(buffer);
  hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(text.data()) + context_start,
                      static_cast<int>(context_end - context_start), item.start - context_start,
                      static_cast<int>(item.end - item.start));
  hb_buffer_set_direction(buffer, item.level % 2 == 1 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer, item.script);
  hb_buffer_guess_segment_properties(buffer);
  hb_shape(item.font->harfbuzz(), buffer, nullptr, 0);
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  ShapedItem shaped{item, size / static_cast<float>(item.font->units_per_em()), {}};
  shaped.glyphs.reserve(count);
  for (unsigned i = 0; i < count; ++i) {
    shaped.glyphs.push_back({infos[i].codepoint, infos[i].cluster + context_start, positions[i].x_offset,
                             positions[i].y_offset, positions[i].x_advance});
  }
  return shaped;
}

}  // namespace

// Builds a TextLayout paragraph by paragraph. Friend of TextLayout.
class LayoutBuilder {
 public:
  LayoutBuilder(const LayoutRequest& request, const FontSet& fonts) : request_(request), fonts_(fonts) {
    layout_.text_ = decode_utf8(request.text);
    const size_t n = layout_.text_.size();
    advance_.assign(n, 0.0f);
    cluster_start_.assign(n, 0);
    is_cluster_start_.assign(n, 0);
    item_of_.assign(n, 0);
    line_breaks_.assign(n, 0);
    // Break opportunities matter only when lines wrap; a label never asks for them.
    if (n > 0 && request.max_width > 0) {
      set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(layout_.text_.data()), n, nullptr,
                           line_breaks_.data());
    }
  }

  TextLayout build() {
    const std::u32string& text = layout_.text_;
    const Font& primary = fonts_.arabic(request_.weight);
    const float scale = request_.size / static_cast<float>(primary.units_per_em());
    ascent_ = static_cast<float>(primary.ascender()) * scale;
    descent_ = -static_cast<float>(primary.descender()) * scale;
    layout_.line_height_ = request_.size * request_.line_height;

    uint32_t start = 0;
    bool first = true;
    do {
      uint32_t end = start;
      while (end < text.size() && !is_hard_break(text[end])) ++end;
      if (end < text.size())
        end += (text[end] == U'\r' && end + 1 < text.size() && text[end + 1] == U'\n') ? 2 : 1;
      lay_out_paragraph(start, end, first);
      first = false;
      start = end;
    } while (start < text.size() && !limit_reached_);
    // Text ending in a hard break has an empty last line, where the caret goes after the break.
    const bool room = request_.max_lines <= 0 || static_cast<int>(layout_.lines_.size()) < request_.max_lines;
    if (!text.empty() && is_hard_break(text.back()) && !limit_reached_ && room)
      lay_out_paragraph(start, start, false);
    finish();
    return std::move(layout_);
  }

 private:
  void lay_out_paragraph(uint32_t start, uint32_t end, bool first);
  uint32_t line_end(uint32_t start, uint32_t end) const;
  void add_line(uint32_t start, uint32_t end, const BidiParagraph& bidi, uint32_t paragraph_start,
                uint32_t paragraph_end, bool ellipsize);
  void finish();

  const LayoutRequest& request_;
  const FontSet& fonts_;
  TextLayout layout_;
  std::vector<ShapedItem> items_;  // of the current paragraph
  std::vector<float> advance_;     // per code point: its cluster's advance if it starts one, else 0
  std::vector<uint32_t> cluster_start_;
  std::vector<uint8_t> is_cluster_start_;
  std::vector<size_t> item_of_;
  std::vector<char> line_breaks_;
  std::vector<uint32_t> content_end_;  // per line: where its drawn text ends (before a hard break)
  float ascent_ = 0, descent_ = 0;
  bool limit_reached_ = false;
};

void LayoutBuilder::lay_out_paragraph(uint32_t start, uint32_t end, bool first) {
  const std::u32string& text = layout_.text_;
  const BidiParagraph bidi(std::u32string_view(text).substr(start, end - start), request_.direction);
  if (first) layout_.right_to_left_ = bidi.right_to_left();
  const auto& levels = bidi.levels();

  // The hard break that ends a paragraph is never shaped: it draws nothing.
  uint32_t content_end = end;
  while (content_end > start && is_hard_break(text[content_end - 1])) --content_end;
  items_.clear();
  for (const Item& item :
       itemize(text, start, content_end, levels, fonts_, request_.weight, bidi.right_to_left())) {
    items_.push_back(shape(text, start, end, item, request_.size));
    const ShapedItem& shaped = items_.back();
    for (uint32_t i = item.start; i < item.end; ++i) item_of_[i] = items_.size() - 1;
    // A character belongs to the cluster that starts at or before it: mark the starts, then sweep.
    for (const auto& glyph : shaped.glyphs) {
      is_cluster_start_[glyph.cluster] = 1;
      advance_[glyph.cluster] += static_cast<float>(glyph.x_advance) * shaped.scale;
    }
    uint32_t current = item.start;
    for (uint32_t i = item.start; i < item.end; ++i) {
      if (is_cluster_start_[i]) current = i;
      cluster_start_[i] = current;
    }
  }

  uint32_t line_start = start;
  do {
    const uint32_t line_stop = line_end(line_start, end);
    const int max_lines = request_.max_lines;
    const bool last_allowed = max_lines > 0 && static_cast<int>(layout_.lines_.size()) == max_lines - 1;
    const bool more_text = line_stop < end || end < text.size();
    if (last_allowed && more_text) {
      add_line(line_start, line_stop, bidi, start, end, /*ellipsize=*/true);
      limit_reached_ = true;
      return;
    }
    add_line(line_start, line_stop, bidi, start, end, false);
    line_start = line_stop;
  } while (line_start < end);
}

// Greedy line filling: the longest line up to a break opportunity that fits; white space hangs.
uint32_t LayoutBuilder::line_end(uint32_t start, uint32_t end) const {
  const std::u32string& text = layout_.text_;
  const float max_width = request_.max_width;
  float width = 0;
  uint32_t opportunity = 0;
  for (uint32_t i = start; i < end; ++i) {
    const bool boundary = cluster_start_[i] == i;
    if (max_width > 0 && !hangs(text[i]) && i > start && boundary &&
        width + advance_[i] > max_width + 0.01f) {
      if (opportunity > start) return opportunity;
      return i;  // no opportunity on this line: break between clusters rather than overflow
    }
    width += advance_[i];
    const bool next_is_boundary = i + 1 >= end || cluster_start_[i + 1] == i + 1;
    if (line_breaks_[i] == LINEBREAK_ALLOWBREAK && next_is_boundary) opportunity = i + 1;
  }
  return end;
}

namespace {

struct Segment {
  uint32_t start, end;
  BidiLevel level;
  size_t item;
};

hb_script_t script_of(const ShapedItem& item) {
  return item.item.script;
}

}  // namespace

void LayoutBuilder::add_line(uint32_t start, uint32_t stop, const BidiParagraph& bidi,
                             uint32_t paragraph_start, uint32_t paragraph_end, bool ellipsize) {
  const std::u32string& text = layout_.text_;
  LayoutLine line;
  line.start = start;
  line.end = stop;
  line.right_to_left = bidi.right_to_left();
  uint32_t content_end = stop;
  while (content_end > start && is_hard_break(text[content_end - 1])) --content_end;

  LineRun ellipsis;
  if (ellipsize) {
    const Font& font = line.right_to_left ? fonts_.arabic(request_.weight) : fonts_.latin(request_.weight);
    const std::u32string mark(1, kEllipsis);
    const Item item{0, 1, bidi.base_level(), line.right_to_left ? HB_SCRIPT_ARABIC : HB_SCRIPT_LATIN, &font};
    const ShapedItem shaped = shape(mark, 0, 1, item, request_.size);
    ellipsis.font = &font;
    ellipsis.right_to_left = line.right_to_left;
    ellipsis.ellipsis = true;
    ellipsis.scale = shaped.scale;
    ellipsis.glyphs = shaped.glyphs;
    for (auto& glyph : ellipsis.glyphs) ellipsis.width += static_cast<float>(glyph.x_advance) * shaped.scale;
    // Drop whole clusters from the logical end until the rest and the ellipsis fit.
    float width = 0;
    for (uint32_t i = start; i < content_end; ++i) width += advance_[i];
    while (content_end > start) {
      const uint32_t cluster = cluster_start_[content_end - 1];
      const bool fits = request_.max_width <= 0 || width + ellipsis.width <= request_.max_width + 0.01f;
      if (fits && !hangs(text[content_end - 1])) break;
      for (uint32_t i = cluster; i < content_end; ++i) width -= advance_[i];
      content_end = cluster;
    }
    ellipsis.start = ellipsis.end = content_end;
    line.ellipsized = true;
  }

  // Runs: characters of one level (after L1) and one item.
  const auto levels = bidi.line_levels(start - paragraph_start, content_end - paragraph_start);
  std::vector<Segment> segments;
  for (uint32_t i = start; i < content_end; ++i) {
    const BidiLevel level = levels[i - start];
    if (!segments.empty() && segments.back().level == level && segments.back().item == item_of_[i])
      segments.back().end = i + 1;
    else
      segments.push_back({i, i + 1, level, item_of_[i]});
  }
  std::vector<BidiLevel> segment_levels;
  std::vector<LineRun> logical;
  for (const Segment& segment : segments) {
    ShapedItem& item = items_[segment.item];
    LineRun run;
    run.font = item.item.font;
    run.right_to_left = segment.level % 2 == 1;
    hb_tag_to_string(hb_script_to_iso15924_tag(script_of(item)), reinterpret_cast<char*>(run.script_tag));
    run.start = segment.start;
    run.end = segment.end;
    run.context_start = paragraph_start;
    run.context_end = paragraph_end;
    run.scale = item.scale;
    if (segment.start == item.item.start && segment.end == item.item.end) {
      run.glyphs = std::move(item.glyphs);  // the whole item on this line: nothing else needs it
    } else {
      run.glyphs.reserve(item.glyphs.size());
      for (const auto& glyph : item.glyphs)
        if (glyph.cluster >= segment.start && glyph.cluster < segment.end) run.glyphs.push_back(glyph);
    }
    for (const auto& glyph : run.glyphs) run.width += static_cast<float>(glyph.x_advance) * item.scale;
    segment_levels.push_back(segment.level);
    logical.push_back(std::move(run));
  }
  if (logical.size() == 1) {
    line.runs = std::move(logical);  // one run, nothing to reorder: most labels
  } else {
    line.runs.reserve(logical.size() + 1);
    for (uint32_t index : visual_order_of(segment_levels)) line.runs.push_back(std::move(logical[index]));
  }
  // The ellipsis stands where the text would have gone on: the line's logical end.
  if (ellipsize)
    line.runs.insert(line.right_to_left ? line.runs.begin() : line.runs.end(), std::move(ellipsis));

  float x = 0;
  for (auto& run : line.runs) {
    run.x = x;
    x += run.width;
  }
  line.width = x;
  content_end_.push_back(content_end);
  layout_.lines_.push_back(std::move(line));
}

void LayoutBuilder::finish() {
  const std::u32string& text = layout_.text_;
  std::vector<float> visible(layout_.lines_.size()), hanging(layout_.lines_.size());
  float widest = 0;
  for (size_t n = 0; n < layout_.lines_.size(); ++n) {
    const LayoutLine& line = layout_.lines_[n];
    for (uint32_t i = content_end_[n]; i > line.start && hangs(text[i - 1]); --i)
      hanging[n] += advance_[i - 1];
    visible[n] = line.width - hanging[n];
    widest = std::max(widest, visible[n]);
  }
  layout_.width_ = request_.max_width > 0 ? request_.max_width : widest;
  const float box = layout_.width_;
  for (size_t n = 0; n < layout_.lines_.size(); ++n) {
    LayoutLine& line = layout_.lines_[n];
    // Hanging white space sits at the logical end: the left of a right-to-left line.
    const float lead = line.right_to_left ? hanging[n] : 0.0f;
    const bool align_right = (request_.align == Align::Start) == line.right_to_left;
    if (request_.align == Align::Center)
      line.left = (box - visible[n]) / 2 - lead;
    else
      line.left = align_right ? box - visible[n] - lead : -lead;
    line.top = static_cast<float>(n) * layout_.line_height_;
    line.baseline = line.top + (layout_.line_height_ - ascent_ - descent_) / 2 + ascent_;
  }
  layout_.height_ = static_cast<float>(layout_.lines_.size()) * layout_.line_height_;
}

TextLayout lay_out(const LayoutRequest& request, const FontSet& fonts) {
  return LayoutBuilder(request, fonts).build();
}

}  // namespace muqeem::text

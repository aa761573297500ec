// The text engine's two budgets (issue 3), measured natively:
//  1. a steady frame of 500 cached Arabic labels against 500 Latin labels drawn by ImGui's own text
//     path (target: at most 1.5x);
//  2. laying out text with no cache against calling FriBidi and HarfBuzz directly on the same
//     strings (target: at most 1.25x).
#include <benchmark/benchmark.h>
#include <fribidi.h>
#include <hb.h>

#include <string>
#include <vector>

#include "text/layout_cache.h"
#include "text/utf8.h"
#include "ui/imgui_headless.h"
#include "ui/text_painter.h"

namespace {

using namespace muqeem;

const text::FontSet& fonts() {
  static const auto set = text::FontSet::load(MUQEEM_FONT_DIR);
  return *set;
}

// Textures nowhere: the GPU is not what is measured.
class NullTextureSink : public ui::TextureSink {
 public:
  ImTextureID create_coverage_texture(int, int) override {
    return reinterpret_cast<ImTextureID>(intptr_t{1});
  }
  void update_coverage_texture(ImTextureID, int, int, int, int, const uint8_t*, int) override {}
};

std::string arabic_digits(int n) {
  static const char* digits[] = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
  std::string out;
  for (char c : std::to_string(n)) out += digits[c - '0'];
  return out;
}

std::vector<std::string> arabic_labels() {
  std::vector<std::string> labels;
  for (int i = 0; i < 500; ++i) labels.push_back("تجديد الإقامة رقم " + arabic_digits(i));
  return labels;
}

std::vector<std::string> latin_labels() {
  std::vector<std::string> labels;
  for (int i = 0; i < 500; ++i) labels.push_back("Renew iqama number " + std::to_string(i));
  return labels;
}

void SteadyFrameArabicLabels(benchmark::State& state) {
  test::ImGuiHeadless imgui({1280, 800});
  NullTextureSink textures;
  text::GlyphAtlas atlas;
  text::LayoutCache cache(fonts());
  ui::TextPainter painter(atlas, textures);
  const auto labels = arabic_labels();
  for (auto _ : state) {
    ImGui::NewFrame();
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    for (size_t i = 0; i < labels.size(); ++i) {
      text::LayoutRequest request;
      request.text = labels[i];
      request.direction = text::Direction::RightToLeft;
      const ImVec2 at(static_cast<float>(i % 5) * 250.0f, static_cast<float>(i / 5) * 8.0f);
      painter.draw(list, cache.get(request), at, IM_COL32_BLACK);
    }
    ImGui::Render();
    painter.upload();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(labels.size()));
}
BENCHMARK(SteadyFrameArabicLabels)->Unit(benchmark::kMicrosecond);

void SteadyFrameLatinLabelsImGuiText(benchmark::State& state) {
  test::ImGuiHeadless imgui({1280, 800});
  const auto labels = latin_labels();
  for (auto _ : state) {
    ImGui::NewFrame();
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    for (size_t i = 0; i < labels.size(); ++i) {
      const ImVec2 at(static_cast<float>(i % 5) * 250.0f, static_cast<float>(i / 5) * 8.0f);
      list.AddText(ImGui::GetFont(), 16.0f, at, IM_COL32_BLACK, labels[i].c_str());
    }
    ImGui::Render();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(labels.size()));
}
BENCHMARK(SteadyFrameLatinLabelsImGuiText)->Unit(benchmark::kMicrosecond);

const std::vector<std::string>& ui_strings() {
  static const std::vector<std::string> strings = {"تجديد الإقامة",
                                                   "رقم الإقامة 2123456789",
                                                   "تأشيرة خروج وعودة مفردة",
                                                   "الرسوم 650.00 ريال",
                                                   "تاريخ الانتهاء ١٤٤٧/٠٥/١٢هـ",
                                                   "بوابة المنشآت لخدمات الجوازات الخاصة بالمقيمين",
                                                   "اسم المقيم",
                                                   "الجنسية",
                                                   "المهنة: مهندس مدني",
                                                   "نقل الخدمات إلى منشأة أخرى",
                                                   "طباعة تقرير مقيم",
                                                   "خروج نهائي",
                                                   "تسجيل الدخول",
                                                   "رمز التحقق",
                                                   "الجوال 0551234567",
                                                   "حالة الطلب: تحت المعالجة",
                                                   "لا توجد مخالفات مرورية",
                                                   "المدة 12 شهرًا",
                                                   "الإقامات المنتهية خلال 30 يومًا",
                                                   "تواصل معنا"};
  return strings;
}

void LayOutUncached(benchmark::State& state) {
  const auto& strings = ui_strings();
  for (auto _ : state) {
    for (const auto& s : strings) {
      text::LayoutRequest request;
      request.text = s;
      request.direction = text::Direction::RightToLeft;
      benchmark::DoNotOptimize(text::lay_out(request, fonts()));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(strings.size()));
}
BENCHMARK(LayOutUncached)->Unit(benchmark::kMicrosecond);

// The floor: decode, FriBidi levels, and HarfBuzz on each run of one level, with one font.
void FriBidiAndHarfBuzzDirectly(benchmark::State& state) {
  const auto& strings = ui_strings();
  hb_font_t* font = fonts().arabic(text::Weight::Regular).harfbuzz();
  for (auto _ : state) {
    for (const auto& s : strings) {
      const std::u32string text = text::decode_utf8(s);
      const auto length = static_cast<FriBidiStrIndex>(text.size());
      const auto* chars = reinterpret_cast<const FriBidiChar*>(text.data());
      std::vector<FriBidiCharType> types(text.size());
      std::vector<FriBidiBracketType> brackets(text.size());
      std::vector<FriBidiLevel> levels(text.size());
      fribidi_get_bidi_types(chars, length, types.data());
      fribidi_get_bracket_types(chars, length, types.data(), brackets.data());
      FriBidiParType base = FRIBIDI_PAR_RTL;
      benchmark::DoNotOptimize(
          fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &base, levels.data()));
      size_t start = 0;
      for (size_t i = 1; i <= text.size(); ++i) {
        if (i < text.size() && levels[i] == levels[start]) continue;
        hb_buffer_t* buffer = hb_buffer_create();
        hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(text.data()),
                            static_cast<int>(text.size()), static_cast<unsigned>(start),
                            static_cast<int>(i - start));
        hb_buffer_set_direction(buffer, levels[start] % 2 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
        hb_buffer_guess_segment_properties(buffer);
        hb_shape(font, buffer, nullptr, 0);
        benchmark::DoNotOptimize(hb_buffer_get_length(buffer));
        hb_buffer_destroy(buffer);
        start = i;
      }
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(strings.size()));
}
BENCHMARK(FriBidiAndHarfBuzzDirectly)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

// The widget toolkit's two budgets (issue 4), measured natively, a steady frame each (layouts
// cached, nothing typed), the semantic tree built and serialized as the browser build does:
//  1. the gallery in Arabic against the same gallery in English (target: at most 1.5x);
//  2. a table's frame with 100, 10,000 and 1,000,000 rows (target: the same cost: only rows in view
//     are laid out, drawn and put in the tree);
//  3. a report's frame (issue 14), its table and chart, with 100 and 10,000 rows (target: about 1x).
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "test_paths.h"
#include "ui/imgui_headless.h"
#include "ui/screens/gallery_screen.h"
#include "ui/screens/report_guide.h"
#include "ui/screens/report_view.h"
#include "ui/widgets/table.h"

namespace {

using namespace muqeem;

class NullTextureSink : public ui::TextureSink {
 public:
  ImTextureID create_coverage_texture(int, int) override {
    return reinterpret_cast<ImTextureID>(intptr_t{1});
  }
  void update_coverage_texture(ImTextureID, int, int, int, int, const uint8_t*, int) override {}
};

// Everything a frame needs, kept between frames as the app keeps it.
struct Frame {
  explicit Frame(ui::Language in) : language(in) {}
  template <typename Draw>
  void run(Draw&& draw) {
    ImGui::NewFrame();
    tree.clear();
    const bool arabic = language == ui::Language::Arabic;
    ui::ScreenContext context{layouts, painter, tree, language, arabic ? ar : en, arabic ? en : ar};
    interaction.begin_frame();
    ui::Ui ui(context, interaction, *ImGui::GetBackgroundDrawList(), *ImGui::GetForegroundDrawList(),
              ImVec2(-1e6f, -1e6f));
    ui.set_viewport({0, 0, 1280, 800});
    draw(ui);
    interaction.end_frame();
    ImGui::Render();
    benchmark::DoNotOptimize(tree.to_json());
  }

  ui::Language language;
  test::ImGuiHeadless imgui{{1280, 800}};
  std::unique_ptr<text::FontSet> fonts = text::FontSet::load(MUQEEM_FONT_DIR);
  ui::Catalogue ar =
      ui::Catalogue::load(test::source_path("assets/i18n/ar.json"), ui::Language::Arabic).value();
  ui::Catalogue en =
      ui::Catalogue::load(test::source_path("assets/i18n/en.json"), ui::Language::English).value();
  text::GlyphAtlas atlas;
  text::LayoutCache layouts{*fonts};
  NullTextureSink textures;
  ui::TextPainter painter{atlas, textures};
  ui::SemanticTree tree;
  ui::Interaction interaction;
};

void Gallery(benchmark::State& state, ui::Language language) {
  Frame frame(language);
  ui::GalleryState gallery;
  const auto draw = [&](ui::Ui& ui) { ui::draw_gallery_screen(ui, ImVec2(1280, 800), gallery); };
  frame.run(draw);  // the first frame lays out and rasterizes; steady frames are measured
  frame.run(draw);
  for (auto _ : state) frame.run(draw);
  state.counters["nodes"] = static_cast<double>(frame.tree.nodes().size());
}
void GalleryArabic(benchmark::State& state) {
  Gallery(state, ui::Language::Arabic);
}
void GalleryEnglish(benchmark::State& state) {
  Gallery(state, ui::Language::English);
}

void TableOfRows(benchmark::State& state) {
  Frame frame(ui::Language::Arabic);
  const int rows = static_cast<int>(state.range(0));
  const std::vector<ui::Column> columns = {{"الاسم", 2, true},
                                           {"رقم الإقامة", 1.5f, true, true},
                                           {"الجنسية", 1.5f},
                                           {"انتهاء الإقامة", 1.5f, true, true}};
  // Cells depend on the row, so every scrolled-in row is new text: the cost of scrolling is measured.
  std::string cells[4];
  const ui::CellText cell = [&](int row, int column) -> std::string_view {
    cells[column] = column == 0   ? "محمد رحمن " + std::to_string(row % 50)
                    : column == 2 ? "الهند"
                                  : std::to_string(2100000000 + row % 997);
    return cells[column];
  };
  ui::TableState table_state;
  // Scrolls a screenful each frame, round a fixed window, as a person flicking through the list.
  float offset = 0;
  const auto draw = [&](ui::Ui& ui) {
    ui.input().post({ui::UiEvent::Kind::Scroll, "t", {}, ui::Key::Enter, offset});
    ui::table(ui, "t", "المقيمون", columns, rows, cell, table_state, 600.0f);
  };
  for (auto _ : state) {
    offset = static_cast<float>(static_cast<int>(offset + 352) % (44 * 100));
    frame.run(draw);
  }
  state.counters["rows_in_tree"] = static_cast<double>(frame.tree.nodes().size());
}

// A report's page as the portal sends it (the expiring iqamas' columns), `rows` long.
api::ReportPage report_of(int rows) {
  api::ReportPage page;
  page.report = "iqama-expiry";
  page.title = {"الإقامات المنتهية والموشكة على الانتهاء", "Expired and expiring iqamas"};
  page.generated_on = "2026-12-06";
  using Type = api::ReportColumnType;
  page.columns = {{"iqamaNumber", {"رقم الإقامة", "Iqama number"}, Type::Text},
                  {"name", {"الاسم", "Name"}, Type::Name},
                  {"nationality", {"الجنسية", "Nationality"}, Type::Coded},
                  {"iqamaExpiry", {"تاريخ انتهاء الإقامة", "Iqama expiry"}, Type::Date},
                  {"daysLeft", {"الأيام المتبقية", "Days left"}, Type::Integer}};
  for (int row = 0; row < rows; ++row)
    page.content.push_back({std::to_string(2100000000 + row),
                            api::Bilingual{"محمد رحمن " + std::to_string(row % 50), "Muhammad Rahman"},
                            api::Coded{"IND", "الهند", "India"},
                            api::ReportDate{"2027-01-" + std::to_string(10 + row % 20), "1448-07-21"},
                            int64_t{row % 90}});
  page.total_elements = rows;
  page.breakdown_title = {"حسب حالة الإقامة", "By iqama status"};
  page.breakdown = {{{"valid", "سارية", "Valid"}, rows / 3, std::nullopt},
                    {{"expired", "منتهية", "Expired"}, rows - rows / 3, std::nullopt}};
  return page;
}

// A report's frame (its table scrolled a screenful, and its chart): 100 rows against 10,000.
void ReportOfRows(benchmark::State& state) {
  Frame frame(ui::Language::Arabic);
  const api::ReportPage page = report_of(static_cast<int>(state.range(0)));
  const ui::ReportGuide& guide = *ui::report_guide("iqama-expiry");
  ui::TableState table_state;
  float offset = 0;
  const auto draw = [&](ui::Ui& ui) {
    ui.push_box(16, 1248, 16);
    ui.input().post({ui::UiEvent::Kind::Scroll, "report.table", {}, ui::Key::Enter, offset});
    ui::report_table(ui, guide, page, table_state, 12, ui::ReportDates::Gregorian);
    ui::report_breakdown(ui, page);
    ui.pop_box();
  };
  for (auto _ : state) {
    offset = static_cast<float>(static_cast<int>(offset + 352) % (44 * 100));
    frame.run(draw);
  }
  state.counters["nodes"] = static_cast<double>(frame.tree.nodes().size());
}

}  // namespace

BENCHMARK(ReportOfRows)
    ->Arg(100)
    ->Arg(10'000)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(GalleryArabic)->Unit(benchmark::kMicrosecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(GalleryEnglish)->Unit(benchmark::kMicrosecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(TableOfRows)
    ->Arg(100)
    ->Arg(10'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMicrosecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK_MAIN();

// A table below 600 px: its rows become cards (a list of "label: value" lines with the row's action
// as a full-width link), sorting becomes a select, a value too long for its line is cut with an
// ellipsis while its node keeps it whole and says so, and tabs become a select. Above 600 px the same
// call is still a table. In both languages.
#include <gtest/gtest.h>

#include "ui/ui_driver.h"
#include "ui/widgets/table.h"
#include "ui/widgets/tabs.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

using test::expect_inside;
using test::UiDriver;

struct Person {
  std::string name, iqama, expiry;
};
const std::vector<Person> kPeople = {
    {"Abebe Adhikari", "2123456789", "2026-12-31"},
    {"Muhammad Abdulrahman Abdullah Saleh Al-Qahtani Al-Dosari", "2987654321", "2027-01-15"},
    {"سارة الحربي", "2555555555", "2027-03-01"},
};

struct Page {
  TableState state;
  TableResult last;
  int opened = -1;
  int tab = 0;
  int rows = static_cast<int>(kPeople.size());
  void draw(Ui& ui) {
    const std::vector<Column> columns = {{ui.text("residents.name"), 2.0f, true},
                                         {ui.text("residents.iqama"), 1.0f, true, true},
                                         {ui.text("residents.expiryDate"), 1.0f, false, true}};
    std::string text;
    const CellText cell = [&](int row, int column) -> std::string_view {
      const Person& person = kPeople[static_cast<size_t>(row) % kPeople.size()];
      text = column == 0 ? person.name : column == 1 ? person.iqama : person.expiry;
      return text;
    };
    ui.push_box(16, ui.viewport().width - 32, 16);
    last = table(ui, "people", ui.text("residents.title"), columns, rows, cell, state,
                 kTableHeaderHeight + ui.row_height() * 3, ui.text("residents.open"));
    if (last.opened >= 0) opened = last.opened;
    tabs(ui, "tabs", ui.text("file.title"), {ui.text("file.profile"), ui.text("file.passport")}, tab);
    {
      TabPanel panel(ui, "panel", tab == 0 ? ui.text("file.profile") : ui.text("file.passport"));
      paragraph(ui, tab == 0 ? "profile" : "passport");
    }
    ui.pop_box();
  }
};

UiDriver driver_for(Page& page, ImVec2 size) {
  return UiDriver([&page](Ui& ui, ImVec2) { page.draw(ui); }, size);
}

// As a pointer opens a select: focus, then the click, in one frame.
void open_select(UiDriver& driver, const std::string& name) {
  const std::string id = driver.get(Role::ComboBox, name).id;
  driver.post_together({{UiEvent::Kind::Focus, id}, {UiEvent::Kind::Activate, id}});
}

TEST(TableCards, At320PixelsEachRowIsACardOfLabelledValuesWithItsLink) {
  for (const Language language : {Language::Arabic, Language::English}) {
    Page page;
    UiDriver narrow = driver_for(page, {320, 2000});
    narrow.set_language(language);
    const Catalogue& t = narrow.strings();
    EXPECT_EQ(narrow.find(Role::Table, t.text("residents.title")), nullptr);
    const SemanticNode& list = narrow.get(Role::List, t.text("residents.title"));
    EXPECT_EQ(list.count, 3);
    int cards = 0;
    for (const auto& node : narrow.tree().nodes())
      if (node.role == Role::ListItem && node.parent == narrow.tree().index_of("people")) ++cards;
    EXPECT_EQ(cards, 3);
    // Each value with its label, identifiers whole and not cut.
    const SemanticNode& iqama = narrow.get(Role::Paragraph, t.text("residents.iqama") + ": 2987654321");
    EXPECT_FALSE(iqama.clipped);
    // The long name does not fit its line: cut on screen, whole in the tree, and said to be cut.
    const SemanticNode& name = narrow.get(Role::Paragraph, t.text("residents.name") + ": " + kPeople[1].name);
    EXPECT_TRUE(name.clipped);
    EXPECT_FALSE(narrow.get(Role::Paragraph, t.text("residents.name") + ": Abebe Adhikari").clipped);
    // The row's action: a link across the card, naming whose file it opens.
    const SemanticNode& link = narrow.get(Role::Link, t.text("residents.open") + ": سارة الحربي");
    EXPECT_GT(link.rect.width, 250);
    EXPECT_GE(link.rect.height, 44);
    narrow.click(Role::Link, t.text("residents.open") + ": سارة الحربي");
    EXPECT_EQ(page.opened, 2);
    expect_inside(narrow, 320);
  }
}

TEST(TableCards, FocusedACardOrARowShowsItsCutValuesWhole) {
  for (const ImVec2 size : {ImVec2{320, 2000}, ImVec2{700, 800}}) {
    const bool cards = size.x < 600;
    Page page;
    UiDriver driver = driver_for(page, size);
    driver.set_language(Language::English);
    const std::string whole = "Name: " + kPeople[1].name;
    // The texts naming the long name whole, and the lowest of them.
    const auto named = [&] {
      std::vector<Rect> found;
      for (const auto& node : driver.tree().nodes())
        if (node.role == Role::Paragraph && node.name == whole) found.push_back(node.rect);
      return found;
    };
    const size_t unfocused = named().size();  // a card's own line says it; a table's cell has the name alone
    const std::string long_one =
        cards ? driver.get(Role::Link, "Open the file: " + kPeople[1].name).id : "people.row.1";
    driver.post_event({UiEvent::Kind::Focus, long_one});
    driver.render();
    const auto focused = named();
    ASSERT_EQ(focused.size(), unfocused + 1) << size.x;
    const Rect& tip = focused.back();  // drawn after the card or the table
    EXPECT_GE(tip.y, driver.tree().find_id(long_one)->rect.bottom());
    EXPECT_LE(tip.right(), size.x);
    // Another focused, whose values all fit: no tip.
    driver.post_event({UiEvent::Kind::Focus, cards
                                                 ? driver.get(Role::Link, "Open the file: Abebe Adhikari").id
                                                 : std::string("people.row.0")});
    driver.render();
    EXPECT_EQ(named().size(), unfocused) << size.x;
  }
}

TEST(TableCards, SortingIsASelectOfColumnAndOrder) {
  Page page;
  UiDriver narrow = driver_for(page, {320, 2000});
  narrow.set_language(Language::English);
  EXPECT_EQ(narrow.get(Role::ComboBox, "Sort by").value, "As listed");
  // Only sortable columns are offered: the expiry is not.
  open_select(narrow, "Sort by");
  EXPECT_NE(narrow.find(Role::Option, "Iqama number, descending"), nullptr);
  EXPECT_EQ(narrow.find(Role::Option, "Iqama expiry, ascending"), nullptr);
  narrow.click(Role::Option, "Iqama number, descending");
  EXPECT_EQ(page.state.sort_column, 1);
  EXPECT_TRUE(page.state.descending);
  EXPECT_EQ(narrow.get(Role::ComboBox, "Sort by").value, "Iqama number, descending");
  // The same order, shown wide, is the column header's sort.
  UiDriver wide = driver_for(page, {1280, 800});
  wide.set_language(Language::English);
  EXPECT_EQ(wide.get(Role::ColumnHeader, "Iqama number").sort, "descending");
}

TEST(TableCards, At600PixelsAndWiderItIsATableWhoseCutCellsSaySo) {
  Page page;
  UiDriver wide = driver_for(page, {700, 800});
  ASSERT_NE(wide.find(Role::Table, wide.strings().text("residents.title")), nullptr);
  EXPECT_EQ(wide.find(Role::List, wide.strings().text("residents.title")), nullptr);
  const SemanticNode& long_name = wide.get(Role::Cell, kPeople[1].name);
  EXPECT_TRUE(long_name.clipped);
  EXPECT_FALSE(wide.get(Role::Cell, "2987654321").clipped);
}

TEST(TableCards, ManyRowsPutOnlyTheWindowsCardsInTheTree) {
  Page page;
  page.rows = 10000;
  UiDriver narrow = driver_for(page, {320, 640});
  EXPECT_EQ(narrow.get(Role::List, narrow.strings().text("residents.title")).count, 10000);
  int cards = 0;
  for (const auto& node : narrow.tree().nodes()) cards += node.role == Role::ListItem ? 1 : 0;
  EXPECT_GT(cards, 0);
  EXPECT_LT(cards, 10);
}

TEST(TableCards, At320PixelsTabsAreASelectAndThePanelFollowsIt) {
  Page page;
  UiDriver narrow = driver_for(page, {320, 2000});
  EXPECT_EQ(narrow.find(Role::TabList, "ملف المقيم"), nullptr);
  EXPECT_EQ(narrow.get(Role::ComboBox, narrow.strings().text("file.title")).value,
            narrow.strings().text("file.profile"));
  open_select(narrow, narrow.strings().text("file.title"));
  narrow.click(Role::Option, narrow.strings().text("file.passport"));
  EXPECT_EQ(page.tab, 1);
  EXPECT_NE(narrow.find(Role::Group, narrow.strings().text("file.passport")), nullptr);
  expect_inside(narrow, 320);

  UiDriver wide = driver_for(page, {1280, 800});
  EXPECT_TRUE(wide.get(Role::Tab, wide.strings().text("file.passport")).states.selected);
}

}  // namespace
}  // namespace muqeem::ui

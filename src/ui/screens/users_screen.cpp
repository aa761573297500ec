#include "ui/screens/users_screen.h"

#include "ui/api_text.h"
#include "ui/screens/api_failure.h"
#include "ui/widgets/alert.h"
#include "ui/widgets/button.h"
#include "ui/widgets/pagination.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr int kPageSize = 20;

}  // namespace

void UsersScreen::reset() {
  page_number_ = 0;
  page_.reset();
  error_.reset();
  loading_ = false;
  table_ = {};
  ++generation_;
}

void UsersScreen::load() {
  loading_ = true;
  error_.reset();
  const int generation = ++generation_;
  portal_.users(page_number_, kPageSize,
                [this, generation](domain::Result<api::UserPage, api::ApiError> result) {
                  if (generation != generation_) return;
                  loading_ = false;
                  if (result)
                    page_ = result.value();
                  else
                    error_ = result.error();
                });
}

PageActions UsersScreen::draw(Ui& ui, ImVec2 size, const std::function<void(const std::string&)>& navigate) {
  if (!page_ && !loading_ && !error_) load();
  const PageActions actions = begin_page(ui, size, {true});
  heading(ui, ui.text("users.title"), 1);
  if (error_ && error_->kind == api::ApiError::Kind::Problem && error_->status == 403) {
    alert(ui, AlertKind::Info, ui.text("users.primaryOnly"), ui.text("users.primaryOnlyHint"));
  } else if (error_) {
    if (failure_alert(ui, "users.failure", *error_, "users")) load();
  } else if (!page_) {
    paragraph(ui, ui.text("common.loading"), theme::kTextSecondary);
  } else {
    Button add{"users.add", ui.text("users.add")};
    add.navigates = true;
    if (button(ui, add)) navigate("#/services/user-add");
    const std::vector<Column> columns = {{ui.text("users.username"), 1.2f, false, true},
                                         {ui.text("renew.name"), 1.5f},
                                         {ui.text("users.status"), 1.1f},
                                         {ui.text("users.permissions"), 2.6f}};
    std::string text;
    const CellText cell = [&](int row, int column) -> std::string_view {
      const api::UserSummary& user = page_->content[static_cast<size_t>(row)];
      if (column == 3) {
        text = user.primary ? ui.text("users.everything") : std::string();
        for (const auto& permission : user.permissions)
          text += (text.empty() ? "" : ui.text("users.separator")) + in_language(ui.language(), permission);
      } else {
        text = column == 0   ? user.username
               : column == 1 ? in_language(ui.language(), user.name)
                             : in_language(ui.language(), user.status);
      }
      return text;
    };
    const int rows = static_cast<int>(page_->content.size());
    // A colleague's row opens the change of their permissions; the primary user holds every one.
    const TableResult result =
        table(ui, "users.table", ui.text("users.title"), columns, rows, cell, table_,
              kTableHeaderHeight + ui.row_height() * static_cast<float>(rows), ui.text("users.change"));
    if (result.opened >= 0 && result.opened < rows &&
        !page_->content[static_cast<size_t>(result.opened)].primary)
      navigate("#/services/user-permissions?username=" +
               page_->content[static_cast<size_t>(result.opened)].username);
    const int pages = static_cast<int>((page_->total_elements + kPageSize - 1) / kPageSize);
    if (pagination(ui, "users.pages", page_number_, pages)) load();
  }
  end_page(ui, size);
  return actions;
}

}  // namespace muqeem::ui

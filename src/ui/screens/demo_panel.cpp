#include "ui/screens/demo_panel.h"

#include "ui/widgets/detail.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {
namespace {

constexpr size_t kMessagesShown = 4;

// An SMS carries the message in Arabic, then in English, one per line: the UI language's line.
std::string line_in(const std::string& message, Language language) {
  const size_t end_of_first = message.find('\n');
  if (end_of_first == std::string::npos) return message;
  return language == Language::Arabic ? message.substr(0, end_of_first) : message.substr(end_of_first + 1);
}

}  // namespace

void DemoPanel::refresh(uint64_t replies) {
  loading_ = true;
  // The outbox's own answer moves the count by one more: asked for after `replies + 1` it is current.
  read_after_ = replies + 1;
  portal_.demo_outbox([this](domain::Result<api::DemoOutbox, api::ApiError> result) {
    loading_ = false;
    if (result) outbox_ = std::move(*result);
  });
}

void DemoPanel::draw(Ui& ui, uint64_t replies) {
  if (!loading_ && read_after_ != replies) refresh(replies);

  SemanticNode aside;
  aside.role = Role::Complementary;
  aside.name = ui.text("demo.panel");
  aside.language = ui.language_code();
  const Rect top = ui.next(4, 16);
  fill(ui, top, theme::kAccent, 0);
  aside.rect = top;
  ui.tree().begin(std::move(aside));
  heading(ui, ui.text("demo.panel"), 2);
  paragraph(ui, ui.text("demo.intro"), theme::kTextSecondary);

  heading(ui, ui.text("demo.users"), 3);
  for (const auto& account : accounts_)
    paragraph(ui, ui.strings().format("demo.account",
                                      {{"username", account.username}, {"password", account.password}}));
  if (outbox_ && !outbox_->captchas.empty())
    detail(ui, ui.text("demo.captcha"), outbox_->captchas.front().answer);

  heading(ui, ui.text("demo.messages"), 3);
  if (!outbox_ || outbox_->messages.empty()) paragraph(ui, ui.text("demo.noMessages"), theme::kTextSecondary);
  if (outbox_) {
    for (size_t i = 0; i < outbox_->messages.size() && i < kMessagesShown; ++i)
      paragraph(ui, line_in(outbox_->messages[i].text, ui.language()));
  }
  ui.tree().end();
}

}  // namespace muqeem::ui

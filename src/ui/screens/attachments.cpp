#include "ui/screens/attachments.h"

#include <cstdio>

#include "api/rules_json.h"
#include "ui/api_text.h"
#include "ui/flows/flow_parts.h"
#include "ui/widgets/button.h"
#include "ui/widgets/file_picker.h"
#include "ui/widgets/text.h"

namespace muqeem::ui {

extern const std::string_view kUiSupportJson;

namespace {

constexpr const char* kAccept = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

std::string kind_name(domain::FileKind kind) {
  switch (kind) {
    case domain::FileKind::Pdf:
      return "PDF";
    case domain::FileKind::Png:
      return "PNG";
    case domain::FileKind::Jpeg:
      break;
  }
  return "JPEG";
}

}  // namespace

const domain::SupportRules& support_rules() {
  static const domain::SupportRules rules =
      api::parse_support_rules(kUiSupportJson).value_or(domain::SupportRules{});
  return rules;
}

std::string size_text(const Ui& ui, int64_t bytes) {
  constexpr int64_t kMegabyte = 1024 * 1024;
  if (bytes >= kMegabyte) {
    char figure[32];
    // Whole megabytes without a decimal ("2 MB"), others to one place ("1.5 MB").
    if (bytes % kMegabyte == 0)
      std::snprintf(figure, sizeof figure, "%lld", static_cast<long long>(bytes / kMegabyte));
    else
      std::snprintf(figure, sizeof figure, "%.1f", static_cast<double>(bytes) / kMegabyte);
    return ui.screen().strings.format("size.megabytes", {{"n", figure}});
  }
  const int64_t kilobytes = std::max<int64_t>(1, (bytes + 1023) / 1024);
  return ui.screen().strings.format("size.kilobytes", {{"n", std::to_string(kilobytes)}});
}

int64_t AttachmentsField::total_bytes() const {
  int64_t total = 0;
  for (const auto& file : files_) total += static_cast<int64_t>(file.content.size());
  return total;
}

void AttachmentsField::clear() {
  files_.clear();
  refusals_.clear();
}

void AttachmentsField::take(const ChosenFile& file) {
  const domain::SupportRules& rules = support_rules();
  const auto verdict = domain::check_attachment(rules, file.name, file.size, file.bytes);
  if (!verdict.accepted()) {
    refusals_.push_back({file.name, file.size, verdict.problem, verdict.kind});
  } else if (files_.size() >= static_cast<size_t>(rules.max_attachments)) {
    refusals_.push_back({file.name, file.size, std::nullopt, verdict.kind});
  } else {
    files_.push_back({file.name, file.bytes});
  }
}

std::string AttachmentsField::words(const Ui& ui, const Refusal& refusal) const {
  const Catalogue& strings = ui.screen().strings;
  const domain::SupportRules& rules = support_rules();
  if (!refusal.problem)
    return strings.format("attachments.tooMany",
                          {{"name", refusal.name}, {"count", std::to_string(rules.max_attachments)}});
  switch (*refusal.problem) {
    case domain::AttachmentProblem::TooLarge:
      return strings.format("attachments.tooLarge", {{"name", refusal.name},
                                                     {"size", size_text(ui, refusal.size)},
                                                     {"limit", size_text(ui, rules.max_attachment_bytes)}});
    case domain::AttachmentProblem::NotAccepted:
      return strings.format("attachments.notAccepted", {{"name", refusal.name}});
    case domain::AttachmentProblem::ExtensionMismatch:
      break;
  }
  return strings.format("attachments.extension",
                        {{"name", refusal.name}, {"type", refusal.kind ? kind_name(*refusal.kind) : ""}});
}

void AttachmentsField::draw(Ui& ui, const std::string& id, const std::optional<api::ApiError>& error) {
  const domain::SupportRules& rules = support_rules();
  std::string message;
  for (const auto& refusal : refusals_) message += (message.empty() ? "" : " ") + words(ui, refusal);
  // The portal's refusal, when it found what the app did not (its rules changed since the build).
  if (message.empty() && error && error->problem)
    for (const auto& field : error->problem->errors)
      if (field.field.rfind("attachments", 0) == 0)
        message += (message.empty() ? "" : " ") + in_language(ui.language(), field.message);
  FilePicker picker{
      id,
      ui.text("attachments.label"),
      ui.screen().strings.format("attachments.hint", {{"size", size_text(ui, rules.max_attachment_bytes)},
                                                      {"count", std::to_string(rules.max_attachments)}}),
      message,
      kAccept,
      rules.max_attachment_bytes};
  const std::vector<ChosenFile> chosen = file_picker(ui, picker);
  if (!chosen.empty()) {
    refusals_.clear();  // a new choice: the refusals speak of it alone
    for (const auto& file : chosen) take(file);
  }
  for (size_t i = 0; i < files_.size(); ++i) {
    const api::AttachmentUpload& file = files_[i];
    const Rect row = ui.next(ui.target(), 4.0f);
    Button remove{id + ".remove." + std::to_string(i), ui.text("attachments.remove"), ButtonKind::Link};
    remove.name = ui.screen().strings.format("attachments.removeNamed", {{"name", file.file_name}});
    const float remove_width = button_width(ui, remove);
    Rect text_area = row;
    text_area.width -= remove_width + 12;
    if (ui.rtl()) text_area.x += remove_width + 12;
    const std::string line =
        file.file_name + " · " + size_text(ui, static_cast<int64_t>(file.content.size()));
    paint_fitted(ui, line, {text::Weight::Regular, theme::kBodySize, theme::kText}, text_area);
    SemanticNode node;
    node.role = Role::Paragraph;
    node.name = line;
    node.language = ui.language_code();
    node.rect = text_area;
    ui.tree().add(std::move(node));
    const Rect at_end{ui.rtl() ? row.x : row.right() - remove_width, row.y, remove_width, row.height};
    if (button(ui, remove, at_end)) {
      files_.erase(files_.begin() + static_cast<long>(i));
      refusals_.clear();
      break;
    }
  }
  if (!files_.empty()) ui.space(12.0f);
}

void attachment_downloads(Ui& ui, const std::string& id, const std::vector<api::AttachmentInfo>& files,
                          const std::function<void(const api::AttachmentInfo&)>& download) {
  for (const auto& file : files) {
    if (ui.screen().kiosk_visit) {  // a kiosk keeps no files for the next person: named, not saved
      paragraph(ui, file.file_name + " · " + size_text(ui, file.size_bytes), theme::kTextSecondary);
      continue;
    }
    Button save{
        id + "." + std::to_string(file.id),
        ui.screen().strings.format("attachments.download",
                                   {{"name", file.file_name}, {"size", size_text(ui, file.size_bytes)}}),
        ButtonKind::Link};
    if (button(ui, save)) download(file);
  }
}

}  // namespace muqeem::ui

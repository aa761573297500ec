#include "ui/flows/coded_choices.h"

#include "ui/api_text.h"
#include "ui/widgets/select.h"

namespace muqeem::ui {

void CodedChoices::draw(Ui& ui, Field field) {
  if (values_.empty() && !loading_ && !failed_) {
    loading_ = true;
    loader_([this](domain::Result<std::vector<api::Coded>, api::ApiError> result) {
      loading_ = false;
      if (result)
        values_ = result.value();
      else
        failed_ = true;
    });
  }
  if (field.error.empty() && failed_) field.error = ui.text("flow.listFailed");
  if (values_.empty() && loading_) field.hint = ui.text("common.loading");
  std::vector<std::string> names;
  names.reserve(values_.size());
  for (const auto& value : values_) names.push_back(in_language(ui.language(), value));
  select(ui, field, names, selected_);
}

const api::Coded* CodedChoices::chosen() const {
  return selected_ >= 0 && selected_ < static_cast<int>(values_.size())
             ? &values_[static_cast<size_t>(selected_)]
             : nullptr;
}

std::string CodedChoices::code() const {
  const api::Coded* value = chosen();
  return value ? value->code : std::string();
}

void CodedChoices::clear() {
  selected_ = -1;
  failed_ = false;
}

}  // namespace muqeem::ui

#include "ui/semantics.h"

#include <nlohmann/json.hpp>

namespace muqeem::ui {

const char* role_name(Role role) {
  switch (role) {
    case Role::Banner:
      return "banner";
    case Role::Main:
      return "main";
    case Role::ContentInfo:
      return "contentinfo";
    case Role::Navigation:
      return "navigation";
    case Role::Complementary:
      return "complementary";
    case Role::Heading:
      return "heading";
    case Role::Paragraph:
      return "paragraph";
    case Role::Button:
      return "button";
    case Role::Link:
      return "link";
    case Role::TextBox:
      return "textbox";
    case Role::Checkbox:
      return "checkbox";
    case Role::RadioGroup:
      return "radiogroup";
    case Role::Radio:
      return "radio";
    case Role::ComboBox:
      return "combobox";
    case Role::Option:
      return "option";
    case Role::Alert:
      return "alert";
    case Role::Status:
      return "status";
    case Role::Dialog:
      return "dialog";
    case Role::TabList:
      return "tablist";
    case Role::Tab:
      return "tab";
    case Role::TabPanel:
      return "tabpanel";
    case Role::Table:
      return "table";
    case Role::Row:
      return "row";
    case Role::ColumnHeader:
      return "columnheader";
    case Role::Cell:
      return "cell";
    case Role::Image:
      return "img";
    case Role::List:
      return "list";
    case Role::ListItem:
      return "listitem";
    case Role::ListBox:
      return "listbox";
    case Role::Group:
      return "group";
    case Role::FileInput:
      return "file";
    case Role::ProgressBar:
      return "progressbar";
  }
  return "group";
}

bool is_focusable(const SemanticNode& node) {
  if (node.states.disabled) return false;
  switch (node.role) {
    case Role::Button:
    case Role::Link:
    case Role::TextBox:
    case Role::Checkbox:
    case Role::ComboBox:
    case Role::FileInput:
      return true;
    case Role::Radio:  // a radio group, a tab list and a table are one stop each (arrows move within)
    case Role::Tab:
    case Role::Row:
      return node.tab_stop;
    default:
      return false;
  }
}

void SemanticTree::clear() {
  nodes_.clear();
  open_.clear();
  content_height = 0;
  focus_request.clear();
  own_keyboard = false;
  overflows.clear();
}

int SemanticTree::add(SemanticNode node) {
  node.parent = open_.empty() ? -1 : open_.back();
  nodes_.push_back(std::move(node));
  return static_cast<int>(nodes_.size()) - 1;
}

int SemanticTree::begin(SemanticNode node) {
  const int index = add(std::move(node));
  open_.push_back(index);
  return index;
}

void SemanticTree::end() {
  if (!open_.empty()) open_.pop_back();
}

const SemanticNode* SemanticTree::find(Role role, std::string_view name) const {
  for (const auto& node : nodes_)
    if (node.role == role && node.name == name) return &node;
  return nullptr;
}

const SemanticNode* SemanticTree::find_id(std::string_view id) const {
  for (const auto& node : nodes_)
    if (!id.empty() && node.id == id) return &node;
  return nullptr;
}

int SemanticTree::index_of(std::string_view id) const {
  for (size_t i = 0; i < nodes_.size(); ++i)
    if (!id.empty() && nodes_[i].id == id) return static_cast<int>(i);
  return -1;
}

bool SemanticTree::is_inside(int index, int ancestor) const {
  for (int at = index; at >= 0; at = nodes_[static_cast<size_t>(at)].parent)
    if (at == ancestor) return true;
  return false;
}

std::vector<const SemanticNode*> SemanticTree::focus_order() const {
  int modal = -1;
  for (size_t i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].role == Role::Dialog && nodes_[i].states.modal) modal = static_cast<int>(i);
  std::vector<const SemanticNode*> order;
  for (size_t i = 0; i < nodes_.size(); ++i)
    if (is_focusable(nodes_[i]) && (modal < 0 || is_inside(static_cast<int>(i), modal)))
      order.push_back(&nodes_[i]);
  return order;
}

namespace {

nlohmann::json states_json(const States& states) {
  auto json = nlohmann::json::object();
  const std::pair<const char*, bool> flags[] = {
      {"disabled", states.disabled}, {"checked", states.checked}, {"expanded", states.expanded},
      {"selected", states.selected}, {"invalid", states.invalid}, {"required", states.required},
      {"busy", states.busy},         {"current", states.current}, {"modal", states.modal}};
  for (const auto& [name, on] : flags)
    if (on) json[name] = true;
  return json;
}

const char* input_name(InputKind kind) {
  switch (kind) {
    case InputKind::Password:
      return "password";
    case InputKind::Digits:
      return "digits";
    case InputKind::Date:
      return "date";
    case InputKind::Code:
      return "code";
    case InputKind::Text:
      break;
  }
  return "text";
}

nlohmann::json rect_json(const Rect& rect) {
  return {rect.x, rect.y, rect.width, rect.height};
}

}  // namespace

std::string SemanticTree::to_json() const {
  auto nodes = nlohmann::json::array();
  for (const auto& node : nodes_) {
    nlohmann::json entry = {{"role", role_name(node.role)},
                            {"name", node.name},
                            {"lang", node.language},
                            {"rect", rect_json(node.rect)}};
    // Only what a node has, so the overlay's diff stays cheap and the JSON small.
    if (!node.id.empty()) entry["id"] = node.id;
    if (node.parent >= 0) entry["parent"] = node.parent;
    if (node.level != 0) entry["level"] = node.level;
    if (!node.value.empty() || node.role == Role::TextBox || node.role == Role::ComboBox)
      entry["value"] = node.value;
    if (!node.description.empty()) entry["description"] = node.description;
    if (!node.error.empty()) entry["error"] = node.error;
    if (node.states != States{}) entry["states"] = states_json(node.states);
    if (node.label_rect.width > 0) entry["labelRect"] = rect_json(node.label_rect);
    if (node.role == Role::TextBox || node.role == Role::ComboBox) entry["input"] = input_name(node.input);
    if (!node.autocomplete.empty()) entry["autocomplete"] = node.autocomplete;
    if (!node.sort.empty()) entry["sort"] = node.sort;
    if (node.count != 0) entry["count"] = node.count;
    if (node.scroll != 0) entry["scroll"] = node.scroll;
    if (node.row_height != 0) entry["rowHeight"] = node.row_height;
    if (node.tab_stop) entry["tabStop"] = true;
    if (node.clipped) entry["clipped"] = true;
    if (node.expandable) entry["expandable"] = true;
    if (!node.accept.empty()) entry["accept"] = node.accept;
    if (node.max_bytes > 0) entry["maxBytes"] = node.max_bytes;
    if (node.key) entry["key"] = true;
    if (!node.types.empty()) entry["types"] = node.types;
    if (node.erases) entry["erases"] = true;
    nodes.push_back(std::move(entry));
  }
  nlohmann::json tree = {{"lang", language},
                         {"dir", language == "ar" ? "rtl" : "ltr"},
                         {"height", content_height},
                         {"nodes", std::move(nodes)}};
  if (!focus_request.empty()) tree["focus"] = focus_request;
  if (own_keyboard) tree["ownKeyboard"] = true;
  if (!overflows.empty()) tree["overflows"] = overflows;
  return tree.dump();
}

}  // namespace muqeem::ui

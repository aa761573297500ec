#include "ui/semantics.h"

#include <nlohmann/json.hpp>

namespace muqeem::ui {

const char* role_name(Role role) {
  return role == Role::Heading ? "heading" : "paragraph";
}

std::string SemanticTree::to_json() const {
  auto nodes = nlohmann::json::array();
  for (const auto& node : nodes_) {
    nlohmann::json entry = {{"role", role_name(node.role)},
                            {"name", node.name},
                            {"lang", node.language},
                            {"rect", {node.rect.x, node.rect.y, node.rect.width, node.rect.height}}};
    if (node.role == Role::Heading) entry["level"] = node.level;
    nodes.push_back(std::move(entry));
  }
  return nodes.dump();
}

}  // namespace muqeem::ui

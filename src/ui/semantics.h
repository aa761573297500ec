#pragma once
// The semantic tree: what each frame shows, as roles and accessible names with their rectangles.
// The platform mirrors it into the page (accessibility, tests); natively it drives headless tests.
// This is the first slice; the widget toolkit adds states, values and errors.
#include <string>
#include <vector>

namespace muqeem::ui {

enum class Role { Heading, Paragraph };

struct Rect {
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels from the canvas's top-left corner
};

struct SemanticNode {
  Role role = Role::Paragraph;
  std::string name;      // accessible name, in the current language
  std::string language;  // BCP 47 code of the name ("ar", "en")
  int level = 0;         // headings: 1..6
  Rect rect;
};

class SemanticTree {
 public:
  void clear() { nodes_.clear(); }
  void add(SemanticNode node) { nodes_.push_back(std::move(node)); }
  const std::vector<SemanticNode>& nodes() const { return nodes_; }
  // The tree as JSON, the form the page's overlay reads.
  std::string to_json() const;

 private:
  std::vector<SemanticNode> nodes_;
};

const char* role_name(Role role);  // ARIA role names: "heading", "paragraph"

}  // namespace muqeem::ui

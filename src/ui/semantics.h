#pragma once
// The semantic tree: what each frame shows, as a person using a screen reader (or a test) meets it:
// roles, accessible names in the current language, values, states, error messages and rectangles.
// The platform mirrors it into a transparent DOM over the canvas (native elements where they exist);
// natively it drives headless tests. Widgets record one node each, every frame.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace muqeem::ui {

enum class Role {
  Banner,         // the page header landmark
  Main,           // the main content landmark
  ContentInfo,    // the page footer landmark
  Navigation,     // a navigation landmark (pagination)
  Complementary,  // an aside landmark, named (the static demo's panel)
  Heading,
  Paragraph,
  Button,
  Link,
  TextBox,
  Checkbox,
  RadioGroup,
  Radio,
  ComboBox,
  ListBox,
  Option,
  Alert,   // announced at once (errors, warnings)
  Status,  // announced politely (information, success, toasts)
  Dialog,
  TabList,
  Tab,
  TabPanel,
  Table,
  Row,
  ColumnHeader,
  Cell,
  Image,  // value: the picture as SVG (the server's captcha)
  List,   // ordered list: the numbered stepper
  ListItem,
  Group,
  FileInput,    // not an ARIA role: the overlay makes it an <input type="file"> (label, hint, error)
  ProgressBar,  // value: how much is done, in percent ("0".."100")
};

// What kind of text a text box takes: decides the browser input's type, keyboard and direction.
// Code: Latin letters and digits copied from a picture (the captcha), read left to right.
enum class InputKind { Text, Password, Digits, Date, Code };

struct States {
  bool disabled = false;
  bool checked = false;
  bool expanded = false;
  bool selected = false;
  bool invalid = false;
  bool required = false;
  bool busy = false;
  bool current = false;  // the current step of a stepper, the current page of a pagination
  bool modal = false;    // dialogs: everything outside is inert while open
  bool operator==(const States&) const = default;
};

struct Rect {
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels from the top-left corner of the content
  bool contains(float px, float py) const { return px >= x && px < x + width && py >= y && py < y + height; }
  float right() const { return x + width; }
  float bottom() const { return y + height; }
};

struct SemanticNode {
  std::string id;  // stable across frames ("signin.username"); empty for nodes nothing refers to
  Role role = Role::Paragraph;
  std::string name;         // accessible name, in the current language
  std::string language;     // BCP 47 code of the name ("ar", "en")
  std::string value;        // text boxes, combo boxes
  std::string description;  // a hint tied to the control
  std::string error;        // the message shown under an invalid control
  int level = 0;            // headings: 1..6; rows: 1-based index among all rows; sort: see below
  States states;
  Rect rect;
  Rect label_rect;  // fields: where the visible label is drawn
  InputKind input = InputKind::Text;
  std::string autocomplete;  // for the browser's autofill and password managers ("username", …)
  std::string sort;          // column headers: "ascending", "descending" or empty
  int count = 0;             // tables: all rows (most are not drawn); lists: items
  float scroll = 0;          // tables: how far the rows are scrolled, CSS pixels
  float row_height = 0;      // tables: each row's height (the scroll area is as tall as them all)
  bool expandable = false;   // buttons that open something: aria-expanded says whether it is open
  bool clipped = false;      // the text drawn was cut short (ends with an ellipsis); the name is whole
  bool tab_stop = false;     // the one member of a radio group, tab list or table Tab stops at
  std::string accept;        // file inputs: the file types offered in the browser's chooser
  int64_t max_bytes = 0;     // file inputs: larger files are not read, only their size is reported
  // The on-screen keyboard's keys (kiosk mode): pressing one leaves focus in the field typed in, and
  // the overlay puts `types` at its caret, or deletes before it (`erases`), as a hardware key would.
  bool key = false;
  std::string types;
  bool erases = false;
  int parent = -1;  // index of the enclosing node in the tree, -1 at the top
};

class SemanticTree {
 public:
  void clear();
  // A leaf node; returns its index.
  int add(SemanticNode node);
  // A node whose following nodes, until end(), are its children.
  int begin(SemanticNode node);
  void end();

  const std::vector<SemanticNode>& nodes() const { return nodes_; }
  SemanticNode& node(int index) { return nodes_[static_cast<size_t>(index)]; }

  const SemanticNode* find(Role role, std::string_view name) const;
  const SemanticNode* find_id(std::string_view id) const;
  int index_of(std::string_view id) const;  // -1 when no node has the id
  bool is_inside(int index, int ancestor) const;

  // Controls the keyboard reaches, in reading order (the order they were recorded), within the
  // open modal dialog when there is one.
  std::vector<const SemanticNode*> focus_order() const;

  // Page-level facts the overlay needs with the nodes.
  std::string language = "ar";
  float content_height = 0;
  std::string focus_request;  // a control the app moved focus to this frame
  // The app draws its own keyboard (a kiosk): the browser's on-screen one is not to open over it.
  bool own_keyboard = false;
  // Texts drawn on one line wider than the place given them this frame (they run over or are cut
  // without an ellipsis): a layout bug the reflow tests look for. Empty on a sound page.
  std::vector<std::string> overflows;

  // {"lang","dir","height","focus","nodes":[…]}, the form the page's overlay reads.
  std::string to_json() const;

 private:
  std::vector<SemanticNode> nodes_;
  std::vector<int> open_;
};

const char* role_name(Role role);  // ARIA role names: "heading", "button", …
bool is_focusable(const SemanticNode& node);

}  // namespace muqeem::ui

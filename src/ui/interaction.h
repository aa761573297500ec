#pragma once
// What the person did, addressed to controls by their node id: the platform turns the overlay DOM's
// events (click, input, focus, keys) into these; headless tests post them directly. Widgets take the
// events meant for them while they are drawn; events for a control that is no longer drawn are
// dropped at the end of the frame, so a stale click never fires later.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace muqeem::ui {

class SemanticTree;

enum class Key { Enter, Escape, Up, Down, Home, End, PageUp, PageDown, Left, Right };

struct UiEvent {
  enum class Kind { Focus, Blur, Activate, SetValue, Key, Scroll, File };
  Kind kind = Kind::Activate;
  std::string id;
  std::string value;  // SetValue: the new text; File: the file's name
  Key key = Key::Enter;
  float offset = 0;  // Scroll: the control's scroll offset in CSS pixels
  // File (one event per file chosen or dropped): its size, and its bytes, or only their beginning
  // when it is larger than the picker reads (the size refuses it then).
  double size = 0;
  std::string bytes;
};

// A file the person chose or dropped on a file picker.
struct ChosenFile {
  std::string name;
  int64_t size = 0;
  std::string bytes;
};

class Interaction {
 public:
  void post(UiEvent event);
  bool has_pending() const { return !pending_.empty(); }
  // Counts frames, so a widget can tell it was not drawn last frame (a dialog that just opened).
  long frame_number() const { return frame_number_; }

  // Moves the frame's events into view of the widgets; call at the start of a frame.
  void begin_frame();
  // Forgets events nobody took; call at the end of a frame.
  void end_frame();

  bool take_activation(const std::string& id);
  std::optional<std::string> take_value(const std::string& id);
  std::vector<Key> take_keys(const std::string& id);
  std::optional<float> take_scroll(const std::string& id);
  // Every file chosen or dropped on the picker this frame, in the order given.
  std::vector<ChosenFile> take_files(const std::string& id);

  const std::string& focused() const { return focused_; }
  bool is_focused(const std::string& id) const { return !id.empty() && focused_ == id; }
  // The app moves focus (an error summary's link, a dialog opening): the platform follows.
  void request_focus(const std::string& id);
  // The control focus was moved to, once the frame's tree has it and it is reachable (a summary drawn
  // the frame after the button that revealed it; an opener once its dialog has closed); empty until
  // then, and given up after a few frames.
  std::string take_focus_request(const SemanticTree& tree);

  // The form's default action (its primary button): Enter in one of its text fields presses it.
  void set_default_action(const std::string& id) { default_action_ = id; }
  void press_default_action() {
    // The button is drawn after the fields, so this frame's may not be known yet: last frame's is.
    const std::string& id = default_action_.empty() ? last_default_action_ : default_action_;
    if (!id.empty()) post({UiEvent::Kind::Activate, id});
  }

  // Text the person asked to copy (a request number): the platform puts it on the clipboard.
  void request_copy(std::string text) { copy_request_ = std::move(text); }
  std::string take_copy_request() { return std::exchange(copy_request_, std::string()); }

  // What a control remembers between frames (a select's filter, a password's visibility), by key.
  int& number(const std::string& key) { return numbers_[key]; }
  std::string& note(const std::string& key) { return notes_[key]; }
  // Signing out: no control keeps anything the person typed or chose.
  void forget_all();

  // Tab and Shift+Tab as the browser performs them over the overlay DOM, for headless use.
  void move_focus(const SemanticTree& tree, bool forward);

 private:
  std::vector<UiEvent> pending_;  // posted since the frame began
  std::vector<UiEvent> frame_;    // this frame's, being taken by widgets
  std::string focused_;
  long frame_number_ = 0;
  std::string focus_request_;
  int focus_request_age_ = 0;
  std::string copy_request_;
  std::string default_action_;  // registered each frame by the form's primary button
  std::string last_default_action_;
  std::unordered_map<std::string, int> numbers_;
  std::unordered_map<std::string, std::string> notes_;
};

}  // namespace muqeem::ui

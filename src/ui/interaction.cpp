#include "ui/interaction.h"

#include <algorithm>
#include <utility>

#include "ui/semantics.h"

namespace muqeem::ui {

void Interaction::post(UiEvent event) {
  // Focus is a fact about the page, not a request to a control: it holds from the moment it happens.
  if (event.kind == UiEvent::Kind::Focus) focused_ = event.id;
  if (event.kind == UiEvent::Kind::Blur && focused_ == event.id) focused_.clear();
  pending_.push_back(std::move(event));
}

void Interaction::begin_frame() {
  ++frame_number_;
  last_default_action_ = std::exchange(default_action_, std::string());
  frame_ = std::move(pending_);
  pending_.clear();
}

void Interaction::end_frame() {
  frame_.clear();
}

namespace {

template <typename Match>
std::optional<UiEvent> take_last(std::vector<UiEvent>& events, Match match) {
  std::optional<UiEvent> found;
  for (auto it = events.begin(); it != events.end();) {
    if (match(*it)) {
      found = std::move(*it);
      it = events.erase(it);
    } else {
      ++it;
    }
  }
  return found;
}

}  // namespace

bool Interaction::take_activation(const std::string& id) {
  return take_last(frame_, [&](const UiEvent& e) { return e.kind == UiEvent::Kind::Activate && e.id == id; })
      .has_value();
}

std::optional<std::string> Interaction::take_value(const std::string& id) {
  // Several inputs within one frame: the latest text is the one on screen.
  auto event =
      take_last(frame_, [&](const UiEvent& e) { return e.kind == UiEvent::Kind::SetValue && e.id == id; });
  if (!event) return std::nullopt;
  return std::move(event->value);
}

std::vector<Key> Interaction::take_keys(const std::string& id) {
  std::vector<Key> keys;
  for (auto it = frame_.begin(); it != frame_.end();) {
    if (it->kind == UiEvent::Kind::Key && it->id == id) {
      keys.push_back(it->key);
      it = frame_.erase(it);
    } else {
      ++it;
    }
  }
  return keys;
}

std::optional<float> Interaction::take_scroll(const std::string& id) {
  auto event =
      take_last(frame_, [&](const UiEvent& e) { return e.kind == UiEvent::Kind::Scroll && e.id == id; });
  if (!event) return std::nullopt;
  return event->offset;
}

std::vector<ChosenFile> Interaction::take_files(const std::string& id) {
  std::vector<ChosenFile> files;
  for (auto it = frame_.begin(); it != frame_.end();) {
    if (it->kind == UiEvent::Kind::File && it->id == id) {
      files.push_back({std::move(it->value), static_cast<int64_t>(it->size), std::move(it->bytes)});
      it = frame_.erase(it);
    } else {
      ++it;
    }
  }
  return files;
}

void Interaction::request_focus(const std::string& id) {
  focused_ = id;
  focus_request_ = id;
  focus_request_age_ = 0;
}

std::string Interaction::take_focus_request(const SemanticTree& tree) {
  if (focus_request_.empty()) return {};
  // Published once the control is there and reachable (not behind a dialog that is still open).
  for (const SemanticNode* node : tree.focus_order())
    if (node->id == focus_request_) return std::exchange(focus_request_, std::string());
  if (++focus_request_age_ > 3) focus_request_.clear();
  return {};
}

void Interaction::forget_all() {
  pending_.clear();
  frame_.clear();
  focused_.clear();
  focus_request_.clear();
  numbers_.clear();
  notes_.clear();
}

void Interaction::move_focus(const SemanticTree& tree, bool forward) {
  const auto order = tree.focus_order();
  if (order.empty()) return;
  const auto current = std::find_if(order.begin(), order.end(),
                                    [&](const SemanticNode* node) { return node->id == focused_; });
  size_t next = 0;
  if (current == order.end()) {
    next = forward ? 0 : order.size() - 1;
  } else {
    const size_t at = static_cast<size_t>(current - order.begin());
    next = forward ? (at + 1) % order.size() : (at + order.size() - 1) % order.size();
  }
  post({UiEvent::Kind::Focus, order[next]->id});
}

}  // namespace muqeem::ui

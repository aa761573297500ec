#pragma once
// A support request's files, both ways. AttachmentsField is what the officer sends (a new request, a
// reply): the file picker, each file checked against assets/rules/support.json as it is chosen (its
// bytes say what it is, its size is within the limit, no more files than allowed), each refusal named
// under the field in words, the accepted ones listed with their size and a remove button.
// attachment_downloads lists what a request carries, each a button that saves the file.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/portal_client.h"
#include "domain/attachment_check.h"
#include "ui/ui.h"

namespace muqeem::ui {

// The rules the app checks files by: the portal's own (compiled in from assets/rules/support.json).
const domain::SupportRules& support_rules();

// "340 KB", "1.5 MB" in the current language.
std::string size_text(const Ui& ui, int64_t bytes);

class AttachmentsField {
 public:
  // `error`: the portal's answer, whose refusals of "attachments…" appear here too.
  void draw(Ui& ui, const std::string& id, const std::optional<api::ApiError>& error);
  const std::vector<api::AttachmentUpload>& files() const { return files_; }
  int64_t total_bytes() const;
  void clear();

 private:
  // A file refused as it was chosen; worded when drawn, so a language switch rewords it.
  struct Refusal {
    std::string name;
    int64_t size = 0;
    std::optional<domain::AttachmentProblem> problem;  // none: one file too many
    std::optional<domain::FileKind> kind;
  };
  void take(const ChosenFile& file);
  std::string words(const Ui& ui, const Refusal& refusal) const;

  std::vector<api::AttachmentUpload> files_;
  std::vector<Refusal> refusals_;  // from the latest choice
};

// The files of a request or a reply; `download` is asked for the one whose button was pressed.
void attachment_downloads(Ui& ui, const std::string& id, const std::vector<api::AttachmentInfo>& files,
                          const std::function<void(const api::AttachmentInfo&)>& download);

}  // namespace muqeem::ui

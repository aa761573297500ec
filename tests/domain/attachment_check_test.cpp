#include "domain/attachment_check.h"

#include <gtest/gtest.h>

#include <string>

#include "api/rules_json.h"
#include "rules_files.h"

namespace muqeem::domain {
namespace {

using namespace std::string_literals;

SupportRules shipped() {
  const auto rules = api::parse_support_rules(test::rules_file("support.json"));
  EXPECT_TRUE(rules);
  return rules.value_or(SupportRules{});
}

const std::string kPdf = "%PDF-1.7\n1 0 obj\n";

TEST(AttachmentCheck, APdfUnderTheLimitNamedAsAPdfIsAccepted) {
  const auto verdict = check_attachment(shipped(), "passport.pdf", 2 * 1024 * 1024, kPdf);
  EXPECT_TRUE(verdict.accepted());
  EXPECT_EQ(verdict.kind, FileKind::Pdf);
}

TEST(AttachmentCheck, OneByteOverTwoMegabytesIsTooLargeWhateverItIs) {
  EXPECT_EQ(check_attachment(shipped(), "passport.pdf", 2 * 1024 * 1024 + 1, kPdf).problem,
            AttachmentProblem::TooLarge);
  // Only the beginning of a large file is read: its size alone decides.
  EXPECT_EQ(check_attachment(shipped(), "movie.mp4", 700'000'000, "\0\0\0 ftypisom"s).problem,
            AttachmentProblem::TooLarge);
}

TEST(AttachmentCheck, ATextFileRenamedToPdfIsRefusedByItsBytes) {
  EXPECT_EQ(check_attachment(shipped(), "letter.pdf", 12, "hello there\n").problem,
            AttachmentProblem::NotAccepted);
  EXPECT_EQ(check_attachment(shipped(), "empty.png", 0, "").problem, AttachmentProblem::NotAccepted);
}

TEST(AttachmentCheck, APdfNamedAsAPictureIsRefusedForItsName) {
  const auto verdict = check_attachment(shipped(), "scan.png", 20, kPdf);
  EXPECT_EQ(verdict.problem, AttachmentProblem::ExtensionMismatch);
  EXPECT_EQ(verdict.kind, FileKind::Pdf);
}

}  // namespace
}  // namespace muqeem::domain

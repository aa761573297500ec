#include "domain/file_signature.h"

#include <gtest/gtest.h>

#include <string>

namespace muqeem::domain {
namespace {

using namespace std::string_literals;

TEST(FileSignature, RecognisesPdfPngAndJpegFromTheirFirstBytes) {
  EXPECT_EQ(recognise_file("%PDF-1.7\n..."), FileKind::Pdf);
  EXPECT_EQ(recognise_file("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s), FileKind::Png);
  EXPECT_EQ(recognise_file("\xFF\xD8\xFF\xE0\0\x10JFIF"s), FileKind::Jpeg);
}

TEST(FileSignature, RefusesEverythingElseWhateverItIsCalled) {
  EXPECT_FALSE(recognise_file(""));
  EXPECT_FALSE(recognise_file("<html><script>alert(1)</script>"));
  EXPECT_FALSE(recognise_file("GIF89a"));
  EXPECT_FALSE(recognise_file("PK\x03\x04"));   // a ZIP (or a .docx)
  EXPECT_FALSE(recognise_file("MZ\x90\0"s));    // a Windows program
  EXPECT_FALSE(recognise_file("%PD"));          // cut short
  EXPECT_FALSE(recognise_file(" %PDF-1.4"));    // not at the start
  EXPECT_FALSE(recognise_file("\x89PNG\r\n"));  // a PNG's signature is eight bytes
}

TEST(FileSignature, TheNameMustSayWhatTheBytesAre) {
  EXPECT_TRUE(extension_fits("passport.pdf", FileKind::Pdf));
  EXPECT_TRUE(extension_fits("جواز.PDF", FileKind::Pdf));
  EXPECT_TRUE(extension_fits("scan.jpeg", FileKind::Jpeg));
  EXPECT_TRUE(extension_fits("scan.JPG", FileKind::Jpeg));
  EXPECT_FALSE(extension_fits("scan.png", FileKind::Pdf));
  EXPECT_FALSE(extension_fits("invoice.pdf.exe", FileKind::Pdf));
  EXPECT_FALSE(extension_fits(".pdf", FileKind::Pdf));
  EXPECT_EQ(media_type_of(FileKind::Jpeg), "image/jpeg");
}

}  // namespace
}  // namespace muqeem::domain

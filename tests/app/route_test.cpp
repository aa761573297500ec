#include "app/route.h"

#include <gtest/gtest.h>

namespace muqeem::app {
namespace {

TEST(Route, EmptyOrUnknownHashLeadsHome) {
  EXPECT_EQ(parse_route("").screen, Screen::Home);
  EXPECT_EQ(parse_route("#/").screen, Screen::Home);
  EXPECT_EQ(parse_route("#/no-such-screen?x=1").screen, Screen::Home);
}

TEST(Route, SpecimenParametersArriveDecodedAsUtf8) {
  // What encodeURIComponent makes of "مقيم 2025" and the other parameters.
  const Route route =
      parse_route("#/specimen?text=%D9%85%D9%82%D9%8A%D9%85%202025&size=48&dir=rtl&weight=bold");
  EXPECT_EQ(route.screen, Screen::Specimen);
  EXPECT_EQ(route.param("text", ""), "مقيم 2025");
  EXPECT_EQ(route.param("size", ""), "48");
  EXPECT_EQ(route.param("dir", ""), "rtl");
  EXPECT_EQ(route.param("weight", ""), "bold");
  EXPECT_EQ(route.param("width", "none"), "none");
}

TEST(Route, MalformedEscapesAreKeptAsTyped) {
  EXPECT_EQ(parse_route("#/specimen?text=100%&x=%zz").param("text", ""), "100%");
  EXPECT_EQ(parse_route("#/specimen?text=100%&x=%zz").param("x", ""), "%zz");
}

}  // namespace
}  // namespace muqeem::app

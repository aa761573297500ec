#include "app/route.h"

#include <gtest/gtest.h>

namespace muqeem::app {
namespace {

TEST(Route, EmptyHashIsTheDashboardAndAnUnknownOneIsNotFound) {
  EXPECT_EQ(parse_route("").screen, Screen::Dashboard);
  EXPECT_EQ(parse_route("#/").screen, Screen::Dashboard);
  EXPECT_EQ(parse_route("#/no-such-screen?x=1").screen, Screen::NotFound);
  EXPECT_EQ(parse_route("#/services/no-such-service").screen, Screen::NotFound);
  EXPECT_EQ(parse_route("#/services/").screen, Screen::NotFound);
  EXPECT_EQ(parse_route("#/residents/2123456789/extra").screen, Screen::NotFound);
  EXPECT_FALSE(needs_session(Screen::NotFound));  // said the same signed in or not
}

TEST(Route, EveryServiceHasItsOwnAddress) {
  for (const char* name : {"renew-iqama", "issue-iqama", "exit-reentry", "final-exit", "occupation-change",
                           "transfer", "passport-update", "resident-report", "visa-extension",
                           "visa-cancellation", "transfer-accept", "transfer-decline"}) {
    const Route route = parse_route(std::string("#/services/") + name + "?iqama=2123456789");
    EXPECT_EQ(route.screen, Screen::Service) << name;
    EXPECT_EQ(route.resource, name);
    EXPECT_EQ(route.param("iqama", ""), "2123456789");
  }
  EXPECT_TRUE(needs_session(Screen::Service));
  const Route visa = parse_route("#/visas/4123456789");
  EXPECT_EQ(visa.screen, Screen::Visa);
  EXPECT_EQ(visa.resource, "4123456789");
  EXPECT_EQ(parse_route("#/transfers?direction=incoming").screen, Screen::Transfers);
  EXPECT_TRUE(needs_session(Screen::Visa));
  EXPECT_TRUE(needs_session(Screen::Transfers));
}

TEST(Route, EveryScreenOfTheJourneyHasAnAddress) {
  EXPECT_EQ(parse_route("#/sign-in").screen, Screen::SignIn);
  EXPECT_EQ(parse_route("#/welcome").screen, Screen::Welcome);
  const Route residents = parse_route("#/residents?expiring=30&q=%D9%85%D8%AD%D9%85%D8%AF");
  EXPECT_EQ(residents.screen, Screen::Residents);
  EXPECT_EQ(residents.param("expiring", ""), "30");
  EXPECT_EQ(residents.param("q", ""), "محمد");
  const Route file = parse_route("#/residents/2123456789");
  EXPECT_EQ(file.screen, Screen::ResidentFile);
  EXPECT_EQ(file.resource, "2123456789");
  const Route renew = parse_route("#/services/renew-iqama?iqama=2123456789");
  EXPECT_EQ(renew.screen, Screen::Service);
  EXPECT_EQ(renew.resource, "renew-iqama");
  EXPECT_EQ(renew.param("iqama", ""), "2123456789");
  const Route verify = parse_route("#/verify?code=P6RT2BEV5NZE9KYX");
  EXPECT_EQ(verify.screen, Screen::Verify);
  EXPECT_EQ(verify.param("code", ""), "P6RT2BEV5NZE9KYX");
  EXPECT_FALSE(needs_session(Screen::Verify));  // anyone holding the paper
}

TEST(Route, InquiriesAndReportsHaveAddressesAndOnlyTheValidityCheckIsPublic) {
  const Route by_iqama = parse_route("#/visas?iqama=2123456789");
  EXPECT_EQ(by_iqama.screen, Screen::VisaInquiry);
  EXPECT_EQ(by_iqama.param("iqama", ""), "2123456789");
  EXPECT_EQ(parse_route("#/visas?number=4123456789").param("number", ""), "4123456789");
  EXPECT_EQ(parse_route("#/visas/4123456789").screen, Screen::Visa);  // one visa, not the inquiry
  EXPECT_TRUE(needs_session(Screen::VisaInquiry));
  EXPECT_EQ(parse_route("#/visa-validity").screen, Screen::VisaValidity);
  EXPECT_FALSE(needs_session(Screen::VisaValidity));  // anyone may check a visa

  EXPECT_EQ(parse_route("#/reports").screen, Screen::Reports);
  for (const char* name :
       {"residents", "iqama-expiry", "iqama-renewals", "iqama-issues", "occupation-changes", "transfers",
        "visas", "visa-transactions", "final-exits", "payments"}) {
    const Route report = parse_route(std::string("#/reports/") + name + "?from=2026-12-01&to=2026-12-31");
    EXPECT_EQ(report.screen, Screen::Report) << name;
    EXPECT_EQ(report.resource, name);
    EXPECT_EQ(report.param("from", ""), "2026-12-01");
  }
  EXPECT_EQ(parse_route("#/reports/no-such-report").screen, Screen::NotFound);
  EXPECT_TRUE(needs_session(Screen::Reports));
  EXPECT_TRUE(needs_session(Screen::Report));
}

TEST(Route, SupportRequestsHaveAddresses) {
  EXPECT_EQ(parse_route("#/tawasul").screen, Screen::Tawasul);
  const Route request = parse_route("#/tawasul/2600000001");
  EXPECT_EQ(request.screen, Screen::TawasulRequest);
  EXPECT_EQ(request.resource, "2600000001");
  EXPECT_EQ(parse_route("#/tawasul/new").resource, "new");
  EXPECT_TRUE(needs_session(Screen::Tawasul));
  EXPECT_TRUE(needs_session(Screen::TawasulRequest));
  EXPECT_EQ(parse_route("#/activate?username=1045678917").param("username", ""), "1045678917");
  EXPECT_FALSE(needs_session(Screen::Activate));  // the user has no password yet
  EXPECT_EQ(parse_route("#/subscribe").screen, Screen::Subscribe);
  EXPECT_FALSE(needs_session(Screen::Subscribe));
  EXPECT_EQ(parse_route("#/users").screen, Screen::Users);
  EXPECT_TRUE(needs_session(Screen::Users));
  EXPECT_EQ(parse_route("#/register").screen, Screen::Register);
  EXPECT_FALSE(needs_session(Screen::Register));
  EXPECT_EQ(parse_route("#/services/user-add").screen, Screen::Service);
}

TEST(Route, ScreensWithAnEstablishmentsDataNeedASession) {
  EXPECT_TRUE(needs_session(Screen::Dashboard));
  EXPECT_TRUE(needs_session(Screen::Residents));
  EXPECT_TRUE(needs_session(Screen::Service));
  EXPECT_FALSE(needs_session(Screen::SignIn));
  EXPECT_FALSE(needs_session(Screen::Gallery));
  EXPECT_FALSE(needs_session(Screen::Welcome));
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

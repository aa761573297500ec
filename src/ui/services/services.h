#pragma once
// The e-services, each a definition on the shared transaction flow (ui/flows/), one per file named
// after it. Each function makes a fresh definition with nothing filled in; `portal` is for the lists
// its fields choose from (occupations, countries, new arrivals).
#include <memory>

#include "ui/flows/transaction_service.h"

namespace muqeem::ui {

std::unique_ptr<TransactionService> renew_iqama_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> issue_iqama_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> exit_reentry_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> final_exit_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> occupation_change_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> transfer_request_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> passport_update_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> resident_report_service(api::PortalClient& portal);
// Reached from a visa's page (?visa=…) and from the transfers asked of the establishment (?request=…).
std::unique_ptr<TransactionService> visa_extension_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> visa_cancellation_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> transfer_accept_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> transfer_decline_service(api::PortalClient& portal);
// The primary user adds a colleague (reached from #/users).
std::unique_ptr<TransactionService> user_add_service(api::PortalClient& portal);
std::unique_ptr<TransactionService> user_permissions_service(api::PortalClient& portal);
// Many renewals in one pass, reached from the residents list filtered to expiring or expired iqamas.
std::unique_ptr<TransactionService> renew_batch_service(api::PortalClient& portal);

}  // namespace muqeem::ui

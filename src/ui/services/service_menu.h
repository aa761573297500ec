#pragma once
// The services as officers find them: grouped on the dashboard, and a resident's own on their file;
// each with its address, its title and the permission it needs (the portal's permission codes), so
// an officer is offered only what they may do.
#include <functional>
#include <string>
#include <vector>

namespace muqeem::ui {

class Ui;

struct ServiceEntry {
  std::string route;       // "#/services/exit-reentry"
  std::string title_key;   // "services.exitReentry"
  std::string permission;  // "visas"
  std::string group_key;   // "services.groupVisas"
  bool about_a_resident;   // opened from a resident's file with ?iqama=…
};

// In the order the dashboard shows them, group by group.
const std::vector<ServiceEntry>& service_menu();

// `entries` as links, three to a row (one in a narrow window), each id `id_prefix` + its route; a
// link goes to its route with `query` ("?iqama=…"). With `lead`, the first is the primary action.
void service_links(Ui& ui, const std::vector<const ServiceEntry*>& entries, const std::string& id_prefix,
                   const std::string& query, bool lead,
                   const std::function<void(const std::string&)>& navigate);

}  // namespace muqeem::ui

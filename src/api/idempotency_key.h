#pragma once
// A fresh Idempotency-Key for one state-changing request (a UUID, version 4): made once per
// transaction and sent again on every retry of it, so the server never does it twice.
#include <string>

namespace muqeem::api {

std::string new_idempotency_key();

}  // namespace muqeem::api

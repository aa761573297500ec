// The demo's accounts and support requests (declared in demo_data.h): the users of both
// establishments with their permissions, the national records that adding a user checks, and Tawasul
// requests in every status, answered by support, so each screen has something to show.
#include <string>
#include <vector>

#include "portal/rules.h"
#include "portal/store/demo_data.h"
#include "portal/store/tawasul.h"

namespace muqeem::portal::store {
namespace {

struct Person {
  const char* id_number;
  const char* birth_date;
  const char* name_ar;
  const char* name_en;
  const char* mobile;
};

// The demo users' own records first (in kDemoUsers' order), then people who have no account yet.
const Person kPeople[] = {
    {"1012345672", "1980-02-11", "محمد العتيبي", "Mohammed Al-Otaibi", "+966551234567"},
    {"1023456781", "1984-09-30", "سارة القحطاني", "Sarah Al-Qahtani", "+966559876543"},
    {"1034567899", "1995-06-18", "فهد الشمري", "Fahad Al-Shammari", "+966554443322"},
    {"1000000008", "1990-05-14", "خالد الحربي", "Khalid Al-Harbi", "+966501112233"},
    {"1045678917", "1993-03-21", "نورة الدوسري", "Noura Al-Dosari", "+966503334455"},
    {"2500000019", "1985-11-02", "أنيل كومار", "Anil Kumar", "+966502223344"},
    {"2512345675", "1988-07-09", "خوسيه سانتوس", "Jose Santos", "+966504445566"},
};

// What the restricted demo user may do.
const char* const kClerkPermissions[] = {"visas", "reports"};

void seed_users(Database& db, const DemoData& demo) {
  // A user seeded before ID numbers were kept gets theirs, so adding them again is refused.
  Statement exists =
      db.prepare("UPDATE user SET id_number = coalesce(id_number, ?2) WHERE username = ?1 RETURNING id");
  Statement insert = db.prepare(
      "INSERT INTO user (establishment_id, username, password_hash, name_ar, name_en, mobile, is_primary, "
      "id_number, email, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'active')");
  for (size_t i = 0; i < std::size(kDemoUsers); ++i) {
    const DemoUser& user = kDemoUsers[i];
    const Person& person = kPeople[i];
    exists.bind(1, user.username).bind(2, person.id_number);
    const bool there = exists.step();
    exists.reset();
    if (there) continue;
    const bool primary = user.primary;
    insert.bind(1, user.establishment_id).bind(2, user.username);
    insert.bind(3, auth::hash_password(user.password, demo.password_cost));
    insert.bind(4, person.name_ar).bind(5, person.name_en).bind(6, person.mobile);
    insert.bind(7, int64_t{primary ? 1 : 0}).bind(8, person.id_number);
    insert.bind(9, std::string(user.username) + "@example.sa").run();
    if (!primary) {
      Statement id = db.prepare("SELECT last_insert_rowid()");
      const int64_t user_id = id.step() ? id.integer(0) : 0;
      Statement grant = db.prepare("INSERT INTO user_permission (user_id, permission) VALUES (?1, ?2)");
      for (const char* code : kClerkPermissions) grant.bind(1, user_id).bind(2, code).run();
    }
  }
  Statement record = db.prepare(
      "INSERT OR IGNORE INTO civil_record (id_number, birth_date, name_ar, name_en, mobile) VALUES (?1, ?2, "
      "?3, ?4, "
      "?5)");
  for (const Person& p : kPeople)
    record.bind(1, p.id_number)
        .bind(2, p.birth_date)
        .bind(3, p.name_ar)
        .bind(4, p.name_en)
        .bind(5, p.mobile)
        .run();
}

int64_t user_named(Database& db, const char* username) {
  Statement id = db.prepare("SELECT id FROM user WHERE username = ?1");
  id.bind(1, username);
  return id.step() ? id.integer(0) : 0;
}

// A small but real PDF: what an officer might attach (a scanned page stands in).
std::string sample_pdf() {
  return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] "
         "/Count 0 "
         ">> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

void seed_support_requests(Database& db, const DemoData& demo) {
  Statement seeded = db.prepare("SELECT count(*) FROM tawasul_request");
  if (seeded.step() && seeded.integer(0) > 0) return;
  const auto rules = bundled_rules();
  const int target = rules ? rules->support.target_days : 7;
  const int64_t admin = user_named(db, "golden.admin"), clerk = user_named(db, "golden.clerk"),
                other = user_named(db, "nakheel.admin");
  // Seconds since the epoch, `days` before the demo's today at `hour` UTC.
  const auto at = [&demo](int days, int hour) {
    return static_cast<int64_t>(demo.today.plus_days(-days).days_since_1970()) * 86400 + hour * 3600;
  };
  struct Step {
    const char* status;  // a status change, or nullptr
    const char* author;  // a reply's author, or nullptr
    const char* text;
    int days_ago, hour;
  };
  struct Seeded {
    int64_t establishment_id, user_id;
    const char* category;
    const char* description;
    const char* operation;
    const char* problem_type;
    int days_ago;
    std::vector<Step> steps;
    bool with_attachment;
  };
  const std::vector<Seeded> requests = {
      {kDemoEstablishment,
       admin,
       "technical",
       "تظهر صفحة طباعة نتيجة التجديد فارغة عند الطباعة من المتصفح.\nThe renewal result prints as a blank "
       "page.",
       "iqama-renewal",
       "",
       12,
       {{"processed", "support",
         "تم إصلاح المشكلة، يرجى تحديث الصفحة والمحاولة مرة أخرى.\nThe problem is fixed; reload the page and "
         "try again.",
         10, 9},
        {"closed", nullptr, nullptr, 7, 9}},
       false},
      {kDemoEstablishment,
       admin,
       "transaction",
       "لم يظهر تجديد إقامة العامل رغم خصم الرسوم من الرصيد.\nA renewal does not show although its fee was "
       "taken.",
       "iqama-renewal",
       "",
       6,
       {{"returned-to-applicant", "support",
         "نرجو إرفاق صورة إيصال السداد ورقم الطلب.\nPlease attach the payment receipt and the request "
         "number.",
         4, 11}},
       false},
      {kDemoEstablishment,
       clerk,
       "data-correction",
       "اسم المقيم بالإنجليزية مكتوب بشكل خاطئ في ملفه.\nA resident's English name is misspelt in their "
       "file.",
       "",
       "",
       4,
       {{"returned-to-applicant", "support",
         "نرجو إرفاق صورة جواز السفر.\nPlease attach a copy of the passport.", 3, 10},
        {"returned-by-applicant", "applicant", "أرفقت صورة الجواز.\nThe passport copy is attached.", 2, 8}},
       true},
      {kDemoEstablishment,
       clerk,
       "technical",
       "ظهرت رسالة أن المقيم غير مؤهل للتجديد رغم سداد المخالفات.\nThe portal says the resident cannot renew "
       "although "
       "the fines are paid.",
       "iqama-renewal",
       "https://muqeem.example/problems/not-eligible",
       1,
       {},
       false},
      {kOtherEstablishment,
       other,
       "complaint",
       "تأخر الرد على طلب سابق.\nAn earlier request was answered late.",
       "",
       "",
       9,
       {{"processed", "support",
         "نعتذر عن التأخير، تمت معالجة طلبكم.\nWe apologise for the delay; it is done.", 8, 12}},
       false},
  };
  Database::Transaction transaction(db);
  for (const Seeded& r : requests) {
    const int64_t created = at(r.days_ago, 7);
    const std::string number =
        record_support_request(db,
                               {r.establishment_id,
                                r.user_id,
                                r.category,
                                r.description,
                                r.operation,
                                r.problem_type,
                                r.problem_type[0] ? "لا يمكن تجديد هذه الإقامة الآن" : "",
                                demo.today.plus_days(-r.days_ago + target).iso(),
                                {}},
                               created);
    Statement id = db.prepare("SELECT id FROM tawasul_request WHERE request_number = ?1");
    id.bind(1, number);
    const int64_t request_id = id.step() ? id.integer(0) : 0;
    for (const Step& step : r.steps) {
      const int64_t when = at(step.days_ago, step.hour);
      if (!step.author) {
        change_status(db, request_id, step.status, when);
        continue;
      }
      const bool applicant = std::string(step.author) == "applicant";
      std::vector<StoredFile> files;
      if (applicant && r.with_attachment) files.push_back({"passport.pdf", "application/pdf", sample_pdf()});
      record_reply(db, request_id, step.author, applicant ? std::optional(r.user_id) : std::nullopt,
                   step.text, files, step.status, when);
    }
  }
  transaction.commit();
}

}  // namespace

void seed_demo_accounts(Database& db, const DemoData& demo) {
  {
    Database::Transaction transaction(db);
    seed_users(db, demo);
    transaction.commit();
  }
  seed_support_requests(db, demo);
}

}  // namespace muqeem::portal::store

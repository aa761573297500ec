#include "portal/store/migrations.h"

#include <string>

#include "portal/store/database.h"

namespace muqeem::portal::store {
namespace {

// Append only: a migration that has shipped is never edited, the next one changes it.
const char* const kMigrations[] = {
    // 1: establishments, lookups, residents, the audit log.
    R"sql(
CREATE TABLE establishment (
  id INTEGER PRIMARY KEY,
  unified_number TEXT NOT NULL UNIQUE,
  name_ar TEXT NOT NULL,
  name_en TEXT NOT NULL,
  package TEXT NOT NULL CHECK (package IN ('comprehensive', 'transactions')),
  balance_halalas INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE nationality (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
CREATE TABLE occupation (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
CREATE TABLE resident (
  id INTEGER PRIMARY KEY,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  iqama_number TEXT NOT NULL UNIQUE,
  name_ar TEXT NOT NULL,
  name_en TEXT NOT NULL COLLATE NOCASE,  -- "ahmed" finds "Ahmed"
  gender TEXT NOT NULL CHECK (gender IN ('M', 'F')),
  nationality_code TEXT NOT NULL REFERENCES nationality(code),
  occupation_code TEXT NOT NULL REFERENCES occupation(code),
  birth_date TEXT NOT NULL,
  iqama_expiry TEXT NOT NULL,
  passport_number TEXT NOT NULL,
  passport_expiry TEXT NOT NULL,
  insurance_expiry TEXT,
  inside_kingdom INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL DEFAULT 'active'
);
CREATE INDEX resident_by_name_en ON resident (establishment_id, name_en);
CREATE INDEX resident_by_name_ar ON resident (establishment_id, name_ar);
CREATE INDEX resident_by_expiry ON resident (establishment_id, iqama_expiry);
CREATE INDEX resident_by_iqama ON resident (establishment_id, iqama_number);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  establishment_id INTEGER REFERENCES establishment(id),
  user_name TEXT,
  operation TEXT NOT NULL,
  subject TEXT,
  outcome TEXT NOT NULL
);
)sql",
    // 2: users, sign-in (captcha, one-time codes), sessions, the SMS outbox.
    R"sql(
CREATE TABLE user (
  id INTEGER PRIMARY KEY,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  name_ar TEXT NOT NULL,
  name_en TEXT NOT NULL,
  mobile TEXT NOT NULL,
  failed_sign_ins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE captcha (id TEXT PRIMARY KEY, answer TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE otp_challenge (
  id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user(id),
  code_hash TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  attempts_left INTEGER NOT NULL,
  used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE session (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user(id),
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  expires_at INTEGER NOT NULL
);
CREATE TABLE sms_outbox (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, mobile TEXT NOT NULL, text TEXT NOT NULL);
)sql",
    // 3: iqama renewal. What its rules look at (domestic occupations, reported absence, earlier late
    // renewals, traffic violations), per-transaction security codes, renewals, the balance's payments,
    // and the first answer to each Idempotency-Key.
    R"sql(
ALTER TABLE occupation ADD COLUMN domestic INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resident ADD COLUMN absent_reported_on TEXT;
ALTER TABLE resident ADD COLUMN late_renewals INTEGER NOT NULL DEFAULT 0;
CREATE TABLE traffic_violation (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  violation_number TEXT NOT NULL UNIQUE,
  issued_on TEXT NOT NULL,
  kind_ar TEXT NOT NULL,
  kind_en TEXT NOT NULL,
  amount_halalas INTEGER NOT NULL CHECK (amount_halalas > 0),
  paid INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX traffic_violation_by_resident ON traffic_violation (resident_id, paid);
CREATE TABLE security_code (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user(id),
  operation TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  attempts_left INTEGER NOT NULL,
  used INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX security_code_by_user ON security_code (user_id, operation, used);
CREATE TABLE iqama_renewal (
  id INTEGER PRIMARY KEY,
  request_number TEXT NOT NULL UNIQUE,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  user_id INTEGER NOT NULL REFERENCES user(id),
  duration_months INTEGER NOT NULL,
  previous_expiry TEXT NOT NULL,
  new_expiry TEXT NOT NULL,
  fee_halalas INTEGER NOT NULL,
  fine_halalas INTEGER NOT NULL,
  total_halalas INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX iqama_renewal_by_establishment ON iqama_renewal (establishment_id, created_at);
CREATE TABLE payment (
  id INTEGER PRIMARY KEY,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  at INTEGER NOT NULL,
  service_code TEXT NOT NULL,
  reference TEXT NOT NULL,
  amount_halalas INTEGER NOT NULL,
  balance_after_halalas INTEGER NOT NULL CHECK (balance_after_halalas >= 0)
);
CREATE INDEX payment_by_establishment ON payment (establishment_id, at);
CREATE TABLE idempotency_record (
  user_id INTEGER NOT NULL REFERENCES user(id),
  idempotency_key TEXT NOT NULL,
  operation TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  response TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
);
)sql",
    // 4: verification codes printed on documents, each answering for one document until it expires.
    // document_id is the row of the kind's own table (iqama_renewal.id for 'iqama-renewal').
    R"sql(
CREATE TABLE document_verification (
  code TEXT PRIMARY KEY,
  document_kind TEXT NOT NULL CHECK (document_kind IN ('iqama-renewal')),
  document_id INTEGER NOT NULL,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL CHECK (expires_at > issued_at)
);
CREATE INDEX document_verification_by_document ON document_verification (document_kind, document_id, expires_at);
)sql",
    // 5: resending the sign-in code: when the challenge's code was last sent, and how often it was resent.
    R"sql(
ALTER TABLE otp_challenge ADD COLUMN sent_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE otp_challenge ADD COLUMN resends INTEGER NOT NULL DEFAULT 0;
)sql",
    // 6: the rest of a resident's file: visas and dependants, with the bilingual names of their coded
    // values (fixed by the domain, so they ship with the schema like a lookup). A visa's stored status
    // is what happened to it; "expired" is worked out from its date when it is read.
    R"sql(
CREATE TABLE visa_type (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
INSERT INTO visa_type (code, ar, en) VALUES
  ('exit-reentry-single', 'خروج وعودة مفردة', 'Exit/re-entry, single'),
  ('exit-reentry-multiple', 'خروج وعودة متعددة', 'Exit/re-entry, multiple'),
  ('final-exit', 'خروج نهائي', 'Final exit');
CREATE TABLE visa_status (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
INSERT INTO visa_status (code, ar, en) VALUES
  ('issued', 'صادرة', 'Issued'),
  ('used', 'مستخدمة', 'Used'),
  ('cancelled', 'ملغاة', 'Cancelled'),
  ('expired', 'منتهية', 'Expired');
CREATE TABLE visa (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  visa_number TEXT NOT NULL UNIQUE,
  type_code TEXT NOT NULL REFERENCES visa_type(code),
  issued_on TEXT NOT NULL,
  expires_on TEXT NOT NULL CHECK (expires_on >= issued_on),
  status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'used', 'cancelled'))
);
CREATE INDEX visa_by_resident ON visa (resident_id, issued_on);
CREATE TABLE relationship (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
INSERT INTO relationship (code, ar, en) VALUES
  ('wife', 'زوجة', 'Wife'),
  ('husband', 'زوج', 'Husband'),
  ('son', 'ابن', 'Son'),
  ('daughter', 'ابنة', 'Daughter'),
  ('father', 'أب', 'Father'),
  ('mother', 'أم', 'Mother');
CREATE TABLE dependant (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  name_ar TEXT NOT NULL,
  name_en TEXT NOT NULL,
  relationship_code TEXT NOT NULL REFERENCES relationship(code),
  birth_date TEXT NOT NULL
);
CREATE INDEX dependant_by_resident ON dependant (resident_id);
)sql",
    // 7: reports. Resident reports as issued (what the paper states, kept as issued so a reprint and a
    // verification say the same), document verification codes that may stand for one, and the names of
    // SADAD's service codes the payment history shows.
    R"sql(
CREATE TABLE resident_report (
  id INTEGER PRIMARY KEY,
  report_number TEXT NOT NULL UNIQUE,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  user_id INTEGER NOT NULL REFERENCES user(id),
  created_at INTEGER NOT NULL,
  content TEXT NOT NULL
);
CREATE INDEX resident_report_by_establishment ON resident_report (establishment_id, created_at);
CREATE TABLE document_verification_7 (
  code TEXT PRIMARY KEY,
  document_kind TEXT NOT NULL CHECK (document_kind IN ('iqama-renewal', 'resident-report')),
  document_id INTEGER NOT NULL,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL CHECK (expires_at > issued_at)
);
INSERT INTO document_verification_7 SELECT code, document_kind, document_id, establishment_id, issued_at,
  expires_at FROM document_verification;
DROP TABLE document_verification;
ALTER TABLE document_verification_7 RENAME TO document_verification;
CREATE INDEX document_verification_by_document ON document_verification (document_kind, document_id, expires_at);
CREATE TABLE sadad_service (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
INSERT INTO sadad_service (code, ar, en) VALUES
  ('02', 'إصدار إقامة', 'Iqama issue'),
  ('03', 'تجديد إقامة', 'Iqama renewal'),
  ('04', 'تأشيرة خروج وعودة مفردة', 'Exit/re-entry visa, single'),
  ('05', 'تأشيرة خروج وعودة متعددة', 'Exit/re-entry visa, multiple'),
  ('06', 'إلغاء تأشيرة', 'Visa cancellation'),
  ('07', 'نقل خدمات', 'Transfer of services'),
  ('12', 'تغيير مهنة', 'Change of occupation');
)sql",
    // 8: the transactions beyond renewal. On the resident: the mobile and border number a new iqama is
    // issued with, the occupation Qiwa approved a change to, earlier transfers of services (the fee
    // grows with them), the passport's issue date and country. The new arrivals awaiting their first
    // iqama, as their entry record and the checks since left them. One table per transaction, for the
    // reports; a transfer is asked for by one establishment and decided by the other.
    R"sql(
ALTER TABLE resident ADD COLUMN mobile TEXT;
ALTER TABLE resident ADD COLUMN border_number TEXT;
ALTER TABLE resident ADD COLUMN qiwa_approved_occupation TEXT REFERENCES occupation(code);
ALTER TABLE resident ADD COLUMN previous_transfers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resident ADD COLUMN passport_issued_on TEXT;
ALTER TABLE resident ADD COLUMN passport_country_code TEXT REFERENCES nationality(code);
CREATE TABLE new_arrival (
  id INTEGER PRIMARY KEY,
  border_number TEXT NOT NULL UNIQUE,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  gender TEXT NOT NULL CHECK (gender IN ('M', 'F')),
  birth_date TEXT NOT NULL,
  entry_date TEXT NOT NULL,
  passport_number TEXT NOT NULL,
  passport_expiry TEXT NOT NULL,
  inside_kingdom INTEGER NOT NULL DEFAULT 1,
  medical_exam_done INTEGER NOT NULL DEFAULT 0,
  fingerprint_taken INTEGER NOT NULL DEFAULT 0,
  insurance_expiry TEXT,
  resident_id INTEGER UNIQUE REFERENCES resident(id)  -- the iqama issued, once it is
);
CREATE INDEX new_arrival_by_establishment ON new_arrival (establishment_id, resident_id, entry_date);
CREATE TABLE iqama_issue (
  id INTEGER PRIMARY KEY,
  request_number TEXT NOT NULL UNIQUE,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  arrival_id INTEGER NOT NULL UNIQUE REFERENCES new_arrival(id),
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  user_id INTEGER NOT NULL REFERENCES user(id),
  duration_months INTEGER NOT NULL,
  expiry TEXT NOT NULL,
  fee_halalas INTEGER NOT NULL,
  fine_halalas INTEGER NOT NULL,
  total_halalas INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX iqama_issue_by_establishment ON iqama_issue (establishment_id, created_at);
CREATE TABLE occupation_change (
  id INTEGER PRIMARY KEY,
  request_number TEXT NOT NULL UNIQUE,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  user_id INTEGER NOT NULL REFERENCES user(id),
  previous_occupation TEXT NOT NULL REFERENCES occupation(code),
  new_occupation TEXT NOT NULL REFERENCES occupation(code),
  fee_halalas INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX occupation_change_by_establishment ON occupation_change (establishment_id, created_at);
CREATE TABLE service_transfer (
  id INTEGER PRIMARY KEY,
  request_number TEXT NOT NULL UNIQUE,
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  from_establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  to_establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  requested_by INTEGER NOT NULL REFERENCES user(id),
  requested_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
  decided_by INTEGER REFERENCES user(id),
  decided_at INTEGER,
  fee_halalas INTEGER,  -- charged to the new establishment on acceptance
  CHECK (from_establishment_id <> to_establishment_id)
);
CREATE UNIQUE INDEX service_transfer_one_pending ON service_transfer (resident_id) WHERE status = 'pending';
CREATE INDEX service_transfer_incoming ON service_transfer (to_establishment_id, status, requested_at);
CREATE INDEX service_transfer_outgoing ON service_transfer (from_establishment_id, status, requested_at);
CREATE TABLE passport_update (
  id INTEGER PRIMARY KEY,
  request_number TEXT NOT NULL UNIQUE,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  user_id INTEGER NOT NULL REFERENCES user(id),
  previous_number TEXT NOT NULL,
  previous_expiry TEXT NOT NULL,
  passport_number TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  expires_on TEXT NOT NULL CHECK (expires_on > issued_on),
  country_code TEXT NOT NULL REFERENCES nationality(code),
  created_at INTEGER NOT NULL
);
CREATE INDEX passport_update_by_establishment ON passport_update (establishment_id, created_at);
)sql",
    // 9: visas as transactions: each issue, extension and cancellation an event (who, when, the visa's
    // last day after it, the fee and its SADAD code) that reports count; a visa's printed document among
    // the kinds a code verifies (SQLite cannot alter a CHECK, so the table is rebuilt with its rows); and
    // the driving licences and vehicles a resident's file lists (a registered vehicle bars a final exit).
    R"sql(
CREATE TABLE visa_event (
  id INTEGER PRIMARY KEY,
  visa_id INTEGER NOT NULL REFERENCES visa(id),
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  user_id INTEGER NOT NULL REFERENCES user(id),
  kind TEXT NOT NULL CHECK (kind IN ('issued', 'extended', 'cancelled')),
  expires_on TEXT NOT NULL,
  fee_halalas INTEGER NOT NULL CHECK (fee_halalas >= 0),
  service_code TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX visa_event_by_establishment ON visa_event (establishment_id, at);
CREATE INDEX visa_event_by_visa ON visa_event (visa_id);
CREATE TABLE document_verification_9 (
  code TEXT PRIMARY KEY,
  document_kind TEXT NOT NULL CHECK (document_kind IN ('iqama-renewal', 'resident-report', 'visa')),
  document_id INTEGER NOT NULL,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL CHECK (expires_at > issued_at)
);
INSERT INTO document_verification_9 (code, document_kind, document_id, establishment_id, issued_at, expires_at)
  SELECT code, document_kind, document_id, establishment_id, issued_at, expires_at FROM document_verification;
DROP TABLE document_verification;
ALTER TABLE document_verification_9 RENAME TO document_verification;
CREATE INDEX document_verification_by_document ON document_verification (document_kind, document_id, expires_at);
CREATE TABLE licence_type (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
INSERT INTO licence_type (code, ar, en) VALUES
  ('private', 'رخصة قيادة خاصة', 'Private driving licence'),
  ('public', 'رخصة قيادة عامة', 'Public driving licence'),
  ('heavy-transport', 'رخصة نقل ثقيل', 'Heavy transport licence'),
  ('motorcycle', 'رخصة دراجة نارية', 'Motorcycle licence');
CREATE TABLE driving_licence (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  type_code TEXT NOT NULL REFERENCES licence_type(code),
  issued_on TEXT NOT NULL,
  expires_on TEXT NOT NULL CHECK (expires_on > issued_on)
);
CREATE INDEX driving_licence_by_resident ON driving_licence (resident_id);
CREATE TABLE vehicle (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES resident(id),
  sequence_number TEXT NOT NULL UNIQUE,
  plate_ar TEXT NOT NULL,
  plate_en TEXT NOT NULL,
  make_ar TEXT NOT NULL,
  make_en TEXT NOT NULL,
  model TEXT NOT NULL,
  year INTEGER NOT NULL,
  registration_expiry TEXT NOT NULL
);
CREATE INDEX vehicle_by_resident ON vehicle (resident_id);
)sql",
    // 10: users and their permissions. Each establishment has one primary user, who adds the others
    // and grants them permissions per operation; before this, each establishment's only user was its
    // primary. A user added by the primary waits for activation (a code by SMS, then a password).
    // civil_record stands in for the national information centre, which answers "who has this ID
    // number and date of birth" when a user is added.
    R"sql(
ALTER TABLE user ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 0;
ALTER TABLE user ADD COLUMN id_number TEXT;
ALTER TABLE user ADD COLUMN email TEXT;
ALTER TABLE user ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'pending-activation'));
ALTER TABLE user ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
UPDATE user SET is_primary = 1 WHERE id IN (SELECT min(id) FROM user GROUP BY establishment_id);
CREATE UNIQUE INDEX user_by_id_number ON user (id_number) WHERE id_number IS NOT NULL;
CREATE TABLE permission (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL, position INTEGER NOT NULL);
INSERT INTO permission (code, ar, en, position) VALUES
  ('iqama-renewal', 'تجديد الإقامة', 'Renew iqamas', 1),
  ('iqama-issue', 'إصدار الإقامة', 'Issue iqamas', 2),
  ('visas', 'تأشيرات الخروج والعودة والخروج النهائي', 'Exit/re-entry and final exit visas', 3),
  ('transfers', 'نقل الخدمات', 'Transfer of services', 4),
  ('occupation-change', 'تغيير المهنة', 'Change of occupation', 5),
  ('passport-update', 'تحديث معلومات الجواز', 'Passport update', 6),
  ('reports', 'التقارير', 'Reports', 7);
CREATE TABLE user_permission (
  user_id INTEGER NOT NULL REFERENCES user(id),
  permission TEXT NOT NULL REFERENCES permission(code),
  PRIMARY KEY (user_id, permission)
);
CREATE TABLE user_activation (
  user_id INTEGER PRIMARY KEY REFERENCES user(id),
  code_hash TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  attempts_left INTEGER NOT NULL
);
CREATE TABLE civil_record (
  id_number TEXT PRIMARY KEY,
  birth_date TEXT NOT NULL,
  name_ar TEXT NOT NULL,
  name_en TEXT NOT NULL,
  mobile TEXT NOT NULL
);
)sql",
    // 11: Tawasul support requests: each with its status history, the replies between the applicant
    // and support, and attachments (the bytes themselves, of a type recognised from them).
    R"sql(
CREATE TABLE tawasul_category (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL, position INTEGER NOT NULL);
INSERT INTO tawasul_category (code, ar, en, position) VALUES
  ('technical', 'مشكلة تقنية', 'Technical problem', 1),
  ('transaction', 'استفسار عن معاملة', 'Question about a transaction', 2),
  ('data-correction', 'تصحيح بيانات', 'Correcting data', 3),
  ('complaint', 'شكوى', 'Complaint', 4),
  ('suggestion', 'اقتراح', 'Suggestion', 5);
CREATE TABLE tawasul_status (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
INSERT INTO tawasul_status (code, ar, en) VALUES
  ('under-processing', 'تحت المعالجة', 'Under processing'),
  ('returned-by-applicant', 'معاد من مقدم الطلب', 'Returned by the applicant'),
  ('returned-to-applicant', 'معاد لمقدم الطلب', 'Returned to the applicant'),
  ('processed', 'تمت المعالجة', 'Processed'),
  ('closed', 'مغلق', 'Closed');
CREATE TABLE tawasul_request (
  id INTEGER PRIMARY KEY,
  request_number TEXT NOT NULL UNIQUE,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  user_id INTEGER NOT NULL REFERENCES user(id),
  category_code TEXT NOT NULL REFERENCES tawasul_category(code),
  description TEXT NOT NULL,
  context_operation TEXT,
  context_problem_type TEXT,
  context_problem_title TEXT,
  status TEXT NOT NULL REFERENCES tawasul_status(code),
  created_at INTEGER NOT NULL,
  due_on TEXT NOT NULL
);
CREATE INDEX tawasul_request_by_establishment ON tawasul_request (establishment_id, status, created_at);
CREATE TABLE tawasul_status_change (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES tawasul_request(id),
  status TEXT NOT NULL REFERENCES tawasul_status(code),
  at INTEGER NOT NULL
);
CREATE INDEX tawasul_status_change_by_request ON tawasul_status_change (request_id, at);
CREATE TABLE tawasul_reply (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES tawasul_request(id),
  author TEXT NOT NULL CHECK (author IN ('applicant', 'support')),
  user_id INTEGER REFERENCES user(id),
  text TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX tawasul_reply_by_request ON tawasul_reply (request_id, at);
CREATE TABLE tawasul_attachment (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES tawasul_request(id),
  reply_id INTEGER REFERENCES tawasul_reply(id),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  content BLOB NOT NULL
);
CREATE INDEX tawasul_attachment_by_request ON tawasul_attachment (request_id, reply_id);
)sql",
    // 12: what anyone may ask without signing in: an establishment's subscription, a user's
    // registration (confirmed by an SMS code and the visual code), the cities a main branch can be in,
    // and the counters that limit how often one address or number may ask.
    R"sql(
CREATE TABLE city (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL);
INSERT INTO city (code, ar, en) VALUES
  ('riyadh', 'الرياض', 'Riyadh'),
  ('jeddah', 'جدة', 'Jeddah'),
  ('makkah', 'مكة المكرمة', 'Makkah'),
  ('madinah', 'المدينة المنورة', 'Madinah'),
  ('dammam', 'الدمام', 'Dammam'),
  ('khobar', 'الخبر', 'Al Khobar'),
  ('dhahran', 'الظهران', 'Dhahran'),
  ('ahsa', 'الأحساء', 'Al Ahsa'),
  ('jubail', 'الجبيل', 'Jubail'),
  ('qatif', 'القطيف', 'Qatif'),
  ('taif', 'الطائف', 'Taif'),
  ('yanbu', 'ينبع', 'Yanbu'),
  ('buraydah', 'بريدة', 'Buraydah'),
  ('unaizah', 'عنيزة', 'Unaizah'),
  ('hail', 'حائل', 'Hail'),
  ('tabuk', 'تبوك', 'Tabuk'),
  ('abha', 'أبها', 'Abha'),
  ('khamis-mushait', 'خميس مشيط', 'Khamis Mushait'),
  ('jazan', 'جازان', 'Jazan'),
  ('najran', 'نجران', 'Najran'),
  ('baha', 'الباحة', 'Al Baha'),
  ('arar', 'عرعر', 'Arar'),
  ('sakaka', 'سكاكا', 'Sakaka'),
  ('hafar-al-batin', 'حفر الباطن', 'Hafar Al Batin');
CREATE TABLE establishment_type (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL, position INTEGER NOT NULL);
INSERT INTO establishment_type (code, ar, en, position) VALUES
  ('company', 'شركة', 'Company', 1),
  ('sole-proprietorship', 'مؤسسة فردية', 'Sole proprietorship', 2),
  ('government', 'جهة حكومية', 'Government body', 3),
  ('non-profit', 'جهة غير ربحية', 'Non-profit organisation', 4);
CREATE TABLE registration_type (code TEXT PRIMARY KEY, ar TEXT NOT NULL, en TEXT NOT NULL, position INTEGER NOT NULL);
INSERT INTO registration_type (code, ar, en, position) VALUES
  ('new-primary-user', 'تسجيل مستخدم رئيسي لمنشأة', 'Register an establishment''s primary user', 1),
  ('change-primary-user', 'تغيير المستخدم الرئيسي', 'Change the primary user', 2),
  ('renew-subscription', 'تجديد اشتراك المنشأة', 'Renew the establishment''s subscription', 3);
CREATE TABLE subscription_request (
  id INTEGER PRIMARY KEY,
  request_number TEXT NOT NULL UNIQUE,
  company_name TEXT NOT NULL,
  applicant_name TEXT NOT NULL,
  city_code TEXT NOT NULL REFERENCES city(code),
  mobile TEXT NOT NULL,
  email TEXT NOT NULL,
  package TEXT NOT NULL CHECK (package IN ('comprehensive', 'transactions')),
  created_at INTEGER NOT NULL
);
CREATE TABLE registration_request (
  id TEXT PRIMARY KEY,
  request_number TEXT UNIQUE,
  registration_type TEXT NOT NULL REFERENCES registration_type(code),
  establishment_type TEXT NOT NULL REFERENCES establishment_type(code),
  id_type TEXT NOT NULL CHECK (id_type IN ('national-id', 'iqama')),
  id_number TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  mobile TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  attempts_left INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  submitted_at INTEGER
);
CREATE TABLE rate_limit (
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (bucket, key)
);
)sql",
    // Renewing many iqamas in one decision: the batch, and an item per resident in the order they are
    // renewed, each pending until its turn and then renewed or not, with why.
    R"sql(
CREATE TABLE renewal_batch (
  id INTEGER PRIMARY KEY,
  establishment_id INTEGER NOT NULL REFERENCES establishment(id),
  user_id INTEGER NOT NULL REFERENCES user(id),
  created_at INTEGER NOT NULL
);
CREATE TABLE renewal_batch_item (
  batch_id INTEGER NOT NULL REFERENCES renewal_batch(id),
  position INTEGER NOT NULL,
  iqama_number TEXT NOT NULL,
  resident_id INTEGER REFERENCES resident(id),
  duration_months INTEGER NOT NULL,
  previous_expiry TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'renewed', 'not-eligible', 'not-found', 'duplicate',
                                           'in-another-batch', 'changed', 'balance')),
  request_number TEXT,
  total_halalas INTEGER NOT NULL,
  details TEXT NOT NULL,
  PRIMARY KEY (batch_id, position)
);
CREATE INDEX renewal_batch_item_pending ON renewal_batch_item (outcome, iqama_number);
)sql",
};

}  // namespace

int latest_schema_version() {
  return static_cast<int>(std::size(kMigrations));
}

void migrate(Database& db) {
  for (int version = db.schema_version(); version < latest_schema_version(); ++version) {
    Database::Transaction transaction(db);
    db.execute(kMigrations[version]);
    db.execute("PRAGMA user_version = " + std::to_string(version + 1));
    transaction.commit();
  }
}

}  // namespace muqeem::portal::store

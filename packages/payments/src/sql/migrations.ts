// The SQL store's schema, as versioned migrations applied in order (docs/payments.md,
// "Migrations"). `{s}` stands for the quoted schema name. Never edit a released migration: add one.

/** One migration: its version (applied in ascending order), a name, and its SQL. */
export type Migration = { version: number; name: string; sql: string };

const TEXT = 'text COLLATE "C"';

/** The migrations of the SQL store, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'ledger',
    sql: `
CREATE TABLE {s}.consumers (
  id ${TEXT} PRIMARY KEY, seq bigserial, account_number ${TEXT} NOT NULL UNIQUE,
  name ${TEXT} NOT NULL, name_lower ${TEXT} NOT NULL, account_lower ${TEXT} NOT NULL,
  balance bigint NOT NULL, doc json NOT NULL);
CREATE INDEX consumers_name ON {s}.consumers (name, account_number);
CREATE INDEX consumers_name_trgm ON {s}.consumers USING gin (name_lower gin_trgm_ops);
CREATE INDEX consumers_account_trgm ON {s}.consumers USING gin (account_lower gin_trgm_ops);

CREATE TABLE {s}.bills (
  id ${TEXT} PRIMARY KEY, seq bigserial, account_number ${TEXT} NOT NULL,
  amount bigint NOT NULL, issued_at bigint NOT NULL, due_date ${TEXT} NOT NULL, doc json NOT NULL);
CREATE INDEX bills_account ON {s}.bills (account_number, seq);
CREATE INDEX bills_due ON {s}.bills (due_date);

CREATE TABLE {s}.service_charges (
  id ${TEXT} PRIMARY KEY, seq bigserial, account_number ${TEXT} NOT NULL,
  amount bigint NOT NULL, service_date ${TEXT} NOT NULL, doc json NOT NULL);
CREATE INDEX service_charges_account ON {s}.service_charges (account_number, seq);
CREATE INDEX service_charges_date ON {s}.service_charges (service_date);

CREATE TABLE {s}.plans (
  id ${TEXT} PRIMARY KEY, seq bigserial, account_number ${TEXT} NOT NULL, doc json NOT NULL);
CREATE INDEX plans_account ON {s}.plans (account_number, seq);
CREATE TABLE {s}.installments (
  plan_id ${TEXT} NOT NULL REFERENCES {s}.plans (id) ON DELETE CASCADE, number integer NOT NULL,
  amount bigint NOT NULL, due_date ${TEXT} NOT NULL, PRIMARY KEY (plan_id, number));
CREATE INDEX installments_due ON {s}.installments (due_date);

CREATE TABLE {s}.payments (
  id ${TEXT} PRIMARY KEY, seq bigserial, account_number ${TEXT} NOT NULL,
  transaction_id ${TEXT} NOT NULL UNIQUE, receipt_number ${TEXT} NOT NULL UNIQUE,
  type ${TEXT} NOT NULL, amount bigint NOT NULL, method ${TEXT} NOT NULL, channel ${TEXT} NOT NULL,
  status ${TEXT} NOT NULL, date bigint NOT NULL,
  provider ${TEXT}, gateway_payment_id ${TEXT},
  search_lower ${TEXT} NOT NULL, doc json NOT NULL,
  UNIQUE (provider, gateway_payment_id));
CREATE INDEX payments_date ON {s}.payments (date, id);
CREATE INDEX payments_account ON {s}.payments (account_number, date);
CREATE INDEX payments_status_date ON {s}.payments (status, date);
CREATE INDEX payments_search_trgm ON {s}.payments USING gin (search_lower gin_trgm_ops);
CREATE TABLE {s}.allocations (
  payment_id ${TEXT} NOT NULL REFERENCES {s}.payments (id) ON DELETE CASCADE, idx integer NOT NULL,
  item ${TEXT} NOT NULL, item_type ${TEXT} NOT NULL, paid bigint NOT NULL, applied bigint NOT NULL,
  issued_at bigint, PRIMARY KEY (payment_id, idx));

CREATE TABLE {s}.credit_notes (
  id ${TEXT} PRIMARY KEY, seq bigserial, account_number ${TEXT} NOT NULL, payment_id ${TEXT} NOT NULL,
  linked_receipt ${TEXT} NOT NULL, linked_lower ${TEXT} NOT NULL, search_lower ${TEXT} NOT NULL,
  amount bigint NOT NULL, applied bigint NOT NULL, reason ${TEXT} NOT NULL, created_at bigint NOT NULL,
  expires_at ${TEXT} NOT NULL, voided boolean NOT NULL, doc json NOT NULL);
CREATE INDEX credit_notes_created ON {s}.credit_notes (created_at, id);
CREATE INDEX credit_notes_account ON {s}.credit_notes (account_number, seq);
CREATE INDEX credit_notes_search_trgm ON {s}.credit_notes USING gin (search_lower gin_trgm_ops);
CREATE TABLE {s}.applications (
  credit_note_id ${TEXT} NOT NULL REFERENCES {s}.credit_notes (id) ON DELETE CASCADE, idx integer NOT NULL,
  item_type ${TEXT} NOT NULL, item ${TEXT} NOT NULL, amount bigint NOT NULL, at bigint NOT NULL,
  PRIMARY KEY (credit_note_id, idx));

CREATE TABLE {s}.idempotency (
  id ${TEXT} PRIMARY KEY, seq bigserial, operation ${TEXT} NOT NULL, doc json NOT NULL);
CREATE TABLE {s}.gateway_payments (
  id ${TEXT} PRIMARY KEY, seq bigserial, provider ${TEXT} NOT NULL, gateway_payment_id ${TEXT} NOT NULL,
  payment_id ${TEXT} NOT NULL, doc json NOT NULL, UNIQUE (provider, gateway_payment_id));

CREATE TABLE {s}.counters (name ${TEXT} PRIMARY KEY, value bigint NOT NULL);
CREATE TABLE {s}.audit_head (id integer PRIMARY KEY, seq bigint NOT NULL);
INSERT INTO {s}.audit_head VALUES (1, 0);
CREATE TABLE {s}.audit (
  seq bigint PRIMARY KEY, entity_id ${TEXT} NOT NULL, doc json NOT NULL);
CREATE INDEX audit_entity ON {s}.audit (entity_id, seq);
`,
  },
  {
    version: 2,
    name: 'state',
    sql: `
CREATE TABLE {s}.state (key ${TEXT} PRIMARY KEY, version integer NOT NULL, doc json NOT NULL);
`,
  },
  {
    version: 3,
    name: 'search and KPI indexes',
    // KPIs read posted payments by date (amount in the index: an index-only scan), the
    // allocations of posted payments by payment date (copied onto each allocation, so collection
    // ages need no join), and what is due by date (amount included); searches
    // filter or sort by amount, receipt order, method, type and channel within dates, and list a
    // payment's credit notes. Checked with EXPLAIN over bulk rows (indexes.test.ts).
    sql: `
CREATE INDEX payments_posted_date ON {s}.payments (date) INCLUDE (amount) WHERE status = 'Posted';
CREATE INDEX payments_amount ON {s}.payments (amount, id);
CREATE INDEX payments_receipt_order ON {s}.payments ((length(receipt_number)), receipt_number);
CREATE INDEX payments_method_date ON {s}.payments (method, date);
CREATE INDEX payments_channel_date ON {s}.payments (channel, date);
CREATE INDEX payments_type_date ON {s}.payments (type, date);
ALTER TABLE {s}.allocations ADD COLUMN date bigint, ADD COLUMN status ${TEXT};
UPDATE {s}.allocations a SET date = p.date, status = p.status FROM {s}.payments p WHERE p.id = a.payment_id;
ALTER TABLE {s}.allocations ALTER COLUMN date SET NOT NULL, ALTER COLUMN status SET NOT NULL;
CREATE INDEX allocations_aged ON {s}.allocations (date) INCLUDE (paid, issued_at)
  WHERE status = 'Posted' AND issued_at IS NOT NULL AND paid > 0;
DROP INDEX {s}.bills_due;
CREATE INDEX bills_due ON {s}.bills (due_date) INCLUDE (amount);
DROP INDEX {s}.service_charges_date;
CREATE INDEX service_charges_date ON {s}.service_charges (service_date) INCLUDE (amount);
DROP INDEX {s}.installments_due;
CREATE INDEX installments_due ON {s}.installments (due_date) INCLUDE (amount);
CREATE INDEX credit_notes_amount ON {s}.credit_notes (amount, id);
CREATE INDEX credit_notes_payment ON {s}.credit_notes (payment_id);
CREATE INDEX credit_notes_expires ON {s}.credit_notes (expires_at);
CREATE INDEX credit_notes_reason_created ON {s}.credit_notes (reason, created_at);
CREATE INDEX credit_notes_linked_trgm ON {s}.credit_notes USING gin (linked_lower gin_trgm_ops);
CREATE INDEX consumers_account_lower ON {s}.consumers (account_lower);
`,
  },
  {
    version: 4,
    name: 'a covering index for filtered payment searches',
    // The payments tab's usual filter (methods and statuses within dates): its count and sum read
    // this index alone, and the page's keys (amount, id) sort without reading the rows first.
    sql: `
CREATE INDEX payments_method_status_date ON {s}.payments (method, status, date) INCLUDE (amount, id);
`,
  },
];

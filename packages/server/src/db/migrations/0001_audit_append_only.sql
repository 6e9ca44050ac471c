-- The audit trail is append-only. This trigger refuses UPDATE, DELETE and TRUNCATE for every
-- role on both PGlite and PostgreSQL. On a PostgreSQL server, also run Kith as a role that does
-- not own the table (see docs/adr/0003-audit-trail.md) so the trigger cannot be dropped by the app.
CREATE OR REPLACE FUNCTION kith_audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION kith_audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION kith_audit_events_append_only();

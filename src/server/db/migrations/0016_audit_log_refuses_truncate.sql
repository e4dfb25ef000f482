-- Row triggers do not fire on TRUNCATE, so the append-only tables refuse it with a statement trigger as well.
-- Backups are unaffected: pg_restore --clean drops and recreates tables, and PGlite restores a whole data directory.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER task_status_events_no_truncate BEFORE TRUNCATE ON task_status_events
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER agreement_events_no_truncate BEFORE TRUNCATE ON agreement_events
  FOR EACH STATEMENT EXECUTE FUNCTION forbid_change();

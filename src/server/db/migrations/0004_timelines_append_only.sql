-- A task's status timeline and an agreement's lifecycle are evidence: nobody edits or deletes them.
CREATE TRIGGER task_status_events_append_only BEFORE UPDATE OR DELETE ON task_status_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();
--> statement-breakpoint
CREATE TRIGGER agreement_events_append_only BEFORE UPDATE OR DELETE ON agreement_events
  FOR EACH ROW EXECUTE FUNCTION forbid_change();

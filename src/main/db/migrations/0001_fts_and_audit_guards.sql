-- Full-text search over every free-text field of a report (FTS5, external content: the text
-- lives once, in `reports`; triggers keep the index in step). Prefix indexes make "cart*" fast.
CREATE VIRTUAL TABLE `reports_fts` USING fts5(
  `ref_code`, `what_happened`, `what_could_have_happened`, `what_stopped_it`, `location_details`,
  `involved_roles`, `immediate_action`, `reporter_role`, `closure_note`, `feedback_to_staff`,
  content='reports', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `reports_fts_ai` AFTER INSERT ON `reports` BEGIN
  INSERT INTO `reports_fts`(rowid, `ref_code`, `what_happened`, `what_could_have_happened`, `what_stopped_it`, `location_details`, `involved_roles`, `immediate_action`, `reporter_role`, `closure_note`, `feedback_to_staff`)
  VALUES (new.id, new.ref_code, new.what_happened, new.what_could_have_happened, new.what_stopped_it, new.location_details, new.involved_roles, new.immediate_action, new.reporter_role, new.closure_note, new.feedback_to_staff);
END;
--> statement-breakpoint
CREATE TRIGGER `reports_fts_ad` AFTER DELETE ON `reports` BEGIN
  INSERT INTO `reports_fts`(`reports_fts`, rowid, `ref_code`, `what_happened`, `what_could_have_happened`, `what_stopped_it`, `location_details`, `involved_roles`, `immediate_action`, `reporter_role`, `closure_note`, `feedback_to_staff`)
  VALUES ('delete', old.id, old.ref_code, old.what_happened, old.what_could_have_happened, old.what_stopped_it, old.location_details, old.involved_roles, old.immediate_action, old.reporter_role, old.closure_note, old.feedback_to_staff);
END;
--> statement-breakpoint
CREATE TRIGGER `reports_fts_au` AFTER UPDATE ON `reports` BEGIN
  INSERT INTO `reports_fts`(`reports_fts`, rowid, `ref_code`, `what_happened`, `what_could_have_happened`, `what_stopped_it`, `location_details`, `involved_roles`, `immediate_action`, `reporter_role`, `closure_note`, `feedback_to_staff`)
  VALUES ('delete', old.id, old.ref_code, old.what_happened, old.what_could_have_happened, old.what_stopped_it, old.location_details, old.involved_roles, old.immediate_action, old.reporter_role, old.closure_note, old.feedback_to_staff);
  INSERT INTO `reports_fts`(rowid, `ref_code`, `what_happened`, `what_could_have_happened`, `what_stopped_it`, `location_details`, `involved_roles`, `immediate_action`, `reporter_role`, `closure_note`, `feedback_to_staff`)
  VALUES (new.id, new.ref_code, new.what_happened, new.what_could_have_happened, new.what_stopped_it, new.location_details, new.involved_roles, new.immediate_action, new.reporter_role, new.closure_note, new.feedback_to_staff);
END;
--> statement-breakpoint
-- Index reports that existed before this migration.
INSERT INTO `reports_fts`(`reports_fts`) VALUES ('rebuild');
--> statement-breakpoint
-- The audit log is append-only: history that can be edited is not history.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

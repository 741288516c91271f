CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`entity_uid` text,
	`detail` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`linked_type` text,
	`linked_id` integer,
	`presenter` text,
	`minutes_allotted` integer,
	`notes` text,
	`decision` text,
	`recommendation` text,
	`recommendation_owner` text,
	`response_due_on` text,
	`management_response` text,
	`response_received_on` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_items_uid_unique` ON `agenda_items` (`uid`);--> statement-breakpoint
CREATE INDEX `agenda_items_meeting_idx` ON `agenda_items` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`member_id` integer,
	`guest_name` text,
	`attendance` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendance_meeting_idx` ON `meeting_attendance` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`held_on` text NOT NULL,
	`start_time` text,
	`end_time` text,
	`place` text,
	`chair_member_id` integer,
	`recorder_member_id` integer,
	`period_start` text,
	`period_end` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`minutes_posted_where` text,
	`minutes_posted_on` text,
	`approved_at` text,
	`approved_at_meeting_id` integer,
	`minutes_snapshot` text,
	`next_meeting_note` text,
	FOREIGN KEY (`chair_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorder_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_uid_unique` ON `meetings` (`uid`);--> statement-breakpoint
CREATE TABLE `minutes_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`meeting_id` integer NOT NULL,
	`amended_on` text NOT NULL,
	`text` text NOT NULL,
	`approved_at_meeting_id` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_amendments_uid_unique` ON `minutes_amendments` (`uid`);--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_uid_unique` ON `categories` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `categories_name_unique` ON `categories` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `conditions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`branch` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conditions_uid_unique` ON `conditions` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `conditions_name_unique` ON `conditions` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `locations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `locations_uid_unique` ON `locations` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `locations_name_unique` ON `locations` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`role` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_uid_unique` ON `members` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_name_unique` ON `members` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`report_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`byte_size` integer NOT NULL,
	`sha256` text NOT NULL,
	`stored_path` text NOT NULL,
	`caption` text,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_uid_unique` ON `attachments` (`uid`);--> statement-breakpoint
CREATE TABLE `report_conditions` (
	`report_id` integer NOT NULL,
	`condition_id` integer NOT NULL,
	PRIMARY KEY(`report_id`, `condition_id`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`condition_id`) REFERENCES `conditions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_conditions_condition_idx` ON `report_conditions` (`condition_id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`ref_code` text NOT NULL,
	`occurred_on` text NOT NULL,
	`occurred_time` text,
	`time_slot` text,
	`location_id` integer NOT NULL,
	`location_details` text,
	`category_id` integer,
	`what_happened` text NOT NULL,
	`what_could_have_happened` text,
	`what_stopped_it` text,
	`involved_students` integer DEFAULT 0 NOT NULL,
	`involved_staff` integer DEFAULT 0 NOT NULL,
	`involved_visitors` integer DEFAULT 0 NOT NULL,
	`involved_roles` text,
	`immediate_action` text,
	`reporter_name` text,
	`reporter_anonymous` integer DEFAULT false NOT NULL,
	`reporter_role` text,
	`severity` integer,
	`likelihood` integer,
	`risk_level` text,
	`triage_decision` text,
	`status` text DEFAULT 'new' NOT NULL,
	`closure_note` text,
	`feedback_to_staff` text,
	`closed_at` text,
	`same_event_as_id` integer,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`same_event_as_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_uid_unique` ON `reports` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_ref_code_unique` ON `reports` (`ref_code`);--> statement-breakpoint
CREATE INDEX `reports_occurred_on_idx` ON `reports` (`occurred_on`);--> statement-breakpoint
CREATE INDEX `reports_status_idx` ON `reports` (`status`);--> statement-breakpoint
CREATE INDEX `reports_location_idx` ON `reports` (`location_id`);--> statement-breakpoint
CREATE INDEX `reports_category_idx` ON `reports` (`category_id`);--> statement-breakpoint
CREATE INDEX `reports_risk_idx` ON `reports` (`risk_level`);--> statement-breakpoint
CREATE INDEX `reports_risk_rank_idx` ON `reports` ((CASE "risk_level" WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END),`occurred_on`,`id`);--> statement-breakpoint
CREATE INDEX `reports_same_event_idx` ON `reports` (`same_event_as_id`);--> statement-breakpoint
CREATE INDEX `reports_created_idx` ON `reports` (`created_at`);--> statement-breakpoint
CREATE TABLE `actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`worksheet_id` integer,
	`cause_id` integer,
	`report_id` integer,
	`agenda_item_id` integer,
	`description` text NOT NULL,
	`control_type` text NOT NULL,
	`strength` text NOT NULL,
	`owner_member_id` integer,
	`owner_name` text,
	`due_on` text,
	`success_measure` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`dropped_reason` text,
	`done_on` text,
	`check_due_on` text,
	`checked_on` text,
	`check_result` text,
	`check_effective` integer,
	FOREIGN KEY (`worksheet_id`) REFERENCES `worksheets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cause_id`) REFERENCES `worksheet_causes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actions_uid_unique` ON `actions` (`uid`);--> statement-breakpoint
CREATE INDEX `actions_status_idx` ON `actions` (`status`);--> statement-breakpoint
CREATE INDEX `actions_due_idx` ON `actions` (`due_on`);--> statement-breakpoint
CREATE INDEX `actions_worksheet_idx` ON `actions` (`worksheet_id`);--> statement-breakpoint
CREATE INDEX `actions_cause_idx` ON `actions` (`cause_id`);--> statement-breakpoint
CREATE INDEX `actions_report_idx` ON `actions` (`report_id`);--> statement-breakpoint
CREATE TABLE `worksheet_causes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`worksheet_id` integer NOT NULL,
	`branch` text NOT NULL,
	`text` text NOT NULL,
	`is_root_cause` integer DEFAULT false NOT NULL,
	`condition_id` integer,
	`statement` text,
	`no_action_reason` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`worksheet_id`) REFERENCES `worksheets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`condition_id`) REFERENCES `conditions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `worksheet_causes_uid_unique` ON `worksheet_causes` (`uid`);--> statement-breakpoint
CREATE INDEX `worksheet_causes_worksheet_idx` ON `worksheet_causes` (`worksheet_id`);--> statement-breakpoint
CREATE TABLE `worksheet_reports` (
	`worksheet_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	PRIMARY KEY(`worksheet_id`, `report_id`),
	FOREIGN KEY (`worksheet_id`) REFERENCES `worksheets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `worksheet_reports_report_idx` ON `worksheet_reports` (`report_id`);--> statement-breakpoint
CREATE TABLE `worksheet_whys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`worksheet_id` integer NOT NULL,
	`position` integer NOT NULL,
	`question` text,
	`answer` text NOT NULL,
	FOREIGN KEY (`worksheet_id`) REFERENCES `worksheets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `worksheets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`title` text NOT NULL,
	`problem_statement` text,
	`timeline` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`completed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `worksheets_uid_unique` ON `worksheets` (`uid`);
CREATE TABLE `office` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`code` text NOT NULL,
	`district` text NOT NULL,
	`township` text NOT NULL,
	`address` text,
	`head` text,
	`phone` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "office_single_row" CHECK("office"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`id_number` text NOT NULL,
	`gender` text NOT NULL,
	`birth_date` text NOT NULL,
	`ethnicity` text NOT NULL,
	`political_status` text NOT NULL,
	`education` text NOT NULL,
	`post` text NOT NULL,
	`staffing_type` text NOT NULL,
	`start_date` text,
	`phone` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_id_number_unique` ON `staff` (`id_number`);--> statement-breakpoint
CREATE INDEX `staff_name_pinyin_idx` ON `staff` (`name_pinyin`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`method` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);
CREATE TABLE `package_export` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`format_version` text NOT NULL,
	`key_fingerprint` text NOT NULL,
	`counts` text NOT NULL,
	`actor` text NOT NULL,
	`exported_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `prevention_figure` (
	`month` text PRIMARY KEY NOT NULL,
	`criminal_cases` integer DEFAULT 0 NOT NULL,
	`criminal_persons` integer DEFAULT 0 NOT NULL,
	`petition_cases` integer DEFAULT 0 NOT NULL,
	`petition_persons` integer DEFAULT 0 NOT NULL,
	`suicide_cases` integer DEFAULT 0 NOT NULL,
	`suicide_persons` integer DEFAULT 0 NOT NULL,
	`fights` integer DEFAULT 0 NOT NULL,
	`prevented_disputes` integer DEFAULT 0 NOT NULL,
	`note` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `district_office` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`registered_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `district_package` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`office_code` text NOT NULL,
	`office_name` text NOT NULL,
	`period` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`format_version` text NOT NULL,
	`exported_at` text NOT NULL,
	`key_fingerprint` text NOT NULL,
	`counts` text NOT NULL,
	`imported_at` text NOT NULL,
	`replaced_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `district_package_sha_unique` ON `district_package` (`sha256`);--> statement-breakpoint
CREATE INDEX `district_package_office_period_idx` ON `district_package` (`office_code`,`period`);--> statement-breakpoint
CREATE TABLE `district_record` (
	`package_id` integer NOT NULL,
	`entity` text NOT NULL,
	`record_key` text NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`package_id`, `entity`, `record_key`),
	FOREIGN KEY (`package_id`) REFERENCES `district_package`(`id`) ON UPDATE no action ON DELETE cascade
);

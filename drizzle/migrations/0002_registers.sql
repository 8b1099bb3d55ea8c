CREATE TABLE `cpc_branch` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`founded_on` text NOT NULL,
	`approved_by` text,
	`term_start` text,
	`term_end` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cpc_meeting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`kind` text NOT NULL,
	`held_on` text NOT NULL,
	`start_time` text,
	`place` text NOT NULL,
	`host` text NOT NULL,
	`recorder` text NOT NULL,
	`expected_count` integer NOT NULL,
	`present_count` integer NOT NULL,
	`absentees` text DEFAULT '[]' NOT NULL,
	`guests` text,
	`topics` text NOT NULL,
	`summary` text,
	`resolutions` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `cpc_branch`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `cpc_meeting_branch_held_idx` ON `cpc_meeting` (`branch_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `cpc_meeting_kind_idx` ON `cpc_meeting` (`kind`,`held_on`);--> statement-breakpoint
CREATE TABLE `cpc_member` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`staff_id` integer,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`id_number` text,
	`gender` text NOT NULL,
	`birth_date` text NOT NULL,
	`ethnicity` text NOT NULL,
	`education` text NOT NULL,
	`joined_on` text NOT NULL,
	`full_on` text,
	`member_type` text NOT NULL,
	`party_post` text NOT NULL,
	`transferred_in_on` text,
	`transferred_out_on` text,
	`phone` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `cpc_branch`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `cpc_member_branch_idx` ON `cpc_member` (`branch_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `cpc_member_id_number_unique` ON `cpc_member` (`id_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `cpc_member_staff_unique` ON `cpc_member` (`staff_id`);--> statement-breakpoint
CREATE INDEX `cpc_member_name_pinyin_idx` ON `cpc_member` (`name_pinyin`);--> statement-breakpoint
CREATE TABLE `committee` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`kind` text NOT NULL,
	`field` text,
	`filing_number` text,
	`filed_on` text,
	`founded_on` text,
	`address` text,
	`phone` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `committee_name_pinyin_idx` ON `committee` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `committee_kind_idx` ON `committee` (`kind`);--> statement-breakpoint
CREATE TABLE `committee_member` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`name` text NOT NULL,
	`gender` text NOT NULL,
	`ethnicity` text,
	`role` text NOT NULL,
	`term_start` text NOT NULL,
	`term_end` text NOT NULL,
	`left_on` text,
	`phone` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committee`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `committee_member_committee_idx` ON `committee_member` (`committee_id`);--> statement-breakpoint
CREATE TABLE `enterprise` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`credit_code` text NOT NULL,
	`employees` integer NOT NULL,
	`address` text,
	`contact` text,
	`phone` text,
	`committee_id` integer,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committee`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_credit_code_unique` ON `enterprise` (`credit_code`);--> statement-breakpoint
CREATE INDEX `enterprise_name_pinyin_idx` ON `enterprise` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `enterprise_committee_idx` ON `enterprise` (`committee_id`);--> statement-breakpoint
CREATE TABLE `mediator` (
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
	`phone` text,
	`committee_id` integer NOT NULL,
	`employment` text NOT NULL,
	`qualifications` text,
	`in_expert_pool` integer DEFAULT false NOT NULL,
	`expert_field` text,
	`title` text,
	`started_on` text,
	`left_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committee`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mediator_id_number_unique` ON `mediator` (`id_number`);--> statement-breakpoint
CREATE INDEX `mediator_name_pinyin_idx` ON `mediator` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `mediator_committee_idx` ON `mediator` (`committee_id`);--> statement-breakpoint
CREATE TABLE `mediator_discipline` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mediator_id` integer NOT NULL,
	`occurred_on` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`detail` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mediator_id`) REFERENCES `mediator`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mediator_discipline_mediator_idx` ON `mediator_discipline` (`mediator_id`);--> statement-breakpoint
CREATE TABLE `mediator_training` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mediator_id` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`hours` integer,
	`organizer` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mediator_id`) REFERENCES `mediator`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mediator_training_mediator_idx` ON `mediator_training` (`mediator_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `joint_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_unit_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`kind` text NOT NULL,
	`place` text NOT NULL,
	`our_participants` text NOT NULL,
	`partner_participants` text NOT NULL,
	`summary` text NOT NULL,
	`results` text,
	`cases_count` integer,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`partner_unit_id`) REFERENCES `partner_unit`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `joint_activity_partner_idx` ON `joint_activity` (`partner_unit_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `joint_activity_held_idx` ON `joint_activity` (`held_on`);--> statement-breakpoint
CREATE TABLE `partner_unit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`address` text,
	`contact` text,
	`phone` text,
	`agreement_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `partner_unit_kind_idx` ON `partner_unit` (`kind`);--> statement-breakpoint
CREATE TABLE `investigation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`level` text NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`conducted_on` text NOT NULL,
	`grid` text,
	`investigators` text NOT NULL,
	`method` text,
	`responsible` text NOT NULL,
	`reported_on` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `investigation_period_idx` ON `investigation` (`level`,`period`);--> statement-breakpoint
CREATE INDEX `investigation_conducted_idx` ON `investigation` (`conducted_on`);--> statement-breakpoint
CREATE TABLE `investigation_finding` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`investigation_id` integer NOT NULL,
	`category` text NOT NULL,
	`summary` text NOT NULL,
	`parties` text NOT NULL,
	`grid` text,
	`risk_level` text NOT NULL,
	`responsible` text NOT NULL,
	`status` text NOT NULL,
	`major` integer DEFAULT false NOT NULL,
	`resolved_on` text,
	`case_id` integer,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigation`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `investigation_finding_round_idx` ON `investigation_finding` (`investigation_id`);--> statement-breakpoint
CREATE INDEX `investigation_finding_open_idx` ON `investigation_finding` (`major`,`status`);--> statement-breakpoint
CREATE TABLE `attachment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_type` text NOT NULL,
	`owner_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`role` text DEFAULT 'other' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attachment_owner_idx` ON `attachment` (`owner_type`,`owner_id`);--> statement-breakpoint
CREATE INDEX `attachment_sha_idx` ON `attachment` (`sha256`);
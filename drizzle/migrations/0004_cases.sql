CREATE TABLE `case_agent` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`party_id` integer NOT NULL,
	`name` text NOT NULL,
	`id_number` text,
	`phone` text,
	`kind` text NOT NULL,
	`authority` text,
	`authority_text` text,
	`relation` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `case_party`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_agent_party_idx` ON `case_agent` (`party_id`);--> statement-breakpoint
CREATE TABLE `case_mediator` (
	`case_id` integer NOT NULL,
	`mediator_id` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`case_id`, `mediator_id`),
	FOREIGN KEY (`case_id`) REFERENCES `mediation_case`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mediator_id`) REFERENCES `mediator`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `case_mediator_mediator_idx` ON `case_mediator` (`mediator_id`);--> statement-breakpoint
CREATE TABLE `case_party` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`role` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`gender` text,
	`ethnicity` text,
	`birth_date` text,
	`occupation` text,
	`id_number` text,
	`credit_code` text,
	`legal_representative` text,
	`phone` text,
	`address` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_case`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_party_case_idx` ON `case_party` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_party_id_number_idx` ON `case_party` (`id_number`);--> statement-breakpoint
CREATE INDEX `case_party_name_phone_idx` ON `case_party` (`name`,`phone`);--> statement-breakpoint
CREATE INDEX `case_party_credit_code_idx` ON `case_party` (`credit_code`);--> statement-breakpoint
CREATE TABLE `case_search_gram` (
	`gram` text NOT NULL,
	`case_id` integer NOT NULL,
	PRIMARY KEY(`gram`, `case_id`),
	FOREIGN KEY (`case_id`) REFERENCES `mediation_case`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `case_search_gram_case_idx` ON `case_search_gram` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_step` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`people` text,
	`content` text,
	`data` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_case`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_step_case_idx` ON `case_step` (`case_id`,`kind`);--> statement-breakpoint
CREATE TABLE `mediation_case` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`source` text NOT NULL,
	`source_detail` text,
	`finding_id` integer,
	`received_on` text NOT NULL,
	`category` text NOT NULL,
	`facts` text NOT NULL,
	`requests` text,
	`amount_fen` integer,
	`note` text,
	`state` text DEFAULT 'received' NOT NULL,
	`accepted_on` text,
	`concluded_on` text,
	`agreement_form` text,
	`agreement_effective_on` text,
	`agreement_amount_fen` integer,
	`entered_at` text,
	`deleted_at` text,
	`delete_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committee`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`finding_id`) REFERENCES `investigation_finding`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `case_committee_state_received_idx` ON `mediation_case` (`committee_id`,`state`,`received_on`);--> statement-breakpoint
CREATE INDEX `case_received_idx` ON `mediation_case` (`received_on`);--> statement-breakpoint
CREATE INDEX `case_live_received_idx` ON `mediation_case` (`received_on`) WHERE "mediation_case"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `case_state_received_idx` ON `mediation_case` (`state`,`received_on`);--> statement-breakpoint
CREATE INDEX `case_concluded_idx` ON `mediation_case` (`concluded_on`);--> statement-breakpoint
CREATE INDEX `case_category_idx` ON `mediation_case` (`category`);--> statement-breakpoint
CREATE INDEX `case_source_received_idx` ON `mediation_case` (`source`,`received_on`);--> statement-breakpoint
CREATE INDEX `case_finding_idx` ON `mediation_case` (`finding_id`);--> statement-breakpoint
CREATE TABLE `dossier` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`committee_id` integer NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`opened_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`closed_by` text,
	`closed_on` text,
	`retention` text,
	`reopened_on` text,
	`reopen_reason` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_case`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`committee_id`) REFERENCES `committee`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dossier_case_unique` ON `dossier` (`case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `dossier_number_unique` ON `dossier` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `dossier_committee_year_seq_unique` ON `dossier` (`committee_id`,`year`,`seq`);--> statement-breakpoint
CREATE INDEX `dossier_status_idx` ON `dossier` (`status`);--> statement-breakpoint
CREATE TABLE `dossier_counter` (
	`committee_id` integer NOT NULL,
	`year` integer NOT NULL,
	`last_seq` integer NOT NULL,
	PRIMARY KEY(`committee_id`, `year`),
	FOREIGN KEY (`committee_id`) REFERENCES `committee`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `dossier_part_mark` (
	`dossier_id` integer NOT NULL,
	`part` text NOT NULL,
	`marked_on` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`dossier_id`, `part`),
	FOREIGN KEY (`dossier_id`) REFERENCES `dossier`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `dispute_category` (
	`code` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`parent_code` text,
	`builtin` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `setting` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `committee` ADD `short_name` text;
--> statement-breakpoint
-- Hand-written below (drizzle-kit knows no virtual tables): the case search index, one row per case, rowid = case id.
-- Columns: number (卷号), names (parties' and agents' names), keys (pinyin initials and full pinyin, ID numbers, credit codes, phones), facts.
CREATE VIRTUAL TABLE `case_search` USING fts5(`number`, `names`, `keys`, `facts`, tokenize = 'trigram');
--> statement-breakpoint
INSERT INTO `dispute_category` (`code`, `label`, `parent_code`, `builtin`, `active`, `sort_order`, `created_at`, `updated_at`) VALUES
  ('01', '婚姻家庭纠纷', NULL, 1, 1, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('02', '邻里纠纷', NULL, 1, 1, 2, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('03', '房屋宅基地纠纷', NULL, 1, 1, 3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('04', '合同纠纷', NULL, 1, 1, 4, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('05', '生产经营纠纷', NULL, 1, 1, 5, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('06', '损害赔偿纠纷', NULL, 1, 1, 6, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('07', '山林土地纠纷', NULL, 1, 1, 7, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('08', '征地拆迁纠纷', NULL, 1, 1, 8, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('09', '环境污染纠纷', NULL, 1, 1, 9, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('10', '劳动争议纠纷', NULL, 1, 1, 10, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('11', '消费纠纷', NULL, 1, 1, 11, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('12', '医疗纠纷', NULL, 1, 1, 12, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('13', '道路交通事故纠纷', NULL, 1, 1, 13, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('14', '物业纠纷', NULL, 1, 1, 14, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  ('99', '其他纠纷', NULL, 1, 1, 99, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

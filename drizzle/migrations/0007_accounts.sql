CREATE TABLE `auth_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`recovery_hash` text,
	`recovery_failures` integer DEFAULT 0 NOT NULL,
	`recovery_locked_until` text,
	`idle_lock_minutes` integer DEFAULT 15 NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "auth_state_single_row" CHECK("auth_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `user_account` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`session_epoch` integer DEFAULT 0 NOT NULL,
	`last_login_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "user_account_role" CHECK("user_account"."role" in ('admin', 'staff', 'readonly'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_account_username` ON `user_account` (`username`);
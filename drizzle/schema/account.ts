// Tables of accounts (账户): the users who log in, and the office's one row of authentication state.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const userAccount = sqliteTable(
  'user_account',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lower-case login name. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** admin | staff | readonly */
    role: text('role').notNull(),
    /** `scrypt$N$r$p$<salt b64>$<hash b64>` */
    passwordHash: text('password_hash').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    /** Raised whenever the password changes or the account is disabled: older sessions end. */
    sessionEpoch: integer('session_epoch').notNull().default(0),
    lastLoginAt: text('last_login_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('user_account_username').on(t.username),
    check('user_account_role', sql`${t.role} in ('admin', 'staff', 'readonly')`),
  ],
);

export const authState = sqliteTable(
  'auth_state',
  {
    /** Always 1. */
    id: integer('id').primaryKey(),
    /** scrypt hash of the administrator recovery code shown once at setup (and after each use). */
    recoveryHash: text('recovery_hash'),
    recoveryFailures: integer('recovery_failures').notNull().default(0),
    recoveryLockedUntil: text('recovery_locked_until'),
    idleLockMinutes: integer('idle_lock_minutes').notNull().default(15),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('auth_state_single_row', sql`${t.id} = 1`)],
);

export type UserAccountRow = typeof userAccount.$inferSelect;

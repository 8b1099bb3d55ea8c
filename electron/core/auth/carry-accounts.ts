// After an in-app restore: a backup taken before accounts existed would leave no account (first-run setup open to anyone), so the accounts in use are carried over.
import { authState, userAccount, type UserAccountRow } from '../../../drizzle/schema';
import { createAuditWriter } from '../audit';
import type { DatabaseHandle } from '../db/open';
import { accountCount, readAuthState } from './accounts';

export interface AccountsSnapshot {
  users: UserAccountRow[];
  state: typeof authState.$inferSelect | undefined;
}

/** The accounts and auth state of the database about to be replaced (read before it is closed). */
export function readAccounts(handle: DatabaseHandle): AccountsSnapshot {
  return { users: handle.db.select().from(userAccount).all(), state: readAuthState(handle.db) };
}

/**
 * When the restored database has no account but the replaced one had, copies the accounts and the auth state
 * (recovery code, idle lock) into it, in one transaction with an audit row that says so. Returns how many were copied.
 */
export function carryAccountsOver(handle: DatabaseHandle, saved: AccountsSnapshot, at: Date, actor: string): number {
  if (saved.users.length === 0) return 0;
  return handle.sqlite.transaction(() => {
    if (accountCount(handle.db) > 0) return 0;
    for (const user of saved.users) handle.db.insert(userAccount).values(user).run();
    if (saved.state) {
      const { id: _id, ...state } = saved.state;
      handle.db.insert(authState).values(saved.state).onConflictDoUpdate({ target: authState.id, set: state }).run();
    }
    const audit = createAuditWriter(handle.db, { at: at.toISOString(), actor, method: 'backup.restore' });
    audit({
      entity: 'user_account',
      entityId: null,
      before: null,
      after: { result: 'carried-over', reason: '备份中没有账户，沿用恢复前的账户', usernames: saved.users.map((u) => u.username) },
    });
    return saved.users.length;
  }).immediate();
}

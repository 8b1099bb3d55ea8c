// Who may call what: each role's permissions and each contract method's required permission. The core enforces
// it on every call that comes through a transport; the renderer reads the same table to hide what a role cannot do.
import { contract, type MethodName } from './contract';
import type { Role } from './schemas/auth';

/**
 * - public: before login (status, setup, login, recovery).
 * - read: any logged-in user; personal data in the output is masked for roles without `sensitive`.
 * - sensitive: outputs that cannot be masked (scans, upload packages) or reveal full values.
 * - write: enter and edit the registers.
 * - admin: accounts, restore, security settings, the audit log, trusting a district office's key.
 */
export type Permission = 'public' | 'read' | 'sensitive' | 'write' | 'admin';

export const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set(['public', 'read', 'sensitive', 'write', 'admin']),
  staff: new Set(['public', 'read', 'sensitive', 'write']),
  readonly: new Set(['public', 'read']),
};

/** Methods whose permission is not the default (query → read, mutation → write). */
const overrides: Partial<Record<MethodName, Permission>> = {
  'auth.status': 'public',
  'auth.setup': 'public',
  'auth.login': 'public',
  'auth.recover': 'public',
  // Unlock and logout act on the caller's own session, which may be locked.
  'auth.unlock': 'public',
  'auth.logout': 'public',
  'auth.lock': 'public',
  // Any logged-in user manages their own password and recovery code (the latter checked as admin inside).
  'auth.changePassword': 'read',
  'auth.newRecoveryCode': 'admin',
  'user.list': 'admin',
  'user.create': 'admin',
  'user.update': 'admin',
  'user.resetPassword': 'admin',
  'user.unlock': 'admin',
  'security.get': 'read',
  'security.save': 'admin',
  'audit.list': 'admin',
  'audit.get': 'admin',
  'audit.facets': 'admin',
  'audit.verify': 'admin',
  'attachment.read': 'sensitive',
  'package.download': 'sensitive',
  'package.exports': 'sensitive',
  'package.preflight': 'sensitive',
  'package.exportStatus': 'sensitive',
  'package.exportStart': 'sensitive',
  'package.exportCancel': 'sensitive',
  'district.saveOffice': 'admin',
  'district.removeOffice': 'admin',
  'backup.list': 'admin',
  'backup.settings': 'admin',
  'backup.saveSettings': 'admin',
  'backup.restore': 'admin',
  'backup.create': 'write',
  // Queries that act like writes: the batch writes PDFs into <data>/exports (over staff's full dossiers) and
  // its cancel is global.
  'document.batchStart': 'write',
  'document.batchCancel': 'write',
  // Entry and import checks answer with what matched a guessed ID number or phone (matchedBy, the rows of a
  // file): oracles for masked values, and only the entry/import flows of writers use them.
  'case.checkDuplicates': 'write',
  'xlsx.preview': 'write',
  'template.check': 'write',
};

export function permissionOf(method: MethodName): Permission {
  return overrides[method] ?? (contract[method].mutates ? 'write' : 'read');
}

export function roleMay(role: Role, method: MethodName): boolean {
  return rolePermissions[role].has(permissionOf(method));
}

/** Roles with the right to see full ID numbers and phones (on a detail view, each reveal audited). */
export function seesSensitive(role: Role): boolean {
  return rolePermissions[role].has('sensitive');
}

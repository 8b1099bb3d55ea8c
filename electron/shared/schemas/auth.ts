// Accounts (账户), roles, sessions and the office's security settings: what the login, setup and user screens exchange.
import { z } from 'zod';
import { instant, recordId, requiredText } from './common';
import { officeInput } from './office';

/** 所长/管理员 · 工作人员 · 只读 — see electron/shared/access.ts for what each may do. */
export const roles = ['admin', 'staff', 'readonly'] as const;
export type Role = (typeof roles)[number];
export const roleLabels: Record<Role, string> = { admin: '所长/管理员', staff: '工作人员', readonly: '只读' };
export const role = z.enum(roles, '请选择角色');

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Login names: ASCII letters, digits, `.`, `_`, `-`; compared case-insensitively (stored lower-case). */
export const username = z
  .string('请填写用户名')
  .trim()
  .min(2, '用户名至少2个字符')
  .max(32, '用户名不能超过32个字符')
  .regex(/^[A-Za-z0-9._-]+$/, '用户名只能使用英文字母、数字、点、下划线和短横线')
  .transform((v) => v.toLowerCase());

/** A new password: 8–128 characters with at least one letter and one digit. Not trimmed: spaces count. */
export function newPassword(label = '密码') {
  return z
    .string(`请填写${label}`)
    .min(PASSWORD_MIN, `${label}至少${PASSWORD_MIN}个字符`)
    .max(PASSWORD_MAX, `${label}不能超过${PASSWORD_MAX}个字符`)
    .refine((v) => /\p{L}/u.test(v) && /\d/.test(v), `${label}应同时包含字母和数字`);
}

/** A password being checked (login, unlock): any non-empty string up to the limit. */
export const givenPassword = z.string('请填写密码').min(1, '请填写密码').max(PASSWORD_MAX, '密码过长');

export const displayName = requiredText('姓名', 30);

export const user = z.object({
  id: recordId,
  username: z.string(),
  displayName: z.string(),
  role,
  disabled: z.boolean(),
  /** Set while locked after 5 failed logins (ISO instant); null when not locked. */
  lockedUntil: instant.nullable(),
  lastLoginAt: instant.nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type User = z.output<typeof user>;

/** Who is logged in on this session. */
export const sessionUser = z.object({ id: recordId, username: z.string(), displayName: z.string(), role });
export type SessionUser = z.output<typeof sessionUser>;

export const authStatus = z.object({
  /** No account exists yet: the first-run setup must run before anything else. */
  needsSetup: z.boolean(),
  /** The office's name and code when its profile exists (setup then only asks for the administrator). */
  office: z.object({ name: z.string(), code: z.string() }).nullable(),
  /** The logged-in user of this session; null when not logged in. */
  user: sessionUser.nullable(),
  /** True when this session's user is known but the session locked itself after idling: ask for the password again. */
  locked: z.boolean(),
  /** Minutes without activity after which a session locks. */
  idleLockMinutes: z.int(),
});
export type AuthStatus = z.output<typeof authStatus>;

const confirmed = { message: '两次输入的密码不一致', path: ['confirm'] };
const matches = (v: { password: string; confirm: string }) => v.confirm === v.password;

export const setupInput = z.object({
  /** Required when the office profile does not exist yet; ignored (must be absent) when it does. */
  office: officeInput.nullish().transform((v) => v ?? null),
  admin: z.object({ username, displayName, password: newPassword(), confirm: z.string('请再次输入密码') }).refine(matches, confirmed),
});
export type SetupInput = z.input<typeof setupInput>;

/** The recovery code is shown once, at setup and after each use; only its scrypt hash is stored. */
export const recoveryCodeOutput = z.object({ recoveryCode: z.string() });

export const setupOutput = z.object({ user: sessionUser, recoveryCode: z.string() });

export const loginInput = z.object({ username: z.string('请填写用户名').trim().min(1, '请填写用户名').max(64, '用户名过长'), password: givenPassword });
export const unlockInput = z.object({ password: givenPassword });

export const recoverInput = z
  .object({
    username: z.string('请填写用户名').trim().min(1, '请填写用户名').max(64, '用户名过长'),
    recoveryCode: z.string('请填写恢复码').trim().min(1, '请填写恢复码').max(64, '恢复码过长'),
    password: newPassword('新密码'),
    confirm: z.string('请再次输入新密码'),
  })
  .refine((v) => v.confirm === v.password, { message: '两次输入的密码不一致', path: ['confirm'] });

export const changePasswordInput = z
  .object({ current: givenPassword, password: newPassword('新密码'), confirm: z.string('请再次输入新密码') })
  .refine((v) => v.confirm === v.password, { message: '两次输入的密码不一致', path: ['confirm'] });

export const userCreateInput = z
  .object({ username, displayName, role, password: newPassword(), confirm: z.string('请再次输入密码') })
  .refine(matches, confirmed);
export const userUpdateInput = z.object({ id: recordId, displayName, role, disabled: z.boolean('请选择是否停用') });
export const userResetPasswordInput = z
  .object({ id: recordId, password: newPassword('新密码'), confirm: z.string('请再次输入新密码') })
  .refine((v) => v.confirm === v.password, { message: '两次输入的密码不一致', path: ['confirm'] });

export const IDLE_LOCK_MINUTES_DEFAULT = 15;
export const securitySettings = z.object({
  idleLockMinutes: z.int('空闲锁定时间应为整数分钟').min(1, '空闲锁定时间至少1分钟').max(240, '空闲锁定时间不能超过240分钟'),
});
export type SecuritySettings = z.output<typeof securitySettings>;

/** A sensitive field's full value, shown on a detail view to a permitted role (each reveal is audited). */
export const okOutput = z.object({ ok: z.literal(true) });

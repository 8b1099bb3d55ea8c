// The 状态 column of 账户管理: 正常, 已停用 or 已锁定至 HH:mm (Beijing time). Pure, tested in Node.

export interface UserStatusFacts {
  disabled: boolean;
  lockedUntil: string | null;
}

const hhmm = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** True while a lock set after 5 failed logins has not run out. */
export function isLocked(user: UserStatusFacts, now: Date): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now.getTime();
}

export function userStatus(user: UserStatusFacts, now: Date): { text: string; tone: 'ok' | 'off' | 'locked' } {
  if (user.disabled) return { text: '已停用', tone: 'off' };
  if (isLocked(user, now)) return { text: `已锁定至 ${hhmm.format(new Date(user.lockedUntil as string))}`, tone: 'locked' };
  return { text: '正常', tone: 'ok' };
}

/** 最近登录: 2025/03/07 09:30, or 从未登录. */
export function lastLoginText(at: string | null): string {
  return at === null ? '从未登录' : dateTime.format(new Date(at));
}

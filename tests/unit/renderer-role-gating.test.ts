// What the renderer shows each role: menu pages by their main method, and the 账户管理 status column.
import { describe, expect, it } from 'vitest';
import { roleMay } from '../../electron/shared/access';
import { contract, type MethodName } from '../../electron/shared/contract';
import type { Role } from '../../electron/shared/schemas/auth';
import { allowedRoutes, routeMethods } from '../../renderer/src/auth/route-access';
import { lastLoginText, userStatus } from '../../renderer/src/features/users/user-status';

const pages = ['dashboard', 'office', 'staff', 'cases', 'upload', 'district', 'system/audit', 'users', 'backup', 'settings'].map((path) => ({ path }));
const visible = (role: Role) => allowedRoutes(pages, (m) => roleMay(role, m as MethodName)).map((r) => r.path);

describe('allowedRoutes', () => {
  it('names only methods the contract has', () => {
    for (const method of Object.values(routeMethods)) expect(Object.keys(contract)).toContain(method);
  });

  it('gives the admin every page', () => {
    expect(visible('admin')).toEqual(pages.map((p) => p.path));
  });

  it('hides 审计日志, 账户管理 and 备份与恢复 from 工作人员', () => {
    expect(visible('staff')).toEqual(['dashboard', 'office', 'staff', 'cases', 'upload', 'district', 'settings']);
  });

  it('also hides 数据上报 from 只读', () => {
    expect(visible('readonly')).toEqual(['dashboard', 'office', 'staff', 'cases', 'district', 'settings']);
  });
});

describe('the write buttons follow roleMay', () => {
  const mutations = ['staff.create', 'staff.update', 'staff.delete', 'xlsx.import', 'dossier.close', 'attachment.add', 'office.save'] as const;
  it('只读 may call none of them, 工作人员 and the admin all', () => {
    for (const m of mutations) {
      expect(roleMay('readonly', m)).toBe(false);
      expect(roleMay('staff', m)).toBe(true);
      expect(roleMay('admin', m)).toBe(true);
    }
  });
});

describe('userStatus', () => {
  const now = new Date('2025-03-07T02:00:00Z'); // 10:00 in Beijing
  it('says 已停用 before anything else', () => {
    expect(userStatus({ disabled: true, lockedUntil: '2025-03-07T02:10:00Z' }, now).text).toBe('已停用');
  });
  it('says 已锁定至 HH:mm in Beijing time while the lock runs', () => {
    expect(userStatus({ disabled: false, lockedUntil: '2025-03-07T02:15:00Z' }, now)).toEqual({ text: '已锁定至 10:15', tone: 'locked' });
  });
  it('says 正常 once the lock has run out', () => {
    expect(userStatus({ disabled: false, lockedUntil: '2025-03-07T01:59:00Z' }, now).text).toBe('正常');
    expect(userStatus({ disabled: false, lockedUntil: null }, now).text).toBe('正常');
  });
  it('writes 最近登录 in Beijing time', () => {
    expect(lastLoginText(null)).toBe('从未登录');
    expect(lastLoginText('2025-03-06T16:05:00Z')).toBe('2025/03/07 00:05');
  });
});

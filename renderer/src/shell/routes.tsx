// The pages that exist, in menu order (glossary navigation: 工作台 · 本所信息 · 工作人员 · 党建 · 人民调解 · …).
import {
  ApartmentOutlined,
  BankOutlined,
  FolderOpenOutlined,
  FileSearchOutlined,
  FlagOutlined,
  SettingOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { cloneElement, isValidElement, type ReactNode } from 'react';
import { auditRoutes } from '../features/audit/routes';
import { backupRoutes } from '../features/backup/routes';
import { caseRoutes } from '../features/case/routes';
import { committeeRoutes, enterpriseRoutes } from '../features/committee/routes';
import { cpcRoutes } from '../features/cpc/routes';
import { dashboardRoutes } from '../features/dashboard/routes';
import { districtRoutes } from '../features/district/routes';
import { investigationRoutes } from '../features/investigation/routes';
import { jointActivityRoutes } from '../features/joint-activity/routes';
import { mediatorRoutes } from '../features/mediator/routes';
import { packageRoutes } from '../features/package/routes';
import { settingRoutes } from '../features/setting/routes';
import { statisticsRoutes } from '../features/statistics/routes';
import { userRoutes } from '../features/users/routes';
import { OfficePage } from '../features/office/office-page';
import { StaffPage } from '../features/staff/staff-page';
import type { AppRoute, MenuGroup } from './route-types';

export type { AppRoute } from './route-types';

export const menuGroups: Record<MenuGroup, { label: string; icon: ReactNode }> = {
  cpc: { label: '党建', icon: <FlagOutlined /> },
  mediation: { label: '人民调解', icon: <ApartmentOutlined /> },
  investigation: { label: '矛盾纠纷排查', icon: <FileSearchOutlined /> },
  case: { label: '调解案件与卷宗', icon: <FolderOpenOutlined /> },
  joint: { label: '共建活动', icon: <UsergroupAddOutlined /> },
  system: { label: '系统', icon: <SettingOutlined /> },
};

export const appRoutes: readonly AppRoute[] = [
  ...dashboardRoutes,
  { path: 'office', label: '本所信息', icon: <BankOutlined />, page: OfficePage },
  { path: 'staff', label: '工作人员', icon: <TeamOutlined />, page: StaffPage },
  ...cpcRoutes,
  ...committeeRoutes,
  ...mediatorRoutes,
  ...enterpriseRoutes,
  ...investigationRoutes,
  ...caseRoutes,
  ...jointActivityRoutes,
  ...statisticsRoutes,
  ...packageRoutes,
  ...districtRoutes,
  ...auditRoutes,
  ...userRoutes,
  ...backupRoutes,
  ...settingRoutes,
];

type MenuItem = NonNullable<MenuProps['items']>[number];

/** Menu icons are decoration: hidden from screen readers, which would otherwise read their English names (“dashboard”). */
function decorative(icon: ReactNode): ReactNode {
  return isValidElement<{ 'aria-hidden'?: boolean }>(icon) ? cloneElement(icon, { 'aria-hidden': true }) : icon;
}

/** Menu items in route order; grouped routes gather under their group where its first route stands. */
export function menuItems(routes: readonly AppRoute[]): MenuItem[] {
  const items: MenuItem[] = [];
  const groups = new Map<MenuGroup, MenuItem[]>();
  for (const route of routes) {
    if (route.hidden) continue;
    const item = { key: route.path, label: route.label, icon: decorative(route.icon) };
    if (!route.group) {
      items.push(item);
      continue;
    }
    let children = groups.get(route.group);
    if (!children) {
      children = [];
      groups.set(route.group, children);
      const group = menuGroups[route.group];
      items.push({ key: `group:${route.group}`, label: group.label, icon: decorative(group.icon), children });
    }
    children.push(item);
  }
  return items;
}

/** Every group's submenu key; all start open. */
export const allGroupKeys = Object.keys(menuGroups).map((group) => `group:${group}`);

/** Where the app opens: the 工作台 when it exists, else the staff list. */
export const homePath = appRoutes.some((r) => r.path === 'dashboard') ? 'dashboard' : 'staff';

// The pages that exist, in menu order (glossary: 本所信息 · 工作人员 · …).
import { BankOutlined, TeamOutlined } from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { OfficePage } from '../features/office/office-page';
import { StaffPage } from '../features/staff/staff-page';

export interface AppRoute {
  path: string;
  label: string;
  icon: ReactNode;
  page: ComponentType;
}

export const appRoutes: readonly AppRoute[] = [
  { path: 'office', label: '本所信息', icon: <BankOutlined />, page: OfficePage },
  { path: 'staff', label: '工作人员', icon: <TeamOutlined />, page: StaffPage },
];

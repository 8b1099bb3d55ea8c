// Menu entries of the case settings (设置) and the code lists (代码表), under 系统.
import { ControlOutlined, ProfileOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { CodesPage } from './codes-page';
import { SettingsPage } from './settings-page';

export const settingRoutes: readonly AppRoute[] = [
  { path: 'settings', label: '设置', icon: <ControlOutlined />, page: SettingsPage, group: 'system' },
  { path: 'codes', label: '代码表', icon: <ProfileOutlined />, page: CodesPage, group: 'system' },
];

// Menu entries of the case settings (设置), the code lists (代码表) and the document templates (文书模板), under 系统.
import { ControlOutlined, FileWordOutlined, ProfileOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { TemplatesPage, templatesPath } from '../documents/templates-page';
import { CodesPage } from './codes-page';
import { SettingsPage } from './settings-page';

export const settingRoutes: readonly AppRoute[] = [
  { path: 'settings', label: '设置', icon: <ControlOutlined />, page: SettingsPage, group: 'system' },
  { path: 'codes', label: '代码表', icon: <ProfileOutlined />, page: CodesPage, group: 'system' },
  { path: templatesPath, label: '文书模板', icon: <FileWordOutlined />, page: TemplatesPage, group: 'system' },
];

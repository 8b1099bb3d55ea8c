// Menu entry of the 工作台 (home page of the rule checks).
import { DashboardOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { DashboardPage } from './dashboard-page';

export const dashboardRoutes: readonly AppRoute[] = [{ path: 'dashboard', label: '工作台', icon: <DashboardOutlined />, page: DashboardPage }];

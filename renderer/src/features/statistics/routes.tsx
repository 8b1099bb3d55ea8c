// Menu entry of 统计报表 (glossary navigation: after 共建活动).
import { BarChartOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { ReportPage } from './report-page';

export const statisticsRoutes: readonly AppRoute[] = [{ path: 'report', label: '统计报表', icon: <BarChartOutlined />, page: ReportPage }];

// Menu entries of the case pages: 调解案件 (list and intake), one case's page (by link only), 月度录入 (page 月度录入与三统一).
import { CalendarOutlined, ProfileOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { CaseListPage } from './case-list-page';
import { CasePage } from './case-page';
import { CaseMonthPage } from './month-page';

export const caseRoutes: readonly AppRoute[] = [
  { path: 'cases', label: '调解案件', icon: <ProfileOutlined />, page: CaseListPage, group: 'case' },
  { path: 'case', label: '案件详情', page: CasePage, group: 'case', hidden: true },
  { path: 'case-month', label: '月度录入', icon: <CalendarOutlined />, page: CaseMonthPage, group: 'case' },
];
